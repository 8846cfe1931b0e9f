"""CpuPool: import parsing runs in a helper process; errors come back with their codes; a dead
worker is replaced; where no process can start, the work runs in a thread."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from engine.cpu_pool import CpuPool, CpuWorkerDied
from engine.errors import ImportRejected
from engine.ingest import parse_paths, parse_text
from engine.ingest.models import ImportLimits

REPO = Path(__file__).resolve().parents[2]
CSV = ("Track Name,Artist Name(s),Album Name,Duration (ms)\n"
       "Windowlicker,Aphex Twin,Windowlicker,367000\n"
       "Xtal,Aphex Twin,Selected Ambient Works 85-92,291000\n")


def process_id() -> int:
    return os.getpid()


def exit_once(marker: str) -> int:
    """Kills the process it runs in the first time (the marker file remembers), then answers."""
    if not Path(marker).exists():
        Path(marker).touch()
        os._exit(3)
    return os.getpid()


def exit_always() -> int:
    os._exit(3)


@pytest.fixture
async def pool():
    cpu = CpuPool(preload=("engine.ingest.parse", __name__))
    cpu.start()
    yield cpu
    await cpu.aclose()


async def test_parsing_runs_in_another_process_with_the_same_result(pool, tmp_path) -> None:
    source = tmp_path / "list.csv"
    source.write_text(CSV, encoding="utf-8")
    worker_pid = await pool.run(process_id)
    assert pool.mode == "process"
    assert worker_pid != os.getpid()
    remote = await pool.run(parse_paths, [str(source)], ImportLimits())
    assert remote == parse_paths([str(source)], ImportLimits())
    assert [t.title for t in remote.accepted] == ["Windowlicker", "Xtal"]
    assert await pool.run(process_id) == worker_pid  # one long-lived worker, not one per call


async def test_a_refused_input_comes_back_with_its_code_and_details(pool) -> None:
    with pytest.raises(ImportRejected) as caught:
        await pool.run(parse_text, "a\nb\nc\n", "paste", ImportLimits(max_paste_lines=2))
    assert caught.value.code == "import.too_many_lines"
    assert caught.value.params == {"limit": 2, "actual": 3}


async def test_a_worker_that_dies_is_replaced_and_the_call_tried_again(pool, tmp_path) -> None:
    first = await pool.run(process_id)
    answered_by = await pool.run(exit_once, str(tmp_path / "died-once"))
    assert answered_by not in (first, os.getpid())
    assert pool.launches == 2
    assert await pool.run(process_id) == answered_by


async def test_a_second_death_is_reported_and_never_retried_in_the_app(pool) -> None:
    with pytest.raises(CpuWorkerDied) as caught:
        await pool.run(exit_always)
    assert caught.value.code == "cpu.worker_died"
    assert await pool.run(process_id) != os.getpid()  # the next call gets a fresh worker


async def test_without_processes_the_work_runs_in_a_thread_and_says_why(caplog) -> None:
    cpu = CpuPool(start_method="no-such-start-method")
    with caplog.at_level(logging.WARNING, logger="engine.cpu_pool"):
        result = await cpu.run(parse_text, CSV, "paste", ImportLimits())
        assert await cpu.run(process_id) == os.getpid()
    assert cpu.mode == "thread"
    assert len(result.accepted) == 2
    warnings = [r for r in caplog.records if getattr(r, "action", "") == "cpu_pool_unavailable"]
    assert len(warnings) == 1 and "no-such-start-method" in warnings[0].getMessage()
    await cpu.aclose()


async def test_close_ends_the_worker_process(pool) -> None:
    worker_pid = await pool.run(process_id)
    await pool.aclose()
    assert pool.mode == "idle"
    # the worker is the fork server's child: gone once the server has reaped it
    for _ in range(200):
        try:
            os.kill(worker_pid, 0)
        except ProcessLookupError:
            return
        await asyncio.sleep(0.025)
    pytest.fail(f"worker {worker_pid} still runs after close")


APP = """
import asyncio, multiprocessing.forkserver as fs, os, sys, time
from engine.cpu_pool import CpuPool

async def main():
    cpu = CpuPool()
    worker = await cpu.run(os.getpid)
    print(worker, fs._forkserver._forkserver_pid, flush=True)
    time.sleep(600)

if __name__ == "__main__":
    asyncio.run(main())
"""


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # a zombie still answers kill(0); its state letter in /proc says it has ended
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] in ("Z", "X")


async def test_a_killed_app_leaves_no_helper_or_fork_server_behind(tmp_path) -> None:
    script = tmp_path / "app.py"
    script.write_text(APP, encoding="utf-8")
    app = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                           env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        worker, server = (int(n) for n in app.stdout.readline().split())  # type: ignore[union-attr]
        assert not _gone(worker) and not _gone(server)
        app.kill()
        app.wait(10)
        for _ in range(400):
            if _gone(worker) and _gone(server):
                return
            await asyncio.sleep(0.025)
        pytest.fail(f"after the app was killed, worker {worker} or fork server {server} runs on")
    finally:
        app.kill()
