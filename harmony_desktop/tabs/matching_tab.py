"""The Matching page (first version: heading and engine state; filled by the GUI work)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.tabs.base_tab import BaseTab


class MatchingTab(BaseTab):
    tab_id = "matching"

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.title())
        self.heading.setObjectName("pageHeading")
        self.state_label = QLabel(self.tr("Waiting for the engine…"))
        layout.addWidget(self.heading)
        layout.addWidget(self.state_label)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Matching")

    def on_engine_ready(self) -> None:
        self.state_label.setText(self.tr("Engine running."))
