"""The composition root: the only module that knows every concrete adapter.

``Engine`` wires settings → secrets → database → queue → integrations → workers, starts them in
that order and stops them in reverse. The GUI (``harmony_desktop.app``) and ``harmony engine``
both build their engine here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

import asyncpg

from engine import __version__
from engine.activity import ActivityLog
from engine.database_setup import choose_database, open_database, with_stored_password
from engine.db import migrate
from engine.db.embedded import EmbeddedPostgres
from engine.db.session import Database, asyncpg_kwargs
from engine.events import DatabaseStateChanged, EngineStateChanged, EventBus, JobFinished
from engine.jobs.handlers import JobContext, Registration
from engine.jobs.health import WorkerHeartbeats
from engine.jobs.queue import PgJobQueue
from engine.jobs.runner import WorkerRunner
from engine.logging_setup import SCRUBBER
from engine.orchestrator import Scheduler, Timer
from engine.paths import AppPaths, resolve_paths
from engine.secrets import (
    SECRET_NAMES,
    EnvironmentSecretStore,
    KeyringSecretStore,
    MemorySecretStore,
    SecretStore,
)
from engine.settings_store import SettingsStore

log = logging.getLogger(__name__)


@dataclass
class EngineOptions:
    dev_dir: str | None = None
    database_url: str | None = None
    workers_enabled: bool | None = None  # None → HARMONY_DISABLE_WORKERS / the setting
    secret_store: SecretStore | None = None
    lease_s: float = 30.0
    heartbeat_interval_s: float = 10.0
    #: how long an idle worker waits before looking again for jobs whose delay has expired
    #: (new jobs wake it at once through LISTEN/NOTIFY)
    dequeue_timeout_s: float = 5.0
    engine_id: str = field(default_factory=lambda: f"{socket.gethostname()}-{uuid.uuid4().hex[:8]}")
    role: str = "gui"  # gui | headless


def make_secret_store(kind: str | None = None) -> SecretStore:
    """``HARMONY_SECRETS`` = keyring (default) | environment (explicit, read-only) | memory.

    ``memory`` (demos, throw-away sessions) starts from the ``HARMONY_SECRET_*`` variables and
    forgets every change at exit; nothing is written anywhere.
    """
    kind = (kind or os.environ.get("HARMONY_SECRETS") or "keyring").strip().lower()
    if kind == "environment":
        return EnvironmentSecretStore()
    if kind == "memory":
        seed = {name: os.environ[f"HARMONY_SECRET_{name.upper()}"] for name in SECRET_NAMES
                if os.environ.get(f"HARMONY_SECRET_{name.upper()}")}
        return MemorySecretStore(seed)
    return KeyringSecretStore()


def workers_disabled_by_env() -> bool:
    return os.environ.get("HARMONY_DISABLE_WORKERS", "").strip().lower() in {"1", "true", "yes"}


class Engine:
    """Everything one Harmony engine process runs. Build with :func:`build_engine`."""

    def __init__(self, options: EngineOptions, paths: AppPaths) -> None:
        self.options = options
        self.paths = paths
        self.bus = EventBus()
        self.secrets = options.secret_store or make_secret_store()
        self.state = "stopped"
        self.database: Database | None = None
        self.embedded: EmbeddedPostgres | None = None
        self.settings: SettingsStore | None = None
        self.activity: ActivityLog | None = None
        self.queue: PgJobQueue | None = None
        self._pool: asyncpg.Pool | None = None
        self.runner: WorkerRunner | None = None
        self.heartbeats: WorkerHeartbeats | None = None
        self.scheduler: Scheduler | None = None
        self.registrations: list[Registration] = []
        self.timers: list[Timer] = []
        self.services: dict[str, object] = {}
        #: facade sections by name (engine.facade.contracts); HarmonyService exposes them
        self.facades: dict[str, object] = {}
        #: coroutines that run for the engine's lifetime, workers or not (e.g. health checks)
        self.background: list[Coroutine[Any, Any, None]] = []
        self._background_tasks: list[asyncio.Task[None]] = []

    # -- lifecycle -------------------------------------------------------------------------
    async def start(self) -> None:
        self._set_state("starting")
        choice = await with_stored_password(
            choose_database(self.paths, self.options.database_url), self.secrets)
        self.database, self.embedded = await open_database(self.paths, choice)
        self.settings = SettingsStore(self.database, self.secrets, self.bus)
        await self.settings.load()
        self.activity = ActivityLog(self.database, self.bus)
        self._pool = await asyncpg.create_pool(min_size=1, max_size=5,
                                               **asyncpg_kwargs(self.database.url))
        self.queue = PgJobQueue(self._pool)
        await self._collect_secrets_for_scrubbing()
        from engine.workers import install_workers  # composition: services know their handlers

        await install_workers(self)
        self.background.append(self._watch_database())
        self._background_tasks = [asyncio.create_task(c) for c in self.background]
        self.background.clear()
        if self.workers_enabled:
            await self._start_workers()
        self._set_state("running")
        log.info(await self.wiring_summary(), extra={"action": "wiring_summary"})

    async def stop(self) -> None:
        self._set_state("stopping")
        for task in self._background_tasks:
            task.cancel()
        for task in self._background_tasks:
            with contextlib.suppress(BaseException):
                await task
        if self.scheduler:
            await self.scheduler.stop()
        if self.runner:
            await self.runner.stop()
        if self.heartbeats:
            await self.heartbeats.stop()
        for service in self.services.values():
            close = getattr(service, "aclose", None)
            if close is not None:
                await close()
        if self._pool is not None:
            await self._pool.close()
        if self.database is not None:
            await self.database.dispose()
        if self.embedded is not None:
            self.embedded.stop()
        self._set_state("stopped")

    @property
    def workers_enabled(self) -> bool:
        if self.options.workers_enabled is not None:
            return self.options.workers_enabled
        if workers_disabled_by_env():
            return False
        return bool(self.settings.get("workers.enabled")) if self.settings else True

    async def _start_workers(self) -> None:
        assert self.database is not None
        names = [r.job_type for r in self.registrations]
        self.heartbeats = WorkerHeartbeats(self.database, self.options.engine_id, names,
                                           self._blocked_workers,
                                           self.options.heartbeat_interval_s)
        url = self.database.url
        self.runner = WorkerRunner(lambda: asyncpg.connect(**asyncpg_kwargs(url)),
                                   self.registrations, self._job_outcome,
                                   lease_s=self.options.lease_s,
                                   dequeue_timeout_s=self.options.dequeue_timeout_s)
        await self.runner.start()
        self.heartbeats.start()
        self.scheduler = Scheduler(self.timers)
        self.scheduler.start()

    def _blocked_workers(self) -> dict[str, str]:
        blocked: dict[str, str] = {}
        for service in self.services.values():
            probe = getattr(service, "blocked_workers", None)
            if probe is not None:
                blocked.update(probe())
        return blocked

    async def _job_outcome(self, ctx: JobContext, outcome: str, reason: str | None) -> None:
        if self.heartbeats is not None:
            if outcome == "successful":
                self.heartbeats.job_succeeded(ctx.job_type)
            else:
                self.heartbeats.job_failed(ctx.job_type, reason or outcome)
        self.bus.publish(JobFinished(job_type=ctx.job_type, job_id=ctx.job_id, outcome=outcome,
                                     error=reason))
        if outcome == "dead_letter" and self.activity is not None:
            await self.activity.record("worker", "failed", job_type=ctx.job_type,
                                       job_id=ctx.job_id, reason=(reason or "")[:500],
                                       attempts=ctx.attempt + 1)

    async def _watch_database(self, interval_s: float = 2.0) -> None:
        """Announce database outages and recoveries (the status bar and badges show them)."""
        assert self.database is not None
        available = True
        while True:
            await asyncio.sleep(interval_s)
            now = await self.database.ping()
            if now != available:
                available = now
                code = "database.available" if now else "database.unavailable"
                (log.info if now else log.warning)("database %s", "back" if now else "lost",
                                                   extra={"action": code})
                self.bus.publish(DatabaseStateChanged(available=now, kind=self.database.kind,
                                                      code=code))
                self._set_state("running" if now else "degraded", code)

    async def _collect_secrets_for_scrubbing(self) -> None:
        values = []
        for name in ("slskd_api_key", "spotify_refresh_token", "spotify_client_secret"):
            try:
                values.append(await self.secrets.get(name))
            except Exception:  # no keyring: nothing to scrub, health reports it
                break
        SCRUBBER.add(values)

    def _set_state(self, state: str, code: str = "") -> None:
        self.state = state
        self.bus.publish(EngineStateChanged(state=state, code=code))

    # -- reporting -------------------------------------------------------------------------
    async def wiring_summary(self) -> str:
        integrations: dict[str, bool] = {}
        for service in self.services.values():
            flags = getattr(service, "provider_flags", None)
            if flags is not None:
                integrations.update(await flags())
        workers = [r.job_type for r in self.registrations] if self.workers_enabled else []
        kind = self.database.kind if self.database else "none"
        return (f"wiring_summary version={__version__} engine={self.options.engine_id} "
                f"role={self.options.role} workers={','.join(workers) or 'false'} "
                f"timers={','.join(t.name for t in self.timers) if workers else 'false'} "
                f"integrations={','.join(f'{k}={str(v).lower()}' for k, v in integrations.items())}"
                f" database={kind} migrations_head={migrate.head_revision()}")


def build_engine(options: EngineOptions | None = None) -> Engine:
    options = options or EngineOptions()
    return Engine(options, resolve_paths(options.dev_dir).ensure())
