"""The engine as a whole: wiring summary, workers switch, two engines on one database."""

import asyncio
import logging
import time

from engine.jobs.handlers import JobContext, Registration


async def test_wiring_summary_is_logged_at_start(engine_factory, caplog) -> None:
    caplog.set_level(logging.INFO, logger="engine.bootstrap")
    await engine_factory()
    [line] = [r.getMessage() for r in caplog.records if "wiring_summary" in r.getMessage()]
    assert "maintenance" in line.split("workers=")[1].split()[0]
    assert "database=server" in line or "database=embedded" in line
    from engine.db.migrate import head_revision

    assert f"migrations_head={head_revision()}" in line


async def test_disable_workers_starts_no_workers(engine_factory, monkeypatch, caplog) -> None:
    monkeypatch.setenv("HARMONY_DISABLE_WORKERS", "1")
    caplog.set_level(logging.INFO, logger="engine.bootstrap")
    engine = await engine_factory()
    assert engine.runner is None and engine.scheduler is None
    assert "workers=false" in caplog.text


async def test_worker_heartbeats_report_running_then_stopped(engine_factory) -> None:
    from engine.api import HarmonyService

    engine = await engine_factory()
    service = HarmonyService(engine)
    await asyncio.sleep(0.8)
    statuses = {s.worker: s for s in await service.workers()}
    assert statuses["maintenance"].status == "running"
    assert set(statuses) == {r.job_type for r in engine.registrations}
    await engine.stop()
    after = await service_workers_after_stop(engine)
    assert after and all(s.status == "stopped" for s in after)


async def service_workers_after_stop(engine):
    from engine.db.session import Database
    from engine.jobs.health import worker_statuses

    database = Database(engine.database.url, kind="server")
    try:
        return await worker_statuses(database, {})
    finally:
        await database.dispose()


async def test_two_engines_never_run_the_same_job_at_once(engine_factory, monkeypatch) -> None:
    from engine.jobs import spec

    monkeypatch.setitem(spec.JOB_TYPES, "probe", spec.JobType("probe", 50, 0))
    running: dict[int, int] = {}
    overlaps: list[int] = []
    done: list[int] = []

    def handler_for(name: str):
        async def handle(ctx: JobContext) -> None:
            running[ctx.job_id] = running.get(ctx.job_id, 0) + 1
            if running[ctx.job_id] > 1:
                overlaps.append(ctx.job_id)
            await asyncio.sleep(0.02)
            running[ctx.job_id] -= 1
            done.append(ctx.job_id)
        return handle

    engines = []
    for name in ("a", "b"):
        engine = await engine_factory(workers_enabled=False)
        engine.registrations.append(Registration("probe", handler_for(name)))
        await engine._start_workers()
        engines.append(engine)
    for n in range(60):
        await engines[n % 2].queue.enqueue("probe", {"n": n}, dedupe_key=f"probe:{n}")
    deadline = time.monotonic() + 30
    while len(done) < 60 and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert sorted(done) == sorted(set(done)) and len(done) == 60
    assert overlaps == []
