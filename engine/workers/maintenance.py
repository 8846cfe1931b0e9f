"""Housekeeping: activity-log retention (a scheduled ``maintenance`` job)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from engine.jobs.handlers import JobContext, Registration
from engine.orchestrator import Timer

if TYPE_CHECKING:
    from engine.bootstrap import Engine


def install_maintenance(engine: Engine) -> None:
    async def handle(ctx: JobContext) -> None:
        assert engine.activity is not None and engine.settings is not None
        days = int(engine.settings.get("activity.retention_days"))
        removed = await engine.activity.purge_older_than(days)
        if removed:
            await engine.activity.record("system", "completed", action="activity_cleanup",
                                         removed=removed, retention_days=days)

    async def tick() -> None:
        assert engine.queue is not None
        day = datetime.now(UTC).strftime("%Y-%m-%d")
        await engine.queue.enqueue("maintenance", {"task": "activity_cleanup"},
                                   dedupe_key=f"maintenance:activity_cleanup:{day}")

    engine.registrations.append(Registration("maintenance", handle))
    engine.timers.append(Timer("activity_cleanup", lambda: 3600.0, tick))
