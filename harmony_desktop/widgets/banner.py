"""Banner (a toned message with an optional action) and NotificationArea (stacked toasts)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from harmony_desktop.theme import banner_style


class Banner(QFrame):
    action_clicked = Signal()
    dismissed = Signal()

    def __init__(self, text: str = "", tone: str = "warning", action: str | None = None,
                 closable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.action_button = QPushButton(action or "")
        self.action_button.setVisible(bool(action))
        self.action_button.clicked.connect(self.action_clicked)
        layout.addWidget(self.action_button)
        if closable:
            close = QPushButton("×")
            close.setFlat(True)
            close.setFixedWidth(28)
            close.setAccessibleName(self.tr("Dismiss"))
            close.clicked.connect(self._dismiss)
            layout.addWidget(close)
        self.tone = tone
        self.set_message(text, tone)

    def set_message(self, text: str, tone: str, action: str | None = None) -> None:
        self.tone = tone
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setStyleSheet(banner_style(tone))
        if action is not None:
            self.action_button.setText(action)
            self.action_button.setVisible(bool(action))

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
        self.deleteLater()


class NotificationArea(QWidget):
    """In-window notifications (used when no system tray exists): newest on top, auto-hide."""

    def __init__(self, parent: QWidget | None = None, timeout_ms: int = 8000) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._timeout_ms = timeout_ms
        self.setObjectName("notificationArea")

    def show_message(self, text: str, tone: str = "info") -> Banner:
        banner = Banner(text, tone, closable=True)
        self._layout.insertWidget(0, banner)
        banner.show()
        while self._layout.count() > 4:
            oldest = self._layout.takeAt(self._layout.count() - 1).widget()
            if oldest is not None:
                oldest.deleteLater()
        if self._timeout_ms > 0:
            QTimer.singleShot(self._timeout_ms, banner, banner._dismiss)
        return banner

    def messages(self) -> list[str]:
        texts = []
        for position in range(self._layout.count()):
            widget = self._layout.itemAt(position).widget()
            if isinstance(widget, Banner) and not widget.isHidden():
                texts.append(widget.label.text())
        return texts
