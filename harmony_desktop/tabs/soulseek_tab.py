"""The Soulseek page: connection and provider health, slskd configuration, uploads, downloads.

Downloads update live: ``download_progress`` replaces one row (one dataChanged), a changed
wanted item schedules one debounced reload, and a slow timer refreshes while the page is shown.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.messages import error_text
from harmony_desktop.models.transfers_model import (
    ACTIVE_DOWNLOAD_STATES,
    REQUIRED_SLSKD,
    RETRYABLE_STATES,
    DownloadsModel,
    ProvidersModel,
    SlskdSettingsModel,
    UploadsModel,
)
from harmony_desktop.tabs.base_tab import BaseTab
from harmony_desktop.widgets.card import Card
from harmony_desktop.widgets.state_stack import StateStack
from harmony_desktop.widgets.status_badge import StatusBadge
from harmony_desktop.widgets.table import DtoTableView

REFRESH_MS = 30_000


class SoulseekTab(BaseTab):
    tab_id = "soulseek"
    icon_name = "soulseek"

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        self.show_all_downloads = False
        self.show_all_uploads = False
        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(self._build_connection_card(), 0, 0)
        grid.addWidget(self._build_config_card(), 0, 1)
        grid.addWidget(self._build_uploads_card(), 1, 0, 1, 2)
        grid.addWidget(self._build_downloads_card(), 2, 0, 1, 2)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Overview of the slskd status, configuration and active upload "
                                 "and download transfers."))
        heading.setWordWrap(True)
        heading.setContentsMargins(10, 6, 10, 0)
        layout.addWidget(heading)
        layout.addWidget(scroll)
        self._reload_timer = QTimer(self, singleShot=True, interval=800)
        self._reload_timer.timeout.connect(self.load_downloads)
        self._refresh_timer = QTimer(self, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self._periodic_refresh)
        self.track(bridge.download_progress, self._on_download_progress)
        self.track(bridge.wanted_item_changed, lambda _e: self._reload_timer.start())
        self.track(bridge.health_changed, lambda _e: self.load_health())
        self.track(bridge.setting_changed, self._on_setting_changed)

    def title(self) -> str:
        return self.tr("Soulseek")

    # -- construction --------------------------------------------------------------------------
    def _build_connection_card(self) -> Card:
        card = Card(self.tr("Connection && integrations"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Connection status")))
        self.connection_badge = StatusBadge(self.tr("Unknown"), "info")
        row.addWidget(self.connection_badge)
        row.addStretch(1)
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.clicked.connect(self.load_health)
        row.addWidget(self.recheck_button)
        card.body.addLayout(row)
        self.connection_text = QLabel(self.tr("Checking the connection …"))
        self.connection_text.setWordWrap(True)
        card.body.addWidget(self.connection_text)
        self.providers_model = ProvidersModel(self)
        self.providers_view = DtoTableView(self.providers_model, stretch_column=3,
                                           sortable=False)
        self.providers_view.setMinimumHeight(140)
        self.health_stack = StateStack(self.providers_view,
                                       loading=self.tr("Loading integration data …"),
                                       empty=self.tr("No health data reported."))
        self.health_stack.retry_requested.connect(self.load_health)
        card.body.addWidget(self.health_stack)
        return card

    def _build_config_card(self) -> Card:
        card = Card(self.tr("Configuration"),
                    self.tr("slskd settings, sensitive values masked."))
        self.config_missing_badge = StatusBadge("", "danger")
        card.body.addWidget(self.config_missing_badge)
        self.config_model = SlskdSettingsModel(self)
        self.config_view = DtoTableView(self.config_model, stretch_column=1, sortable=False)
        self.config_view.setMinimumHeight(140)
        self.config_stack = StateStack(self.config_view,
                                       loading=self.tr("Loading configuration …"),
                                       empty=self.tr("No slskd settings found."))
        self.config_stack.retry_requested.connect(self.load_config)
        card.body.addWidget(self.config_stack)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel("")
        self.test_result.setWordWrap(True)
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        card.body.addLayout(row)
        return card

    def _build_uploads_card(self) -> Card:
        card = Card(self.tr("Active uploads"))
        row = QHBoxLayout()
        self.uploads_toggle = QPushButton(self.tr("Show all uploads"))
        self.uploads_toggle.clicked.connect(self._toggle_uploads)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.load_uploads)
        row.addWidget(self.uploads_toggle)
        row.addStretch(1)
        row.addWidget(refresh)
        card.body.addLayout(row)
        self.uploads_model = UploadsModel(self)
        self.uploads_view = DtoTableView(self.uploads_model, progress_columns=(2,))
        self.uploads_view.setMinimumHeight(90)
        self.uploads_stack = StateStack(self.uploads_view,
                                        loading=self.tr("Loading uploads …"),
                                        empty=self.tr("No uploads are active right now."))
        self.uploads_stack.retry_requested.connect(self.load_uploads)
        card.body.addWidget(self.uploads_stack)
        return card

    def _build_downloads_card(self) -> Card:
        card = Card(self.tr("Downloads"), self.tr("Active and past downloads of the pipeline."))
        card.body.addLayout(self._download_actions())
        self.downloads_model = DownloadsModel(parent=self)
        self.downloads_view = DtoTableView(self.downloads_model, progress_columns=(2,),
                                           stretch_column=-1)
        self.downloads_view.minimum_widths = {0: 260}
        self.downloads_view.setMinimumHeight(240)
        self.downloads_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.downloads_view.customContextMenuRequested.connect(self._download_menu)
        self.downloads_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.downloads_stack = StateStack(self.downloads_view,
                                          loading=self.tr("Loading downloads …"),
                                          empty=self.tr("No downloads are active right now."))
        self.downloads_stack.retry_requested.connect(self.load_downloads)
        card.body.addWidget(self.downloads_stack, 1)
        self.download_message = QLabel("")
        self.download_message.setWordWrap(True)
        card.body.addWidget(self.download_message)
        return card

    def _download_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.downloads_toggle = QPushButton(self.tr("Show all downloads"))
        self.downloads_toggle.clicked.connect(self._toggle_downloads)
        self.requeue_button = QPushButton(self.tr("Retry"))
        self.requeue_button.clicked.connect(lambda: self.requeue_selected())
        self.priority_button = QPushButton(self.tr("Change priority…"))
        self.priority_button.clicked.connect(lambda: self.change_priority_selected())
        self.cancel_button = QPushButton(self.tr("Cancel download"))
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.load_downloads)
        for widget in (self.downloads_toggle, self.requeue_button, self.priority_button,
                       self.cancel_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(refresh)
        self._update_actions()
        return row

    # -- loading -------------------------------------------------------------------------------
    def on_engine_ready(self) -> None:
        self.refresh_all()
        self._refresh_timer.start()

    def refresh_all(self) -> None:
        self.load_health()
        self.load_config()
        self.load_uploads()
        self.load_downloads()

    def _periodic_refresh(self) -> None:
        if self.isVisible():
            self.load_uploads()
            self.load_downloads()

    def load_health(self) -> None:
        if not self.has_section("health"):
            self.health_stack.show_error(self.tr("Integration status could not be loaded."))
            return
        self.call("health", lambda s: s.health.providers(), self._show_health,
                  lambda text, _c: self.health_stack.show_error(
                      self.tr("Integration status could not be loaded.") + "\n" + text))

    def _show_health(self, providers: list[Any]) -> None:
        self.providers_model.set_rows(providers)
        self.health_stack.show_rows(len(providers))
        self.providers_view.fit_columns()
        slskd = next((p for p in providers if p.provider == "slskd"), None)
        if slskd is not None and str(slskd.status) == "ok":
            self.connection_badge.set_state(self.tr("Connected"), "positive")
            self.connection_text.setText(self.tr("Harmony is talking to slskd successfully."))
        else:
            self.connection_badge.set_state(self.tr("Disconnected"), "danger")
            reason = error_text(slskd.code) if slskd is not None else ""
            self.connection_text.setText(
                self.tr("No confirmed connection to the Soulseek daemon.") +
                (f" {reason}" if reason else ""))

    def load_config(self) -> None:
        self.call("config", lambda s: s.settings(), self._show_config,
                  lambda text, _c: self.config_stack.show_error(
                      self.tr("Configuration could not be loaded.") + "\n" + text))

    def _show_config(self, settings: list[Any]) -> None:
        rows = [s for s in settings if s.group == "slskd"]
        self.config_model.set_rows(rows)
        self.config_stack.show_rows(len(rows))
        self.config_view.fit_columns()
        missing = [r for r in rows if r.name in REQUIRED_SLSKD and r.value in (None, "")]
        if missing:
            names = ", ".join(self.config_model.columns[0].display(r) for r in missing)
            self.config_missing_badge.set_state(self.tr("Missing: {0}").format(names), "danger")
        else:
            self.config_missing_badge.set_state("", "danger")

    def _on_setting_changed(self, name: str) -> None:
        if name.startswith("slskd."):
            self.load_config()

    def test_connection(self) -> None:
        if not self.has_section("health"):
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testing …"))
        self.call("test", lambda s: s.health.test_slskd(), self._show_test,
                  self._show_test_error)

    def _show_test(self, health: Any) -> None:
        self.test_button.setEnabled(True)
        ok = str(health.status) == "ok"
        prefix = self.tr("✅ Connection successful") if ok else self.tr("❌ Connection failed")
        self.test_result.setText(f"{prefix}: {error_text(health.code)}")
        self.load_health()

    def _show_test_error(self, text: str, _code: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(self.tr("❌ Connection could not be checked: {0}").format(text))

    def load_uploads(self) -> None:
        if not self.has_section("downloads"):
            self.uploads_stack.show_error(self.tr("Uploads could not be loaded."))
            return
        if not self.uploads_model.rowCount():
            self.uploads_stack.show_loading()
        active = not self.show_all_uploads
        self.call("uploads", lambda s: s.downloads.uploads(active_only=active),
                  self._show_uploads,
                  lambda text, _c: self.uploads_stack.show_error(
                      self.tr("Uploads could not be loaded.") + "\n" + text))

    def _show_uploads(self, rows: list[Any]) -> None:
        self.uploads_model.set_rows(rows)
        self.uploads_stack.show_rows(len(rows))
        self.uploads_view.fit_columns()

    def load_downloads(self) -> None:
        if not self.has_section("downloads"):
            self.downloads_stack.show_error(self.tr("Downloads could not be loaded."))
            return
        if not self.downloads_model.rowCount():
            self.downloads_stack.show_loading()
        active = not self.show_all_downloads
        self.call("downloads", lambda s: s.downloads.list(active_only=active),
                  self._show_downloads,
                  lambda text, _c: self.downloads_stack.show_error(
                      self.tr("Downloads could not be loaded.") + "\n" + text))

    def _show_downloads(self, rows: list[Any]) -> None:
        self.downloads_model.set_rows(rows)
        self.downloads_stack.show_rows(len(rows))
        self.downloads_view.fit_columns()
        self._update_actions()

    def _on_download_progress(self, event: Any) -> None:
        row = self.downloads_model.row_for_key(event.download_id)
        if row is None:
            self._reload_timer.start()
            return
        self.downloads_model.upsert(dataclasses.replace(row, state=event.state,
                                                        progress=event.progress))

    def _toggle_downloads(self) -> None:
        self.show_all_downloads = not self.show_all_downloads
        self.downloads_toggle.setText(self.tr("Only active downloads") if
                                      self.show_all_downloads else
                                      self.tr("Show all downloads"))
        self.load_downloads()

    def _toggle_uploads(self) -> None:
        self.show_all_uploads = not self.show_all_uploads
        self.uploads_toggle.setText(self.tr("Only active uploads") if self.show_all_uploads
                                    else self.tr("Show all uploads"))
        self.load_uploads()

    # -- row actions ---------------------------------------------------------------------------
    def _update_actions(self, *_args: Any) -> None:
        row = self.downloads_view.selected_object() if hasattr(self, "downloads_view") else None
        self.requeue_button.setEnabled(row is not None and row.state in RETRYABLE_STATES)
        self.priority_button.setEnabled(row is not None)
        self.cancel_button.setEnabled(row is not None and row.state in ACTIVE_DOWNLOAD_STATES)

    def _download_menu(self, position: Any) -> None:
        row = self.downloads_view.selected_object()
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Retry"), self.requeue_selected).setEnabled(
            row.state in RETRYABLE_STATES)
        menu.addAction(self.tr("Change priority…"), self.change_priority_selected)
        menu.addAction(self.tr("Cancel download"), self.cancel_selected).setEnabled(
            row.state in ACTIVE_DOWNLOAD_STATES)
        menu.popup(self.downloads_view.viewport().mapToGlobal(position))

    def requeue_selected(self, row: Any | None = None) -> None:
        row = row or self.downloads_view.selected_object()
        if row is None:
            return
        self.download_message.setText(self.tr("Restarting …"))
        self.call(f"requeue.{row.id}", lambda s: s.downloads.requeue(row.id),
                  lambda _v: self._after_action(self.tr("Download requeued: {0} will be "
                                                        "downloaded again.")
                                                .format(row.filename or row.title)),
                  self._action_failed)

    def change_priority_selected(self, row: Any | None = None,
                                 priority: int | None = None) -> None:
        row = row or self.downloads_view.selected_object()
        if row is None:
            return
        if priority is None:
            value, ok = QInputDialog.getInt(self, self.tr("Change priority"),
                                            self.tr("Priority (higher runs first):"),
                                            row.priority, -100, 100)
            if not ok:
                return
            priority = value
        chosen = priority
        self.call(f"priority.{row.id}", lambda s: s.downloads.set_priority(row.id, chosen),
                  lambda _v: self._after_action(self.tr("Priority updated: {0}").format(chosen)),
                  self._action_failed)

    def cancel_selected(self, row: Any | None = None, confirm: bool = True) -> None:
        row = row or self.downloads_view.selected_object()
        if row is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Cancel download"),
                self.tr("Really cancel the download of {0}?").format(row.filename or row.title)
        ) != QMessageBox.StandardButton.Yes:
            return
        self.call(f"cancel.{row.id}", lambda s: s.downloads.cancel(row.id),
                  lambda _v: self._after_action(self.tr("Download cancelled.")),
                  self._action_failed)

    def _after_action(self, text: str) -> None:
        self.download_message.setText(text)
        self.load_downloads()

    def _action_failed(self, text: str, _code: str) -> None:
        self.download_message.setText(self.tr("Action failed: {0}").format(text))
