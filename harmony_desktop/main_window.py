"""MainWindow: navigation (model + delegate, collapsible) with health badges, the pages, an
in-window notification area, a database-outage banner, a status bar, drop target, shortcuts and
saved window state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from harmony_desktop import APP_NAME
from harmony_desktop.bridge import EngineBridge
from harmony_desktop.dnd import ImportController, accepts
from harmony_desktop.icons import icon
from harmony_desktop.navigation import (
    COLLAPSED_WIDTH,
    EXPANDED_WIDTH,
    NavigationDelegate,
    NavigationModel,
    provider_badge,
    worker_badge,
)
from harmony_desktop.status_bar import StatusBar
from harmony_desktop.tabs.activity_tab import ActivityTab
from harmony_desktop.tabs.base_tab import BaseTab
from harmony_desktop.tabs.library_tab import LibraryTab
from harmony_desktop.tabs.log_tab import LogTab
from harmony_desktop.tabs.matching_tab import MatchingTab
from harmony_desktop.tabs.search_tab import SearchTab
from harmony_desktop.tabs.settings_tab import SettingsTab
from harmony_desktop.tabs.soulseek_tab import SoulseekTab
from harmony_desktop.tabs.watchlist_tab import WatchlistTab
from harmony_desktop.widgets.banner import Banner, NotificationArea

TAB_CLASSES = (SoulseekTab, MatchingTab, WatchlistTab, LibraryTab, SearchTab, ActivityTab,
               SettingsTab, LogTab)
#: which provider's health badges which page (Matching follows its worker instead)
PROVIDER_PAGES = {"slskd": ("soulseek",), "spotify": ("watchlist", "search")}


class MainWindow(QMainWindow):
    #: the user closed the window; the shell decides between hiding to the tray and quitting
    close_requested = Signal()
    #: the user chose another language in Settings (de | en | system)
    language_requested = Signal(str)

    def __init__(self, bridge: EngineBridge, settings: QSettings | None = None) -> None:
        super().__init__()
        self.bridge = bridge
        self._gui_settings = settings or QSettings()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("harmony"))
        self.setMinimumSize(QSize(1000, 640))
        self.setAcceptDrops(True)
        self.imports = ImportController(bridge, self)
        self.notifications = NotificationArea()
        self.database_banner = Banner("", "danger")
        self.database_banner.hide()
        self.database_available: bool | None = None
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self._build_central()
        self._build_tabs()
        self._setup_shortcuts()
        bridge.engine_ready.connect(self._on_engine_ready)
        bridge.engine_failed.connect(self.status.show_engine_failed)
        bridge.engine_state_changed.connect(self.status.show_engine_state)
        bridge.database_state_changed.connect(self.show_database_state)
        bridge.health_changed.connect(lambda _e: self._badge_timer.start())
        bridge.worker_status_changed.connect(lambda _e: self._badge_timer.start())
        self._badge_timer = QTimer(self, singleShot=True, interval=300)
        self._badge_timer.timeout.connect(self.refresh_badges)
        self._status_timer = QTimer(self, interval=10_000)
        self._status_timer.timeout.connect(self.refresh_status)
        self.allow_close = False
        self._restore_state()

    # -- construction ------------------------------------------------------------------------
    def _build_central(self) -> None:
        self.nav_model = NavigationModel(self)
        self.nav_view = QListView()
        self.nav_view.setObjectName("navigation")
        self.nav_view.setModel(self.nav_model)
        self.nav_delegate = NavigationDelegate(self.nav_view)
        self.nav_view.setItemDelegate(self.nav_delegate)
        self.nav_view.setIconSize(QSize(22, 22))
        self.nav_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.nav_view.setAccessibleName(self.tr("Navigation"))
        self.collapse_button = QToolButton()
        self.collapse_button.setAutoRaise(True)
        self.collapse_button.clicked.connect(lambda: self.set_navigation_collapsed(
            not self.nav_delegate.collapsed))
        self.pages = QStackedWidget()
        nav_box = QWidget()
        nav_layout = QVBoxLayout(nav_box)
        nav_layout.setContentsMargins(0, 0, 0, 0)
        nav_layout.addWidget(self.collapse_button, 0, Qt.AlignmentFlag.AlignRight)
        nav_layout.addWidget(self.nav_view, 1)
        self.nav_box = nav_box
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.database_banner)
        right.addWidget(self.notifications)
        right.addWidget(self.pages, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(nav_box)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.nav_view.clicked.connect(lambda index: self.pages.setCurrentIndex(index.row()))
        self.set_navigation_collapsed(False)

    def _build_tabs(self) -> None:
        self.tabs: list[BaseTab] = [cls(self.bridge) for cls in TAB_CLASSES]
        for tab in self.tabs:
            self.nav_model.add_page(tab.tab_id, tab.title(), icon(tab.icon_name))
            self.pages.addWidget(tab)
            tab.navigate_requested.connect(self.show_tab)
        self.nav_view.selectionModel().currentChanged.connect(
            lambda current, _previous: self.pages.setCurrentIndex(current.row()))
        self.settings_tab().language_changed.connect(self.language_requested)
        self.show_tab("soulseek")

    def _setup_shortcuts(self) -> None:
        for number in range(1, len(TAB_CLASSES) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.show_tab(self.tabs[n - 1].tab_id))
        QShortcut(QKeySequence.StandardKey.Quit, self).activated.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Open, self).activated.connect(self.imports.open_files)
        QShortcut(QKeySequence.StandardKey.Paste, self).activated.connect(self.paste)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self._focus_search)
        QShortcut(QKeySequence("Ctrl+B"), self).activated.connect(
            lambda: self.set_navigation_collapsed(not self.nav_delegate.collapsed))

    # -- navigation ----------------------------------------------------------------------------
    def tab(self, tab_id: str) -> BaseTab:
        return next(t for t in self.tabs if t.tab_id == tab_id)

    def settings_tab(self) -> SettingsTab:
        return self.tab("settings")  # type: ignore[return-value]

    def show_tab(self, tab_id: str) -> None:
        row = self.nav_model.row_of(tab_id)
        self.nav_view.setCurrentIndex(self.nav_model.index(row, 0))
        self.pages.setCurrentIndex(row)

    def current_tab_id(self) -> str:
        return self.tabs[self.pages.currentIndex()].tab_id

    def set_navigation_collapsed(self, collapsed: bool) -> None:
        self.nav_delegate.collapsed = collapsed
        width = COLLAPSED_WIDTH if collapsed else EXPANDED_WIDTH
        self.nav_box.setFixedWidth(width)
        self.nav_view.doItemsLayout()
        self.collapse_button.setIcon(icon("expand" if collapsed else "collapse"))
        text = self.tr("Expand navigation") if collapsed else self.tr("Collapse navigation")
        self.collapse_button.setToolTip(text)
        self.collapse_button.setAccessibleName(text)

    def _focus_search(self) -> None:
        self.show_tab("search")
        self.tab("search").text_edit.setFocus()  # type: ignore[attr-defined]

    # -- engine --------------------------------------------------------------------------------
    def _on_engine_ready(self, _service: object) -> None:
        self.status.show_engine_state("running")
        self.refresh_status()
        self.refresh_badges()
        self._status_timer.start()
        for tab in self.tabs:
            tab.on_engine_ready()

    def refresh_status(self) -> None:
        self.bridge.request("window.status", lambda s: s.status(),
                            on_result=self._show_status)

    def _show_status(self, status: Any) -> None:
        self.status.show_status(status)
        self._set_database_banner(bool(status.database_available))

    # -- database outage -----------------------------------------------------------------------
    def show_database_state(self, available: bool, code: str = "") -> None:
        """The engine lost or regained its database (it reconnects by itself)."""
        self.status.show_database_state(available, code)
        was_lost = self.database_available is False
        self._set_database_banner(available)
        if available and was_lost:
            self.notifications.show_message(self.tr("The database is reachable again."),
                                            "positive")
            self.refresh_status()
            self.refresh_badges()
            for tab in self.tabs:  # pages that failed during the outage load again
                tab.on_engine_ready()

    def _set_database_banner(self, available: bool) -> None:
        self.database_available = available
        self.database_banner.set_message(self._database_banner_text(), "danger")
        self.database_banner.setVisible(not available)

    def _database_banner_text(self) -> str:
        return self.tr("Database not reachable – Harmony keeps trying… Downloads and imports "
                       "wait and continue by themselves once it is back.")

    def refresh_badges(self) -> None:
        service = self.bridge.service
        if service is None:
            return
        if service.has_section("health"):
            self.bridge.request("window.health", lambda s: s.health.providers(),
                                on_result=self.apply_provider_badges)
        self.bridge.request("window.workers", lambda s: s.workers(),
                            on_result=self.apply_worker_badges)

    def apply_provider_badges(self, providers: list[Any]) -> None:
        for health in providers:
            for tab_id in PROVIDER_PAGES.get(health.provider, ()):
                self.nav_model.set_badge(tab_id, provider_badge(health))
        self.nav_view.viewport().update()

    def apply_worker_badges(self, workers: list[Any]) -> None:
        matching = next((w for w in workers if w.worker == "matching"), None)
        self.nav_model.set_badge("matching", worker_badge(matching.status) if matching else None)
        self.nav_view.viewport().update()

    # -- input ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if accepts(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        if accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if accepts(event.mimeData()):
            self.imports.handle_mime(event.mimeData())
            event.acceptProposedAction()

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and accepts(mime):
            self.imports.handle_mime(mime)

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Rebuild the pages (every string is set at construction) and keep the current page."""
        current = self.current_tab_id()
        for tab in self.tabs:
            self.pages.removeWidget(tab)
            tab.deleteLater()
        self.nav_model.clear()
        self._build_tabs()
        self.status.retranslate()
        self.database_banner.set_message(self._database_banner_text(), "danger")
        self.set_navigation_collapsed(self.nav_delegate.collapsed)
        self.show_tab(current)
        if self.bridge.service is not None:
            self._on_engine_ready(self.bridge.service)

    # -- window state --------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self._gui_settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        last_tab = self._gui_settings.value("window/tab")
        if isinstance(last_tab, str) and any(t.tab_id == last_tab for t in self.tabs):
            self.show_tab(last_tab)
        collapsed = self._gui_settings.value("window/navigation_collapsed", False)
        self.set_navigation_collapsed(str(collapsed).lower() == "true")

    def save_state(self) -> None:
        self._gui_settings.setValue("window/geometry", self.saveGeometry())
        self._gui_settings.setValue("window/tab", self.current_tab_id())
        self._gui_settings.setValue("window/navigation_collapsed", self.nav_delegate.collapsed)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.allow_close:
            event.accept()
            return
        event.ignore()
        self.close_requested.emit()
