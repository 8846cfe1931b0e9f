"""The settings history as a table model (secrets are masked by the engine already)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from harmony_desktop.formatting import format_datetime, localised_number
from harmony_desktop.models.table_model import Column, DtoTableModel
from harmony_desktop.tabs.settings_labels import label_for


class HistoryModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Setting"),
               lambda r: label_for(r.key), tooltip=lambda r: r.key),
        Column(QT_TRANSLATE_NOOP("Columns", "Old"),
               lambda r: localised_number(r.old_value) if r.old_value is not None else "–"),
        Column(QT_TRANSLATE_NOOP("Columns", "New"),
               lambda r: localised_number(r.new_value) if r.new_value is not None else "–"),
        Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda r: format_datetime(r.changed_at),
               sort=lambda r: r.changed_at),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(key=lambda r: (r.key, r.changed_at, r.new_value), parent=parent)
