"""DtoTableModel: a QAbstractTableModel over immutable DTO rows described by Column specs.

Subclasses only declare columns; updates are per-row (``upsert`` emits dataChanged for one row),
so live progress never resets the view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from harmony_desktop.models.roles import Roles
from harmony_desktop.theme import tone_color

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: a header (translated at display time) and how to show/sort a row."""

    title: str  # source text in the "Columns" translation context
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    tone: Callable[[Any], str | None] | None = None
    progress: Callable[[Any], float | None] | None = None
    align_right: bool = False


class DtoTableModel(QAbstractTableModel):
    columns: Sequence[Column] = ()

    def __init__(self, parent: Any = None, *,
                 key: Callable[[Any], Any] = lambda row: row.id) -> None:
        super().__init__(parent)
        self._key = key
        self._rows: list[Any] = []
        self._positions: dict[Any, int] = {}

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns) \
                and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Roles.ObjectRole:
            return row
        if role == Roles.KeyRole:
            return self._key(row)
        column = self.columns[index.column()]
        return self._column_data(column, row, role)

    def _column_data(self, column: Column, row: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Roles.SortRole:
            return column.sort(row) if column.sort else column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.display(row) or None
        if role == Roles.ProgressRole:
            return column.progress(row) if column.progress else None
        if role == Roles.ToneRole:
            return column.tone(row) if column.tone else None
        if role == Qt.ItemDataRole.ForegroundRole and column.tone:
            tone = column.tone(row)
            return QColor(tone_color(tone)) if tone else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- updates -------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._reindex()
        self.endResetModel()

    def upsert(self, row: Any) -> None:
        """Replace the row with the same key (one dataChanged) or append it."""
        position = self._positions.get(self._key(row))
        if position is None:
            self.append([row])
            return
        self._rows[position] = row
        self.dataChanged.emit(self.index(position, 0),
                              self.index(position, max(0, len(self.columns) - 1)))

    def append(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._reindex(first)
        self.endInsertRows()

    def prepend(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self._rows[0:0] = rows
        self._reindex()
        self.endInsertRows()

    def remove_key(self, key: Any) -> None:
        position = self._positions.get(key)
        if position is None:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self._reindex()
        self.endRemoveRows()

    def _reindex(self, start: int = 0) -> None:
        if start == 0:
            self._positions = {}
        for position in range(start, len(self._rows)):
            self._positions[self._key(self._rows[position])] = position

    # -- access --------------------------------------------------------------------------------
    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_for_key(self, key: Any) -> Any | None:
        position = self._positions.get(key)
        return None if position is None else self._rows[position]

    def position_of(self, key: Any) -> int | None:
        return self._positions.get(key)
