"""EngineBridge: the only GUI↔engine seam.

Engine events arrive as Qt signals; GUI requests run as tracked tasks on the shared qasync loop
and answer with a signal (``result(op, value)`` or ``failed(op, code, message)``), never with a
value a widget must await. A newer request with the same name cancels the older one.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from engine import events
from engine.api import HarmonyService
from engine.errors import HarmonyError

log = logging.getLogger(__name__)


class EngineBridge(QObject):
    engine_ready = Signal(object)  # HarmonyService
    engine_failed = Signal(str, str)  # code, message
    engine_state_changed = Signal(str)
    activity_recorded = Signal(object)
    job_finished = Signal(object)
    worker_status_changed = Signal(object)
    wanted_item_changed = Signal(object)
    download_progress = Signal(object)
    health_changed = Signal(object)
    setting_changed = Signal(str)
    notification = Signal(str, dict)  # code, params
    import_progress = Signal(object)
    database_state_changed = Signal(bool, str)
    search_results = Signal(str, object)  # search_id, tuple of SearchResultRow
    search_status = Signal(object)  # SearchStatus event
    result = Signal(str, object)  # op, value
    failed = Signal(str, str, str)  # op, code, message
    failed_details = Signal(str, str, str, dict)  # op, code, message, params (for translation)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service: HarmonyService | None = None
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._background: set[asyncio.Task[Any]] = set()
        self._unsubscribe: Callable[[], None] | None = None

    # -- engine attachment -----------------------------------------------------------------
    def attach(self, service: HarmonyService) -> None:
        self.service = service
        self._unsubscribe = service.subscribe(None, self._on_event)
        self.engine_ready.emit(service)

    def detach(self) -> None:
        if self._unsubscribe:
            self._unsubscribe()
        for task in [*self._tasks.values(), *self._background]:
            task.cancel()
        self.service = None

    def _on_event(self, event: events.Event) -> None:
        emitters: dict[type[events.Event], Callable[[events.Event], None]] = {
            events.EngineStateChanged: lambda e: self.engine_state_changed.emit(e.state),
            events.ActivityRecorded: self.activity_recorded.emit,
            events.JobFinished: self.job_finished.emit,
            events.WorkerStatusChanged: self.worker_status_changed.emit,
            events.WantedItemChanged: self.wanted_item_changed.emit,
            events.DownloadProgress: self.download_progress.emit,
            events.HealthChanged: self.health_changed.emit,
            events.SettingChanged: lambda e: self.setting_changed.emit(e.name),
            events.Notification: lambda e: self.notification.emit(e.code, dict(e.params)),
            events.ImportProgress: self.import_progress.emit,
            events.DatabaseStateChanged: lambda e: self.database_state_changed.emit(
                e.available, e.code),
            events.SearchResults: lambda e: self.search_results.emit(e.search_id, e.rows),
            events.SearchStatus: self.search_status.emit,
        }
        emit = emitters.get(type(event))
        if emit is not None:
            emit(event)

    # -- requests ----------------------------------------------------------------------------
    def request(self, op: str, call: Callable[[HarmonyService], Awaitable[Any]], *,
                on_result: Callable[[Any], None] | None = None,
                replace: bool = True) -> asyncio.Task[Any] | None:
        """Run ``call(service)`` as a tracked task; answer via signals (and ``on_result``)."""
        if self.service is None:
            self.failed_details.emit(op, "engine.not_ready", "The engine is not running yet.", {})
            self.failed.emit(op, "engine.not_ready", "The engine is not running yet.")
            return None
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            # A timer fired after the event loop ended (shutdown, or a window outliving its
            # loop): there is nobody left to answer, so the request is dropped.
            return None
        if replace and op in self._tasks:
            self._tasks.pop(op).cancel()
        # The coroutine is created inside the task, so a request replaced before it started
        # leaves no never-awaited coroutine behind.
        task = asyncio.ensure_future(self._run(op, call, on_result))
        self._tasks[op] = task
        task.add_done_callback(lambda t: self._tasks.pop(op, None) if
                               self._tasks.get(op) is t else None)
        return task

    async def _run(self, op: str, call: Callable[[HarmonyService], Awaitable[Any]],
                   on_result: Callable[[Any], None] | None) -> Any:
        service = self.service
        if service is None:
            return None
        try:
            value = await call(service)
        except asyncio.CancelledError:
            raise
        except HarmonyError as exc:
            self.failed_details.emit(op, exc.code, exc.message, dict(exc.params))
            self.failed.emit(op, exc.code, exc.message)
            return None
        except Exception as exc:  # unexpected: log it and show it, never crash the loop
            log.exception("request %s failed", op)
            text = f"{type(exc).__name__}: {exc}"
            self.failed_details.emit(op, "error.unexpected", text, {})
            self.failed.emit(op, "error.unexpected", text)
            return None
        if on_result is not None:
            try:
                on_result(value)
            except Exception:  # a GUI bug: show it in the error dialog, keep the loop alive
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
                return None
        self.result.emit(op, value)
        return value

    def pending(self) -> list[str]:
        return list(self._tasks)
