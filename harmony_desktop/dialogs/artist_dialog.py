"""Add artists to the watchlist: search Spotify by name, or pick from followed artists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.messages import error_text
from harmony_desktop.models.watchlist_model import RELEASE_TYPES, ArtistHitsModel
from harmony_desktop.widgets.state_stack import StateStack
from harmony_desktop.widgets.table import DtoTableView


class ArtistDialog(QDialog):
    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setWindowTitle(self.tr("Add artist to the watchlist"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Artist name, e.g. Moderat"))
        self.query.returnPressed.connect(self.search)
        search = QPushButton(self.tr("Search Spotify"))
        search.clicked.connect(self.search)
        followed = QPushButton(self.tr("Followed artists"))
        followed.clicked.connect(self.load_followed)
        for widget in (self.query, search, followed):
            row.addWidget(widget)
        layout.addLayout(row)
        self.model = ArtistHitsModel(self)
        self.view = DtoTableView(self.model, stretch_column=0)
        self.stack = StateStack(self.view, loading=self.tr("Searching …"),
                                empty=self.tr("Search for an artist or show followed artists."))
        self.stack.show_empty()
        layout.addWidget(self.stack, 1)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Priority")))
        self.priority = QSpinBox()
        self.priority.setRange(-10, 10)
        options.addWidget(self.priority)
        self.type_boxes: dict[str, QCheckBox] = {}
        for kind in ("album", "single", "ep", "compilation"):
            box = QCheckBox(_release(kind))
            box.setChecked(kind in ("album", "single", "ep"))
            self.type_boxes[kind] = box
            options.addWidget(box)
        options.addStretch(1)
        layout.addLayout(options)
        self.message = QLabel("")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(self.tr("Add to watchlist"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.add_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        bridge.failed.connect(self._on_failed)

    def search(self) -> None:
        text = self.query.text().strip()
        if not text:
            return
        self.stack.show_loading()
        self.bridge.request("watchlist.artist_search",
                            lambda s: s.watchlist.search_artists(text), on_result=self._show)

    def load_followed(self) -> None:
        self.stack.show_loading()
        self.bridge.request("watchlist.artist_search",
                            lambda s: s.watchlist.followed_artists(), on_result=self._show)

    def _show(self, hits: list[Any]) -> None:
        self.model.set_rows(hits)
        self.stack.show_empty(self.tr("No artists found."))
        self.stack.show_rows(len(hits))

    def release_types(self) -> tuple[str, ...]:
        return tuple(kind for kind, box in self.type_boxes.items() if box.isChecked())

    def add_selected(self) -> None:
        hit = self.view.selected_object()
        if hit is None:
            self.message.setText(self.tr("Choose an artist first."))
            return
        priority, types = self.priority.value(), self.release_types()
        self.bridge.request("watchlist.add", lambda s: s.watchlist.add(
            hit.spotify_id, hit.name, priority=priority, release_types=types),
            on_result=lambda _row: self.accept())

    def _on_failed(self, op: str, code: str, message: str) -> None:
        if op in ("watchlist.artist_search", "watchlist.add"):
            if op == "watchlist.artist_search":
                self.stack.show_error(error_text(code, message))
            else:
                self.message.setText(error_text(code, message))


def _release(kind: str) -> str:
    return QCoreApplication.translate("Columns", RELEASE_TYPES[kind])
