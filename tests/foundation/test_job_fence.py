"""The job fence on real PostgreSQL: a job whose lease runs out while it is still running (late
heartbeat, stalled event loop) is re-picked but never run a second time beside the live run, its
outcome is recorded once, and a genuinely dead engine's job is still rescued."""

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path

import asyncpg
import pytest

from engine.db.session import asyncpg_kwargs
from engine.jobs.fence import FENCE_NAMESPACE, SETTLE_POLL_S, JobFence, lock_key
from engine.jobs.handlers import JobContext, Registration, RetryLater
from engine.jobs.queue import PgJobQueue
from engine.jobs.runner import WorkerRunner

LEASE_S = 1.0


@pytest.fixture
async def pool(fresh_db_url):
    pool = await asyncpg.create_pool(**asyncpg_kwargs(fresh_db_url))
    yield pool
    await pool.close()


class Runs:
    """Handler entries and exits, and the most runs of one job ever alive together."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, int]] = []
        self.alive: dict[int, int] = {}
        self.most_alive = 0

    def enter(self, who: str, job_id: int) -> None:
        self.entries.append((who, job_id))
        self.alive[job_id] = self.alive.get(job_id, 0) + 1
        self.most_alive = max(self.most_alive, self.alive[job_id])

    def leave(self, job_id: int) -> None:
        self.alive[job_id] -= 1


def _runner(url, registrations, outcomes: list, who: str) -> WorkerRunner:
    async def report(ctx: JobContext, outcome: str, reason: str | None) -> None:
        outcomes.append((who, ctx.job_id, outcome))

    return WorkerRunner(lambda: asyncpg.connect(**asyncpg_kwargs(url)), registrations, report,
                        lease_s=LEASE_S, dequeue_timeout_s=0.1)


async def _wait_for(predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not await predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.05)


def _holding(flag: asyncio.Event, runs: Runs, who: str):
    async def handle(ctx: JobContext) -> None:
        runs.enter(who, ctx.job_id)
        try:
            await flag.wait()
        finally:
            runs.leave(ctx.job_id)
    return handle


async def _fence_holder(pool, job_id: int) -> int | None:
    return await pool.fetchval(
        "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND objid = $2 "
        "AND objsubid = 2 AND granted", FENCE_NAMESPACE, lock_key(job_id) % 2**32)


async def _log_count(pool, job_id: int, status: str) -> int:
    return await pool.fetchval("SELECT count(*) FROM pgqueuer_log WHERE job_id = $1 "
                               "AND status::text = $2", job_id, status)


async def _make_stale_until(pool, job_id: int, done) -> None:
    """Play the late heartbeat: keep the row's heartbeat older than any lease until ``done``."""
    async def stale_and_check() -> bool:
        await pool.execute("UPDATE pgqueuer SET heartbeat = now() - interval '1 hour' "
                           "WHERE id = $1", job_id)
        return done()
    await _wait_for(stale_and_check)


async def _true(value) -> bool:
    return bool(value)


async def _holder_is_not(pool, job_id: int, pid: int) -> bool:
    holder = await _fence_holder(pool, job_id)
    return holder is not None and holder != pid


async def _gone(pool, job_id: int) -> bool:
    return await pool.fetchval("SELECT count(*) FROM pgqueuer WHERE id = $1", job_id) == 0


@pytest.mark.parametrize("lose_fence_connection", [False, True])
async def test_a_re_picked_running_job_is_not_run_twice_and_completes_once(
        fresh_db_url, pool, lose_fence_connection: bool) -> None:
    runs, outcomes, flag = Runs(), [], asyncio.Event()
    owner = _runner(fresh_db_url, [Registration("sync", _holding(flag, runs, "owner"))],
                    outcomes, "owner")
    other = _runner(fresh_db_url, [Registration("sync", _holding(flag, runs, "other"))],
                    outcomes, "other")
    job_id = await PgJobQueue(pool).enqueue("sync", {"track": 1}, dedupe_key="sync:1")
    await owner.start()
    try:
        await _wait_for(lambda: _true(runs.entries))
        first_holder = await _fence_holder(pool, job_id)
        assert first_holder is not None
        if lose_fence_connection:
            # The owner's fence connection dies mid-run; it reconnects and takes the lock again.
            await pool.execute("SELECT pg_terminate_backend($1)", first_holder)
            await _wait_for(lambda: _holder_is_not(pool, job_id, first_holder))
        await other.start()
        await _make_stale_until(pool, job_id, lambda: other.fence_refusals >= 1)
        flag.set()
        await _wait_for(lambda: _gone(pool, job_id))
    finally:
        await other.stop()
        await owner.stop()
    assert runs.entries == [("owner", job_id)] and runs.most_alive == 1
    assert outcomes == [("owner", job_id, "successful")]
    assert await _log_count(pool, job_id, "successful") == 1
    assert await _log_count(pool, job_id, "picked") >= 2  # it really was picked again
    assert await pool.fetchval("SELECT count(*) FROM pgqueuer_log WHERE job_id = $1 AND "
                               "status::text NOT IN ('queued', 'picked', 'successful')",
                               job_id) == 0
    assert await _fence_holder(pool, job_id) is None


async def test_a_retried_job_runs_again_at_once_on_the_same_engine(fresh_db_url, pool) -> None:
    runs, outcomes = Runs(), []

    async def flaky(ctx: JobContext) -> None:
        runs.enter("owner", ctx.job_id)
        runs.leave(ctx.job_id)
        if ctx.attempt < 3:
            raise RetryLater("not yet", delay_s=0.0)

    runner = _runner(fresh_db_url, [Registration("sync", flaky)], outcomes, "owner")
    job_id = await PgJobQueue(pool).enqueue("sync", {})
    await runner.start()
    try:
        await _wait_for(lambda: _gone(pool, job_id))
    finally:
        await runner.stop()
    assert [o[2] for o in outcomes] == ["retry", "retry", "retry", "successful"]
    assert len(runs.entries) == 4 and runs.most_alive == 1
    assert runner.fence_refusals == 0  # its own finished run's lock carried over each time
    assert await _fence_holder(pool, job_id) is None


def _fence(url, lease_s: float) -> JobFence:
    return JobFence(lambda: asyncpg.connect(**asyncpg_kwargs(url)), lease_s)


@pytest.mark.parametrize("outcome", [
    "DELETE FROM pgqueuer WHERE id = $1",  # done (or cancelled)
    "UPDATE pgqueuer SET status = 'failed', queue_manager_id = NULL WHERE id = $1",
    "UPDATE pgqueuer SET status = 'queued', attempts = attempts + 1 WHERE id = $1",  # a retry
])
async def test_a_finished_run_keeps_its_lock_until_its_outcome_is_recorded(
        fresh_db_url, pool, outcome: str) -> None:
    job_id = await PgJobQueue(pool).enqueue("sync", {})
    await pool.execute("UPDATE pgqueuer SET status = 'picked' WHERE id = $1", job_id)
    owner, other = _fence(fresh_db_url, 30.0), _fence(fresh_db_url, 30.0)
    await owner.start()
    await other.start()
    try:
        assert await owner.acquire(job_id, 0)
        assert not await other.acquire(job_id, 0)
        owner.finish(job_id)  # pgqueuer writes the outcome a moment later, through a buffer
        await asyncio.sleep(SETTLE_POLL_S * 5)  # the owner checks it several times meanwhile
        assert not await other.acquire(job_id, 0)
        await pool.execute(outcome, job_id)
        await _wait_for(lambda: other.acquire(job_id, 0))
    finally:
        await other.close()
        await owner.close()
    assert await _fence_holder(pool, job_id) is None  # closing a fence frees its locks


async def test_a_run_whose_outcome_is_lost_frees_its_job_after_a_lease(fresh_db_url, pool
                                                                      ) -> None:
    job_id = await PgJobQueue(pool).enqueue("sync", {})
    await pool.execute("UPDATE pgqueuer SET status = 'picked' WHERE id = $1", job_id)
    owner, other = _fence(fresh_db_url, LEASE_S), _fence(fresh_db_url, LEASE_S)
    await owner.start()
    await other.start()
    try:
        assert await owner.acquire(job_id, 0)
        owner.finish(job_id)  # and the outcome never arrives (the queue connection died)
        await _wait_for(lambda: other.acquire(job_id, 0))
    finally:
        await other.close()
        await owner.close()


ENGINE_SCRIPT = r"""
import asyncio, json, os, sys, time, asyncpg
from engine.jobs.handlers import Registration
from engine.jobs.runner import WorkerRunner
url, mode, flag, lease = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3], float(sys.argv[4])
async def handle(ctx):
    conn = await asyncpg.connect(**url)
    await conn.execute("INSERT INTO effects(job, who, what) VALUES ($1, 'first', 'enter')",
                       ctx.job_id)
    print("started", flush=True)
    if mode == "die":
        await asyncio.sleep(3600)  # SIGKILLed while "working"
    while not os.path.exists(flag):
        time.sleep(0.05)  # the whole event loop stalls: no heartbeat goes out
    await conn.execute("INSERT INTO effects(job, who, what) VALUES ($1, 'first', 'leave')",
                       ctx.job_id)
    await conn.close()
async def noop(ctx, outcome, reason): pass
async def main():
    runner = WorkerRunner(lambda: asyncpg.connect(**url), [Registration("sync", handle)], noop,
                          lease_s=lease, dequeue_timeout_s=0.1)
    await runner.start(); await asyncio.sleep(3600)
asyncio.run(main())
"""


def _spawn(url, mode: str, flag: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", ENGINE_SCRIPT,
                             json.dumps(asyncpg_kwargs(url)), mode, str(flag), str(LEASE_S)],
                            stdout=subprocess.PIPE, text=True)


@pytest.mark.parametrize("mode", ["stall", "die"])
async def test_a_stalled_engine_keeps_its_job_and_a_dead_one_loses_it(
        fresh_db_url, pool, tmp_path: Path, mode: str) -> None:
    await pool.execute("CREATE TABLE effects (job bigint, who text, what text)")
    job_id = await PgJobQueue(pool).enqueue("sync", {"track": 1}, dedupe_key="sync:1")
    flag = tmp_path / "resume"
    first = _spawn(fresh_db_url, mode, flag)
    runs, outcomes = Runs(), []

    async def rescue(ctx: JobContext) -> None:
        runs.enter("rescuer", ctx.job_id)
        await pool.execute("INSERT INTO effects(job, who, what) VALUES ($1, 'rescuer', 'run')",
                           ctx.job_id)
        runs.leave(ctx.job_id)

    rescuer = _runner(fresh_db_url, [Registration("sync", rescue)], outcomes, "rescuer")
    try:
        assert await asyncio.to_thread(first.stdout.readline) == "started\n"
        if mode == "die":
            first.kill()
        await rescuer.start()
        if mode == "stall":
            # The stalled engine's lease runs out: the rescuer picks the job, finds it fenced.
            await _wait_for(lambda: _true(rescuer.fence_refusals >= 1))
            flag.touch()
        await _wait_for(lambda: _gone(pool, job_id))
    finally:
        first.kill()
        first.wait()
        await rescuer.stop()
    effects = [tuple(r) for r in await pool.fetch("SELECT who, what FROM effects ORDER BY 1, 2")]
    if mode == "stall":
        assert effects == [("first", "enter"), ("first", "leave")] and outcomes == []
    else:
        assert effects == [("first", "enter"), ("rescuer", "run")]
        assert outcomes == [("rescuer", job_id, "successful")]
    assert await _log_count(pool, job_id, "successful") == 1
