"""Import preview rows: accepted tracks, links, and rejected lines with translated reasons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from harmony_desktop.formatting import format_duration
from harmony_desktop.messages import error_text
from harmony_desktop.models.table_model import Column, DtoTableModel


def _where(row: Any) -> str:
    name = Path(row.file).name if row.file else ""
    return f"{name}:{row.line}" if row.line else name


class ImportRowsModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Artists"), lambda r: ", ".join(r.artists)),
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("Columns", "Album"), lambda r: r.album or "–"),
        Column(QT_TRANSLATE_NOOP("Columns", "Length"), lambda r: format_duration(
            r.duration_ms / 1000 if r.duration_ms else None), sort=lambda r: r.duration_ms),
        Column(QT_TRANSLATE_NOOP("Columns", "Source"), _where),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(key=id, parent=parent)


class ImportLinksModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: r.kind),
        Column(QT_TRANSLATE_NOOP("Columns", "Spotify ID"), lambda r: r.spotify_id),
        Column(QT_TRANSLATE_NOOP("Columns", "Source"),
               lambda r: Path(r.file).name if r.file else ""),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(key=id, parent=parent)


class ImportRejectsModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Source"), _where),
        Column(QT_TRANSLATE_NOOP("Columns", "Text"), lambda r: r.text),
        Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: error_text(r.code, r.message),
               tone=lambda _r: "danger"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(key=id, parent=parent)
