"""StatusBadge: a rounded coloured label whose accessible name says "Status: <label>"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from harmony_desktop.theme import badge_style


class StatusBadge(QLabel):
    def __init__(self, text: str = "", tone: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.tone = tone
        self.set_state(text, tone)

    def set_state(self, text: str, tone: str) -> None:
        self.tone = tone
        self.setText(text)
        self.setStyleSheet(badge_style(tone))
        self.setAccessibleName(QCoreApplication.translate("StatusBadge", "Status: {0}")
                               .format(text))
        self.setVisible(bool(text))
