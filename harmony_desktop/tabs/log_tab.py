"""The Log view: engine and GUI log records, filterable by level."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.models.log_model import LogModel, QtLogHandler
from harmony_desktop.tabs.base_tab import BaseTab
from harmony_desktop.widgets.table import DtoTableView


class LogTab(BaseTab):
    tab_id = "log"
    icon_name = "log"

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        self.model = LogModel(self)
        self.handler = QtLogHandler(self.model)
        logging.getLogger().addHandler(self.handler)
        self.destroyed.connect(lambda: logging.getLogger().removeHandler(self.handler))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show from level")))
        self.level = QComboBox()
        for name, value in (("DEBUG", 10), ("INFO", 20), ("WARNING", 30), ("ERROR", 40)):
            self.level.addItem(name, value)
        self.level.setCurrentIndex(1)
        self.level.currentIndexChanged.connect(self.apply_filter)
        row.addWidget(self.level)
        row.addStretch(1)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(lambda: self.model.set_rows([]))
        row.addWidget(clear)
        layout.addLayout(row)
        self.view = DtoTableView(self.model, stretch_column=3, sortable=False,
                                 filterable=True)
        layout.addWidget(self.view, 1)
        self.model.rowsInserted.connect(lambda *_: self.view.scrollToBottom())

    def title(self) -> str:
        return self.tr("Log")

    def apply_filter(self) -> None:
        minimum = int(self.level.currentData())
        self.view.proxy.set_predicate(lambda row: row.levelno >= minimum)

    def detach_handler(self) -> None:
        logging.getLogger().removeHandler(self.handler)
