"""Several engines on one database: two headless engines (subprocesses) and the window's engine
(in-process, role ``gui``) share one queue and one slskd. Every handler run is written down by
the engines themselves; no job — same id or same dedupe key — ever runs twice at the same
time, slskd is asked for each remote file once, each wanted item has one library file, and the
engines share one Soulseek search budget: slskd never sees two searches at once, nor more
searches per window than the budget allows."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from engine.bootstrap import Engine, EngineOptions, build_engine
from engine.secrets import MemorySecretStore
from tests.acquisition.conftest import Rig, configure
from tests.emulators.slskd import SlskdEmulator
from tests.reliability.audit import drained_audit, settle
from tests.reliability.conftest import CATALOGUE, FULL, album_ordered_tracks
from tests.reliability.engine_process import (
    RUNS_TABLE,
    create_runs_table,
    mark_jobs,
    spawn,
    stop,
)
from tests.support.results import record_result

TRACKS = 150 if FULL else 40
SETTLE_S = 600 if FULL else 120
#: A budget small enough that the engines together would exceed it if each kept its own, and
#: one search job per album, so the engines search at the same time.
BUDGET_COUNT, BUDGET_WINDOW_S = 1, 10
PIPELINE = {"download.pump_interval_s": 0.5, "retry.max_attempts": 4,
            "search.budget_count": BUDGET_COUNT, "search.budget_window_s": BUDGET_WINDOW_S,
            "download.search_batch": 10}
_ENQUEUE = "/api/v0/transfers/downloads/"
#: A short lease on purpose: on a loaded 2-core machine heartbeats run late and other engines
#: re-pick jobs that are still running; the job fence (engine/jobs/fence.py) must keep those
#: from running twice, and this test counts any overlap.
LEASE_S = 2.0
pytestmark = pytest.mark.timeout(SETTLE_S + 300)


async def test_three_engines_never_run_a_job_twice_or_fetch_a_file_twice(
        engine_factory, fresh_db_url: URL, slskd_emu, lrclib_emu, images_emu, music: Path,
        tmp_path: Path) -> None:
    store = MemorySecretStore()
    observer = await engine_factory(workers_enabled=False, secret_store=store)
    await configure(observer, slskd_emu, lrclib_emu, music, **PIPELINE)
    await create_runs_table(observer)
    rig = Rig(observer, slskd_emu, lrclib_emu, images_emu, music, CATALOGUE)
    log = tmp_path / "engines.log"
    secrets = {"slskd_api_key": slskd_emu.api_key}
    headless = [spawn(tmp_path / f"headless{n}", fresh_db_url, secrets, log, mark=True,
                      lease_s=LEASE_S) for n in range(2)]
    gui = await _gui_engine(fresh_db_url, tmp_path / "gui", store)
    try:
        await asyncio.sleep(2.0)  # every engine is up before the work arrives
        ids = await rig.want(album_ordered_tracks(TRACKS))
        states = await settle(observer, ids, SETTLE_S)
        result = await drained_audit(observer, ids, music)
    finally:
        await gui.stop()
        for process in headless:
            stop(process)
    overlaps, runs_by_engine = await _job_runs(observer)
    asked_twice = _files_asked_twice(slskd_emu)
    record_result("multi_engine_overlapping_runs", len(overlaps))
    record_result("multi_engine_files_asked_twice", len(asked_twice))
    concurrent = slskd_emu.concurrent_search_violations  # a search while another ran
    over_budget = slskd_emu.searches_over_budget(BUDGET_COUNT, BUDGET_WINDOW_S)
    record_result("multi_engine_search_budget_violations", concurrent + over_budget)
    record_result("multi_engine_searches", len(slskd_emu.search_starts))
    context = f"runs {dict(runs_by_engine)}; log {log}; {result.report()}"
    assert overlaps == [], (overlaps[:10], context)
    assert asked_twice == {}, (asked_twice, context)
    searches = f"{len(slskd_emu.search_starts)} searches, {len(slskd_emu.search_posts)} posts"
    assert (concurrent, over_budget) == (0, 0), (searches, context)
    assert set(states) <= {"done", "dead_letter"} and result.clean, context
    assert states["done"] >= 0.9 * len(ids), context
    assert len(runs_by_engine) == 3 and min(runs_by_engine.values()) > 0, context


async def _gui_engine(url: URL, home: Path, store: MemorySecretStore) -> Engine:
    """The window's engine role, in this process, its handlers marked like the others."""
    engine = build_engine(EngineOptions(
        dev_dir=str(home), database_url=url.render_as_string(False), secret_store=store,
        workers_enabled=True, lease_s=LEASE_S, heartbeat_interval_s=0.5, dequeue_timeout_s=0.25,
        role="gui"))
    mark_jobs(engine)
    await engine.start()
    return engine


async def _job_runs(observer: Engine) -> tuple[list[Any], Counter[str]]:
    """Pairs of runs of the same job (by id or dedupe key) whose time spans overlap."""
    assert observer.database is not None
    async with observer.database.session() as session:
        overlaps = (await session.execute(text(
            f"SELECT a.job_id, a.job_type, a.dedupe_key, a.engine_id, b.engine_id, "
            "a.started_at, a.finished_at, b.started_at, b.finished_at "
            f"FROM {RUNS_TABLE} a JOIN {RUNS_TABLE} b ON a.id < b.id "
            "AND (a.job_id = b.job_id OR a.dedupe_key = b.dedupe_key) "
            "AND a.started_at < coalesce(b.finished_at, 'infinity') "
            "AND b.started_at < coalesce(a.finished_at, 'infinity')"))).all()
        per_engine = (await session.execute(text(
            f"SELECT engine_id, count(*) FROM {RUNS_TABLE} GROUP BY engine_id"))).all()
    return [tuple(row) for row in overlaps], Counter({e: int(n) for e, n in per_engine})


def _files_asked_twice(slskd: SlskdEmulator) -> dict[tuple[str, str], int]:
    """Enqueue requests slskd received, per (peer, remote file)."""
    asked: Counter[tuple[str, str]] = Counter()
    for request in list(slskd.requests):
        if request.method == "POST" and request.path.startswith(_ENQUEUE):
            user = unquote(request.path[len(_ENQUEUE):].rstrip("/"))
            for file in request.json() or []:
                asked[(user, file.get("filename", ""))] += 1
    return {key: n for key, n in asked.items() if n > 1}
