"""A closed, typed catalogue of engine events and the in-process :class:`EventBus`.

The GUI's bridge subscribes to the bus and re-emits events as Qt signals; headless engines log
them. Subscribing to a type outside the catalogue fails fast.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Event:
    at: datetime = field(default_factory=_now, kw_only=True)


@dataclass(frozen=True)
class EngineStateChanged(Event):
    state: str  # starting | running | degraded | stopping | stopped | failed
    code: str = ""


@dataclass(frozen=True)
class DatabaseStateChanged(Event):
    available: bool
    kind: str
    code: str = ""


@dataclass(frozen=True)
class ActivityRecorded(Event):
    id: int
    type: str
    status: str
    details: dict[str, Any]


@dataclass(frozen=True)
class WorkerStatusChanged(Event):
    worker: str
    status: str


@dataclass(frozen=True)
class JobFinished(Event):
    job_type: str
    job_id: int
    outcome: str  # successful | retry | dead_letter
    error: str | None = None


@dataclass(frozen=True)
class WantedItemChanged(Event):
    item_id: int
    state: str


@dataclass(frozen=True)
class DownloadProgress(Event):
    download_id: int
    state: str
    progress: float
    bytes_transferred: int


@dataclass(frozen=True)
class HealthChanged(Event):
    provider: str
    status: str
    code: str


@dataclass(frozen=True)
class SettingChanged(Event):
    name: str


@dataclass(frozen=True)
class Notification(Event):
    """Something the user should see (tray message or in-window banner): code + params."""

    code: str  # e.g. watchlist.new_release, import.finished, watchlist.album_progress
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportProgress(Event):
    job_id: int
    done: int
    total: int
    state: str


@dataclass(frozen=True)
class SearchResults(Event):
    """A batch of rows for a running search (``rows``: SearchResultRow DTOs)."""

    search_id: str
    rows: tuple[Any, ...]


@dataclass(frozen=True)
class SearchStatus(Event):
    """One source of a search changed state (running, done, failed, skipped)."""

    search_id: str
    source: str
    state: str
    count: int
    code: str = ""


EVENT_TYPES: tuple[type[Event], ...] = (
    EngineStateChanged, DatabaseStateChanged, ActivityRecorded, WorkerStatusChanged, JobFinished,
    WantedItemChanged, DownloadProgress, HealthChanged, SettingChanged, Notification,
    ImportProgress, SearchResults, SearchStatus,
)

Listener = Callable[[Event], Any]


class EventBus:
    """Publish/subscribe on the engine's loop. Listeners may be plain or async callables;
    a failing listener is logged and never breaks the publisher."""

    def __init__(self) -> None:
        self._listeners: dict[type[Event], list[Listener]] = {t: [] for t in EVENT_TYPES}
        self._any: list[Listener] = []
        self._tasks: set[asyncio.Task[Any]] = set()

    def subscribe(self, event_type: type[Event] | None, listener: Listener) -> Callable[[], None]:
        """Listen to one type (or every type with ``None``); returns an unsubscribe function."""
        if event_type is not None and event_type not in self._listeners:
            raise ValueError(f"{event_type!r} is not in the event catalogue")
        bucket = self._any if event_type is None else self._listeners[event_type]
        bucket.append(listener)
        return lambda: bucket.remove(listener) if listener in bucket else None

    def publish(self, event: Event) -> None:
        listeners = self._listeners.get(type(event))
        if listeners is None:
            raise ValueError(f"{type(event).__name__} is not in the event catalogue")
        for listener in (*listeners, *self._any):
            try:
                result = listener(event)
            except Exception:
                log.exception("event listener failed", extra={"action": "event"})
                continue
            if asyncio.iscoroutine(result):
                task = asyncio.ensure_future(result)
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
