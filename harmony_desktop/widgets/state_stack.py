"""StateStack: one area that shows loading, empty, error (with retry) or the data widget."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from harmony_desktop.theme import tone_color


class StateStack(QStackedWidget):
    retry_requested = Signal()

    def __init__(self, data_widget: QWidget, *, loading: str, empty: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loading_label = self._centered(loading)
        self.empty_label = self._centered(empty)
        self.error_page = QWidget()
        error_layout = QVBoxLayout(self.error_page)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.setStyleSheet(f"color: {tone_color('danger')};")
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.retry_requested)
        error_layout.addStretch(1)
        error_layout.addWidget(self.error_label)
        error_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignCenter)
        error_layout.addStretch(1)
        self.data_widget = data_widget
        for page in (self.loading_label, self.empty_label, self.error_page, data_widget):
            self.addWidget(page)
        self.state = "loading"
        self.setCurrentWidget(self.loading_label)

    @staticmethod
    def _centered(text: str) -> QLabel:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setEnabled(False)
        return label

    def show_loading(self) -> None:
        self._show("loading", self.loading_label)

    def show_empty(self, text: str | None = None) -> None:
        if text:
            self.empty_label.setText(text)
        self._show("empty", self.empty_label)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self._show("error", self.error_page)

    def show_data(self) -> None:
        self._show("data", self.data_widget)

    def show_rows(self, count: int) -> None:
        """Data when there are rows, the empty text otherwise."""
        if count:
            self.show_data()
        else:
            self.show_empty()

    def _show(self, state: str, page: QWidget) -> None:
        self.state = state
        self.setCurrentWidget(page)
