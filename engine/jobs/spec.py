"""Job types with their priorities, concurrency limits and retry policy (pure data + math).

Seed defaults: sync 100, matching 90, retry 80, watchlist 50. Higher runs first. Retry delays
follow ``base × 2^attempt`` capped at ``max``, jittered by ±``jitter`` (seed: 60 s, ×2, ±20 %).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 10
    base_seconds: float = 60.0
    max_seconds: float = 3600.0
    jitter: float = 0.2

    def delay_for(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait before attempt ``attempt + 1`` (``attempt`` counts from 0)."""
        raw = min(self.base_seconds * (2 ** min(attempt, 30)), self.max_seconds)
        spread = raw * self.jitter
        return max(0.0, raw + (rng or random).uniform(-spread, spread))


@dataclass(frozen=True)
class JobType:
    name: str
    priority: int
    concurrency: int  # per type, across every engine on the database (0 = unlimited)
    retry: RetryPolicy = RetryPolicy()


JOB_TYPES: dict[str, JobType] = {
    job.name: job
    for job in (
        JobType("sync", 100, 4),
        JobType("matching", 90, 2),
        JobType("retry", 80, 2),
        JobType("search", 85, 1),  # the Soulseek search budget allows one search in flight
        JobType("metadata", 70, 2, RetryPolicy(max_attempts=5, base_seconds=30)),
        JobType("artwork", 60, 2, RetryPolicy(max_attempts=5, base_seconds=30)),
        JobType("lyrics", 60, 2, RetryPolicy(max_attempts=5, base_seconds=30)),
        JobType("watchlist", 50, 2, RetryPolicy(max_attempts=6, base_seconds=60)),
        JobType("playlist_sync", 55, 1, RetryPolicy(max_attempts=6, base_seconds=60)),
        JobType("backfill", 40, 1, RetryPolicy(max_attempts=6, base_seconds=60)),
        JobType("import", 95, 1, RetryPolicy(max_attempts=3, base_seconds=5)),
        JobType("library_scan", 20, 1, RetryPolicy(max_attempts=3, base_seconds=60)),
        JobType("maintenance", 10, 1, RetryPolicy(max_attempts=3, base_seconds=60)),
    )
}


def job_type(name: str) -> JobType:
    try:
        return JOB_TYPES[name]
    except KeyError:
        raise ValueError(f"unknown job type {name!r}") from None


def with_retry(job: JobType, policy: RetryPolicy) -> JobType:
    return replace(job, retry=policy)
