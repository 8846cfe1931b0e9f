"""Watchlist rows and artist search hits as table models."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from harmony_desktop.formatting import format_datetime
from harmony_desktop.messages import failure_text
from harmony_desktop.models.table_model import Column, DtoTableModel

translate = QCoreApplication.translate
RELEASE_TYPES = {"album": QT_TRANSLATE_NOOP("Columns", "Album"),
                 "single": QT_TRANSLATE_NOOP("Columns", "Single"),
                 "ep": QT_TRANSLATE_NOOP("Columns", "EP"),
                 "compilation": QT_TRANSLATE_NOOP("Columns", "Compilation"),
                 "appears_on": QT_TRANSLATE_NOOP("Columns", "Appears on"),
                 "live": QT_TRANSLATE_NOOP("Columns", "Live")}


def release_types_text(types: tuple[str, ...]) -> str:
    return ", ".join(translate("Columns", RELEASE_TYPES.get(t, t)) for t in types) or "–"


def _state(row: Any) -> str:
    if row.paused:
        if row.resume_at:
            return translate("Columns", "Paused until {0}").format(format_datetime(row.resume_at))
        return translate("Columns", "Paused")
    if row.last_error:
        return translate("Columns", "Error")
    return translate("Columns", "Active")


def _state_tone(row: Any) -> str:
    return "warning" if row.paused else ("danger" if row.last_error else "positive")


def _interval(row: Any) -> str:
    if row.interval_h == 24:
        return translate("Columns", "Daily")
    if row.interval_h % 24 == 0:
        return translate("Columns", "Every {0} d").format(row.interval_h // 24)
    return translate("Columns", "Every {0} h").format(row.interval_h)


class WatchlistModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Artist"),
               lambda r: r.name, tooltip=lambda r: r.spotify_artist_id),
        Column(QT_TRANSLATE_NOOP("Columns", "State"), _state, tone=_state_tone,
               tooltip=lambda r: failure_text(r.last_error) or None),
        Column(QT_TRANSLATE_NOOP("Columns", "Priority"),
               lambda r: str(r.priority), sort=lambda r: r.priority,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Interval"), _interval, sort=lambda r: r.interval_h),
        Column(QT_TRANSLATE_NOOP("Columns", "Release types"),
               lambda r: release_types_text(r.release_types)),
        Column(QT_TRANSLATE_NOOP("Columns", "Last checked"),
               lambda r: format_datetime(r.last_checked_at),
               sort=lambda r: r.last_checked_at),
        Column(QT_TRANSLATE_NOOP("Columns", "Next check"),
               lambda r: format_datetime(r.next_check_at),
               sort=lambda r: r.next_check_at),
        Column(QT_TRANSLATE_NOOP("Columns", "Releases"),
               lambda r: translate("Columns", "{0} known, {1} new")
               .format(r.known_releases, r.new_releases), sort=lambda r: r.new_releases),
    )


class ArtistHitsModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Artist"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("Columns", "Genres"), lambda r: ", ".join(r.genres[:3]) or "–"),
        Column(QT_TRANSLATE_NOOP("Columns", "Followed"),
               lambda r: translate("Columns", "Yes") if r.followed
               else translate("Columns", "No")),
        Column(QT_TRANSLATE_NOOP("Columns", "On watchlist"),
               lambda r: translate("Columns", "Yes") if r.watched
               else translate("Columns", "No")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(key=lambda r: r.spotify_id, parent=parent)
