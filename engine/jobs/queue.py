"""JobQueue: the port workers and services use; PgJobQueue: its pgqueuer adapter.

Nothing outside :mod:`engine.jobs` sees pgqueuer. Payloads are JSON objects. Dedupe keys make
enqueueing idempotent: while a job with the same key is queued or running, enqueueing it again
is a no-op (``None`` is returned).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

import asyncpg
from pgqueuer.db import AsyncpgPoolDriver
from pgqueuer.queries import Queries

from engine.jobs.spec import job_type

QUEUE_TABLE = "pgqueuer"
LOG_TABLE = "pgqueuer_log"


@dataclass(frozen=True)
class QueuedJob:
    id: int
    job_type: str
    status: str  # queued | picked | failed (dead-lettered)
    priority: int
    attempts: int
    payload: dict[str, Any]
    dedupe_key: str | None
    execute_after: datetime
    updated: datetime


@dataclass(frozen=True)
class DeadLetter:
    job: QueuedJob
    reason: str


class JobQueue(Protocol):
    async def enqueue(self, name: str, payload: dict[str, Any], *, priority: int | None = None,
                      dedupe_key: str | None = None, delay_s: float = 0.0) -> int | None: ...

    async def sizes(self) -> dict[str, int]: ...


def decode_payload(raw: bytes | None) -> dict[str, Any]:
    return json.loads(raw) if raw else {}


class PgJobQueue:
    """Enqueue, inspect and steer jobs in PostgreSQL through pgqueuer's queries."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool
        self._queries = Queries(AsyncpgPoolDriver(pool))

    async def enqueue(self, name: str, payload: dict[str, Any], *, priority: int | None = None,
                      dedupe_key: str | None = None, delay_s: float = 0.0) -> int | None:
        spec = job_type(name)
        ids = await self._queries.enqueue(
            name, json.dumps(payload).encode(),
            spec.priority if priority is None else priority,
            timedelta(seconds=delay_s) if delay_s else None,
            dedupe_key, on_conflict="skip")
        return int(ids[0]) if ids and ids[0] is not None else None

    async def enqueue_many(self, name: str, payloads: list[dict[str, Any]], *,
                           dedupe_keys: list[str | None] | None = None,
                           priority: int | None = None) -> int:
        """Enqueue many jobs of one type in one statement; returns how many were new."""
        if not payloads:
            return 0
        spec = job_type(name)
        count = len(payloads)
        ids = await self._queries.enqueue(
            [name] * count, [json.dumps(p).encode() for p in payloads],
            [spec.priority if priority is None else priority] * count, None,
            dedupe_keys or [None] * count, on_conflict="skip")
        return sum(1 for job_id in ids if job_id is not None)

    async def sizes(self) -> dict[str, int]:
        """Queued (not yet running) jobs per type, whether due now or later."""
        rows = await self._pool.fetch(
            f"SELECT entrypoint, count(*) AS n FROM {QUEUE_TABLE} "
            "WHERE status = 'queued' GROUP BY entrypoint")
        return {row["entrypoint"]: int(row["n"]) for row in rows}

    async def running(self) -> dict[str, int]:
        rows = await self._pool.fetch(
            f"SELECT entrypoint, count(*) AS n FROM {QUEUE_TABLE} "
            "WHERE status = 'picked' GROUP BY entrypoint")
        return {row["entrypoint"]: int(row["n"]) for row in rows}

    async def jobs(self, *, status: str | None = None, name: str | None = None,
                   limit: int = 200) -> list[QueuedJob]:
        rows = await self._pool.fetch(
            f"SELECT * FROM {QUEUE_TABLE} WHERE ($1::text IS NULL OR status::text = $1) "
            "AND ($2::text IS NULL OR entrypoint = $2) ORDER BY priority DESC, id LIMIT $3",
            status, name, limit)
        return [_job(row) for row in rows]

    async def dead_letters(self, limit: int = 100) -> list[DeadLetter]:
        """Jobs parked after their attempt budget, with the last error recorded for each."""
        rows = await self._pool.fetch(
            f"SELECT q.*, (SELECT l.traceback FROM {LOG_TABLE} l WHERE l.job_id = q.id "
            "AND l.traceback IS NOT NULL ORDER BY l.id DESC LIMIT 1) AS tb "
            f"FROM {QUEUE_TABLE} q WHERE q.status = 'failed' ORDER BY q.updated DESC LIMIT $1",
            limit)
        return [DeadLetter(_job(row), _reason(row["tb"])) for row in rows]

    async def requeue(self, job_ids: list[int]) -> None:
        """Give dead-lettered jobs a fresh attempt budget and run them now."""
        await self._pool.execute(
            f"UPDATE {QUEUE_TABLE} SET status = 'queued', attempts = 0, "
            "execute_after = now(), updated = now() WHERE id = ANY($1) AND status = 'failed'",
            job_ids)

    async def set_priority(self, dedupe_key: str, priority: int) -> int:
        """Change the priority of a waiting job at once; returns how many rows changed."""
        result = await self._pool.execute(
            f"UPDATE {QUEUE_TABLE} SET priority = $2, updated = now() "
            "WHERE dedupe_key = $1 AND status = 'queued'", dedupe_key, priority)
        return int(result.split()[-1])

    async def cancel(self, *, dedupe_key: str | None = None, job_ids: list[int] | None = None
                     ) -> int:
        """Remove waiting jobs (running ones finish their step and then see the cancel)."""
        result = await self._pool.execute(
            f"DELETE FROM {QUEUE_TABLE} WHERE status IN ('queued', 'failed') AND "
            "(dedupe_key = $1 OR id = ANY($2))", dedupe_key, job_ids or [])
        return int(result.split()[-1])

    async def run_now(self, dedupe_key: str) -> None:
        """Make a waiting (e.g. backing-off) job due immediately."""
        await self._pool.execute(
            f"UPDATE {QUEUE_TABLE} SET execute_after = now() WHERE dedupe_key = $1 "
            "AND status = 'queued'", dedupe_key)


def _job(row: asyncpg.Record) -> QueuedJob:
    return QueuedJob(int(row["id"]), row["entrypoint"], str(row["status"]), row["priority"],
                     row["attempts"], decode_payload(row["payload"]), row["dedupe_key"],
                     row["execute_after"], row["updated"])


def _reason(traceback: str | dict[str, Any] | None) -> str:
    if not traceback:
        return ""
    data = json.loads(traceback) if isinstance(traceback, str) else traceback
    return f"{data.get('exception_type', '')}: {data.get('exception_message', '')}".strip(": ")
