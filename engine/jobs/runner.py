"""WorkerRunner: runs registered handlers from the PostgreSQL queue through pgqueuer.

pgqueuer gives us ``FOR UPDATE SKIP LOCKED`` dequeueing (a job runs once even with several
engines on one database), per-type concurrency limits enforced in SQL, heartbeats while a job
runs and re-picking of jobs whose heartbeat stopped (a killed worker's lease is lost). We add
the job fence (a re-pick of a job whose engine only stalled does not run it a second time, see
:mod:`engine.jobs.fence`), the retry policy with jitter, dead-lettering with a reason, hooks and
events.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta

import asyncpg
from pgqueuer.db import AsyncpgDriver
from pgqueuer.errors import RetryRequested
from pgqueuer.executors import EntrypointExecutor, EntrypointExecutorParameters
from pgqueuer.models import Job
from pgqueuer.queries import Queries

from engine.jobs.fence import FencedQueueManager, JobFence
from engine.jobs.handlers import JobContext, PermanentFailure, Registration, RetryLater
from engine.jobs.queue import decode_payload
from engine.jobs.spec import JobType, job_type

log = logging.getLogger(__name__)

Outcome = Callable[[JobContext, str, str | None], Awaitable[None]]


@dataclass
class _Executor(EntrypointExecutor):
    """Turns handler outcomes into pgqueuer retries (with jitter) or a dead letter."""

    spec: JobType = field(default=None)  # type: ignore[assignment]
    registration: Registration = field(default=None)  # type: ignore[assignment]
    report: Outcome = field(default=None)  # type: ignore[assignment]

    async def execute(self, job: Job, context: object) -> None:
        ctx = JobContext(int(job.id), self.spec.name, decode_payload(job.payload), job.attempts,
                         self.spec.retry.max_attempts)
        try:
            await self.registration.handler(ctx)
        except PermanentFailure as exc:
            await self._dead_letter(ctx, exc.reason)
            raise
        except RetryLater as exc:
            await self._retry_or_dead_letter(ctx, exc.reason, exc.delay_s, exc)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # any other failure: retry on the policy, then dead-letter
            log.warning("job %s/%s failed: %s", ctx.job_type, ctx.job_id, exc,
                        extra={"action": "job_failed", "job": ctx.job_id})
            await self._retry_or_dead_letter(ctx, _describe(exc), None, exc)
        else:
            await self.report(ctx, "successful", None)

    async def _retry_or_dead_letter(self, ctx: JobContext, reason: str, delay_s: float | None,
                                    exc: Exception) -> None:
        if ctx.last_attempt:
            await self._dead_letter(ctx, reason)
            raise exc
        delay = self.spec.retry.delay_for(ctx.attempt) if delay_s is None else delay_s
        await self.report(ctx, "retry", reason)
        raise RetryRequested(delay=timedelta(seconds=delay), reason=reason) from exc

    async def _dead_letter(self, ctx: JobContext, reason: str) -> None:
        if self.registration.on_dead_letter is not None:
            try:
                await self.registration.on_dead_letter(ctx, reason)
            except Exception:
                log.exception("dead-letter hook failed for %s/%s", ctx.job_type, ctx.job_id)
        await self.report(ctx, "dead_letter", reason)


def _describe(exc: Exception) -> str:
    code = getattr(exc, "code", None)
    text = str(exc) or type(exc).__name__
    return f"{code}: {text}" if code else text


class WorkerRunner:
    """One engine's workers: a queue connection, a fence connection, a QueueManager, a
    background task."""

    def __init__(self, connect: Callable[[], Awaitable[asyncpg.Connection]],
                 registrations: list[Registration], report: Outcome, *,
                 lease_s: float = 30.0, max_concurrent: int = 8,
                 dequeue_timeout_s: float = 5.0) -> None:
        self._connect = connect
        self._registrations = registrations
        self._report = report
        self._lease = timedelta(seconds=lease_s)
        self._max_concurrent = max_concurrent
        self._dequeue_timeout = timedelta(seconds=dequeue_timeout_s)
        self._connection: asyncpg.Connection | None = None
        self._stopping = False
        self._manager: FencedQueueManager | None = None
        self._fence = JobFence(connect, lease_s)
        self._task: asyncio.Task[None] | None = None

    @property
    def job_types(self) -> list[str]:
        return [r.job_type for r in self._registrations]

    @property
    def fence_refusals(self) -> int:
        """Picks of a job not run because a run of it was alive (stalled engine, late beat)."""
        return self._fence.refusals

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def start(self) -> None:
        """Connect once (so a wrong database fails the start), then supervise in the background."""
        await self._open()
        try:
            await self._fence.start()
        except BaseException:
            await self._discard_connection()
            raise
        self._stopping = False
        self._task = asyncio.create_task(self._supervise(), name="harmony-workers")

    async def _open(self) -> None:
        self._connection = await self._connect()
        self._manager = FencedQueueManager(Queries(AsyncpgDriver(self._connection)),
                                           fence=self._fence)
        for registration in self._registrations:
            self._register(self._manager, registration)

    async def _supervise(self) -> None:
        """Run the queue manager; when the database goes away (restart, network), reconnect
        with a short backoff instead of ending: jobs whose lease was lost are re-picked."""
        delay = 0.5
        while not self._stopping:
            try:
                if self._manager is None:
                    await self._open()
                    log.info("workers reconnected to the database", extra={"action": "reconnect"})
                delay = 0.5
                await self._run()
                if self._stopping or (self._manager and self._manager.shutdown.is_set()):
                    return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("workers lost the database (%s); retrying in %.1f s",
                            type(exc).__name__, delay, extra={"action": "db_lost"})
            await self._discard_connection()
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)

    async def _discard_connection(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._connection.close(), 2)
        self._connection = self._manager = None

    def _register(self, manager: FencedQueueManager, registration: Registration) -> None:
        spec = job_type(registration.job_type)

        async def entry(job: Job) -> None:  # pgqueuer requires a registered function
            raise AssertionError("executor handles jobs")  # pragma: no cover

        factory = functools.partial(_make_executor, spec=spec, registration=registration,
                                    report=self._report)
        manager.entrypoint(spec.name, concurrency_limit=spec.concurrency, on_failure="hold",
                           executor_factory=factory)(entry)

    async def _run(self) -> None:
        assert self._manager is not None
        batch = max(1, self._max_concurrent // 2)
        await self._manager.run(dequeue_timeout=self._dequeue_timeout, batch_size=batch,
                                max_concurrent_tasks=max(self._max_concurrent, 2 * batch),
                                heartbeat_timeout=self._lease,
                                log_aggregation_interval=timedelta(seconds=30))

    async def stop(self, timeout_s: float = 10.0) -> None:
        """Stop taking jobs, let running ones finish (up to ``timeout_s``), then close."""
        self._stopping = True
        if self._manager is not None:
            self._manager.shutdown.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._task), timeout_s)
            except (TimeoutError, Exception):
                self._task.cancel()
                with contextlib.suppress(BaseException):
                    await self._task
        if self._connection is not None:
            with contextlib.suppress(Exception):
                await self._connection.close()
        self._task = self._manager = self._connection = None
        await self._fence.close()  # after the outcomes are flushed; frees any lock left


def _make_executor(parameters: EntrypointExecutorParameters, *, spec: JobType,
                   registration: Registration, report: Outcome) -> _Executor:
    return _Executor(parameters=parameters, spec=spec, registration=registration, report=report)
