"""Settings → Database: test another PostgreSQL URL and save it for the next start.

The password never stays visible: typed or pasted into the URL it moves into the masked password
field at once, and the engine keeps it in the system keyring, not in the configuration file. The
test runs as an engine request on the event loop, so the window stays responsive while a slow
server is tried.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from harmony_desktop.messages import error_text
from harmony_desktop.theme import tone_color

EXAMPLE_URL = "postgresql+asyncpg://harmony@nas:5432/harmony"
#: scheme://user:password@… — the same split SQLAlchemy's URL parser makes
_PASSWORD_IN_URL = re.compile(r"^(?P<head>[\w+]+://[^:/@]*):(?P<password>[^@]*)@")


def split_password(text: str) -> tuple[str, str | None]:
    """The URL without its password, and the (decoded) password if it carried one."""
    found = _PASSWORD_IN_URL.match(text)
    if found is None:
        return text, None
    return found["head"] + "@" + text[found.end():], unquote(found["password"])


class DatabaseSwitcher(QWidget):
    """URL and password fields, „Test", „Use this database" and what each found."""

    def __init__(self, tab: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self._tested: tuple[str, str] | None = None  # (url, password) of the usable result
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        form = QFormLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(EXAMPLE_URL)
        self.url_edit.setAccessibleName(self.tr("Database URL"))
        self.url_edit.textEdited.connect(self._url_edited)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("only if the server asks for one"))
        self.password_edit.setAccessibleName(self.tr("Database password"))
        self.password_edit.textEdited.connect(self._forget_test)
        form.addRow(self.tr("Other database"), self.url_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        layout.addLayout(form)
        layout.addLayout(self._buttons())
        self.result = self._note()
        self.notice = self._note()
        layout.addWidget(self.result)
        layout.addWidget(self.notice)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test"))
        self.test_button.setToolTip(self.tr("Connect to this database once and report what "
                                            "Harmony would find there."))
        self.test_button.clicked.connect(self.test)
        self.use_button = QPushButton(self.tr("Use this database"))
        self.use_button.setToolTip(self.tr("Save it in the configuration file; Harmony uses it "
                                           "from the next start."))
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self.use)
        row.addStretch(1)
        row.addWidget(self.test_button)
        row.addWidget(self.use_button)
        return row

    @staticmethod
    def _note() -> QLabel:
        label = QLabel("")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    # -- editing -------------------------------------------------------------------------------
    def _url_edited(self, text: str) -> None:
        url, password = split_password(text)
        if password is not None:  # never leave a password readable on screen
            self.url_edit.setText(url)
            self.password_edit.setText(password)
        self._forget_test()

    def _forget_test(self, *_args: Any) -> None:
        self._tested = None
        self.use_button.setEnabled(False)

    def _fields(self) -> tuple[str, str]:
        return self.url_edit.text().strip(), self.password_edit.text()

    # -- test ----------------------------------------------------------------------------------
    def test(self) -> None:
        url, password = self._fields()
        self._forget_test()
        self.test_button.setEnabled(False)
        self._show(self.result, self.tr("Testing …"), "info")
        self.notice.hide()
        self.tab.call("database_probe", lambda s: s.test_database(url, password or None),
                      lambda view: self._show_probe(view, (url, password)),
                      lambda text, code: self._probe_failed(text, code))

    def _probe_failed(self, text: str, code: str) -> None:
        self.test_button.setEnabled(True)
        self._show(self.result, self.tr("Not connected: {0} [{1}]").format(text, code), "danger")

    def _show_probe(self, view: Any, fields: tuple[str, str]) -> None:
        self.test_button.setEnabled(True)
        if not view.connected:
            self._probe_failed(error_text(view.code, view.message), view.code)
            return
        connected = self.tr("Connected: PostgreSQL {0}.").format(view.server_version)
        tone = "positive" if view.usable else "warning"
        self._show(self.result, f"{connected} {self._schema_text(view)}", tone)
        if view.usable and fields == self._fields():
            self._tested = fields
            self.use_button.setEnabled(True)

    def _schema_text(self, view: Any) -> str:
        texts = {
            "current": self.tr("Harmony's schema is there and up to date (revision {0})."),
            "behind": self.tr("Harmony's schema is there at revision {0}; the next start "
                              "updates it to {1}."),
            "empty": self.tr("The database is empty; Harmony creates its schema at the next "
                             "start."),
            "foreign": self.tr("The database holds other tables but no Harmony schema; Harmony "
                               "adds its own at the next start."),
            "newer": self.tr("Its schema (revision {0}) comes from a newer Harmony: update "
                             "Harmony before using this database [{2}]."),
        }
        text = texts.get(view.schema, "{0}")
        return text.format(view.revision or "—", view.head_revision, view.code)

    # -- use -----------------------------------------------------------------------------------
    def use(self) -> None:
        if self._tested is None or self._tested != self._fields():
            self._forget_test()
            return
        url, password = self._tested
        self.use_button.setEnabled(False)
        self.tab.call("database_use", lambda s: s.use_database(url, password or None),
                      self._saved, lambda text, code: self._show(
                          self.notice, self.tr("Not saved: {0} [{1}]").format(text, code),
                          "danger"))

    def _saved(self, view: Any) -> None:
        lines = [self.tr("Saved in {0}. Harmony uses {1} from the next start: restart Harmony "
                         "now.").format(view.config_file, view.display_url)]
        if view.password_in_keyring:
            lines.append(self.tr("The password is kept in the system keyring."))
        if view.overridden_by == "environment":
            lines.append(self.tr("Note: HARMONY_DATABASE_URL is set and wins over the "
                                 "configuration file; unset it to use this database."))
        elif view.overridden_by == "argument":
            lines.append(self.tr("Note: Harmony was started with --database-url, which wins "
                                 "over the configuration file."))
        self._show(self.notice, " ".join(lines),
                   "warning" if view.overridden_by else "positive")

    @staticmethod
    def _show(label: QLabel, text: str, tone: str) -> None:
        label.setText(text)
        label.setStyleSheet("" if tone == "info" else f"color: {tone_color(tone)};")
        label.show()
