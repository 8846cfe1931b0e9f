"""BaseTab: tracks its signal connections and drops them when destroyed (no dangling slots).

It also routes the bridge's answers: ``call(op, …)`` runs a request whose failure reaches the
handler given for that op only, so tabs never see each other's errors.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QMetaObject, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.messages import error_text

ErrorHandler = Callable[[str, str], None]  # translated text, code


class BaseTab(QWidget):
    #: stable id used for navigation, screenshots and window state
    tab_id = "base"
    icon_name = ""
    #: the page sends the user to another page (e.g. a hint's „Open Settings")
    navigate_requested = Signal(str)

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._connections: list[QMetaObject.Connection] = []
        self._error_handlers: dict[str, ErrorHandler] = {}
        self.destroyed.connect(self._disconnect_all)
        self.track(bridge.failed_details, self._on_failed)

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

    # -- requests --------------------------------------------------------------------------------
    def has_section(self, name: str) -> bool:
        service = self.bridge.service
        return service is not None and service.has_section(name)

    def call(self, op: str, call: Callable[[Any], Awaitable[Any]],
             on_result: Callable[[Any], None] | None = None,
             on_error: ErrorHandler | None = None, *, replace: bool = True) -> Any:
        """Run a request through the bridge; ``op`` is prefixed with this tab's id."""
        full_op = f"{self.tab_id}.{op}"
        if on_error is not None:
            self._error_handlers[full_op] = on_error
        else:
            self._error_handlers.pop(full_op, None)
        if self.bridge.service is None:
            if on_error is not None:
                on_error(error_text("engine.not_ready"), "engine.not_ready")
            return None
        return self.bridge.request(full_op, call, on_result=on_result, replace=replace)

    def _on_failed(self, op: str, code: str, message: str, params: dict[str, Any]) -> None:
        handler = self._error_handlers.get(op)
        if handler is not None:
            handler(error_text(code, message, params), code)
