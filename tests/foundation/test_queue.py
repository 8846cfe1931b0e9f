"""Queue semantics on real PostgreSQL: priorities, dedupe, backoff, dead-letter, lost leases."""

import asyncio
import random
import subprocess
import sys
import time

import asyncpg
import pytest

from engine.db.session import asyncpg_kwargs
from engine.jobs import spec as job_specs
from engine.jobs.handlers import JobContext, PermanentFailure, Registration
from engine.jobs.queue import PgJobQueue
from engine.jobs.runner import WorkerRunner
from engine.jobs.spec import JobType, RetryPolicy


@pytest.fixture
async def pool(fresh_db_url):
    pool = await asyncpg.create_pool(**asyncpg_kwargs(fresh_db_url))
    yield pool
    await pool.close()


def _runner(url, registrations, outcomes, **kw) -> WorkerRunner:
    async def report(ctx: JobContext, outcome: str, reason: str | None) -> None:
        outcomes.append((ctx.job_type, ctx.payload, outcome, reason))

    return WorkerRunner(lambda: asyncpg.connect(**asyncpg_kwargs(url)), registrations, report,
                        dequeue_timeout_s=0.1, **kw)


async def _wait_for(predicate, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.05)


def test_backoff_schedule_doubles_caps_and_jitters() -> None:
    policy = RetryPolicy(max_attempts=10, base_seconds=60, max_seconds=600, jitter=0.2)
    rng = random.Random(3)
    for attempt, expected in enumerate([60, 120, 240, 480, 600, 600]):
        delays = [policy.delay_for(attempt, rng) for _ in range(200)]
        assert min(delays) >= expected * 0.8 - 1e-9 and max(delays) <= expected * 1.2 + 1e-9
        assert max(delays) - min(delays) > expected * 0.2  # really jittered


async def test_priority_order_and_dedupe(fresh_db_url, pool) -> None:
    queue = PgJobQueue(pool)
    assert await queue.enqueue("watchlist", {"n": "w"}, dedupe_key="w") is not None
    assert await queue.enqueue("sync", {"n": "s"}, dedupe_key="s") is not None
    assert await queue.enqueue("matching", {"n": "m"}, dedupe_key="m") is not None
    assert await queue.enqueue("sync", {"n": "s2"}, dedupe_key="s") is None  # deduplicated
    assert await queue.sizes() == {"watchlist": 1, "sync": 1, "matching": 1}
    order: list[str] = []

    async def handle(ctx: JobContext) -> None:
        order.append(ctx.payload["n"])

    outcomes: list = []
    # One worker slot, so the order of execution is the order of dequeueing.
    runner = _runner(fresh_db_url, [Registration(n, handle) for n in ("sync", "matching",
                                                                       "watchlist")],
                     outcomes, max_concurrent=1)
    await runner.start()
    try:
        await _wait_for(lambda: len(order) == 3)
    finally:
        await runner.stop()
    assert order == ["s", "m", "w"]  # sync 100 > matching 90 > watchlist 50
    assert await queue.sizes() == {}


async def test_retries_then_dead_letter_with_reason(fresh_db_url, pool, monkeypatch) -> None:
    monkeypatch.setitem(job_specs.JOB_TYPES, "matching",
                        JobType("matching", 90, 1, RetryPolicy(3, 0.2, 1.0, 0.0)))
    queue = PgJobQueue(pool)
    await queue.enqueue("matching", {"item": 7}, dedupe_key="matching:7")
    runs: list[float] = []

    async def failing(ctx: JobContext) -> None:
        runs.append(time.monotonic())
        raise RuntimeError(f"candidate list empty (attempt {ctx.attempt})")

    outcomes: list = []
    runner = _runner(fresh_db_url, [Registration("matching", failing)], outcomes)
    await runner.start()
    try:
        await _wait_for(lambda: any(o[2] == "dead_letter" for o in outcomes))
    finally:
        await runner.stop()
    assert [o[2] for o in outcomes] == ["retry", "retry", "dead_letter"]
    assert runs[1] - runs[0] >= 0.18 and runs[2] - runs[1] >= 0.38  # 0.2 s, then 0.4 s
    [dead] = await queue.dead_letters()
    assert dead.job.payload == {"item": 7}
    assert "candidate list empty (attempt 2)" in dead.reason
    await queue.requeue([dead.job.id])
    assert await queue.sizes() == {"matching": 1}


async def test_permanent_failure_dead_letters_at_once(fresh_db_url, pool) -> None:
    queue = PgJobQueue(pool)
    await queue.enqueue("sync", {"x": 1})
    hook_calls: list[str] = []

    async def hopeless(ctx: JobContext) -> None:
        raise PermanentFailure("file is not audio")

    async def on_dead(ctx: JobContext, reason: str) -> None:
        hook_calls.append(reason)

    outcomes: list = []
    runner = _runner(fresh_db_url, [Registration("sync", hopeless, on_dead)], outcomes)
    await runner.start()
    try:
        await _wait_for(lambda: outcomes)
    finally:
        await runner.stop()
    assert [o[2] for o in outcomes] == ["dead_letter"] and hook_calls == ["file is not audio"]


async def test_priority_change_takes_effect_at_once(pool) -> None:
    queue = PgJobQueue(pool)
    await queue.enqueue("sync", {}, dedupe_key="sync:1")
    assert await queue.set_priority("sync:1", 500) == 1
    [job] = await queue.jobs(status="queued")
    assert job.priority == 500
    assert await queue.cancel(dedupe_key="sync:1") == 1
    assert await queue.sizes() == {}


WORKER_SCRIPT = r"""
import asyncio, sys, asyncpg
from engine.jobs.handlers import Registration
from engine.jobs.runner import WorkerRunner
url = dict(user=sys.argv[1], database=sys.argv[2], host=sys.argv[3], port=int(sys.argv[4]))
async def handle(ctx):
    conn = await asyncpg.connect(**url)
    await conn.execute("INSERT INTO effects(job, worker) VALUES ($1, 'doomed')", ctx.job_id)
    print("started", flush=True)
    await asyncio.sleep(3600)  # killed while "working"
async def noop(ctx, outcome, reason): pass
async def main():
    runner = WorkerRunner(lambda: asyncpg.connect(**url), [Registration("sync", handle)], noop,
                          lease_s=2.0, dequeue_timeout_s=0.1)
    await runner.start(); await asyncio.sleep(3600)
asyncio.run(main())
"""


async def test_killed_worker_loses_its_lease_and_the_job_completes_once(fresh_db_url, pool
                                                                         ) -> None:
    await pool.execute("CREATE TABLE effects (job bigint, worker text)")
    queue = PgJobQueue(pool)
    job_id = await queue.enqueue("sync", {"track": 1}, dedupe_key="sync:track:1")
    kw = asyncpg_kwargs(fresh_db_url)
    host = str(kw.get("host", "127.0.0.1"))
    doomed = subprocess.Popen([sys.executable, "-c", WORKER_SCRIPT, str(kw["user"]),
                               str(kw["database"]), host, str(kw.get("port", 5432))],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert doomed.stdout.readline().strip() == "started"
    finally:
        doomed.kill()
        doomed.wait()
    completions: list[int] = []

    async def finish(ctx: JobContext) -> None:
        # Idempotent effect: the job's result is written once whatever the attempt.
        await pool.execute("INSERT INTO effects(job, worker) VALUES ($1, 'rescuer')", ctx.job_id)
        completions.append(ctx.job_id)

    outcomes: list = []
    runner = _runner(fresh_db_url, [Registration("sync", finish)], outcomes, lease_s=2.0)
    await runner.start()
    try:
        await _wait_for(lambda: completions, timeout=20)
        await asyncio.sleep(1.0)  # nothing else may run it again
    finally:
        await runner.stop()
    assert completions == [job_id]
    rows = await pool.fetch("SELECT worker FROM effects ORDER BY worker")
    assert [r["worker"] for r in rows] == ["doomed", "rescuer"]
    assert await queue.sizes() == {} and await queue.running() == {}
