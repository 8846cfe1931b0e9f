"""JobFence: a per-job PostgreSQL advisory lock, so a job never runs twice at the same time.

pgqueuer re-picks a 'picked' job whose heartbeat is older than the lease; that is how a dead
engine's jobs are rescued. Its heartbeats come from a task per job on the event loop and are
flushed through the queue connection, so an engine whose loop stalls past the lease looks dead
while its handler is still running, and another engine would start the same job beside it.

The fence tells a stalled run from a dead one. The engine running a job holds
``pg_advisory_lock(FENCE_NAMESPACE, job)`` on one fence connection per engine (advisory locks
belong to the session, one session holds many). A dead engine's connection dies with it and
PostgreSQL frees its locks; a stalled engine keeps them. A pick that finds the lock taken does
not run the job and leaves its row alone: still 'picked', no attempt used, nothing logged, so
the live run's outcome is the only one recorded. The lock is released only once that outcome
is in the table (pgqueuer writes success and dead letters through a buffer, after the handler
returned), so a later pick cannot start the job again in between.

The fence also heartbeats its running jobs every lease/4 on its own connection: a second path
beside pgqueuer's (lease/2, which pgqueuer does not let us configure).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
from pgqueuer.models import Job
from pgqueuer.qm import QueueManager

from engine.jobs.queue import QUEUE_TABLE

log = logging.getLogger(__name__)

#: First key of the two-key ``pg_advisory_lock(int, int)``; the (folded) job id is the second.
#: Two-key locks never collide with the one-key locks used elsewhere (migrations, pgqueuer).
FENCE_NAMESPACE = 7_331_002
QUERY_TIMEOUT_S = 10.0
SETTLE_POLL_S = 0.1  # how often finished jobs are checked for their recorded outcome
IDLE_TICK_S = 1.0  # how soon a dead fence connection is noticed and its locks taken again

Connect = Callable[[], Awaitable[asyncpg.Connection]]

_UNSETTLED = f"""
    SELECT q.id FROM unnest($1::bigint[], $2::int[]) AS h(id, attempts)
    JOIN {QUEUE_TABLE} q ON q.id = h.id AND q.attempts = h.attempts AND q.status = 'picked'
"""
_UNLOCK = "SELECT pg_advisory_unlock($1, k) FROM unnest($2::int[]) AS k"
_BEAT = (f"UPDATE {QUEUE_TABLE} SET heartbeat = now() "
         "WHERE id = ANY($1::bigint[]) AND status = 'picked'")


def lock_key(job_id: int) -> int:
    """The job id folded into the int4 the two-key lock takes (only ids 2^32 apart share one)."""
    return (job_id + 2**31) % 2**32 - 2**31


@dataclasses.dataclass
class _Hold:
    attempts: int  # the row's attempts when this run began; a recorded retry raises it
    running: bool = True
    locked: bool = True  # False from a lost fence connection until the lock is taken again
    finished_at: float = 0.0
    contested: bool = False  # another engine took the lock while ours was lost


class JobFence:
    """One engine's job locks on a dedicated connection, with its own reconnect."""

    def __init__(self, connect: Connect, lease_s: float) -> None:
        self._connect = connect
        self._lease_s = lease_s
        self._beat_s = lease_s / 4
        self._connection: asyncpg.Connection | None = None
        self._lock = asyncio.Lock()  # asyncpg runs one query at a time per connection
        self._holds: dict[int, _Hold] = {}
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._last_beat = 0.0
        self.refusals = 0  # picks not run because the job was running
        self.losses = 0  # times the fence connection died

    @property
    def running_jobs(self) -> list[int]:
        return [job_id for job_id, hold in self._holds.items() if hold.running]

    async def start(self) -> None:
        async with self._lock:
            self._connection = await self._connect()
        self._task = asyncio.create_task(self._maintain(), name="harmony-job-fence")

    async def close(self) -> None:
        """Stop; closing the connection frees every lock still held."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(BaseException):
                await self._task
        async with self._lock:
            if self._connection is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(self._connection.close(), 2)
            self._connection, self._task = None, None
        self._holds.clear()

    async def acquire(self, job_id: int, attempts: int) -> bool:
        """True when this engine may run the job now; False while a run of it is alive (here
        or on another engine) or the fence cannot reach the database."""
        async with self._lock:
            hold = self._holds.get(job_id)
            if hold is None:
                taken = await self._try_lock(job_id)
                if taken:
                    self._holds[job_id] = _Hold(attempts)
            elif not hold.running and hold.attempts != attempts:
                # Our previous run's retry is recorded (attempts went up): its lock, not yet
                # released, carries over to this run.
                hold.running, hold.attempts = True, attempts
                taken = True
            else:
                taken = False
        if not taken:
            self.refusals += 1
            log.info("job %s is running elsewhere (or its last run is still being recorded); "
                     "left to its owner", job_id, extra={"action": "job_fenced", "job": job_id})
        return taken

    def finish(self, job_id: int) -> None:
        """The run ended; the lock goes once its outcome is in the queue table."""
        hold = self._holds.get(job_id)
        if hold is None:
            return
        if not hold.locked:
            del self._holds[job_id]
            return
        hold.running, hold.finished_at = False, time.monotonic()
        self._wake.set()

    async def _try_lock(self, job_id: int) -> bool:
        connection = await self._usable_connection()
        if connection is None:
            return False
        try:
            return bool(await connection.fetchval(
                "SELECT pg_try_advisory_lock($1, $2)", FENCE_NAMESPACE, lock_key(job_id),
                timeout=QUERY_TIMEOUT_S))
        except Exception as exc:
            self._lost(exc)
            return False

    async def _usable_connection(self) -> asyncpg.Connection | None:
        """The fence connection, reconnected (and the running jobs' locks taken again) if it
        died. Call with ``self._lock`` held."""
        if self._connection is not None and self._connection.is_closed():
            self._lost(ConnectionError("fence connection closed"))
        if self._connection is None:
            try:
                self._connection = await asyncio.wait_for(self._connect(), QUERY_TIMEOUT_S)
            except Exception as exc:
                log.warning("job fence cannot reach the database (%s)", type(exc).__name__,
                            extra={"action": "fence_unreachable"})
                return None
            log.info("job fence reconnected", extra={"action": "fence_reconnect"})
        try:
            await self._relock(self._connection)
        except Exception as exc:
            self._lost(exc)
        return self._connection

    async def _relock(self, connection: asyncpg.Connection) -> None:
        """Take again the locks of running jobs whose lock died with an earlier connection."""
        for job_id, hold in self._holds.items():
            if hold.locked:
                continue
            hold.locked = bool(await connection.fetchval(
                "SELECT pg_try_advisory_lock($1, $2)", FENCE_NAMESPACE, lock_key(job_id),
                timeout=QUERY_TIMEOUT_S))
            if hold.locked:
                log.info("job %s is fenced again", job_id,
                         extra={"action": "fence_regained", "job": job_id})
            elif not hold.contested:
                hold.contested = True
                log.error("job %s lost its fence while its connection was down and another "
                          "engine has started it too", job_id,
                          extra={"action": "fence_contested", "job": job_id})

    def _lost(self, exc: BaseException) -> None:
        """The fence connection is gone, and with it (in PostgreSQL) every lock it held."""
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.terminate()
        self.losses += 1
        for job_id in [j for j, hold in self._holds.items() if not hold.running]:
            del self._holds[job_id]  # finished: nothing left to release
        for hold in self._holds.values():
            hold.locked = False
        log.warning("job fence connection lost (%s); running jobs %s are unfenced until it is "
                    "back", type(exc).__name__, sorted(self._holds),
                    extra={"action": "fence_lost"})

    async def _maintain(self) -> None:
        while True:
            self._wake.clear()
            async with self._lock:
                connected = await self._tick()
            wait = self._next_wait() if connected else IDLE_TICK_S
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), wait)

    def _next_wait(self) -> float:
        if any(not hold.running for hold in self._holds.values()):
            return SETTLE_POLL_S
        return min(self._beat_s, IDLE_TICK_S)

    async def _tick(self) -> bool:
        connection = await self._usable_connection()
        if connection is None:
            return False
        try:
            await self._release_settled(connection)
            await self._beat(connection)
        except Exception as exc:
            self._lost(exc)
            return False
        return True

    async def _release_settled(self, connection: asyncpg.Connection) -> None:
        """Unlock finished jobs whose outcome is recorded: the row is gone (done, cancelled),
        dead-lettered, re-queued, or re-picked for a retry (attempts went up). One whose
        outcome does not arrive within a lease is unlocked anyway: the outcome was lost (the
        queue connection died), so the job must be free to run again."""
        finishing = {j: hold for j, hold in self._holds.items() if not hold.running}
        if not finishing:
            return
        rows = await connection.fetch(_UNSETTLED, list(finishing),
                                      [hold.attempts for hold in finishing.values()],
                                      timeout=QUERY_TIMEOUT_S)
        unsettled = {int(row["id"]) for row in rows}
        now = time.monotonic()
        done = [j for j, hold in finishing.items()
                if j not in unsettled or now - hold.finished_at >= self._lease_s]
        if not done:
            return
        await connection.execute(_UNLOCK, FENCE_NAMESPACE, [lock_key(j) for j in done],
                                 timeout=QUERY_TIMEOUT_S)
        for job_id in done:
            del self._holds[job_id]
            if job_id in unsettled:
                log.warning("job %s: its outcome was not recorded within the lease; it may run "
                            "again", job_id, extra={"action": "fence_expired", "job": job_id})

    async def _beat(self, connection: asyncpg.Connection) -> None:
        running = self.running_jobs
        now = time.monotonic()
        if running and now - self._last_beat >= self._beat_s:
            await connection.execute(_BEAT, running, timeout=QUERY_TIMEOUT_S)
            self._last_beat = now


if not callable(getattr(QueueManager, "_dispatch", None)):  # pragma: no cover
    raise ImportError("pgqueuer's QueueManager no longer has _dispatch: the job fence needs "
                      "its hook (see constraints.txt for the pinned version)")


@dataclasses.dataclass
class FencedQueueManager(QueueManager):
    """pgqueuer's QueueManager with every dispatch behind the job fence.

    ``_dispatch`` (pgqueuer 1.6) runs one picked job and records its outcome; it is the one
    place that spans both the run and the outcome, so the fence wraps it.
    """

    fence: JobFence | None = None

    async def _dispatch(self, job: Job, *args: Any, **kwargs: Any) -> None:
        assert self.fence is not None
        job_id = int(job.id)
        if not await self.fence.acquire(job_id, job.attempts):
            # Leave the row as the pick left it ('picked', heartbeat now): the live run's
            # heartbeats keep it fresh and its outcome settles it; if that run dies, the row
            # goes stale again and is rescued by the next pick.
            return
        try:
            await super()._dispatch(job, *args, **kwargs)
        finally:
            self.fence.finish(job_id)
