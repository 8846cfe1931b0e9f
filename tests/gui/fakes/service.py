"""FakeService: stands in for engine.api.HarmonyService, wiring the fake sections."""

from __future__ import annotations

import asyncio
import itertools
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from engine.activity import ActivityEntry
from engine.api import EngineStatus, SearchBudgetView, SettingView
from engine.errors import HarmonyError
from engine.events import Event
from engine.facade import contracts as c
from engine.jobs.health import WorkerStatus
from engine.settings_schema import SETTINGS
from engine.settings_store import SettingHistoryEntry
from tests.gui.fakes.acquisition import FakeDownloads, FakeHealth, FakeMatching
from tests.gui.fakes.base import ago
from tests.gui.fakes.discovery import FakeSearch, FakeWatchlist
from tests.gui.fakes.sources import FakeImports, FakeLibrary, FakeSpotify

SECTIONS = {"health": FakeHealth, "downloads": FakeDownloads, "matching": FakeMatching,
            "watchlist": FakeWatchlist, "search": FakeSearch, "imports": FakeImports,
            "spotify": FakeSpotify, "library": FakeLibrary}


class FakeService:
    """Stands in for engine.api.HarmonyService in GUI tests."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.modes: dict[str, str] = defaultdict(lambda: "data")
        self.sections = {name: cls(self, name) for name, cls in SECTIONS.items()}
        self.installed = set(SECTIONS)
        self._listeners: list[Callable[[Event], Any]] = []
        self.worker_status = "running"
        self.worker_queue = 0
        self.saved: dict[str, Any] = {}
        self._ids = itertools.count(1000)
        self.health: FakeHealth = self.sections["health"]  # type: ignore[assignment]
        self.downloads: FakeDownloads = self.sections["downloads"]  # type: ignore[assignment]
        self.matching: FakeMatching = self.sections["matching"]  # type: ignore[assignment]
        self.watchlist: FakeWatchlist = self.sections["watchlist"]  # type: ignore[assignment]
        self.search: FakeSearch = self.sections["search"]  # type: ignore[assignment]
        self.imports: FakeImports = self.sections["imports"]  # type: ignore[assignment]
        self.spotify: FakeSpotify = self.sections["spotify"]  # type: ignore[assignment]
        self.library: FakeLibrary = self.sections["library"]  # type: ignore[assignment]

    engine_id = "fake"

    def has_section(self, name: str) -> bool:
        return name in self.installed

    def subscribe(self, event_type: Any, listener: Callable[[Event], Any]
                  ) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def publish(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    #: what status() reports; tests flip it to show an outage
    database_available = True
    budget = SearchBudgetView(34, 220.0, 30, 0.0, False)

    async def status(self) -> EngineStatus:
        return EngineStatus("running", "embedded", "postgresql+asyncpg://harmony@localhost/…",
                            self.database_available, True, {"matching": 3, "download": 2},
                            {"download": 1}, "keyring", True, self.budget)

    async def test_database(self, url: str, password: str | None = None
                            ) -> c.DatabaseProbeView:
        """Like the real probe for what the pages show: refused schemes, a refused port, a
        ready server (the real probe is tested against PostgreSQL in tests/foundation)."""
        if self.delay:
            await asyncio.sleep(self.delay)
        if not url.startswith("postgresql+"):
            return c.DatabaseProbeView("config.database_url_scheme", "", False, False)
        if ":1/" in url:
            return c.DatabaseProbeView("database.refused", url, False, False)
        return c.DatabaseProbeView("database.ready", url, True, True, "16.4", "current",
                                   "0005", "0005")

    async def use_database(self, url: str, password: str | None = None
                           ) -> c.DatabaseChoiceView:
        self.saved["database_url"] = url
        return c.DatabaseChoiceView(url, "/home/demo/.config/harmony-desktop/config.json",
                                    bool(password))

    async def workers(self) -> list[WorkerStatus]:
        if self.modes["workers"] == "error":
            raise HarmonyError("no database", code="database.unavailable")
        return [WorkerStatus("matching", self.worker_status, ago(seconds=12), self.worker_queue,
                             None, 1284, 1),
                WorkerStatus("download", "running", ago(seconds=3), 2, None, 311, 1)]

    async def activity(self, *, limit: int = 200, types: tuple[str, ...] = (),
                       status: str | None = None, before_id: int | None = None
                       ) -> list[ActivityEntry]:
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.modes["activity"] == "error":
            raise HarmonyError("no database", code="database.unavailable")
        if self.modes["activity"] == "empty":
            return []
        entries = [
            ActivityEntry(9, "search", "completed", {"query": "moderat bad kingdom",
                                                     "spotify": 3, "soulseek": 4,
                                                     "duration_ms": 2140}, ago(minutes=1)),
            ActivityEntry(8, "download", "completed", {"title": "Reminder", "artist": "Moderat",
                                                       "file": "04 - Reminder.flac"},
                          ago(minutes=4)),
            ActivityEntry(7, "matching", "partial", {"saved": 18, "discarded": 2},
                          ago(minutes=5)),
            ActivityEntry(6, "download", "failed", {"title": "Rusty Nails",
                                                    "error": "slskd.peer_offline"},
                          ago(minutes=9)),
            ActivityEntry(5, "watchlist", "completed", {"artist": "Moderat", "new": 1},
                          ago(hours=1)),
            ActivityEntry(4, "import", "completed", {"created": 412, "merged": 3},
                          ago(hours=2)),
            ActivityEntry(3, "sync", "running", {"playlist": "Liked Songs", "done": 120},
                          ago(hours=3)),
            ActivityEntry(2, "worker", "stale", {"worker": "matching"}, ago(hours=5)),
            ActivityEntry(1, "worker", "blocked", {"worker": "download",
                                                   "reason": "slskd.unconfigured"},
                          ago(hours=6)),
        ]
        if types:
            entries = [e for e in entries if e.type in types]
        if before_id is not None:
            entries = [e for e in entries if e.id < before_id]
        return entries[:limit]

    async def settings(self) -> list[SettingView]:
        if self.modes["settings"] == "error":
            raise HarmonyError("no database", code="database.unavailable")
        views = []
        for spec in SETTINGS:
            value = self.saved.get(spec.name, spec.default)
            if spec.name == "slskd.url":
                value = self.saved.get(spec.name, "http://localhost:5030")
            if spec.secret:
                value = "••••••" if spec.name == "slskd.api_key" or spec.name in self.saved \
                    else ""
            views.append(SettingView(spec.name, spec.kind, spec.group, value, "default",
                                     spec.default, spec.minimum, spec.maximum, spec.choices,
                                     spec.secret, spec.restart_required))
        return views

    async def set_setting(self, name: str, value: Any) -> SettingView:
        from engine.settings_schema import coerce, spec_for

        spec = spec_for(name)
        self.saved[name] = value if spec.secret else coerce(spec, value)
        return next(v for v in await self.settings() if v.name == name)

    async def reset_setting(self, name: str) -> None:
        self.saved.pop(name, None)

    async def settings_history(self, name: str | None = None, limit: int = 100
                               ) -> list[SettingHistoryEntry]:
        return [SettingHistoryEntry("slskd.url", None, "http://localhost:5030", "user",
                                    ago(days=2)),
                SettingHistoryEntry("matching.accept_threshold", "0.6", "0.65", "user",
                                    ago(hours=5)),
                SettingHistoryEntry("slskd.api_key", None, "••••••", "user", ago(days=2))]

    async def dead_letters(self, limit: int = 100) -> list[Any]:
        return []

    async def requeue_jobs(self, job_ids: list[int]) -> None:
        return None
