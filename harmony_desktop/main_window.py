"""MainWindow: left navigation (a model + view), the pages, a status bar, state saved."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from harmony_desktop import APP_NAME
from harmony_desktop.bridge import EngineBridge
from harmony_desktop.tabs.base_tab import BaseTab
from harmony_desktop.tabs.matching_tab import MatchingTab
from harmony_desktop.tabs.settings_tab import SettingsTab
from harmony_desktop.tabs.soulseek_tab import SoulseekTab
from harmony_desktop.tabs.watchlist_tab import WatchlistTab

TabIdRole = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    #: the user closed the window; the shell decides between hiding to the tray and quitting
    close_requested = Signal()

    def __init__(self, bridge: EngineBridge, settings: QSettings | None = None) -> None:
        super().__init__()
        self.bridge = bridge
        self._gui_settings = settings or QSettings()
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(900, 600))
        self.tabs: list[BaseTab] = [SoulseekTab(bridge), MatchingTab(bridge),
                                    WatchlistTab(bridge), SettingsTab(bridge)]
        self._setup_navigation()
        self._setup_status_bar()
        self._setup_shortcuts()
        bridge.engine_ready.connect(self._on_bridge_engine_ready)
        bridge.engine_failed.connect(self._on_bridge_engine_failed)
        bridge.engine_state_changed.connect(self._on_bridge_engine_state_changed)
        self.allow_close = False
        self._restore_state()

    # -- construction ------------------------------------------------------------------------
    def _setup_navigation(self) -> None:
        self.nav_model = QStandardItemModel(self)
        self.nav_view = QListView()
        self.nav_view.setObjectName("navigation")
        self.nav_view.setModel(self.nav_model)
        self.nav_view.setFixedWidth(180)
        self.nav_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.pages = QStackedWidget()
        for tab in self.tabs:
            item = QStandardItem(tab.title())
            item.setData(tab.tab_id, TabIdRole)
            item.setData(tab.title(), Qt.ItemDataRole.AccessibleTextRole)
            self.nav_model.appendRow(item)
            self.pages.addWidget(tab)
        self.nav_view.selectionModel().currentChanged.connect(
            lambda current, _previous: self.pages.setCurrentIndex(current.row()))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav_view)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.show_tab("soulseek")

    def _setup_status_bar(self) -> None:
        self.engine_status = QLabel(self.tr("Engine: starting…"))
        self.database_status = QLabel(self.tr("Database: connecting…"))
        self.queue_status = QLabel("")
        for label in (self.engine_status, self.database_status, self.queue_status):
            self.statusBar().addPermanentWidget(label)

    def _setup_shortcuts(self) -> None:
        for number, tab in enumerate(self.tabs, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda tab_id=tab.tab_id: self.show_tab(tab_id))
        QShortcut(QKeySequence.StandardKey.Quit, self).activated.connect(self.close)

    # -- navigation ----------------------------------------------------------------------------
    def show_tab(self, tab_id: str) -> None:
        for row, tab in enumerate(self.tabs):
            if tab.tab_id == tab_id:
                self.nav_view.setCurrentIndex(self.nav_model.index(row, 0))
                self.pages.setCurrentIndex(row)
                return
        raise KeyError(tab_id)

    def current_tab_id(self) -> str:
        return self.tabs[self.pages.currentIndex()].tab_id

    # -- engine ------------------------------------------------------------------------------
    def _on_bridge_engine_ready(self, service: object) -> None:
        self.engine_status.setText(self.tr("Engine: running"))
        self.bridge.request("status", lambda s: s.status(), on_result=self._show_status)
        for tab in self.tabs:
            tab.on_engine_ready()

    def _show_status(self, status: object) -> None:
        kind = getattr(status, "database_kind", "")
        available = getattr(status, "database_available", False)
        kind_text = self.tr("built-in") if kind == "embedded" else self.tr("server")
        self.database_status.setText(
            self.tr("Database: {0} ({1})").format(
                self.tr("connected") if available else self.tr("unavailable"), kind_text))
        queued = sum(getattr(status, "queued", {}).values())
        self.queue_status.setText(self.tr("Queue: {0}").format(queued))

    def _on_bridge_engine_failed(self, code: str, message: str) -> None:
        self.engine_status.setText(self.tr("Engine: failed"))
        self.database_status.setText(message)

    def _on_bridge_engine_state_changed(self, state: str) -> None:
        labels = {"starting": self.tr("Engine: starting…"), "running": self.tr("Engine: running"),
                  "stopping": self.tr("Engine: stopping…"), "stopped": self.tr("Engine: stopped")}
        self.engine_status.setText(labels.get(state, state))

    # -- window state --------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self._gui_settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        last_tab = self._gui_settings.value("window/tab")
        if isinstance(last_tab, str) and any(t.tab_id == last_tab for t in self.tabs):
            self.show_tab(last_tab)

    def save_state(self) -> None:
        self._gui_settings.setValue("window/geometry", self.saveGeometry())
        self._gui_settings.setValue("window/tab", self.current_tab_id())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.allow_close:
            event.accept()
            return
        event.ignore()
        self.close_requested.emit()
