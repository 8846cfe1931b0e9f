"""Database outage: PostgreSQL restarted mid-run; the engine reconnects within 10 s, no crash,
no job lost, and the outage and the recovery are announced (the window shows both)."""

import asyncio
import time

from engine.db.embedded import EmbeddedPostgres
from engine.dsn import validate_database_url
from engine.events import DatabaseStateChanged
from engine.jobs import spec
from engine.jobs.handlers import JobContext, Registration
from tests.support.results import record_result


async def test_engine_survives_a_postgres_restart(pg_workdir, tmp_path, monkeypatch) -> None:
    from engine.bootstrap import EngineOptions, build_engine
    from engine.db.session import ensure_database
    from engine.secrets import MemorySecretStore

    monkeypatch.setitem(spec.JOB_TYPES, "probe", spec.JobType("probe", 50, 0))
    server = EmbeddedPostgres(pg_workdir / "pg")
    url = validate_database_url(server.start()).set(database="harmony")
    await ensure_database(url)
    engine = build_engine(EngineOptions(dev_dir=str(tmp_path), database_url=url.render_as_string(
        False), secret_store=MemorySecretStore(), lease_s=2.0, heartbeat_interval_s=0.5))
    done: list[int] = []

    async def probe(ctx: JobContext) -> None:
        done.append(ctx.payload["n"])

    engine.registrations.append(Registration("probe", probe))
    states: list[tuple[float, bool]] = []
    engine.bus.subscribe(DatabaseStateChanged,
                         lambda e: states.append((time.monotonic(), e.available)))
    await engine.start()
    try:
        for n in range(20):
            await engine.queue.enqueue("probe", {"n": n}, dedupe_key=f"probe:{n}")
        await _until(lambda: len(done) == 20, 20)

        server.stop()  # the only handle: PostgreSQL really stops
        await _until(lambda: any(not ok for _, ok in states), 15)
        await asyncio.sleep(1.0)
        server = EmbeddedPostgres(pg_workdir / "pg")
        await asyncio.get_running_loop().run_in_executor(None, server.start)
        restarted = time.monotonic()
        await _until(lambda: states and states[-1][1], 15)
        for n in range(20, 40):
            await _enqueue_retrying(engine, n)
        await _until(lambda: len(done) >= 40, 20)
        recovered_s = max(t for t, ok in states if ok) - restarted
        record_result("db_outage_recovery_s", round(max(recovered_s, 0.0), 2))
        assert recovered_s < 10
        assert sorted(set(done)) == list(range(40))
        assert engine.state == "running"
    finally:
        await engine.stop()
        server.stop()


async def _enqueue_retrying(engine, n: int) -> None:
    for _ in range(20):  # the first statements after the restart may meet stale connections
        try:
            await engine.queue.enqueue("probe", {"n": n}, dedupe_key=f"probe:{n}")
            return
        except Exception:
            await asyncio.sleep(0.25)
    raise AssertionError("could not enqueue after the restart")


async def _until(predicate, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "not reached in time"
        await asyncio.sleep(0.05)
