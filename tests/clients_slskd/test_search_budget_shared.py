"""The search budget every engine on one database shares: each budget below has its own
Database (its own pool and connections), as two engine processes would. Together they never
have two searches in flight, never start more than N per window, honour each other's 429
back-offs, and an engine that dies mid-search (connection terminated, process SIGKILLed) does
not keep the budget."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from engine.clients.search_budget_shared import SharedSearchBudget
from engine.clients.slskd import SlskdClient
from engine.clients.slskd_search import SearchOptions
from engine.db.repositories.search_budget import LOCK_KEYS, SearchBudgetLedger
from engine.db.session import Database
from tests.clients_slskd.conftest import first_track, query_for
from tests.clients_slskd.test_search_budget import max_in_window
from tests.emulators.slskd import SlskdEmulator

LIMIT, WINDOW_S = 3, 1.5
ROOT = Path(__file__).resolve().parents[2]
#: Guards against a hang only (a budget that never lets go fails the test instead of stalling).
GUARD_S = 30.0

MakeBudget = Callable[..., SharedSearchBudget]


@pytest.fixture
async def make_budget(fresh_db_url: URL) -> AsyncIterator[MakeBudget]:
    """A budget as one engine builds it: its own Database on the shared test database."""
    opened: list[Database] = []

    def make(engine_id: str, limit: int = LIMIT, window_s: float = WINDOW_S,
             url: URL = fresh_db_url) -> SharedSearchBudget:
        database = Database(url, kind="server")
        opened.append(database)
        return SharedSearchBudget(SearchBudgetLedger(database), limit, window_s,
                                  engine_id=engine_id)

    yield make
    for database in opened:
        await database.dispose()


@dataclass
class Recorder:
    """Every search's (engine, start, end) as seen inside the budget's block."""

    spans: list[tuple[str, float, float]] = field(default_factory=list)
    in_flight: int = 0
    worst: int = 0

    async def search(self, budget: SharedSearchBudget, work_s: float = 0.05) -> None:
        async with budget.acquire():
            self.in_flight += 1
            self.worst = max(self.worst, self.in_flight)
            started = time.monotonic()
            await asyncio.sleep(work_s)
            self.in_flight -= 1
            self.spans.append((budget.engine_id, started, time.monotonic()))


async def _admin(url: URL, sql: str) -> list[tuple[object, ...]]:
    database = Database(url, kind="server")
    try:
        async with database.session() as session:
            result = await session.execute(text(sql))
            return [tuple(row) for row in result.all()] if result.returns_rows else []
    finally:
        await database.dispose()


_FLIGHT_HOLDER = ("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
                  f"AND classid = {LOCK_KEYS[0]} AND objid = {LOCK_KEYS[1]}")


async def test_two_engines_share_one_window_and_one_flight(make_budget: MakeBudget) -> None:
    one, two = make_budget("engine-one"), make_budget("engine-two")
    recorder = Recorder()
    await asyncio.wait_for(asyncio.gather(*(recorder.search(budget) for budget in (one, two)
                                            for _ in range(4))), GUARD_S)
    spans = sorted(recorder.spans, key=lambda span: span[1])
    assert len(spans) == 8
    assert recorder.worst == 1
    assert all(later[1] >= earlier[2] for earlier, later in pairwise(spans))
    assert max_in_window([start for _, start, _ in spans], WINDOW_S) == LIMIT
    # Neither engine starves: the flight goes back and forth, not one engine's queue first.
    assert {engine for engine, _, _ in spans[:4]} == {"engine-one", "engine-two"}


async def test_every_engine_reports_the_shared_numbers(make_budget: MakeBudget) -> None:
    one, two = make_budget("engine-one"), make_budget("engine-two")
    for _ in range(2):
        async with one.acquire():
            status = await two.status()
            assert status.in_flight and status.remaining <= LIMIT - 1
    status = await two.status()
    assert (status.limit, status.window_s, status.remaining) == (LIMIT, WINDOW_S, LIMIT - 2)
    assert not status.in_flight and status.next_slot_in_s == 0
    async with two.acquire():
        pass
    status = await one.status()
    assert status.remaining == 0 and 0 < status.next_slot_in_s <= WINDOW_S
    assert await one.remaining() == 0
    assert await two.next_slot_at() > time.monotonic()


async def test_a_back_off_from_one_engine_delays_the_other(make_budget: MakeBudget) -> None:
    one, two = make_budget("engine-one", limit=10), make_budget("engine-two", limit=10)
    asked = time.monotonic()
    await one.hold_off(1.0)
    assert (await two.status()).next_slot_in_s > 0.5
    recorder = Recorder()
    await asyncio.wait_for(recorder.search(two), GUARD_S)
    assert recorder.spans[0][1] - asked >= 1.0 - 0.02  # clocks: monotonic vs the database's


async def test_a_terminated_connection_frees_the_flight(make_budget: MakeBudget,
                                                         fresh_db_url: URL) -> None:
    one, two = make_budget("engine-one"), make_budget("engine-two")
    async with one.acquire():
        [(holder,)] = await _admin(fresh_db_url, _FLIGHT_HOLDER)
        waiting = asyncio.create_task(Recorder().search(two))
        await asyncio.sleep(0.3)
        assert not waiting.done(), "the second engine waits while the first searches"
        await _admin(fresh_db_url, f"SELECT pg_terminate_backend({holder})")
        await asyncio.wait_for(waiting, GUARD_S)
    # The first engine's search still counts; the second engine closed its slot for it.
    rows = await _admin(fresh_db_url, "SELECT engine_id, ended_at IS NOT NULL "
                                      "FROM search_budget_slots ORDER BY id")
    assert rows == [("engine-one", True), ("engine-two", True)]
    async with one.acquire():  # the first engine's budget works again on a new connection
        assert (await two.status()).remaining == LIMIT - 3


_DOOMED_ENGINE = """
import asyncio, sys
from sqlalchemy.engine import make_url
from engine.clients.search_budget_shared import SharedSearchBudget
from engine.db.repositories.search_budget import SearchBudgetLedger
from engine.db.session import Database

async def main() -> None:
    ledger = SearchBudgetLedger(Database(make_url(sys.argv[1]), kind="server"))
    async with SharedSearchBudget(ledger, 3, 60, engine_id="doomed").acquire():
        print("searching", flush=True)
        await asyncio.sleep(600)

asyncio.run(main())
"""


async def test_an_engine_killed_mid_search_does_not_keep_the_budget(
        make_budget: MakeBudget, fresh_db_url: URL) -> None:
    doomed = subprocess.Popen([sys.executable, "-c", _DOOMED_ENGINE,
                               fresh_db_url.render_as_string(hide_password=False)],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        line = await asyncio.wait_for(asyncio.to_thread(doomed.stdout.readline), GUARD_S)  # type: ignore[union-attr]
        assert line.strip() == "searching"
        survivor = make_budget("survivor", window_s=60)
        assert (await survivor.status()).in_flight
        doomed.send_signal(signal.SIGKILL)
        async with asyncio.timeout(GUARD_S):
            async with survivor.acquire():
                status = await survivor.status()
        assert status.remaining == 1  # the dead engine's search and this one
    finally:
        doomed.kill()
        doomed.wait()


async def test_a_cancelled_waiter_leaves_the_queue(make_budget: MakeBudget) -> None:
    one, two, three = (make_budget(name) for name in ("one", "two", "three"))
    async with one.acquire():
        waiting = asyncio.create_task(Recorder().search(two))
        await asyncio.sleep(0.3)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
    recorder = Recorder()
    await asyncio.wait_for(recorder.search(three), GUARD_S)
    assert [engine for engine, _, _ in recorder.spans] == ["three"]


async def test_an_unreachable_database_makes_searches_wait_not_fail(
        make_budget: MakeBudget, fresh_db_url: URL) -> None:
    cut_off = make_budget("cut-off", url=fresh_db_url.set(host="127.0.0.1", port=9))
    status = await cut_off.status()  # the status bar still gets numbers
    assert (status.limit, status.remaining) == (LIMIT, LIMIT)
    waiting = asyncio.create_task(Recorder().search(cut_off))
    await asyncio.sleep(1.5)
    assert not waiting.done()
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting


async def test_slskd_sees_one_search_at_a_time_from_two_engines(
        make_budget: MakeBudget, emulator: SlskdEmulator) -> None:
    query = query_for(emulator, first_track(emulator))
    long_enough = SearchOptions(search_timeout_ms=50_000)  # 0.2 s each at the emulator's scale
    clients = [SlskdClient(emulator.url, emulator.api_key, timeout_s=2.0,
                           budget=make_budget(name)) for name in ("engine-one", "engine-two")]
    try:
        await asyncio.wait_for(asyncio.gather(*(
            client.search(query, timeout_s=2.0, poll_interval_s=0.005, options=long_enough)
            for client in clients for _ in range(3))), GUARD_S)
    finally:
        for client in clients:
            await client.aclose()
    assert len(emulator.search_starts) == 6
    assert emulator.concurrent_search_violations == 0
    assert emulator.max_searches_in_window(WINDOW_S) <= LIMIT
