"""The activity log (``activity_events``): every step writes one; the bus announces it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select

from engine.db.session import Database
from engine.db.tables import ActivityEvent
from engine.events import ActivityRecorded, EventBus

ACTIVITY_TYPES = ("sync", "download", "matching", "metadata", "watchlist", "import", "search",
                  "worker", "system")
MAX_PAGE = 1000  # one feed page; older entries are paged with ``before_id``
#: The feed's status labels (the seed dashboard's set); other statuses show as written.
ACTIVITY_STATUSES = ("completed", "partial", "running", "queued", "failed", "cancelled", "stale",
                     "blocked")


@dataclass(frozen=True)
class ActivityEntry:
    id: int
    type: str
    status: str
    details: dict[str, Any]
    created_at: datetime


class ActivityLog:
    """Writes and reads activity events. ``details`` must never contain secrets: callers pass
    codes, counts and names only."""

    def __init__(self, database: Database, bus: EventBus) -> None:
        self._db = database
        self._bus = bus

    async def record(self, type_: str, status: str, **details: Any) -> ActivityEntry:
        async with self._db.session() as session:
            row = ActivityEvent(type=type_, status=status, details=details,
                                created_at=datetime.now(UTC))
            session.add(row)
            await session.flush()
            entry = _entry(row)
        self._bus.publish(ActivityRecorded(id=entry.id, type=entry.type, status=entry.status,
                                           details=entry.details))
        return entry

    async def recent(self, *, limit: int = 200, types: tuple[str, ...] = (),
                     status: str | None = None, before_id: int | None = None
                     ) -> list[ActivityEntry]:
        limit = max(1, min(limit, MAX_PAGE))
        query = select(ActivityEvent).order_by(ActivityEvent.id.desc()).limit(limit)
        if types:
            query = query.where(ActivityEvent.type.in_(types))
        if status:
            query = query.where(ActivityEvent.status == status)
        if before_id:
            query = query.where(ActivityEvent.id < before_id)
        async with self._db.session() as session:
            return [_entry(row) for row in (await session.scalars(query)).all()]

    async def purge_older_than(self, days: int) -> int:
        cutoff = datetime.now(UTC) - timedelta(days=days)
        async with self._db.session() as session:
            result = await session.execute(
                delete(ActivityEvent).where(ActivityEvent.created_at < cutoff))
            return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _entry(row: ActivityEvent) -> ActivityEntry:
    return ActivityEntry(row.id, row.type, row.status, dict(row.details or {}), row.created_at)
