"""BaseTab: tracks its signal connections and drops them when destroyed (no dangling slots)."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QMetaObject, SignalInstance
from PySide6.QtWidgets import QWidget

from harmony_desktop.bridge import EngineBridge


class BaseTab(QWidget):
    #: stable id used for navigation, screenshots and window state
    tab_id = "base"

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._connections: list[QMetaObject.Connection] = []
        self.destroyed.connect(self._disconnect_all)

    def track(self, signal: SignalInstance, slot: Any) -> None:
        self._connections.append(signal.connect(slot))

    def _disconnect_all(self) -> None:
        for connection in self._connections:
            with contextlib.suppress(RuntimeError, TypeError):
                QWidget.disconnect(connection)
        self._connections.clear()

    def title(self) -> str:
        raise NotImplementedError

    def on_engine_ready(self) -> None:
        """Called once the engine runs; tabs load their data here."""
