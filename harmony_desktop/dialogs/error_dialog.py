"""ErrorDialog for unexpected exceptions, installed as sys.excepthook (asyncSlot errors too)."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("harmony_desktop")


class ErrorDialog(QDialog):
    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Harmony hit an unexpected error and keeps running. The details "
                               "below are also in the log view; please include them in a "
                               "report."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ExceptHook:
    """Logs CRITICAL and shows one dialog per exception; keeps the previous hook for restore."""

    def __init__(self, show_dialog: bool = True) -> None:
        self.previous = sys.excepthook
        self.show_dialog = show_dialog
        self.dialogs: list[ErrorDialog] = []

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self.previous

    def __call__(self, kind: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.critical("unexpected error: %s", details)
        if self.show_dialog and QApplication.instance() is not None:
            dialog = ErrorDialog(f"{kind.__name__}: {value}", details)
            self.dialogs.append(dialog)
            dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d))
            dialog.open()
