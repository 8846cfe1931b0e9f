"""The Watchlist page: watched artists with priority, interval, release types and checks; all
followed artists at once, and an artist's back catalogue on request."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.dialogs.artist_dialog import ArtistDialog
from harmony_desktop.models.watchlist_model import WatchlistModel
from harmony_desktop.tabs.base_tab import BaseTab
from harmony_desktop.widgets.card import Card
from harmony_desktop.widgets.state_stack import StateStack
from harmony_desktop.widgets.table import DtoTableView


class WatchlistTab(BaseTab):
    tab_id = "watchlist"
    icon_name = "watchlist"

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        layout = QVBoxLayout(self)
        card = Card(self.tr("Watchlist"), self.tr("Every artist that is checked automatically "
                                                  "for new releases."))
        card.body.addLayout(self._build_actions())
        self.model = WatchlistModel(parent=self)
        self.view = DtoTableView(self.model, stretch_column=0)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.stack = StateStack(self.view, loading=self.tr("Loading watchlist …"),
                                empty=self.tr("No artists on the watchlist yet."))
        self.stack.retry_requested.connect(self.load)
        card.body.addWidget(self.stack, 1)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        card.body.addWidget(self.message)
        layout.addWidget(card)
        self.track(bridge.activity_recorded, self._on_activity)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Watchlist")

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add artist…"))
        self.add_button.clicked.connect(self.open_add_dialog)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(lambda: self.toggle_pause_selected())
        self.priority_button = QPushButton(self.tr("Priority…"))
        self.priority_button.clicked.connect(lambda: self.change_priority_selected())
        self.check_button = QPushButton(self.tr("Check now"))
        self.check_button.clicked.connect(lambda: self.check_now(selected=True))
        self.check_all_button = QPushButton(self.tr("Check all now"))
        self.check_all_button.clicked.connect(lambda: self.check_now(selected=False))
        self.followed_button = QPushButton(self.tr("Add followed artists"))
        self.followed_button.setToolTip(self.tr("Watch every artist you follow on Spotify."))
        self.followed_button.clicked.connect(self.add_followed)
        self.back_catalogue_button = QPushButton(self.tr("Fetch back catalogue…"))
        self.back_catalogue_button.setToolTip(self.tr(
            "Queue the tracks of the artist's earlier releases (only new releases are "
            "fetched automatically)."))
        self.back_catalogue_button.clicked.connect(lambda: self.fetch_back_catalogue())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        for button in (self.add_button, self.followed_button, self.pause_button,
                       self.priority_button, self.check_button, self.check_all_button,
                       self.back_catalogue_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        return row

    def _update_actions(self, *_args: Any) -> None:
        row = self.view.selected_object()
        for button in (self.pause_button, self.priority_button, self.check_button,
                       self.remove_button):
            button.setEnabled(row is not None)
        self.followed_button.setEnabled(self._extra("add_followed"))
        self.back_catalogue_button.setEnabled(row is not None and
                                              self._extra("fetch_back_catalogue"))
        self.pause_button.setText(self.tr("Resume") if row is not None and row.paused
                                  else self.tr("Pause"))

    # -- loading -------------------------------------------------------------------------------
    def on_engine_ready(self) -> None:
        self._update_actions()
        self.load()

    def _on_activity(self, event: Any) -> None:
        if event.type.startswith("watchlist"):
            self.load()

    def load(self) -> None:
        if not self.has_section("watchlist"):
            self.stack.show_error(self.tr("The watchlist could not be loaded."))
            return
        if not self.model.rowCount():
            self.stack.show_loading()
        self.call("list", lambda s: s.watchlist.list(), self._show,
                  lambda text, _c: self.stack.show_error(
                      self.tr("The watchlist could not be loaded.") + "\n" + text))

    def _show(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.stack.show_rows(len(rows))
        self.view.fit_columns()
        self._update_actions()

    # -- actions -------------------------------------------------------------------------------
    def open_add_dialog(self) -> ArtistDialog:
        dialog = ArtistDialog(self.bridge, self)
        dialog.accepted.connect(lambda: self._done(self.tr("Artist added to the watchlist.")))
        dialog.open()
        return dialog

    def toggle_pause_selected(self, row: Any | None = None) -> None:
        row = row or self.view.selected_object()
        if row is None:
            return
        if row.paused:
            self.call(f"resume.{row.id}", lambda s: s.watchlist.resume(row.id),
                      lambda _v: self._done(self.tr("{0} resumed.").format(row.name)),
                      self._failed)
        else:
            self.call(f"pause.{row.id}", lambda s: s.watchlist.pause(row.id),
                      lambda _v: self._done(self.tr("{0} paused.").format(row.name)),
                      self._failed)

    def change_priority_selected(self, row: Any | None = None,
                                 priority: int | None = None) -> None:
        row = row or self.view.selected_object()
        if row is None:
            return
        if priority is None:
            value, ok = QInputDialog.getInt(self, self.tr("Priority"),
                                            self.tr("Priority (higher is checked first):"),
                                            row.priority, -10, 10)
            if not ok:
                return
            priority = value
        chosen = priority
        self.call(f"priority.{row.id}", lambda s: s.watchlist.update(row.id, priority=chosen),
                  lambda _v: self._done(self.tr("Priority updated: {0}").format(chosen)),
                  self._failed)

    def check_now(self, selected: bool) -> None:
        row = self.view.selected_object() if selected else None
        artist_id = row.id if row is not None else None
        self.call("check", lambda s: s.watchlist.check_now(artist_id),
                  lambda _v: self._done(self.tr("Check queued.")), self._failed)

    def remove_selected(self, row: Any | None = None, confirm: bool = True) -> None:
        row = row or self.view.selected_object()
        if row is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Remove artist"),
                self.tr("Really remove {0} from the watchlist?").format(row.name)
        ) != QMessageBox.StandardButton.Yes:
            return
        self.call(f"remove.{row.id}", lambda s: s.watchlist.remove(row.id),
                  lambda _v: self._done(self.tr("Watchlist entry removed.")), self._failed)

    def _extra(self, method: str) -> bool:
        """The section's conveniences beyond the contract (an older engine may lack them)."""
        service = self.bridge.service
        return service is not None and self.has_section("watchlist") and \
            callable(getattr(service.watchlist, method, None))

    def add_followed(self) -> None:
        if not self._extra("add_followed"):
            return
        self.message.setText(self.tr("Adding followed artists …"))
        self.call("add_followed", lambda s: s.watchlist.add_followed(),
                  lambda rows: self._done(self.tr("{0} followed artists added.").format(
                      len(rows)) if rows else self.tr("Every followed artist is already on "
                                                      "the watchlist.")), self._failed)

    def fetch_back_catalogue(self, row: Any | None = None, confirm: bool = True) -> None:
        row = row or self.view.selected_object()
        if row is None or not self._extra("fetch_back_catalogue"):
            return
        if confirm and QMessageBox.question(
                self, self.tr("Fetch back catalogue"),
                self.tr("Queue every earlier release of {0} that matches its release types? "
                        "This can be many tracks.").format(row.name)
        ) != QMessageBox.StandardButton.Yes:
            return
        self.call(f"back_catalogue.{row.id}",
                  lambda s: s.watchlist.fetch_back_catalogue(row.id),
                  lambda _v: self._done(self.tr("Back catalogue of {0} queued; a notice "
                                                "follows when its tracks are wanted.")
                                        .format(row.name)), self._failed)

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.load()

    def _failed(self, text: str, _code: str) -> None:
        self.message.setText(self.tr("Action failed: {0}").format(text))
