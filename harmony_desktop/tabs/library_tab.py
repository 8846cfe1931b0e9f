"""The Library page: the music library's numbers (with „Jetzt scannen") and the playlists —
Spotify playlists, Liked Songs and imported lists — with sync on/off and „Jetzt
synchronisieren"; without a Spotify login it explains how to connect."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.formatting import format_datetime, format_size, relative_time
from harmony_desktop.messages import state_label
from harmony_desktop.models.playlists_model import PlaylistsModel, can_sync, playlist_name
from harmony_desktop.tabs.base_tab import BaseTab
from harmony_desktop.widgets.banner import Banner
from harmony_desktop.widgets.card import Card
from harmony_desktop.widgets.state_stack import StateStack
from harmony_desktop.widgets.table import DtoTableView

IN_LIBRARY_COLUMN = 4
WANTED_SUMMARY = ("new", "searching", "matched", "downloading", "done", "failed", "dead_letter")


class LibraryTab(BaseTab):
    tab_id = "library"
    icon_name = "library"
    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        self.connected: bool | None = None
        self._refreshed_once = False
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_stats_card())
        layout.addWidget(self._build_playlists_card(), 1)
        self._reload = QTimer(self, singleShot=True, interval=500)  # coalesce bursts of events
        self._reload.timeout.connect(lambda: self.load_playlists(refresh=False))
        self.track(bridge.activity_recorded, self._on_activity)

    def title(self) -> str:
        return self.tr("Library")

    # -- construction --------------------------------------------------------------------------
    def _build_stats_card(self) -> Card:
        card = Card(self.tr("Music library"), self.tr("Files Harmony knows in your music "
                                                      "folder; scanned regularly."))
        grid = QGridLayout()
        self.files_label = QLabel("—")
        self.size_label = QLabel("—")
        self.folder_label = QLabel("—")
        self.folder_label.setWordWrap(True)
        self.scan_label = QLabel("—")
        self.wanted_label = QLabel("—")
        self.wanted_label.setWordWrap(True)
        rows = ((self.tr("Files"), self.files_label), (self.tr("Size"), self.size_label),
                (self.tr("Music folder"), self.folder_label),
                (self.tr("Last scan"), self.scan_label),
                (self.tr("Wanted tracks"), self.wanted_label))
        for number, (caption, widget) in enumerate(rows):
            grid.addWidget(QLabel(caption), number % 3, (number // 3) * 2)
            grid.addWidget(widget, number % 3, (number // 3) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        card.body.addLayout(grid)
        row = QHBoxLayout()
        self.scan_button = QPushButton(self.tr("Scan now"))
        self.scan_button.clicked.connect(self.scan_now)
        self.stats_message = QLabel("")
        self.stats_message.setWordWrap(True)
        row.addWidget(self.scan_button)
        row.addWidget(self.stats_message, 1)
        card.body.addLayout(row)
        return card

    def _build_playlists_card(self) -> Card:
        card = Card(self.tr("Playlists"), self.tr("Synced playlists are fetched from Spotify "
                                                  "regularly; their tracks are searched and "
                                                  "downloaded, and an .m3u8 list is written "
                                                  "beside the library."))
        self.free_banner = Banner("", "info", action=self.tr("Open Settings"))
        self.free_banner.action_clicked.connect(lambda: self.navigate_requested.emit(
            "settings"))
        self.free_banner.hide()
        card.body.addWidget(self.free_banner)
        card.body.addLayout(self._build_actions())
        self.model = PlaylistsModel(parent=self)
        self.model.sync_toggle_requested.connect(self.set_sync)
        self.view = DtoTableView(self.model, stretch_column=0,
                                 progress_columns=(IN_LIBRARY_COLUMN,))
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.stack = StateStack(self.view, loading=self.tr("Loading playlists …"),
                                empty=self.tr("No playlists yet."))
        self.stack.retry_requested.connect(lambda: self.load_playlists(refresh=False))
        card.body.addWidget(self.stack, 1)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        card.body.addWidget(self.message)
        self._update_actions()
        return card

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh from Spotify"))
        self.refresh_button.clicked.connect(lambda: self.load_playlists(refresh=True))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(lambda: self.sync_now(selected=True))
        self.sync_all_button = QPushButton(self.tr("Sync all now"))
        self.sync_all_button.clicked.connect(lambda: self.sync_now(selected=False))
        for button in (self.refresh_button, self.sync_button, self.sync_all_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _update_actions(self, *_args: Any) -> None:
        row = self.view.selected_object()
        pro = self.connected is True
        self.refresh_button.setEnabled(pro)
        self.sync_button.setEnabled(pro and row is not None and can_sync(row))
        self.sync_all_button.setEnabled(pro)

    # -- loading -------------------------------------------------------------------------------
    def on_engine_ready(self) -> None:
        self.load_stats()
        self.load_account()
        self.load_playlists(refresh=False)

    def _on_activity(self, event: Any) -> None:
        if event.type == "sync" or event.details.get("action") == "playlist_sync":
            self._reload.start()
        if event.details.get("action") == "library_scan":
            self.load_stats()

    def load_stats(self) -> None:
        if not self.has_section("library"):
            self.stats_message.setText(self.tr("The library service is not running."))
            self.scan_button.setEnabled(False)
            return
        self.call("stats", lambda s: s.library.stats(), self.show_stats,
                  lambda text, _c: self.stats_message.setText(
                      self.tr("Library numbers could not be loaded: {0}").format(text)))

    def show_stats(self, stats: Any) -> None:
        self.stats = stats
        self.files_label.setText(f"{stats.files:,}".replace(",", "\u202f"))
        self.size_label.setText(format_size(stats.total_bytes))
        self.folder_label.setText(stats.music_dir or "—")
        self.folder_label.setToolTip(stats.music_dir)
        self.scan_label.setText(relative_time(stats.last_scan_at) if stats.last_scan_at
                                else self.tr("Not scanned yet"))
        self.scan_label.setToolTip(format_datetime(stats.last_scan_at))
        parts = [f"{state_label(state)} {stats.wanted[state]}" for state in WANTED_SUMMARY
                 if stats.wanted.get(state)]
        self.wanted_label.setText(" · ".join(parts) or self.tr("None"))

    def load_account(self) -> None:
        if not self.has_section("spotify"):
            self.show_account(None)
            return
        self.call("account", lambda s: s.spotify.account(), self.show_account,
                  lambda _text, _c: self.show_account(None))

    def show_account(self, account: Any) -> None:
        """FREE (not connected): explain how to connect; PRO: hide the hint."""
        self.connected = account is not None and account.status == "connected"
        if self.connected:
            self.free_banner.hide()
        else:
            if account is not None and not account.client_id_set:
                how = self.tr("Enter your Spotify client ID in Settings, then log in with "
                              "Spotify.")
            else:
                how = self.tr("Log in with Spotify in Settings (Spotify account).")
            self.free_banner.set_message(
                self.tr("Spotify is not connected (FREE mode): imported lists are shown, but "
                        "Spotify playlists and Liked Songs need a login. {0}").format(how),
                "info")
            self.free_banner.show()
        self._update_actions()
        self._fetch_once()

    def _fetch_once(self) -> None:
        """Connected, but no Spotify playlist known yet: fetch the list once by itself."""
        if self.connected and not self._refreshed_once and self.stack.state != "loading" \
                and not any(can_sync(r) for r in self.model.rows()):
            self.load_playlists(refresh=True)

    def load_playlists(self, refresh: bool) -> None:
        if not self.has_section("spotify"):
            self.stack.show_error(self.tr("The playlist service is not running."))
            return
        if not self.model.rowCount():
            self.stack.show_loading()
        if refresh:
            self._refreshed_once = True
            self.message.setText(self.tr("Fetching your playlists from Spotify …"))
        self.call("playlists", lambda s: s.spotify.playlists(refresh=refresh),
                  lambda rows: self._show(rows, refresh), self._load_failed)

    def _load_failed(self, text: str, _code: str) -> None:
        if self.model.rowCount():
            self.message.setText(self.tr("Playlists could not be loaded: {0}").format(text))
        else:
            self.stack.show_error(self.tr("Playlists could not be loaded.") + "\n" + text)

    def _show(self, rows: list[Any], refreshed: bool) -> None:
        selected = self.view.selected_object()
        self.model.set_rows(rows)
        self.stack.show_rows(len(rows))
        self.view.fit_columns()
        if selected is not None:
            self._select(selected.id)
        if refreshed:
            self.message.setText(self.tr("{0} playlists loaded from Spotify.").format(
                sum(1 for r in rows if r.source == "spotify")))
        self._update_actions()
        self._fetch_once()

    def _select(self, playlist_id: int) -> None:
        position = self.model.position_of(playlist_id)
        if position is not None:
            proxy_index = self.view.proxy.mapFromSource(self.model.index(position, 0))
            self.view.selectRow(proxy_index.row())

    # -- actions -------------------------------------------------------------------------------
    def set_sync(self, playlist_id: int, enabled: bool) -> None:
        row = self.model.row_for_key(playlist_id)
        name = playlist_name(row) if row is not None else str(playlist_id)
        done = self.tr("Sync turned on for {0}; a sync was queued.") if enabled else \
            self.tr("Sync turned off for {0}.")
        self.call(f"sync_flag.{playlist_id}",
                  lambda s: s.spotify.set_playlist_sync(playlist_id, enabled),
                  lambda _v: self._done(done.format(name)), self._failed)

    def sync_now(self, selected: bool) -> None:
        row = self.view.selected_object() if selected else None
        if selected and row is None:
            return
        playlist_id = row.id if row is not None else None
        text = self.tr("Sync of {0} queued.").format(playlist_name(row)) if row is not None \
            else self.tr("Sync of all chosen playlists and Liked Songs queued.")
        self.call("sync_now", lambda s: s.spotify.sync_now(playlist_id),
                  lambda _v: self.message.setText(text), self._failed)

    def scan_now(self) -> None:
        self.call("scan", lambda s: s.library.scan_now(),
                  lambda _v: self.stats_message.setText(self.tr("Library scan queued.")),
                  lambda text, _c: self.stats_message.setText(
                      self.tr("Action failed: {0}").format(text)))

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.load_playlists(refresh=False)

    def _failed(self, text: str, _code: str) -> None:
        self.message.setText(self.tr("Action failed: {0}").format(text))
