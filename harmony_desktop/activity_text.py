"""The Activity page's one-line summary of an entry, in the user's language.

The engine records an entry's details as plain keys (``created=412, merged=3``); shown raw they
stayed English in a German window. Counts get translated labels, record ids (meaningless to a
user, and in the details pane anyway) are left out, a duration reads in seconds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from harmony_desktop.messages import error_text, failure_text

#: text details shown first, in this order (error-like ones translated)
TEXT_KEYS = ("query", "name", "artist", "title", "playlist", "worker", "file", "error", "reason",
             "code")
#: database ids: useful in the details pane, noise in a summary
HIDDEN_KEYS = frozenset({"download_id", "item_id", "job_id", "playlist_id", "search_id"})
MAX_COUNTS = 4

COUNTS: dict[str, str] = {
    "added": QT_TRANSLATE_NOOP("Activity", "added"),
    "attempts": QT_TRANSLATE_NOOP("Activity", "attempts"),
    "changed": QT_TRANSLATE_NOOP("Activity", "changed"),
    "cooldown_min": QT_TRANSLATE_NOOP("Activity", "pause (min)"),
    "created": QT_TRANSLATE_NOOP("Activity", "new"),
    "discarded": QT_TRANSLATE_NOOP("Activity", "discarded"),
    "done": QT_TRANSLATE_NOOP("Activity", "done"),
    "duplicates": QT_TRANSLATE_NOOP("Activity", "duplicates"),
    "failed": QT_TRANSLATE_NOOP("Activity", "failed"),
    "folded": QT_TRANSLATE_NOOP("Activity", "duplicates merged"),
    "items": QT_TRANSLATE_NOOP("Activity", "tracks"),
    "links": QT_TRANSLATE_NOOP("Activity", "links"),
    "links_expanded": QT_TRANSLATE_NOOP("Activity", "links opened"),
    "links_failed": QT_TRANSLATE_NOOP("Activity", "links failed"),
    "matched": QT_TRANSLATE_NOOP("Activity", "matched"),
    "merged": QT_TRANSLATE_NOOP("Activity", "merged"),
    "new": QT_TRANSLATE_NOOP("Activity", "new"),
    "owned": QT_TRANSLATE_NOOP("Activity", "already in the library"),
    "processed": QT_TRANSLATE_NOOP("Activity", "processed"),
    "recorded": QT_TRANSLATE_NOOP("Activity", "recorded"),
    "rejected": QT_TRANSLATE_NOOP("Activity", "rejected"),
    "releases": QT_TRANSLATE_NOOP("Activity", "releases"),
    "removed": QT_TRANSLATE_NOOP("Activity", "removed"),
    "retention_days": QT_TRANSLATE_NOOP("Activity", "days kept"),
    "saved": QT_TRANSLATE_NOOP("Activity", "saved"),
    "total": QT_TRANSLATE_NOOP("Activity", "total"),
    "tracks": QT_TRANSLATE_NOOP("Activity", "tracks"),
    "tracks_added": QT_TRANSLATE_NOOP("Activity", "tracks added"),
    "unchanged": QT_TRANSLATE_NOOP("Activity", "unchanged"),
    "withdrawn": QT_TRANSLATE_NOOP("Activity", "withdrawn"),
}
DURATION = QT_TRANSLATE_NOOP("Activity", "took {0} s")


def activity_summary(entry: Any) -> str:
    details = entry.details or {}
    return " · ".join(_texts(details) + _counts(details))


def _texts(details: dict[str, Any]) -> list[str]:
    parts = []
    for key in TEXT_KEYS:
        if details.get(key):
            value = str(details[key])
            # A failure reason keeps its detail (transfer.rejected: Completed, Rejected);
            # other codes (slskd.peer_offline) read as sentences.
            if key in ("error", "reason"):
                value = failure_text(value)
            elif key == "code":
                value = error_text(value)
            parts.append(value)
    return parts


def _counts(details: dict[str, Any]) -> list[str]:
    parts = []
    for key, value in details.items():
        if key in HIDDEN_KEYS or not isinstance(value, int) or isinstance(value, bool):
            continue
        if key == "duration_ms":
            seconds = QLocale().toString(value / 1000, "f", 1)
            parts.append(QCoreApplication.translate("Activity", DURATION).format(seconds))
        else:
            source = COUNTS.get(key)
            label = QCoreApplication.translate("Activity", source) if source else key
            parts.append(f"{label}: {QLocale().toString(value)}")
    return parts[:MAX_COUNTS]
