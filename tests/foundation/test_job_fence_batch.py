"""The job fence answers concurrent acquires in batches (one lock query for many jobs) and still
gives each job exactly one lock: held by this engine's fence connection, refused to another
engine's fence, never taken twice for a job this engine already holds, and released once the
job's outcome is recorded. Real PostgreSQL throughout."""

import asyncio
import time

import asyncpg
import pytest

from engine.db.session import asyncpg_kwargs
from engine.jobs.fence import FENCE_NAMESPACE, JobFence, lock_key
from engine.jobs.queue import PgJobQueue

JOBS = 40


class CountingConnection(asyncpg.Connection):
    """A real connection that counts the fence's lock queries (one per batch) and can run a
    step the moment the fence sends its release query."""

    lock_queries = 0
    on_release = None

    async def fetch(self, query, *args, **kwargs):
        if "pg_try_advisory_lock" in query:
            type(self).lock_queries += 1
        if "pg_advisory_unlock" in query and type(self).on_release is not None:
            hook, type(self).on_release = type(self).on_release, None
            hook()
        return await super().fetch(query, *args, **kwargs)


@pytest.fixture
async def pool(fresh_db_url):
    pool = await asyncpg.create_pool(**asyncpg_kwargs(fresh_db_url))
    yield pool
    await pool.close()


@pytest.fixture
async def fences(fresh_db_url):
    """Two engines' fences on one database; the first counts its lock queries."""
    CountingConnection.lock_queries, CountingConnection.on_release = 0, None
    kwargs = asyncpg_kwargs(fresh_db_url)
    made = [JobFence(lambda: asyncpg.connect(**kwargs, connection_class=CountingConnection),
                     30.0),
            JobFence(lambda: asyncpg.connect(**kwargs), 30.0)]
    for fence in made:
        await fence.start()
    yield made
    for fence in made:
        await fence.close()


async def _picked_jobs(pool, count: int) -> list[int]:
    queue = PgJobQueue(pool)
    await queue.enqueue_many("sync", [{"n": n} for n in range(count)])
    return [int(r["id"]) for r in await pool.fetch(
        "UPDATE pgqueuer SET status = 'picked' RETURNING id")]


async def _lock_holders(pool) -> dict[int, int]:
    """Fence lock key -> backend pid holding it (one row per lock, however often stacked)."""
    rows = await pool.fetch(
        "SELECT objid, pid FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 "
        "AND objsubid = 2 AND granted", FENCE_NAMESPACE)
    return {int(r["objid"]): int(r["pid"]) for r in rows}


async def _holder(pool, job_id: int) -> int:
    holders = await _lock_holders(pool)
    return holders[lock_key(job_id) % 2**32]


async def _wait_for(predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not await predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.05)


async def _settle_all(pool, fence: JobFence, job_ids: list[int]) -> None:
    """Finish the runs, record their outcome (rows gone) and wait for the fence to let go."""
    for job_id in job_ids:
        fence.finish(job_id)
    await pool.execute("DELETE FROM pgqueuer WHERE id = ANY($1::bigint[])", job_ids)

    async def released() -> bool:
        return not fence.held_jobs
    await _wait_for(released)


async def test_many_concurrent_acquires_take_one_lock_each_in_one_query(pool, fences) -> None:
    owner, other = fences
    job_ids = await _picked_jobs(pool, JOBS)
    answers = await asyncio.gather(*(owner.acquire(j, 0) for j in job_ids))
    assert answers == [True] * JOBS
    assert CountingConnection.lock_queries == 1  # the whole burst was one batch
    holders = await _lock_holders(pool)
    assert sorted(holders) == sorted(lock_key(j) % 2**32 for j in job_ids)
    assert len(set(holders.values())) == 1  # all on the owner's one fence connection
    # Another engine is refused every one of them, also in a batch.
    assert await asyncio.gather(*(other.acquire(j, 0) for j in job_ids)) == [False] * JOBS
    assert other.refusals == JOBS and other.held_jobs == []
    await _settle_all(pool, owner, job_ids)
    # Each job was locked exactly once: one unlock each leaves nothing held.
    assert await _lock_holders(pool) == {}


async def test_a_batch_mixing_held_new_and_repeated_jobs_locks_only_the_new(pool, fences
                                                                           ) -> None:
    owner, other = fences
    job_ids = await _picked_jobs(pool, 6)
    held, taken_elsewhere, new = job_ids[:2], job_ids[2:4], job_ids[4:]
    assert await asyncio.gather(*(owner.acquire(j, 0) for j in held)) == [True, True]
    assert await asyncio.gather(*(other.acquire(j, 0) for j in taken_elsewhere)) == [True] * 2
    other_pid = await _holder(pool, taken_elsewhere[0])
    # One burst: jobs running here, jobs running on the other engine, new jobs, and a new job
    # asked twice at once.
    asks = held + taken_elsewhere + new + [new[0]]
    answers = await asyncio.gather(*(owner.acquire(j, 0) for j in asks))
    assert answers == [False, False, False, False, True, True, False]
    assert owner.refusals == 5 and sorted(owner.held_jobs) == sorted(held + new)
    for job_id in taken_elsewhere:
        assert await _holder(pool, job_id) == other_pid
    owner_pid = await _holder(pool, held[0])
    assert owner_pid != other_pid
    for job_id in held + new:
        assert await _holder(pool, job_id) == owner_pid
    # Had a job running here been locked again, its lock would stack and outlive its release.
    await _settle_all(pool, owner, held + new)
    holders = await _lock_holders(pool)
    assert sorted(holders) == sorted(lock_key(j) % 2**32 for j in taken_elsewhere)


async def test_two_jobs_sharing_a_key_in_one_batch_each_hold_their_own_lock(pool, fences
                                                                            ) -> None:
    owner, other = fences
    (first,) = await _picked_jobs(pool, 1)
    twin = first + 2**32  # folds to the same int4 key
    assert lock_key(twin) == lock_key(first)
    assert await asyncio.gather(owner.acquire(first, 0), owner.acquire(twin, 0)) == [True, True]
    assert CountingConnection.lock_queries == 1
    assert not await other.acquire(first, 0) and not await other.acquire(twin, 0)
    # The twin has no row, so its outcome counts as recorded at once; the first job's run is
    # still 'picked'. Releasing the twin must leave the first job's lock in place.
    owner.finish(twin)

    async def twin_released() -> bool:
        return owner.held_jobs == [first]
    await _wait_for(twin_released)
    assert lock_key(first) % 2**32 in await _lock_holders(pool)
    assert not await other.acquire(first, 0)
    await _settle_all(pool, owner, [first])
    assert await _lock_holders(pool) == {}
    assert await other.acquire(first, 0)


async def test_an_acquire_cancelled_while_its_batch_runs_does_not_keep_the_lock(pool, fences
                                                                               ) -> None:
    owner, other = fences
    job_id, waiting = await _picked_jobs(pool, 2)
    abandoned = asyncio.create_task(owner.acquire(job_id, 0))
    kept = asyncio.create_task(owner.acquire(waiting, 0))
    await asyncio.sleep(0)  # both are waiting for the batch now
    abandoned.cancel()
    with pytest.raises(asyncio.CancelledError):
        await abandoned
    assert await kept
    # The batch took the cancelled one's lock too; it goes like a finished run's: once the
    # row shows an outcome.
    assert not await other.acquire(job_id, 0)
    await pool.execute("DELETE FROM pgqueuer WHERE id = $1", job_id)

    async def free() -> bool:
        return await other.acquire(job_id, 0)
    await _wait_for(free)
    assert owner.held_jobs == [waiting]


async def test_a_retry_picked_while_its_last_run_is_released_is_locked_again(pool, fences
                                                                            ) -> None:
    owner, other = fences
    (job_id,) = await _picked_jobs(pool, 1)
    assert await owner.acquire(job_id, 0)
    # The run asks for a retry: pgqueuer re-queues the row with attempts + 1 (its outcome is
    # recorded), and the run ends; the fence's next tick releases the lock.
    await pool.execute("UPDATE pgqueuer SET status = 'queued', attempts = 1 WHERE id = $1",
                       job_id)
    retried: list[asyncio.Task[bool]] = []
    # The retry is picked here while that release is on its way to the database: the run may
    # not carry over a lock that is being dropped; it must take the lock anew.
    CountingConnection.on_release = lambda: retried.append(
        asyncio.create_task(owner.acquire(job_id, 1)))
    owner.finish(job_id)

    async def picked() -> bool:
        return bool(retried)
    await _wait_for(picked)
    assert await retried[0]
    assert owner.running_jobs == [job_id]
    assert lock_key(job_id) % 2**32 in await _lock_holders(pool)
    assert not await other.acquire(job_id, 1)
