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


def _object(column: Column, row: Any) -> Any:
    return row


def _key(column: Column, row: Any) -> Any:  # answered by the model's key function
    return None


def _sort_value(column: Column, row: Any) -> Any:
    return column.sort(row) if column.sort else column.display(row)


def _tooltip(column: Column, row: Any) -> Any:
    return column.tooltip(row) if column.tooltip else column.display(row) or None


def _foreground(column: Column, row: Any) -> Any:
    tone = column.tone(row) if column.tone else None
    return QColor(tone_color(tone)) if tone else None


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

_ROLE_HANDLERS: dict[int, Callable[[Column, Any], Any]] = {
    int(Qt.ItemDataRole.DisplayRole): lambda column, row: column.display(row),
    int(Roles.ObjectRole): _object,
    int(Roles.KeyRole): _key,
    int(Roles.SortRole): _sort_value,
    int(Qt.ItemDataRole.ToolTipRole): _tooltip,
    int(Roles.ProgressRole): lambda column, row: column.progress(row) if column.progress
    else None,
    int(Roles.ToneRole): lambda column, row: column.tone(row) if column.tone else None,
    int(Qt.ItemDataRole.ForegroundRole): _foreground,
    int(Qt.ItemDataRole.TextAlignmentRole): lambda column, row: _RIGHT if column.align_right
    else None,
}


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
        # A view asks ~10 roles per visible cell on every paint; most are unused here. One dict
        # lookup answers those (PySide enum comparisons in an if-chain cost ~1 µs each, which
        # made painting a 5,000-row preview take > 10 ms of the GUI loop).
        handler = _ROLE_HANDLERS.get(role)
        if handler is None:
            return None
        row_number = index.row()
        if not 0 <= row_number < len(self._rows) or not index.isValid():
            return None
        row = self._rows[row_number]
        if handler is _object:
            return row
        if handler is _key:
            return self._key(row)
        return handler(self.columns[index.column()], row)

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
