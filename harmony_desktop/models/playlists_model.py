"""Playlist rows (Spotify playlists, Liked Songs, imported lists) with a sync checkbox column.

Ticking the checkbox does not change the row: the model asks (``sync_toggle_requested``) and
the page tells the engine; the row changes when the engine's answer comes back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal

from harmony_desktop.formatting import format_datetime
from harmony_desktop.models.table_model import Column, DtoTableModel, Index

translate = QCoreApplication.translate
SOURCES = {"spotify": QT_TRANSLATE_NOOP("Columns", "Spotify"),
           "liked": QT_TRANSLATE_NOOP("Columns", "Liked Songs"),
           "import": QT_TRANSLATE_NOOP("Columns", "Import")}
SYNC_COLUMN = 5


def playlist_name(row: Any) -> str:
    """Liked Songs gets its name in the user's language (the engine stores an English one)."""
    return translate("Columns", "Liked Songs") if row.source == "liked" else row.name


def can_sync(row: Any) -> bool:
    """Only Spotify playlists and Liked Songs have something to fetch; imports do not."""
    return row.source == "liked" or bool(row.spotify_id)


def _in_library(row: Any) -> str:
    if not row.track_count:
        return "–"
    return translate("Columns", "{0} of {1}").format(row.done, row.track_count)


def _library_share(row: Any) -> float | None:
    return row.done / row.track_count if row.track_count else None


def _owner(row: Any) -> str:
    if row.source == "liked":
        return translate("Columns", "You")
    return row.owner or "–"


class PlaylistsModel(DtoTableModel):
    #: (playlist id, wanted on/off) — the user ticked or cleared a sync checkbox
    sync_toggle_requested = Signal(int, bool)

    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Playlist"), playlist_name,
               tooltip=lambda r: r.spotify_id or playlist_name(r)),
        Column(QT_TRANSLATE_NOOP("Columns", "Owner"), _owner),
        Column(QT_TRANSLATE_NOOP("Columns", "Source"),
               lambda r: translate("Columns", SOURCES.get(r.source, r.source))),
        Column(QT_TRANSLATE_NOOP("Columns", "Tracks"), lambda r: str(r.track_count),
               sort=lambda r: r.track_count, align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "In library"), _in_library,
               sort=_library_share, progress=_library_share,
               tooltip=lambda r: translate("Columns", "{0} of {1} tracks are in the library")
               .format(r.done, r.track_count)),
        Column(QT_TRANSLATE_NOOP("Columns", "Synced"),
               lambda r: translate("Columns", "On") if r.sync_enabled
               else translate("Columns", "Off"), sort=lambda r: r.sync_enabled,
               tone=lambda r: "positive" if r.sync_enabled else None,
               tooltip=lambda r: None if can_sync(r) else translate(
                   "Columns", "Imported lists have nothing to sync from Spotify.")),
        Column(QT_TRANSLATE_NOOP("Columns", "Last synced"),
               lambda r: format_datetime(r.last_synced_at), sort=lambda r: r.last_synced_at),
        Column(QT_TRANSLATE_NOOP("Columns", "M3U file"),
               lambda r: Path(r.m3u_path).name if r.m3u_path else "–",
               tooltip=lambda r: r.m3u_path or translate(
                   "Columns", "Written after the first sync with tracks in the library.")),
    )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == SYNC_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
            if not can_sync(self.row_at(index.row())):
                flags &= ~Qt.ItemFlag.ItemIsEnabled
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and \
                index.column() == SYNC_COLUMN and 0 <= index.row() < self.rowCount():
            enabled = self.row_at(index.row()).sync_enabled
            return Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != SYNC_COLUMN:
            return False
        row = self.row_at(index.row())
        if not can_sync(row):
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        if wanted != row.sync_enabled:
            self.sync_toggle_requested.emit(row.id, wanted)
        return False  # the engine's answer changes the row, not the click
