"""The one table turning engine codes (states, errors, health, notifications) into words.

Entries are marked with QT_TRANSLATE_NOOP so lupdate collects them; :func:`message` translates
at call time, so switching the language needs no reload. Unknown codes fall back to the engine's
English message (or the code itself) — never to an empty string.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from harmony_desktop.reason_text import reason_text

translate = QCoreApplication.translate

STATES: dict[str, str] = {
    # downloads and uploads (our DownloadState plus pipeline states)
    "requested": QT_TRANSLATE_NOOP("Messages", "Requested"),
    "queued": QT_TRANSLATE_NOOP("Messages", "Queued"),
    "pending": QT_TRANSLATE_NOOP("Messages", "Queued"),
    "queued_locally": QT_TRANSLATE_NOOP("Messages", "Queued"),
    "queued_remotely": QT_TRANSLATE_NOOP("Messages", "Queued at peer"),
    "initializing": QT_TRANSLATE_NOOP("Messages", "Starting"),
    "in_progress": QT_TRANSLATE_NOOP("Messages", "Running"),
    "downloading": QT_TRANSLATE_NOOP("Messages", "Running"),
    "uploading": QT_TRANSLATE_NOOP("Messages", "Uploading"),
    "succeeded": QT_TRANSLATE_NOOP("Messages", "Completed"),
    "completed": QT_TRANSLATE_NOOP("Messages", "Completed"),
    "done": QT_TRANSLATE_NOOP("Messages", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "Cancelled"),
    "timed_out": QT_TRANSLATE_NOOP("Messages", "Timed out"),
    "errored": QT_TRANSLATE_NOOP("Messages", "Errored"),
    "rejected": QT_TRANSLATE_NOOP("Messages", "Rejected"),
    "failed": QT_TRANSLATE_NOOP("Messages", "Failed"),
    "dead_letter": QT_TRANSLATE_NOOP("Messages", "Needs attention"),
    "paused": QT_TRANSLATE_NOOP("Messages", "Paused"),
    "unknown": QT_TRANSLATE_NOOP("Messages", "Unknown"),
    # wanted items
    "new": QT_TRANSLATE_NOOP("Messages", "New"),
    "searching": QT_TRANSLATE_NOOP("Messages", "Searching"),
    "matched": QT_TRANSLATE_NOOP("Messages", "Matched"),
    "owned": QT_TRANSLATE_NOOP("Messages", "In library"),
    "removed": QT_TRANSLATE_NOOP("Messages", "Removed"),
    # workers and activity
    "running": QT_TRANSLATE_NOOP("Messages", "Running"),
    "stale": QT_TRANSLATE_NOOP("Messages", "Stale"),
    "blocked": QT_TRANSLATE_NOOP("Messages", "Blocked"),
    "stopped": QT_TRANSLATE_NOOP("Messages", "Stopped"),
    "started": QT_TRANSLATE_NOOP("Messages", "Started"),
    "restarted": QT_TRANSLATE_NOOP("Messages", "Restarted"),
    "partial": QT_TRANSLATE_NOOP("Messages", "Partial"),
    "skipped": QT_TRANSLATE_NOOP("Messages", "Skipped"),
    # health
    "ok": QT_TRANSLATE_NOOP("Messages", "Ready"),
    "degraded": QT_TRANSLATE_NOOP("Messages", "Degraded"),
    "down": QT_TRANSLATE_NOOP("Messages", "Outage"),
}

ACTIVITY_TYPES: dict[str, str] = {
    "sync": QT_TRANSLATE_NOOP("Messages", "Sync"),
    "download": QT_TRANSLATE_NOOP("Messages", "Download"),
    "matching": QT_TRANSLATE_NOOP("Messages", "Matching"),
    "metadata": QT_TRANSLATE_NOOP("Messages", "Metadata"),
    "watchlist": QT_TRANSLATE_NOOP("Messages", "Watchlist"),
    "import": QT_TRANSLATE_NOOP("Messages", "Import"),
    "search": QT_TRANSLATE_NOOP("Messages", "Search"),
    "worker": QT_TRANSLATE_NOOP("Messages", "Worker"),
}

ERRORS: dict[str, str] = {
    "engine.not_ready": QT_TRANSLATE_NOOP("Messages", "The engine is not running yet."),
    "error.unexpected": QT_TRANSLATE_NOOP("Messages", "An unexpected error occurred: {message}"),
    "database.unavailable": QT_TRANSLATE_NOOP("Messages", "The database is not reachable."),
    "config.invalid": QT_TRANSLATE_NOOP("Messages", "The configuration is invalid: {message}"),
    "database.refused":
        QT_TRANSLATE_NOOP("Messages", "Nothing answers at this address (connection refused)."),
    "database.host_not_found": QT_TRANSLATE_NOOP("Messages", "The server's host name is unknown."),
    "database.auth_failed":
        QT_TRANSLATE_NOOP("Messages", "The server refused the user name or password."),
    "database.not_found": QT_TRANSLATE_NOOP("Messages", "The server has no database of this name."),
    "database.timeout": QT_TRANSLATE_NOOP("Messages", "The server did not answer in time."),
    "config.database_url_empty": QT_TRANSLATE_NOOP("Messages", "Enter a database URL."),
    "config.database_url_sqlite":
        QT_TRANSLATE_NOOP("Messages", "SQLite is not supported: Harmony needs PostgreSQL."),
    "config.database_url_driver":
        QT_TRANSLATE_NOOP("Messages", "Write postgresql+asyncpg:// (plain postgresql:// names no "
                                      "driver)."),
    "config.database_url_scheme":
        QT_TRANSLATE_NOOP("Messages", "Only PostgreSQL URLs (postgresql+asyncpg://…) are "
                                      "accepted."),
    "config.database_url_garbage":
        QT_TRANSLATE_NOOP("Messages", "This URL cannot be read or names no database."),
    "secrets.read_only":
        QT_TRANSLATE_NOOP("Messages", "Secrets come from environment variables here and cannot "
                                      "be saved."),
    "settings.invalid_value": QT_TRANSLATE_NOOP("Messages", "This value is not valid."),
    "settings.below_minimum":
        QT_TRANSLATE_NOOP("Messages", "The value must be at least {minimum}."),
    "settings.above_maximum": QT_TRANSLATE_NOOP("Messages", "The value must be at most {maximum}."),
    "settings.unknown": QT_TRANSLATE_NOOP("Messages", "Unknown setting."),
    "secrets.unavailable": QT_TRANSLATE_NOOP("Messages", "The system keyring is not available."),
    "secrets.no_backend":
        QT_TRANSLATE_NOOP("Messages", "No system keyring is available; secrets cannot be "
                                        "stored."),
    "secrets.keyring_failed":
        QT_TRANSLATE_NOOP("Messages", "The system keyring refused the value."),
    "integration.failed": QT_TRANSLATE_NOOP("Messages", "The service answered with an error."),
    "integration.unavailable": QT_TRANSLATE_NOOP("Messages", "The service is not reachable."),
    "integration.rate_limited":
        QT_TRANSLATE_NOOP("Messages", "The service asks us to slow down; retrying "
                                              "later."),
    "integration.auth_failed": QT_TRANSLATE_NOOP("Messages", "The credentials were refused."),
    "integration.protocol":
        QT_TRANSLATE_NOOP("Messages", "The service sent an answer we do not understand."),
    "integration.timeout": QT_TRANSLATE_NOOP("Messages", "The service did not answer in time."),
    "import.rejected": QT_TRANSLATE_NOOP("Messages", "The input was refused."),
    "cpu.worker_died": QT_TRANSLATE_NOOP(
        "Messages", "The helper process stopped while reading this input. Nothing was "
                    "imported; try again, or split the file."),
    "import.file_too_large": QT_TRANSLATE_NOOP("Messages", "The file is too large to import."),
    "import.binary_file":
        QT_TRANSLATE_NOOP("Messages", "This is not a text file (binary content)."),
    "import.too_many_lines":
        QT_TRANSLATE_NOOP("Messages", "Too many lines for a quick paste; use a file."),
    "import.too_many_tracks": QT_TRANSLATE_NOOP("Messages", "Too many tracks in one request."),
    "import.too_many_links":
        QT_TRANSLATE_NOOP("Messages", "Too many playlist links in one request."),
    "import.unreadable_file": QT_TRANSLATE_NOOP("Messages", "The file could not be read."),
    "import.field_too_long":
        QT_TRANSLATE_NOOP("Messages", "A title, artist or album in this line is far too long."),
    "import.unparseable_line":
        QT_TRANSLATE_NOOP("Messages", "Line not understood (expected “Artist - Title”)."),
    "import.unparseable_file": QT_TRANSLATE_NOOP("Messages", "The file format was not recognised."),
    "import.unsupported_url": QT_TRANSLATE_NOOP("Messages", "This link is not supported."),
    "import.unsupported_link": QT_TRANSLATE_NOOP("Messages", "This link is not supported."),
    "import.short_link":
        QT_TRANSLATE_NOOP("Messages", "Short links (spotify.link) cannot be resolved offline."),
    "import.not_a_file": QT_TRANSLATE_NOOP("Messages", "This is not a file."),
    "import.no_input": QT_TRANSLATE_NOOP("Messages", "Nothing to import."),
    "import.missing_fields": QT_TRANSLATE_NOOP("Messages", "Artist or title is missing."),
    "import.missing_columns": QT_TRANSLATE_NOOP("Messages", "The CSV lacks artist/title columns."),
    "import.local_spotify_file":
        QT_TRANSLATE_NOOP("Messages", "Local Spotify files cannot be imported."),
    "import.legacy_encoding": QT_TRANSLATE_NOOP("Messages", "Read with a legacy encoding."),
    "spotify.unconfigured":
        QT_TRANSLATE_NOOP("Messages", "Spotify is not configured (client ID missing)."),
    "spotify.unauthenticated": QT_TRANSLATE_NOOP("Messages", "Not logged in to Spotify."),
    "spotify.login_timeout":
        QT_TRANSLATE_NOOP("Messages", "The Spotify login was not completed in time."),
    "spotify.state_mismatch":
        QT_TRANSLATE_NOOP("Messages", "The Spotify login answer did not match; try "
                                            "again."),
    "spotify.invalid_grant":
        QT_TRANSLATE_NOOP("Messages", "The Spotify session expired; log in again."),
    "spotify.rate_limited":
        QT_TRANSLATE_NOOP("Messages", "Spotify is rate limiting; retrying later."),
    "spotify.unreachable": QT_TRANSLATE_NOOP("Messages", "Spotify is not reachable."),
    "spotify.forbidden":
        QT_TRANSLATE_NOOP("Messages", "Spotify refused access (Premium or scope missing)."),
    "spotify.not_found": QT_TRANSLATE_NOOP("Messages", "Not found on Spotify."),
    "spotify.ok": QT_TRANSLATE_NOOP("Messages", "Spotify is connected."),
    "slskd.ok": QT_TRANSLATE_NOOP("Messages", "slskd is connected and logged in to Soulseek."),
    "slskd.unconfigured": QT_TRANSLATE_NOOP("Messages", "slskd URL or API key is missing."),
    "slskd.unreachable": QT_TRANSLATE_NOOP("Messages", "slskd is not reachable."),
    "slskd.not_logged_in":
        QT_TRANSLATE_NOOP("Messages", "slskd is not logged in to the Soulseek network."),
    "slskd.auth_failed": QT_TRANSLATE_NOOP("Messages", "slskd refused the API key."),
    "slskd.key_invalid": QT_TRANSLATE_NOOP("Messages", "slskd refused the API key."),
    "slskd.key_valid": QT_TRANSLATE_NOOP("Messages", "The API key is valid."),
    "slskd.rate_limited": QT_TRANSLATE_NOOP("Messages", "slskd asks us to slow down."),
    "slskd.error": QT_TRANSLATE_NOOP("Messages", "slskd answered with an error."),
    "slskd.peer_offline": QT_TRANSLATE_NOOP("Messages", "The peer is offline."),
    "lrclib.ok": QT_TRANSLATE_NOOP("Messages", "LRCLIB is reachable."),
    "lrclib.disabled": QT_TRANSLATE_NOOP("Messages", "Lyrics are turned off."),
    "lrclib.unreachable": QT_TRANSLATE_NOOP("Messages", "LRCLIB is not reachable."),
    "lrclib.rate_limited": QT_TRANSLATE_NOOP("Messages", "LRCLIB asks us to slow down."),
    "search.budget":
        QT_TRANSLATE_NOOP("Messages", "The Soulseek search budget is used up; try again shortly."),
    "spotify.playlist_not_found": QT_TRANSLATE_NOOP("Messages", "This playlist is not known "
                                                                "(any more)."),
    "database.available": QT_TRANSLATE_NOOP("Messages", "The database is reachable again."),
    "watchlist.duplicate":
        QT_TRANSLATE_NOOP("Messages", "This artist is already on the watchlist."),
    "download.not_retryable": QT_TRANSLATE_NOOP("Messages", "This download cannot be requeued."),
    # Failure reasons the engine stores (engine.domain.failure_codes); see failure_text().
    "match.no_results": QT_TRANSLATE_NOOP("Messages", "No Soulseek results for this track."),
    "match.none_acceptable": QT_TRANSLATE_NOOP("Messages", "No candidate was good enough."),
    "transfer.all_failed": QT_TRANSLATE_NOOP("Messages", "Every candidate failed."),
    "transfer.not_accepted": QT_TRANSLATE_NOOP("Messages", "slskd did not accept the file."),
    "transfer.rejected": QT_TRANSLATE_NOOP("Messages", "The peer rejected the download."),
    "transfer.errored": QT_TRANSLATE_NOOP("Messages", "The transfer broke off with an error."),
    "transfer.cancelled": QT_TRANSLATE_NOOP("Messages", "The transfer was cancelled."),
    "transfer.timed_out": QT_TRANSLATE_NOOP("Messages", "The transfer timed out."),
    "transfer.failed": QT_TRANSLATE_NOOP("Messages", "The transfer failed."),
    "transfer.stuck_in_queue":
        QT_TRANSLATE_NOOP("Messages", "Waited too long in the peer's queue."),
    "transfer.no_progress": QT_TRANSLATE_NOOP("Messages", "The transfer made no progress."),
    "transfer.lost": QT_TRANSLATE_NOOP("Messages", "slskd lost the transfer repeatedly."),
    "verify.unsafe_name":
        QT_TRANSLATE_NOOP("Messages", "The remote file name would leave slskd's downloads "
                                      "folder; refused."),
    "verify.never_appeared":
        QT_TRANSLATE_NOOP("Messages", "slskd reported success but the file never appeared in "
                                      "its downloads folder."),
    "verify.vanished":
        QT_TRANSLATE_NOOP("Messages", "The downloaded file disappeared before it was "
                                      "organised."),
    "verify.missing": QT_TRANSLATE_NOOP("Messages", "The downloaded file is not on disk."),
    "verify.empty": QT_TRANSLATE_NOOP("Messages", "The downloaded file is empty."),
    "verify.size_mismatch":
        QT_TRANSLATE_NOOP("Messages", "The file's size differs from the announced size."),
    "verify.unreadable": QT_TRANSLATE_NOOP("Messages", "The file is not readable audio."),
    "verify.duration_mismatch":
        QT_TRANSLATE_NOOP("Messages", "The file's length differs from the wanted track."),
    "verify.no_duration": QT_TRANSLATE_NOOP("Messages", "The file has no playable length."),
    "verify.size_implausible":
        QT_TRANSLATE_NOOP("Messages", "The file is too small for its length; probably cut "
                                      "short."),
    "user.cancelled": QT_TRANSLATE_NOOP("Messages", "Cancelled by you."),
    "user.banned": QT_TRANSLATE_NOOP("Messages", "Banned by you."),
    "job.exhausted": QT_TRANSLATE_NOOP("Messages", "Gave up after repeated attempts."),
    "watchlist.retry_budget_exhausted":
        QT_TRANSLATE_NOOP("Messages", "Gave up after repeated failures."),
}

NOTIFICATIONS: dict[str, str] = {
    "watchlist.new_release": QT_TRANSLATE_NOOP("Messages", "New release: {artist} – {album}"),
    "watchlist.album_progress":
        QT_TRANSLATE_NOOP("Messages", "{album}: {done} of {total} tracks in the "
                                              "library"),
    "watchlist.back_catalogue":
        QT_TRANSLATE_NOOP("Messages", "{artist}: {releases} earlier releases ({tracks} tracks) "
                                      "queued"),
    "import.finished":
        QT_TRANSLATE_NOOP("Messages", "Import finished: {created} new, {merged} merged"),
    "download.completed": QT_TRANSLATE_NOOP("Messages", "Downloaded: {artist} – {title}"),
    "download.dead_letter": QT_TRANSLATE_NOOP("Messages", "Download needs attention: {title}"),
    "app.hidden_to_tray": QT_TRANSLATE_NOOP("Messages", "Harmony keeps running in the tray."),
}


class _Blank(dict[str, Any]):
    """format_map helper: a missing placeholder shows as '?' instead of raising."""

    def __missing__(self, key: str) -> str:
        return "?"


def _lookup(table: dict[str, str], code: str, params: dict[str, Any] | None,
            fallback: str | None) -> str:
    source = table.get(code)
    if source is None:
        return fallback or code
    return translate("Messages", source).format_map(_Blank(params or {}))


def state_label(state: str | None) -> str:
    if not state:
        return translate("Messages", "Unknown")
    return _lookup(STATES, state, None, state.replace("_", " ").capitalize())


def activity_type_label(kind: str) -> str:
    base = kind.split(".")[0].split("_")[0]
    return _lookup(ACTIVITY_TYPES, base, None, kind.replace("_", " ").capitalize())


def error_text(code: str, message: str = "", params: dict[str, Any] | None = None) -> str:
    """Translated text for an engine error code; the engine's English message as fallback."""
    merged = {"message": message, **(params or {})}
    if code in ERRORS:
        return _lookup(ERRORS, code, merged, message)
    family = code.split(".")[0] + ".failed"
    if message:
        return message
    return _lookup(ERRORS, family, merged, code)


def failure_text(stored: str | None) -> str:
    """A stored failure reason in the user's language.

    The engine stores ``code`` or ``code: detail`` (engine.domain.failure_codes): the code is
    translated, the detail — a file name, a number, slskd's state, another coded reason — is
    appended as it is (a coded detail is translated in turn). Text that does not start with a
    known code, such as reasons written by older versions, is shown unchanged.
    """
    if not stored:
        return ""
    code, _, detail = stored.partition(": ")
    source = ERRORS.get(code)
    if source is None:
        return stored
    if not detail or "{message}" in source:
        return _lookup(ERRORS, code, {"message": detail}, stored)
    text = translate("Messages", source).format_map(_Blank())
    if code == "match.none_acceptable":
        detail = _with_translated_reasons(detail)
    return f"{text.removesuffix('.')}: {failure_text(detail)}"


#: match.none_acceptable's detail: the best file (quoted), its confidence, the ranker's reasons
_BEST_FILE = re.compile(r"^(?P<best>(['\"]).*\2 \d+\.\d+) \((?P<why>.*)\)$", re.DOTALL)


def _with_translated_reasons(detail: str) -> str:
    """The ranker's reasons in the detail, each in the user's language (reason_text)."""
    found = _BEST_FILE.match(detail)
    if found is None:
        return detail
    reasons = "; ".join(reason_text(r) for r in found["why"].split("; "))
    return f"{found['best']} ({reasons})"


def notification_text(code: str, params: dict[str, Any]) -> str:
    return _lookup(NOTIFICATIONS, code, params, code)
