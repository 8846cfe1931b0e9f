"""HarmonyService: the one facade the GUI (and tests) call. Async methods return DTOs only.

Services register themselves on the engine (``engine.services``); the facade exposes them with
stable signatures so the GUI never reaches into the database, the queue or a client.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from engine.activity import ActivityEntry
from engine.bootstrap import Engine
from engine.database_setup import save_database_choice
from engine.db.probe import probe_database
from engine.events import Event
from engine.facade.contracts import (
    DatabaseChoiceView,
    DatabaseProbeView,
    DownloadsSection,
    HealthSection,
    ImportsSection,
    LibrarySection,
    MatchingSection,
    SearchSection,
    SpotifySection,
    WatchlistSection,
)
from engine.jobs.health import WorkerStatus, worker_statuses
from engine.jobs.queue import DeadLetter
from engine.secrets import mask
from engine.settings_schema import SETTINGS
from engine.settings_store import SettingHistoryEntry


@dataclass(frozen=True)
class EngineStatus:
    state: str
    database_kind: str
    database_url: str
    database_available: bool
    workers_enabled: bool
    queued: dict[str, int]
    running: dict[str, int]
    secret_store: str
    secret_store_available: bool
    #: the Soulseek search budget (None until integrations are installed)
    search_budget: SearchBudgetView | None = None


@dataclass(frozen=True)
class SearchBudgetView:
    limit: int
    window_s: float
    remaining: int
    next_slot_in_s: float
    in_flight: bool


@dataclass(frozen=True)
class SettingView:
    name: str
    kind: str
    group: str
    value: Any  # secrets: "••••••" or ""
    source: str
    default: Any
    minimum: float | None
    maximum: float | None
    choices: tuple[str, ...]
    secret: bool
    restart_required: bool


class HarmonyService:
    """The GUI's only door into the engine."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @property
    def engine_id(self) -> str:
        return self._engine.options.engine_id

    def subscribe(self, event_type: type[Event] | None, listener: Callable[[Event], Any]
                  ) -> Callable[[], None]:
        return self._engine.bus.subscribe(event_type, listener)

    # -- sections (see engine.facade.contracts) ----------------------------------------------
    def _section(self, name: str) -> Any:
        try:
            return self._engine.facades[name]
        except KeyError:
            raise AttributeError(f"the engine has no {name!r} section") from None

    def has_section(self, name: str) -> bool:
        return name in self._engine.facades

    @property
    def health(self) -> HealthSection:
        return self._section("health")  # type: ignore[no-any-return]

    @property
    def downloads(self) -> DownloadsSection:
        return self._section("downloads")  # type: ignore[no-any-return]

    @property
    def matching(self) -> MatchingSection:
        return self._section("matching")  # type: ignore[no-any-return]

    @property
    def imports(self) -> ImportsSection:
        return self._section("imports")  # type: ignore[no-any-return]

    @property
    def spotify(self) -> SpotifySection:
        return self._section("spotify")  # type: ignore[no-any-return]

    @property
    def library(self) -> LibrarySection:
        return self._section("library")  # type: ignore[no-any-return]

    @property
    def watchlist(self) -> WatchlistSection:
        return self._section("watchlist")  # type: ignore[no-any-return]

    @property
    def search(self) -> SearchSection:
        return self._section("search")  # type: ignore[no-any-return]

    # -- status ------------------------------------------------------------------------------
    async def status(self) -> EngineStatus:
        engine = self._engine
        database = engine.database
        available = await database.ping() if database else False
        queued = await engine.queue.sizes() if engine.queue and available else {}
        running = await engine.queue.running() if engine.queue and available else {}
        return EngineStatus(engine.state, database.kind if database else "none",
                            database.display_url if database else "", available,
                            engine.workers_enabled, queued, running, engine.secrets.kind,
                            await self._secrets_available(), await self._search_budget())

    async def _search_budget(self) -> SearchBudgetView | None:
        """The budget every engine on the database shares (read from it, so it is current)."""
        integrations = self._engine.services.get("integrations")
        budget = getattr(integrations, "budget", None)
        if budget is None:
            return None
        status = await budget.status()
        return SearchBudgetView(status.limit, status.window_s, status.remaining,
                                status.next_slot_in_s, status.in_flight)

    # -- database choice (Settings → Database) ----------------------------------------------
    async def test_database(self, url: str, password: str | None = None) -> DatabaseProbeView:
        """Connect to another database URL once and report; never raises for a bad URL or an
        unreachable server (the view's code says what went wrong)."""
        return await probe_database(url, password)

    async def use_database(self, url: str, password: str | None = None) -> DatabaseChoiceView:
        """Save ``url`` for the next start (config file; the password into the secret store).
        Raises DatabaseUrlError or SecretStoreError (with codes); nothing is saved then."""
        engine = self._engine
        return await save_database_choice(engine.paths, engine.secrets, url, password,
                                          explicit=engine.options.database_url)

    async def _secrets_available(self) -> bool:
        try:
            await self._engine.secrets.get("slskd_api_key")
        except Exception:
            return False
        return True

    async def workers(self) -> list[WorkerStatus]:
        engine = self._engine
        assert engine.database is not None and engine.queue is not None
        return await worker_statuses(engine.database, await engine.queue.sizes())

    async def dead_letters(self, limit: int = 100) -> list[DeadLetter]:
        assert self._engine.queue is not None
        return await self._engine.queue.dead_letters(limit)

    async def requeue_jobs(self, job_ids: list[int]) -> None:
        assert self._engine.queue is not None
        await self._engine.queue.requeue(job_ids)

    # -- activity ----------------------------------------------------------------------------
    async def activity(self, *, limit: int = 200, types: tuple[str, ...] = (),
                       status: str | None = None, before_id: int | None = None
                       ) -> list[ActivityEntry]:
        assert self._engine.activity is not None
        return await self._engine.activity.recent(limit=limit, types=types, status=status,
                                                  before_id=before_id)

    # -- settings ----------------------------------------------------------------------------
    async def settings(self) -> list[SettingView]:
        store = self._engine.settings
        assert store is not None
        views = []
        for spec in SETTINGS:
            if spec.secret:
                try:
                    value, source = mask(await store.get_secret(spec.name)), "keyring"
                except Exception:
                    value, source = "", "unavailable"
            else:
                resolved = store.resolve(spec.name)
                value, source = resolved.value, resolved.source
            views.append(SettingView(spec.name, spec.kind, spec.group, value, source,
                                     spec.default, spec.minimum, spec.maximum, spec.choices,
                                     spec.secret, spec.restart_required))
        return views

    async def set_setting(self, name: str, value: Any) -> SettingView:
        """Validate and store; raises ConfigurationError (with a code) on bad input."""
        store = self._engine.settings
        assert store is not None
        await store.set(name, value)
        return next(v for v in await self.settings() if v.name == name)

    async def reset_setting(self, name: str) -> None:
        assert self._engine.settings is not None
        await self._engine.settings.reset(name)

    async def settings_history(self, name: str | None = None, limit: int = 100
                               ) -> list[SettingHistoryEntry]:
        assert self._engine.settings is not None
        return await self._engine.settings.history(name, limit)
