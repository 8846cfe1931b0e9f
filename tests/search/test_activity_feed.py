"""The activity feed's engine side: type and status filters, paging, and retention cleanup by
the scheduled maintenance job."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from engine.activity import ACTIVITY_STATUSES, ACTIVITY_TYPES
from engine.api import HarmonyService
from engine.bootstrap import Engine
from engine.db.tables import ActivityEvent
from engine.jobs.handlers import JobContext


async def _engine(engine_factory: Callable[..., Any]) -> Engine:
    engine: Engine = await engine_factory(workers_enabled=False)
    return engine


async def test_type_and_status_filters_and_paging(engine_factory: Callable[..., Any]) -> None:
    engine = await _engine(engine_factory)
    assert engine.activity is not None
    assert {"sync", "download", "matching", "metadata", "watchlist", "import", "search",
            "worker"} <= set(ACTIVITY_TYPES)
    assert {"completed", "partial", "running", "queued", "failed", "cancelled", "stale",
            "blocked"} == set(ACTIVITY_STATUSES)
    written = []
    for index in range(30):
        type_ = ACTIVITY_TYPES[index % 8]
        status = ("completed", "failed", "partial")[index % 3]
        written.append(await engine.activity.record(type_, status, index=index))
    service = HarmonyService(engine)

    newest = await service.activity(limit=5)
    assert [e.details["index"] for e in newest] == [29, 28, 27, 26, 25]
    assert len(await service.activity(limit=0)) == 1  # a page holds 1..1000 entries

    searches = await service.activity(types=("search", "download"))
    assert searches and {e.type for e in searches} == {"search", "download"}
    assert len(searches) == sum(1 for e in written if e.type in ("search", "download"))

    failed = await service.activity(status="failed")
    assert failed and all(e.status == "failed" for e in failed)
    assert len(failed) == 10

    pages, before = [], None
    while True:
        page = await service.activity(limit=7, types=("sync", "worker"), before_id=before)
        if not page:
            break
        pages.append(page)
        before = page[-1].id
    seen = [e.id for page in pages for e in page]
    assert seen == sorted(seen, reverse=True) and len(seen) == len(set(seen))
    assert len(seen) == sum(1 for e in written if e.type in ("sync", "worker"))


async def test_retention_cleanup_removes_only_old_events(
        engine_factory: Callable[..., Any]) -> None:
    engine = await _engine(engine_factory)
    assert engine.activity is not None and engine.database is not None
    assert engine.settings is not None and engine.queue is not None
    assert engine.settings.get("activity.retention_days") == 90
    await engine.settings.set("activity.retention_days", 30)
    now = datetime.now(UTC)
    async with engine.database.session() as session:
        for age_days in (400, 31, 30.5):
            session.add(ActivityEvent(type="download", status="completed",
                                      details={"age": age_days},
                                      created_at=now - timedelta(days=age_days)))
        for age_days in (29, 1):
            session.add(ActivityEvent(type="search", status="completed",
                                      details={"age": age_days},
                                      created_at=now - timedelta(days=age_days)))
    await engine.activity.record("sync", "completed", age=0)

    timer = next(t for t in engine.timers if t.name == "activity_cleanup")
    await timer.tick()  # the scheduler's tick queues the day's cleanup job (once a day)
    await timer.tick()
    assert (await engine.queue.sizes()).get("maintenance") == 1

    registration = next(r for r in engine.registrations if r.job_type == "maintenance")
    await registration.handler(JobContext(1, "maintenance", {"task": "activity_cleanup"}, 0, 3))

    async with engine.database.session() as session:
        ages = sorted(float(e.details["age"]) for e in
                      (await session.scalars(select(ActivityEvent))).all()
                      if "age" in e.details)
    assert ages == [0.0, 1.0, 29.0]
    cleanup = (await engine.activity.recent(types=("system",)))[0]
    assert cleanup.details == {"action": "activity_cleanup", "removed": 3, "retention_days": 30}
