"""Headless engines in subprocesses for the reliability tests, optionally marking every job run.

Run as ``python -m tests.reliability.engine_process DEV_DIR URL LEASE_S [--mark-jobs]``: a
headless engine with a short heartbeat and the given lease (a killed engine's jobs are picked up
again once it lapses) and secrets from ``HARMONY_SECRET_*``. With ``--mark-jobs`` every handler
writes a row into ``reliability_job_runs`` (job id, dedupe key, engine, start, end), so a test
can prove from the database alone that no job ran twice at the same time, across every engine.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import URL

from engine.bootstrap import Engine, EngineOptions, build_engine
from engine.jobs.handlers import Handler, JobContext, Registration
from engine.secrets import EnvironmentSecretStore

ROOT = Path(__file__).resolve().parents[2]
RUNS_TABLE = "reliability_job_runs"
CREATE_RUNS = (f"CREATE TABLE IF NOT EXISTS {RUNS_TABLE} (id bigserial PRIMARY KEY, "
               "job_id bigint NOT NULL, job_type text NOT NULL, dedupe_key text, "
               "engine_id text NOT NULL, started_at timestamptz NOT NULL, "
               "finished_at timestamptz)")


class MarkedRegistrations(list[Registration]):
    """The engine's registration list, wrapping each handler as it is registered so every run
    is written down (outside the handler's own transaction) before and after it works."""

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self._engine = engine

    def append(self, registration: Registration) -> None:
        super().append(Registration(registration.job_type, self._marked(registration.handler),
                                    registration.on_dead_letter))

    def extend(self, registrations: Iterable[Registration]) -> None:
        for registration in registrations:
            self.append(registration)

    def _marked(self, handler: Handler) -> Handler:
        engine = self._engine

        async def marked(ctx: JobContext) -> None:
            assert engine.database is not None
            async with engine.database.session() as session:
                run_id = (await session.execute(text(
                    f"INSERT INTO {RUNS_TABLE} (job_id, job_type, dedupe_key, engine_id, "
                    "started_at) VALUES (:job, :type, (SELECT dedupe_key FROM pgqueuer "
                    "WHERE id = :job), :engine, clock_timestamp()) RETURNING id"),
                    {"job": ctx.job_id, "type": ctx.job_type,
                     "engine": engine.options.engine_id})).scalar_one()
            try:
                await handler(ctx)
            finally:
                async with engine.database.session() as session:
                    await session.execute(text(
                        f"UPDATE {RUNS_TABLE} SET finished_at = clock_timestamp() "
                        "WHERE id = :id"), {"id": run_id})

        return marked


def mark_jobs(engine: Engine) -> Engine:
    """Instrument an engine that has not started yet (its handlers register during start)."""
    engine.registrations = MarkedRegistrations(engine)
    return engine


async def create_runs_table(engine: Engine) -> None:
    assert engine.database is not None
    async with engine.database.session() as session:
        await session.execute(text(CREATE_RUNS))


def headless_options(dev_dir: str, database_url: str, lease_s: float = 2.0) -> EngineOptions:
    return EngineOptions(dev_dir=dev_dir, database_url=database_url, workers_enabled=True,
                         lease_s=lease_s, heartbeat_interval_s=0.5, dequeue_timeout_s=0.25,
                         role="headless", secret_store=EnvironmentSecretStore())


def spawn(dev_dir: Path, url: URL, secrets: dict[str, str], log: Path, *,
          mark: bool = False, lease_s: float = 2.0) -> subprocess.Popen[bytes]:
    """Start a headless engine; ``secrets`` maps secret names to values (passed by env)."""
    env = {**os.environ, **{f"HARMONY_SECRET_{k.upper()}": v for k, v in secrets.items()}}
    args = [sys.executable, "-m", "tests.reliability.engine_process", str(dev_dir),
            url.render_as_string(False), str(lease_s)] + (["--mark-jobs"] if mark else [])
    with open(log, "ab") as out:
        return subprocess.Popen(args, cwd=ROOT, env=env, stdout=out, stderr=out)


def kill(process: subprocess.Popen[bytes]) -> set[int]:
    """SIGKILL the engine alone, as a crash would; returns the processes it had started (its
    helper process and fork server), which must end by themselves."""
    children = descendants(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    return children


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (Linux /proc)."""
    found: set[int] = set()
    pending = [pid]
    while pending:
        parent = pending.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            with contextlib.suppress(OSError):
                for child in (task / "children").read_text().split():
                    if int(child) not in found:
                        found.add(int(child))
                        pending.append(int(child))
    return found


def still_running(pids: Iterable[int]) -> set[int]:
    """The processes among ``pids`` that have not ended (zombies count as ended)."""
    running = set()
    for pid in pids:
        with contextlib.suppress(OSError, IndexError):
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            if state not in ("Z", "X"):
                running.add(pid)
    return running


def stop(process: subprocess.Popen[bytes], timeout_s: float = 20.0) -> None:
    """SIGTERM (a clean stop), SIGKILL if it does not end in time."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout_s)
    except subprocess.TimeoutExpired:
        kill(process)


async def main(dev_dir: str, database_url: str, lease_s: float, mark: bool) -> None:
    engine = build_engine(headless_options(dev_dir, database_url, lease_s))
    if mark:
        mark_jobs(engine)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError):
        loop.add_signal_handler(signal.SIGTERM, stopping.set)
    await engine.start()
    print(f"engine running {engine.options.engine_id}", flush=True)
    try:
        await stopping.wait()
    finally:
        await engine.stop()


def _cli(argv: list[str]) -> Any:
    return asyncio.run(main(argv[0], argv[1], float(argv[2]), "--mark-jobs" in argv[3:]))


if __name__ == "__main__":
    _cli(sys.argv[1:])
