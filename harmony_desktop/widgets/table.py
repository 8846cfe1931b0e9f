"""A sortable table view over a model behind a SortProxyModel, progress columns delegated."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from harmony_desktop.delegates.progress_delegate import ProgressDelegate
from harmony_desktop.models.sort_proxy import SortProxyModel
from harmony_desktop.models.table_model import DtoTableModel


class DtoTableView(QTableView):
    def __init__(self, model: DtoTableModel, *, progress_columns: tuple[int, ...] = (),
                 stretch_column: int = 0, sortable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_model = model
        self.proxy = SortProxyModel(self)
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

        ``sample_rows`` limits how many rows are measured: a 5,000-row preview is sized from its
        first rows, or measuring alone would hold the event loop for a tenth of a second.
        """
        header = self.horizontalHeader()
        if sample_rows is not None:
            header.setResizeContentsPrecision(sample_rows)
        for column in range(self.source_model.columnCount()):
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch and \
                    self.itemDelegateForColumn(column) is None:
                self.resizeColumnToContents(column)
                self.setColumnWidth(column, min(max(self.columnWidth(column),
                                                    self.minimum_widths.get(column, 0)), 320))
