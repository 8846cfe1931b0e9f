"""The Activity view: the engine's activity log, newest first, live, filterable, with details."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.models.search_model import ActivityModel, activity_details
from harmony_desktop.tabs.base_tab import BaseTab
from harmony_desktop.widgets.state_stack import StateStack
from harmony_desktop.widgets.table import DtoTableView

TYPES = (
    ("", QT_TRANSLATE_NOOP("ActivityTab", "All")),
    ("sync", QT_TRANSLATE_NOOP("ActivityTab", "Sync")),
    ("download", QT_TRANSLATE_NOOP("ActivityTab", "Download")),
    ("matching", QT_TRANSLATE_NOOP("ActivityTab", "Matching")),
    ("metadata", QT_TRANSLATE_NOOP("ActivityTab", "Metadata")),
    ("watchlist", QT_TRANSLATE_NOOP("ActivityTab", "Watchlist")),
    ("import", QT_TRANSLATE_NOOP("ActivityTab", "Import")),
    ("search", QT_TRANSLATE_NOOP("ActivityTab", "Search")),
    ("worker", QT_TRANSLATE_NOOP("ActivityTab", "Worker")),
)
PAGE = 200


class ActivityTab(BaseTab):
    tab_id = "activity"
    icon_name = "activity"

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Type")))
        self.type_filter = QComboBox()
        for value, label in TYPES:
            self.type_filter.addItem(self.tr(label), value)
        self.type_filter.currentIndexChanged.connect(lambda _i: self.load())
        row.addWidget(self.type_filter)
        row.addStretch(1)
        self.more_button = QPushButton(self.tr("Load older entries"))
        self.more_button.clicked.connect(self.load_more)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.load)
        row.addWidget(self.more_button)
        row.addWidget(refresh)
        layout.addLayout(row)
        self.model = ActivityModel(parent=self)
        self.view = DtoTableView(self.model, stretch_column=3)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().selectionChanged.connect(self._show_details)
        self.stack = StateStack(self.view, loading=self.tr("Loading activity …"),
                                empty=self.tr("No activity yet."))
        self.stack.retry_requested.connect(self.load)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select an entry to see its details."))
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.details)
        splitter.setSizes([500, 160])
        layout.addWidget(splitter, 1)
        self.track(bridge.activity_recorded, self._on_recorded)

    def title(self) -> str:
        return self.tr("Activity")

    def on_engine_ready(self) -> None:
        self.load()

    def _types(self) -> tuple[str, ...]:
        value = self.type_filter.currentData()
        return (value,) if value else ()

    def load(self) -> None:
        self.stack.show_loading()
        types = self._types()
        self.call("load", lambda s: s.activity(limit=PAGE, types=types), self._show,
                  lambda text, _c: self.stack.show_error(
                      self.tr("Activity could not be loaded.") + "\n" + text))

    def _show(self, entries: list[Any]) -> None:
        self.model.set_rows(entries)
        self.stack.show_empty(self.tr("No activity for this type.") if self._types()
                              else self.tr("No activity yet."))
        self.stack.show_rows(len(entries))
        self.more_button.setEnabled(len(entries) >= PAGE)
        self.view.fit_columns()

    def load_more(self) -> None:
        rows = self.model.rows()
        if not rows:
            return
        oldest = min(row.id for row in rows)
        types = self._types()
        self.call("more", lambda s: s.activity(limit=PAGE, types=types, before_id=oldest),
                  self._append)

    def _append(self, entries: list[Any]) -> None:
        self.model.append([e for e in entries if self.model.position_of(e.id) is None])
        self.more_button.setEnabled(len(entries) >= PAGE)

    def _on_recorded(self, event: Any) -> None:
        types = self._types()
        if types and not event.type.startswith(types[0]):
            return
        if self.model.position_of(event.id) is not None:
            return
        entry = _EventEntry(event.id, event.type, event.status, dict(event.details), event.at)
        self.model.prepend([entry])
        self.stack.show_data()

    def _show_details(self, *_args: Any) -> None:
        entry = self.view.selected_object()
        self.details.setPlainText(activity_details(entry) if entry is not None else "")


class _EventEntry:
    """An ActivityRecorded event shaped like the engine's activity entries."""

    __slots__ = ("created_at", "details", "id", "status", "type")

    def __init__(self, id: int, type: str, status: str, details: dict[str, Any],
                 created_at: Any) -> None:
        self.id, self.type, self.status = id, type, status
        self.details, self.created_at = details, created_at
