"""The zero-config database: start, reuse on the next start, survive a crash's stale lock."""

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import asyncpg
import psutil

from engine.db.embedded import EmbeddedPostgres
from engine.db.session import asyncpg_kwargs
from engine.dsn import validate_database_url


def _query(url: str, *statements: str) -> object:
    async def run() -> object:
        connection = await asyncpg.connect(**asyncpg_kwargs(validate_database_url(url)))
        try:
            for sql in statements[:-1]:
                await connection.execute(sql)
            return await connection.fetchval(statements[-1])
        finally:
            await connection.close()

    return asyncio.run(run())


def test_start_reuse_and_clean_stop(pg_workdir: Path) -> None:
    pgdata = pg_workdir / "pg"
    first = EmbeddedPostgres(pgdata)
    url = first.start()
    _query(url, "CREATE TABLE kept (v int)", "INSERT INTO kept VALUES (42)")
    pid = int((pgdata / "postmaster.pid").read_text().split()[0])
    first.stop()
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE

    second = EmbeddedPostgres(pgdata)
    url = second.start()
    try:
        assert _query(url, "SELECT v FROM kept") == 42  # the same data directory was reused
    finally:
        second.stop()


def test_survives_a_killed_owner_and_its_stale_lock(pg_workdir: Path) -> None:
    pgdata = pg_workdir / "pg"
    # A separate process starts the server and is SIGKILLed: its handle PID stays behind.
    script = ("import sys; from pathlib import Path; from engine.db.embedded import "
              "EmbeddedPostgres; print(EmbeddedPostgres(Path(sys.argv[1])).start(), flush=True);"
              " import time; time.sleep(60)")
    owner = subprocess.Popen([sys.executable, "-c", script, str(pgdata)], stdout=subprocess.PIPE,
                             text=True)
    owner.stdout.readline()
    os.kill(owner.pid, signal.SIGKILL)
    owner.wait()
    postmaster = int((pgdata / "postmaster.pid").read_text().split()[0])
    os.kill(postmaster, signal.SIGKILL)  # and the server dies too: a stale postmaster.pid
    deadline = time.time() + 10
    while psutil.pid_exists(postmaster) and time.time() < deadline:
        time.sleep(0.1)
    assert (pgdata / "postmaster.pid").exists()

    again = EmbeddedPostgres(pgdata)
    url = again.start()
    try:
        assert _query(url, "SELECT 1") == 1
        assert owner.pid not in json.loads((pgdata / ".handle_pids.json").read_text())
    finally:
        again.stop()
