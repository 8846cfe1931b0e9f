"""The Settings page's side panel: Spotify account, database, and the slskd test result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from harmony_desktop.messages import error_text
from harmony_desktop.tabs.settings_database import DatabaseSwitcher
from harmony_desktop.widgets.card import Card
from harmony_desktop.widgets.status_badge import StatusBadge


class AccountPanel(QWidget):
    secret_store_checked = Signal(bool)

    def __init__(self, tab: Any) -> None:
        super().__init__(tab)
        self.tab = tab
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._spotify_card())
        layout.addWidget(self._database_card())
        self.slskd_result = QLabel(self.tr("Not tested yet."))
        self.slskd_result.setWordWrap(True)

    def _spotify_card(self) -> Card:
        card = Card(self.tr("Spotify account"))
        grid = QGridLayout()
        self.spotify_status = StatusBadge(self.tr("Unknown"), "info")
        self.free_label = QLabel("—")
        self.pro_label = QLabel("—")
        self.user_label = QLabel("—")
        rows = ((self.tr("Connection status"), self.spotify_status),
                (self.tr("FREE available"), self.free_label),
                (self.tr("PRO available"), self.pro_label),
                (self.tr("Account"), self.user_label))
        for number, (caption, widget) in enumerate(rows):
            grid.addWidget(QLabel(caption), number, 0)
            grid.addWidget(widget, number, 1)
        grid.setColumnStretch(1, 1)
        card.body.addLayout(grid)
        self.spotify_hint = QLabel("")
        self.spotify_hint.setWordWrap(True)
        card.body.addWidget(self.spotify_hint)
        buttons = QHBoxLayout()
        self.login_button = QPushButton(self.tr("Log in with Spotify"))
        self.login_button.clicked.connect(self.login)
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.clicked.connect(self.logout)
        buttons.addWidget(self.login_button)
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        card.body.addLayout(buttons)
        return card

    def _database_card(self) -> Card:
        card = Card(self.tr("Database"))
        self.database_label = QLabel(self.tr("Loading …"))
        self.database_label.setWordWrap(True)
        card.body.addWidget(self.database_label)
        row = QHBoxLayout()
        self.database_badge = StatusBadge("", "info")
        self.database_checked = QLabel("")
        self.database_checked.setEnabled(False)
        self.database_check_button = QPushButton(self.tr("Check again"))
        self.database_check_button.setToolTip(self.tr("Test the connection to the database "
                                                      "Harmony uses now."))
        self.database_check_button.clicked.connect(self.check_database)
        row.addWidget(self.database_badge)
        row.addWidget(self.database_checked, 1)
        row.addWidget(self.database_check_button)
        card.body.addLayout(row)
        how = QLabel(self.tr("To use another PostgreSQL server, enter its URL below, test it and "
                             "choose „Use this database“ (HARMONY_DATABASE_URL, when set, wins)."))
        how.setWordWrap(True)
        how.setEnabled(False)
        card.body.addWidget(how)
        self.database_switcher = DatabaseSwitcher(self.tab, card)
        card.body.addWidget(self.database_switcher)
        return card

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        self.tab.call("status", lambda s: s.status(), self._show_status)
        if self.tab.has_section("spotify"):
            self.tab.call("spotify", lambda s: s.spotify.account(), self.show_account,
                          lambda text, _c: self.spotify_hint.setText(text))
        else:
            self.spotify_hint.setText(self.tr("The Spotify service is not running."))
            self.login_button.setEnabled(False)
            self.logout_button.setEnabled(False)

    def check_database(self) -> None:
        """Ask the engine again (its status pings the database it uses)."""
        self.database_check_button.setEnabled(False)
        self.database_checked.setText(self.tr("Testing …"))
        self.tab.call("status", lambda s: s.status(), self._show_status,
                      lambda text, _c: self._database_check_failed(text))

    def _database_check_failed(self, text: str) -> None:
        self.database_check_button.setEnabled(True)
        self.database_badge.set_state(self.tr("Not checked"), "warning")
        self.database_checked.setText(text)

    def _show_status(self, status: Any) -> None:
        kind = self.tr("built-in (embedded PostgreSQL)") if status.database_kind == "embedded" \
            else self.tr("PostgreSQL server")
        self.database_label.setText(self.tr("{0}\n{1}").format(kind, status.database_url))
        if status.database_available:
            self.database_badge.set_state(self.tr("Connected"), "positive")
        else:
            self.database_badge.set_state(self.tr("Not reachable"), "danger")
        self.database_checked.setText(self.tr("Checked at {0}").format(
            QTime.currentTime().toString("HH:mm:ss")))
        self.database_check_button.setEnabled(True)
        self.secret_store_checked.emit(bool(status.secret_store_available))

    def show_account(self, account: Any) -> None:
        labels = {"connected": (self.tr("Connected"), "positive"),
                  "unauthenticated": (self.tr("Not authenticated"), "warning"),
                  "unconfigured": (self.tr("Not configured"), "danger")}
        text, tone = labels.get(account.status, (account.status, "info"))
        self.spotify_status.set_state(text, tone)
        yes, no = self.tr("Yes – credentials found."), self.tr("No – credentials missing.")
        self.free_label.setText(self.tr("Yes – imports and links work without an account."))
        self.pro_label.setText(yes if account.client_id_set else no)
        self.user_label.setText(account.display_name or "—")
        if not account.client_id_set:
            hint = self.tr("Spotify credentials are missing. Enter a client ID to use PRO.")
        elif account.status != "connected":
            hint = self.tr("Credentials found – log in to enable PRO features.")
        else:
            hint = self.tr("Spotify PRO is fully connected and ready.")
        self.spotify_hint.setText(hint)
        self.login_button.setEnabled(account.client_id_set and account.status != "connected")
        self.logout_button.setEnabled(account.status == "connected")

    def login(self) -> None:
        self.spotify_hint.setText(self.tr("Spotify login running in your browser …"))
        self.tab.call("spotify_login", lambda s: s.spotify.login(), self.show_account,
                      lambda text, _c: self.spotify_hint.setText(text))

    def logout(self) -> None:
        self.tab.call("spotify_logout", lambda s: s.spotify.logout(), lambda _v: self.load(),
                      lambda text, _c: self.spotify_hint.setText(text))

    def test_slskd(self) -> None:
        if not self.tab.has_section("health"):
            return
        self.slskd_result.setText(self.tr("Testing …"))
        self.tab.call("slskd_test", lambda s: s.health.test_slskd(), self._show_test,
                      lambda text, _c: self.slskd_result.setText(
                          self.tr("❌ Connection could not be checked: {0}").format(text)))

    def _show_test(self, health: Any) -> None:
        ok = str(health.status) == "ok"
        prefix = self.tr("✅ Connection successful") if ok else self.tr("❌ Connection failed")
        self.slskd_result.setText(f"{prefix}: {error_text(health.code)}")
