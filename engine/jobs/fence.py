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

Every job passes the fence, and with many jobs at once a round trip per job on the one fence
connection held them all in line (the queue ran at half pgqueuer's speed). So acquires are
answered in batches (group commit): the locks of all jobs waiting while one batch is in flight
are taken by the next batch's single query, and a job whose lock this engine already holds is
answered without one. Releases likewise check and unlock all settled jobs in one statement.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
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

# Ordinality maps each result to its request. A key may occur twice (job ids 2^32 apart): the
# session's lock then stacks, as separate calls would, and each job unlocks its own count.
_TRY_LOCKS = ("SELECT n, pg_try_advisory_lock($1, k) AS taken "
              "FROM unnest($2::int[]) WITH ORDINALITY AS t(k, n)")
# Settled = the row no longer shows this run as picked. MATERIALIZED keeps the check apart from
# the unlock, which runs only for the rows the WHERE keeps.
_RELEASE = f"""
    WITH h AS MATERIALIZED (
        SELECT h.id, h.k, h.expired, EXISTS (
            SELECT 1 FROM {QUEUE_TABLE} q
            WHERE q.id = h.id AND q.attempts = h.attempts AND q.status = 'picked') AS unsettled
        FROM unnest($2::bigint[], $3::int[], $4::int[], $5::bool[]) AS h(id, attempts, k, expired))
    SELECT id, unsettled, pg_advisory_unlock($1, k) FROM h WHERE expired OR NOT unsettled
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


@dataclasses.dataclass
class _Request:
    job_id: int
    attempts: int
    answer: asyncio.Future[bool]


class JobFence:
    """One engine's job locks on a dedicated connection, with its own reconnect."""

    def __init__(self, connect: Connect, lease_s: float) -> None:
        self._connect = connect
        self._lease_s = lease_s
        self._beat_s = lease_s / 4
        self._connection: asyncpg.Connection | None = None
        self._lock = asyncio.Lock()  # asyncpg runs one query at a time per connection
        self._holds: dict[int, _Hold] = {}
        self._pending: list[_Request] = []  # acquires waiting for the next batch
        self._releasing: set[int] = set()  # finished jobs whose unlock is in flight
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._flusher: asyncio.Task[None] | None = None
        self._last_beat = 0.0
        self.refusals = 0  # picks not run because the job was running
        self.losses = 0  # times the fence connection died

    @property
    def running_jobs(self) -> list[int]:
        return [job_id for job_id, hold in self._holds.items() if hold.running]

    @property
    def held_jobs(self) -> list[int]:
        """Jobs fenced by this engine: running, or finished and awaiting their outcome."""
        return list(self._holds)

    async def start(self) -> None:
        async with self._lock:
            self._connection = await self._connect()
        self._task = asyncio.create_task(self._maintain(), name="harmony-job-fence")

    async def close(self) -> None:
        """Stop; closing the connection frees every lock still held."""
        for task in (self._task, self._flusher):
            if task is not None:
                task.cancel()
                with contextlib.suppress(BaseException):
                    await task
        async with self._lock:
            if self._connection is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(self._connection.close(), 2)
            self._connection, self._task, self._flusher = None, None, None
        for request in self._pending:
            if not request.answer.done():
                request.answer.set_result(False)
        self._pending.clear()
        self._holds.clear()

    async def acquire(self, job_id: int, attempts: int) -> bool:
        """True when this engine may run the job now; False while a run of it is alive (here
        or on another engine) or the fence cannot reach the database."""
        # A hold being released is decided after its unlock, or the run would start unlocked.
        taken = None if job_id in self._releasing else self._decide_held(job_id, attempts)
        if taken is None:
            taken = await self._request(job_id, attempts)
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
        # While finished runs wait for their outcome the maintenance loop checks every
        # SETTLE_POLL_S anyway; wake it only from its longer sleep, so a busy engine does not
        # check and unlock once per job.
        polling = any(not other.running for other in self._holds.values())
        hold.running, hold.finished_at = False, time.monotonic()
        if not polling:
            self._wake.set()

    def _decide_held(self, job_id: int, attempts: int) -> bool | None:
        """The answer when this engine holds the job's lock already, None when it must be taken."""
        hold = self._holds.get(job_id)
        if hold is None:
            return None
        if not hold.running and hold.attempts != attempts:
            # Our previous run's retry is recorded (attempts went up): its lock, not yet
            # released, carries over to this run.
            hold.running, hold.attempts = True, attempts
            return True
        return False

    async def _request(self, job_id: int, attempts: int) -> bool:
        answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._pending.append(_Request(job_id, attempts, answer))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush(), name="harmony-job-fence-acquire")
        try:
            return await asyncio.shield(answer)
        except asyncio.CancelledError:
            # The batch goes on without us: a lock it takes for this job must not stay held.
            answer.add_done_callback(functools.partial(self._abandoned, job_id))
            raise

    def _abandoned(self, job_id: int, answer: asyncio.Future[bool]) -> None:
        if not answer.cancelled() and answer.result():
            self.finish(job_id)  # released once the (unchanged) row settles, or after a lease

    async def _flush(self) -> None:
        """Answer the waiting acquires a batch per round trip: those that arrive while one
        batch's query is in flight form the next. The lock is taken per batch, so a steady
        stream of acquires cannot keep the maintenance tick (releases, heartbeats) waiting."""
        while self._pending:
            async with self._lock:
                batch, self._pending = self._pending, []
                try:
                    await self._answer(batch)
                finally:
                    for request in batch:
                        if not request.answer.done():
                            request.answer.set_result(False)

    async def _answer(self, batch: list[_Request]) -> None:
        """Answer one batch in arrival order, as one-at-a-time acquires would be answered."""
        new: dict[int, _Request] = {}
        for request in batch:
            taken = self._decide_held(request.job_id, request.attempts)
            if taken is None and request.job_id not in new:
                new[request.job_id] = request
            else:
                # Held already, or asked twice at once: only the first ask can get the lock.
                request.answer.set_result(bool(taken))
        if not new:
            return
        granted = await self._try_locks(list(new))
        for (job_id, request), taken in zip(new.items(), granted, strict=True):
            if taken:
                self._holds[job_id] = _Hold(request.attempts)
            request.answer.set_result(taken)

    async def _try_locks(self, job_ids: list[int]) -> list[bool]:
        connection = await self._usable_connection()
        if connection is None:
            return [False] * len(job_ids)
        try:
            return await _lock_all(connection, job_ids)
        except Exception as exc:
            self._lost(exc)
            return [False] * len(job_ids)

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
        lost = {job_id: hold for job_id, hold in self._holds.items() if not hold.locked}
        if not lost:
            return
        granted = await _lock_all(connection, list(lost))
        orphans = []
        for (job_id, hold), taken in zip(lost.items(), granted, strict=True):
            if self._holds.get(job_id) is not hold:  # it finished meanwhile: nothing to fence
                if taken:
                    orphans.append(lock_key(job_id))
                continue
            hold.locked = taken
            if taken:
                log.info("job %s is fenced again", job_id,
                         extra={"action": "fence_regained", "job": job_id})
            elif not hold.contested:
                hold.contested = True
                log.error("job %s lost its fence while its connection was down and another "
                          "engine has started it too", job_id,
                          extra={"action": "fence_contested", "job": job_id})
        if orphans:
            await connection.execute(_UNLOCK, FENCE_NAMESPACE, orphans, timeout=QUERY_TIMEOUT_S)

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
            # asyncio.timeout, not wait_for: no inner task whose coroutine is left unstarted
            # (and warned about) when the loop ends during the wait.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(wait):
                    await self._wake.wait()

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
        now = time.monotonic()
        self._releasing = set(finishing)
        try:
            rows = await connection.fetch(
                _RELEASE, FENCE_NAMESPACE, list(finishing),
                [hold.attempts for hold in finishing.values()],
                [lock_key(j) for j in finishing],
                [now - hold.finished_at >= self._lease_s for hold in finishing.values()],
                timeout=QUERY_TIMEOUT_S)
        finally:
            self._releasing = set()
        for row in rows:
            job_id = int(row["id"])
            self._holds.pop(job_id, None)
            if row["unsettled"]:
                log.warning("job %s: its outcome was not recorded within the lease; it may run "
                            "again", job_id, extra={"action": "fence_expired", "job": job_id})

    async def _beat(self, connection: asyncpg.Connection) -> None:
        running = self.running_jobs
        now = time.monotonic()
        if running and now - self._last_beat >= self._beat_s:
            await connection.execute(_BEAT, running, timeout=QUERY_TIMEOUT_S)
            self._last_beat = now


async def _lock_all(connection: asyncpg.Connection, job_ids: list[int]) -> list[bool]:
    """Try the fence lock of every job in one round trip; each job's answer in order."""
    rows = await connection.fetch(_TRY_LOCKS, FENCE_NAMESPACE, [lock_key(j) for j in job_ids],
                                  timeout=QUERY_TIMEOUT_S)
    taken = {int(row["n"]): bool(row["taken"]) for row in rows}
    return [taken.get(n, False) for n in range(1, len(job_ids) + 1)]


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
