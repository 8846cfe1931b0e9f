"""Worker heartbeats and the effective status the Matching tab shows.

Each engine writes one ``worker_heartbeats`` row per worker (job type) every few seconds.
Effective status: ``stopped`` (workers disabled or engine stopped), ``errored`` (the last job
failed and nothing succeeded since), ``blocked`` (a dependency such as slskd is unconfigured),
``stale`` (no heartbeat for 60 s), else ``running``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert

from engine.db.session import Database
from engine.db.tables import WorkerHeartbeat

log = logging.getLogger(__name__)
STALE_AFTER = timedelta(seconds=60)


@dataclass(frozen=True)
class WorkerStatus:
    worker: str
    status: str  # running | stale | blocked | stopped | errored
    last_seen: datetime | None
    queue_size: int
    last_error: str | None
    jobs_done: int
    engines: int


class WorkerHeartbeats:
    """Writes this engine's heartbeats; ``blocked_by`` names workers that cannot work now."""

    def __init__(self, database: Database, engine_id: str, workers: list[str],
                 blocked_by: Callable[[], dict[str, str]] | None = None,
                 interval_s: float = 10.0) -> None:
        self._db = database
        self._engine_id = engine_id
        self._workers = workers
        self._blocked_by = blocked_by or dict
        self._interval = interval_s
        self._errors: dict[str, str | None] = {}
        self._done: dict[str, int] = dict.fromkeys(workers, 0)
        self._task: asyncio.Task[None] | None = None

    def job_succeeded(self, worker: str) -> None:
        self._done[worker] = self._done.get(worker, 0) + 1
        self._errors[worker] = None

    def job_failed(self, worker: str, reason: str) -> None:
        self._errors[worker] = reason[:500]

    async def beat(self, status_override: str | None = None) -> None:
        blocked = self._blocked_by()
        now = datetime.now(UTC)
        async with self._db.session() as session:
            for worker in self._workers:
                status = status_override or ("blocked" if worker in blocked else
                                             "errored" if self._errors.get(worker) else "running")
                values = {"worker": worker, "engine_id": self._engine_id, "status": status,
                          "last_seen": now, "last_error": blocked.get(worker) or
                          self._errors.get(worker), "jobs_done": self._done.get(worker, 0)}
                stmt = insert(WorkerHeartbeat).values(started_at=now, **values)
                await session.execute(stmt.on_conflict_do_update(
                    index_elements=["worker", "engine_id"], set_=values))

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="harmony-heartbeats")

    async def _loop(self) -> None:
        while True:
            try:
                await self.beat()
            except Exception as exc:  # the database may be restarting; try again next tick
                log.warning("heartbeat failed: %s", type(exc).__name__)
            await asyncio.sleep(self._interval)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(BaseException):
                await self._task
            self._task = None
        with contextlib.suppress(Exception):
            await self.beat("stopped")


async def worker_statuses(database: Database, queue_sizes: dict[str, int],
                          now: datetime | None = None) -> list[WorkerStatus]:
    """Combine every engine's heartbeats into one status per worker (the liveliest wins)."""
    now = now or datetime.now(UTC)
    async with database.session() as session:
        rows = (await session.scalars(select(WorkerHeartbeat))).all()
    grouped: dict[str, list[WorkerHeartbeat]] = {}
    for row in rows:
        grouped.setdefault(row.worker, []).append(row)
    return [_combine(worker, beats, queue_sizes.get(worker, 0), now)
            for worker, beats in sorted(grouped.items())]


_RANK = {"running": 0, "blocked": 1, "errored": 2, "stale": 3, "stopped": 4}


def effective_status(status: str, last_seen: datetime, now: datetime) -> str:
    if status != "stopped" and now - last_seen > STALE_AFTER:
        return "stale"
    return status


def _combine(worker: str, beats: list[WorkerHeartbeat], queue_size: int,
             now: datetime) -> WorkerStatus:
    scored = sorted(beats, key=lambda b: (_RANK[effective_status(b.status, b.last_seen, now)],
                                          -b.last_seen.timestamp()))
    best = scored[0]
    return WorkerStatus(worker, effective_status(best.status, best.last_seen, now),
                        best.last_seen, queue_size, best.last_error,
                        sum(b.jobs_done for b in beats), len(beats))
