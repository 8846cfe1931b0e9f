"""Translated group titles and field labels for the generated Settings form."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

GROUPS = {
    "spotify": QT_TRANSLATE_NOOP("Settings", "Spotify"),
    "slskd": QT_TRANSLATE_NOOP("Settings", "Soulseek (slskd)"),
    "search": QT_TRANSLATE_NOOP("Settings", "Search budget"),
    "library": QT_TRANSLATE_NOOP("Settings", "Library"),
    "artwork": QT_TRANSLATE_NOOP("Settings", "Cover art"),
    "lyrics": QT_TRANSLATE_NOOP("Settings", "Lyrics"),
    "quality": QT_TRANSLATE_NOOP("Settings", "Quality profile"),
    "matching": QT_TRANSLATE_NOOP("Settings", "Matching"),
    "workers": QT_TRANSLATE_NOOP("Settings", "Workers and retries"),
    "download": QT_TRANSLATE_NOOP("Settings", "Downloads"),
    "watchlist": QT_TRANSLATE_NOOP("Settings", "Watchlist"),
    "import": QT_TRANSLATE_NOOP("Settings", "Imports"),
    "activity": QT_TRANSLATE_NOOP("Settings", "Activity"),
    "ui": QT_TRANSLATE_NOOP("Settings", "Language and notifications"),
    "advanced": QT_TRANSLATE_NOOP("Settings", "Advanced"),
}
GROUP_ORDER = ("spotify", "slskd", "library", "quality", "matching", "search", "download",
               "workers", "watchlist", "import", "artwork", "lyrics", "activity", "ui",
               "advanced")

LABELS = {
    "slskd.url": QT_TRANSLATE_NOOP("Settings", "Base URL"),
    "slskd.api_key": QT_TRANSLATE_NOOP("Settings", "API key"),
    "slskd.timeout_s": QT_TRANSLATE_NOOP("Settings", "Timeout (s)"),
    "slskd.downloads_dir": QT_TRANSLATE_NOOP("Settings", "slskd downloads folder"),
    "search.budget_count": QT_TRANSLATE_NOOP("Settings", "Searches per window"),
    "search.budget_window_s": QT_TRANSLATE_NOOP("Settings", "Budget window (s)"),
    "search.timeout_s": QT_TRANSLATE_NOOP("Settings", "Search timeout (s)"),
    "spotify.client_id": QT_TRANSLATE_NOOP("Settings", "Client ID"),
    "spotify.client_secret": QT_TRANSLATE_NOOP("Settings", "Client secret"),
    "spotify.redirect_port": QT_TRANSLATE_NOOP("Settings", "Redirect port"),
    "spotify.timeout_s": QT_TRANSLATE_NOOP("Settings", "Timeout (s)"),
    "spotify.api_url": QT_TRANSLATE_NOOP("Settings", "Spotify API address"),
    "spotify.accounts_url": QT_TRANSLATE_NOOP("Settings", "Spotify accounts address"),
    "artwork.caa_url": QT_TRANSLATE_NOOP("Settings", "Cover Art Archive address"),
    "library.music_dir": QT_TRANSLATE_NOOP("Settings", "Music folder"),
    "library.naming_template": QT_TRANSLATE_NOOP("Settings", "Naming template"),
    "library.scan_interval_s": QT_TRANSLATE_NOOP("Settings", "Scan interval (s)"),
    "library.write_playlists": QT_TRANSLATE_NOOP("Settings", "Write playlists (m3u8)"),
    "artwork.enabled": QT_TRANSLATE_NOOP("Settings", "Embed cover art"),
    "artwork.max_bytes": QT_TRANSLATE_NOOP("Settings", "Largest cover (bytes)"),
    "lyrics.enabled": QT_TRANSLATE_NOOP("Settings", "Fetch synced lyrics"),
    "lyrics.lrclib_url": QT_TRANSLATE_NOOP("Settings", "LRCLIB address"),
    "quality.formats": QT_TRANSLATE_NOOP("Settings", "Formats (preferred first)"),
    "quality.min_bitrate": QT_TRANSLATE_NOOP("Settings", "Minimum bitrate (kbit/s)"),
    "quality.max_bit_depth": QT_TRANSLATE_NOOP("Settings", "Largest bit depth"),
    "quality.max_sample_rate": QT_TRANSLATE_NOOP("Settings", "Largest sample rate (Hz)"),
    "matching.accept_threshold": QT_TRANSLATE_NOOP("Settings", "Accept threshold (0–1)"),
    "matching.duration_tolerance_s": QT_TRANSLATE_NOOP("Settings", "Length tolerance (s)"),
    "workers.enabled": QT_TRANSLATE_NOOP("Settings", "Workers on"),
    "retry.max_attempts": QT_TRANSLATE_NOOP("Settings", "Attempts before giving up"),
    "retry.base_seconds": QT_TRANSLATE_NOOP("Settings", "First retry after (s)"),
    "retry.max_seconds": QT_TRANSLATE_NOOP("Settings", "Longest retry delay (s)"),
    "retry.jitter": QT_TRANSLATE_NOOP("Settings", "Retry jitter (0–1)"),
    "download.stuck_queued_s": QT_TRANSLATE_NOOP("Settings", "Queued too long after (s)"),
    "download.no_progress_s": QT_TRANSLATE_NOOP("Settings", "No progress for (s)"),
    "download.size_stable_s": QT_TRANSLATE_NOOP("Settings", "File size stable for (s)"),
    "watchlist.timer_interval_s": QT_TRANSLATE_NOOP("Settings", "Check timer (s)"),
    "watchlist.max_per_tick": QT_TRANSLATE_NOOP("Settings", "Artists per check"),
    "watchlist.default_interval_h": QT_TRANSLATE_NOOP("Settings", "Default interval (h)"),
    "watchlist.cooldown_min": QT_TRANSLATE_NOOP("Settings", "Cooldown after errors (min)"),
    "watchlist.retry_budget": QT_TRANSLATE_NOOP("Settings", "Retry budget"),
    "import.max_lines": QT_TRANSLATE_NOOP("Settings", "Lines per paste"),
    "import.max_file_bytes": QT_TRANSLATE_NOOP("Settings", "Largest file (bytes)"),
    "import.max_playlist_links": QT_TRANSLATE_NOOP("Settings", "Playlist links per request"),
    "import.max_tracks": QT_TRANSLATE_NOOP("Settings", "Tracks per request"),
    "activity.retention_days": QT_TRANSLATE_NOOP("Settings", "Keep activity (days)"),
    "ui.language": QT_TRANSLATE_NOOP("Settings", "Language"),
    "ui.notifications": QT_TRANSLATE_NOOP("Settings", "Show notifications"),
    "search.poll_interval_s": QT_TRANSLATE_NOOP("Settings", "Result polling (s)"),
    "search.quiet_period_ms":
        QT_TRANSLATE_NOOP("Settings", "Quiet period before a search ends (ms)"),
    "spotify.sync_interval_s": QT_TRANSLATE_NOOP("Settings", "Sync interval (s)"),
    "download.poll_interval_s": QT_TRANSLATE_NOOP("Settings", "Transfer polling (s)"),
    "download.pump_interval_s": QT_TRANSLATE_NOOP("Settings", "Pipeline round every (s)"),
    "download.pump_batch": QT_TRANSLATE_NOOP("Settings", "Tracks per pipeline round"),
    "download.search_batch": QT_TRANSLATE_NOOP("Settings", "Searches per pipeline round"),
    "download.search_poll_s": QT_TRANSLATE_NOOP("Settings", "Search result polling (s)"),
    "download.file_wait_s": QT_TRANSLATE_NOOP("Settings", "Wait for the finished file (s)"),
    "download.verify_size": QT_TRANSLATE_NOOP("Settings", "Check the file size after downloading"),
    "download.postprocess_attempts": QT_TRANSLATE_NOOP("Settings", "Attempts to tag and file"),
    "matching.cache_max_age_s": QT_TRANSLATE_NOOP("Settings", "Reuse search results for (s)"),
    "matching.max_candidates_kept": QT_TRANSLATE_NOOP("Settings", "Candidates kept per track"),
    "matching.peer_failure_window_h":
        QT_TRANSLATE_NOOP("Settings", "Remember peer failures for (h)"),
    "watchlist.retry_base_s": QT_TRANSLATE_NOOP("Settings", "First retry after an error (s)"),
    "watchlist.progress_quiet_s":
        QT_TRANSLATE_NOOP("Settings", "Quiet time between progress notes (s)"),
    "watchlist.default_release_types":
        QT_TRANSLATE_NOOP("Settings", "Release types for new artists"),
    "watchlist.default_skip_words": QT_TRANSLATE_NOOP("Settings", "Skip words for new artists"),
    "ui.keep_running_in_tray":
        QT_TRANSLATE_NOOP("Settings", "Keep running in the tray when closed"),
}


def group_title(group: str) -> str:
    source = GROUPS.get(group)
    return QCoreApplication.translate("Settings", source) if source else group.capitalize()


def label_for(name: str) -> str:
    source = LABELS.get(name)
    if source:
        return QCoreApplication.translate("Settings", source)
    # A setting declared after this table was written: a readable label from its name.
    words = name.split(".", 1)[-1].replace("_", " ")
    for suffix, unit in ((" s", " (s)"), (" h", " (h)"), (" min", " (min)")):
        if words.endswith(suffix):
            words = words[: -len(suffix)] + unit
    return words[:1].upper() + words[1:]
