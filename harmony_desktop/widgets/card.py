"""Card: a titled group box with an optional subtitle, the page's building block."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget


class Card(QGroupBox):
    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 8, 10, 10)
        if subtitle:
            hint = QLabel(subtitle)
            hint.setWordWrap(True)
            hint.setEnabled(False)
            self.body.addWidget(hint)
