"""Queue throughput: enqueue + claim + complete with 4 workers on PostgreSQL, against bare
pgqueuer measured in the same run on the same database.

pgqueuer's own benchmark script (tools/benchmark in its repository) is not shipped in its wheel,
so the baseline reproduces its method: a producer enqueues in batches, N QueueManagers with a
no-op entrypoint drain the queue, jobs/s = jobs / wall time. Ours runs the same workload
through :class:`engine.jobs.runner.WorkerRunner` (retry policy, outcome hooks, dedupe keys).
"""

from __future__ import annotations

import asyncio
import json
import time
from datetime import timedelta

import asyncpg
from pgqueuer.db import AsyncpgDriver
from pgqueuer.models import Job
from pgqueuer.qm import QueueManager
from pgqueuer.queries import Queries

from engine.db.session import asyncpg_kwargs
from engine.jobs.handlers import JobContext, Registration
from engine.jobs.queue import PgJobQueue
from engine.jobs.runner import WorkerRunner
from tests.benchmarks.support import bench_databases

JOBS = 2000
WORKERS = 4


async def _drain(pool: asyncpg.Pool, done: list[int]) -> None:
    while len(done) < JOBS:
        await asyncio.sleep(0.01)


async def _baseline(url) -> float:
    kwargs = asyncpg_kwargs(url)
    pool = await asyncpg.create_pool(**kwargs)
    queries = Queries(AsyncpgDriver(await asyncpg.connect(**kwargs)))
    done: list[int] = []
    managers = []
    for _ in range(WORKERS):
        manager = QueueManager(Queries(AsyncpgDriver(await asyncpg.connect(**kwargs))))

        @manager.entrypoint("bench")
        async def handle(job: Job) -> None:
            done.append(int(job.id))

        managers.append(manager)
    started = time.perf_counter()
    for start in range(0, JOBS, 500):
        n = min(500, JOBS - start)
        await queries.enqueue(["bench"] * n, [b"{}"] * n, [0] * n)
    tasks = [asyncio.create_task(m.run(dequeue_timeout=timedelta(seconds=0.1), batch_size=10,
                                       heartbeat_timeout=timedelta(seconds=30)))
             for m in managers]
    await _drain(pool, done)
    elapsed = time.perf_counter() - started
    for manager in managers:
        manager.shutdown.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    await pool.close()
    return JOBS / elapsed


async def _ours(url) -> float:
    kwargs = asyncpg_kwargs(url)
    pool = await asyncpg.create_pool(**kwargs)
    queue = PgJobQueue(pool)
    done: list[int] = []

    async def handle(ctx: JobContext) -> None:
        done.append(ctx.job_id)

    async def report(ctx: JobContext, outcome: str, reason: str | None) -> None:
        return None

    runners = [WorkerRunner(lambda: asyncpg.connect(**kwargs),
                            [Registration("maintenance", handle)], report,
                            dequeue_timeout_s=0.1, max_concurrent=20) for _ in range(WORKERS)]
    started = time.perf_counter()
    for start in range(0, JOBS, 500):
        numbers = range(start, min(start + 500, JOBS))
        await queue.enqueue_many("maintenance", [{"n": n} for n in numbers],
                                 dedupe_keys=[f"bench:{n}" for n in numbers])
    for runner in runners:
        await runner.start()
    await _drain(pool, done)
    elapsed = time.perf_counter() - started
    for runner in runners:
        await runner.stop()
    await pool.close()
    return JOBS / elapsed


def run() -> dict[str, float]:
    from engine.jobs import spec

    # Unlimited concurrency for the measured type so both sides are limited only by workers.
    spec.JOB_TYPES["maintenance"] = spec.JobType("maintenance", 10, 0)
    with bench_databases() as databases:
        baseline = asyncio.run(_baseline(databases.fresh()))
        ours = asyncio.run(_ours(databases.fresh()))
    return {"queue_jobs_per_s": round(ours, 1), "queue_pgqueuer_jobs_per_s": round(baseline, 1),
            "queue_ratio_vs_pgqueuer": round(ours / baseline, 3)}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
