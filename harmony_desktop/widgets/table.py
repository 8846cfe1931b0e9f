"""A sortable table view over a model behind a SortProxyModel, progress columns delegated."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from harmony_desktop.delegates.progress_delegate import ProgressDelegate
from harmony_desktop.models.sort_proxy import FilterProxyModel, SortProxyModel
from harmony_desktop.models.table_model import DtoTableModel

MAX_FITTED_WIDTH = 320
CELL_PADDING = 18  # the style's cell margins on both sides, plus room to breathe
SORT_ARROW_ROOM = 16


class DtoTableView(QTableView):
    def __init__(self, model: DtoTableModel, *, progress_columns: tuple[int, ...] = (),
                 stretch_column: int = 0, sortable: bool = True, filterable: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_model = model
        self.proxy = FilterProxyModel(self) if filterable else SortProxyModel(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setSortingEnabled(sortable)
        if sortable:  # keep the engine's order until the user clicks a header
            self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.proxy.sort(-1)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        if 0 <= stretch_column < model.columnCount():
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        header.setResizeContentsPrecision(200)  # fitting columns looks at 200 rows, not all
        self.minimum_widths: dict[int, int] = {}
        delegate = ProgressDelegate(self)
        for column in progress_columns:
            self.setItemDelegateForColumn(column, delegate)
            self.setColumnWidth(column, 120)

    def selected_object(self) -> Any | None:
        rows = self.selectionModel().selectedRows()
        return self.proxy.object_at(rows[0].row()) if rows else None

    def fit_columns(self, sample_rows: int | None = None) -> None:
        """Size columns to their contents once data is there (stretch column keeps its mode).

        ``sample_rows`` limits the measuring to the first rows' text (a 5,000-row preview):
        Qt's own measuring asks the model for every role of every sampled cell through the
        delegate, ~10 ms of GUI loop for 40 rows; measuring the display text is ~1 ms.
        """
        header = self.horizontalHeader()
        for column in range(self.source_model.columnCount()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch or \
                    self.itemDelegateForColumn(column) is not None:
                continue
            if sample_rows is None:
                self.resizeColumnToContents(column)
                width = self.columnWidth(column)
            else:
                width = self._sampled_width(column, sample_rows)
            self.setColumnWidth(column, min(max(width, self.minimum_widths.get(column, 0)),
                                            MAX_FITTED_WIDTH))

    def _sampled_width(self, column: int, sample_rows: int) -> int:
        metrics = self.fontMetrics()
        model = self.proxy
        texts = [str(model.index(row, column).data() or "")
                 for row in range(min(sample_rows, model.rowCount()))]
        cells = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        heading = self.horizontalHeader().fontMetrics().horizontalAdvance(title)
        return max(cells, heading + SORT_ARROW_ROOM) + CELL_PADDING
