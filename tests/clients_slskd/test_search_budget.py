"""The in-process search budget (tests, benchmarks): never more than N starts per window, never
two in flight. The budget engines share through the database: test_search_budget_shared.py."""

from __future__ import annotations

import asyncio
import time

import pytest

from engine.clients.search_budget import SearchBudget


class FakeClock:
    """A clock that only moves when someone sleeps on it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


def max_in_window(starts: list[float], window: float) -> int:
    starts = sorted(starts)
    best, left = 0, 0
    for right, moment in enumerate(starts):
        while moment - starts[left] >= window:
            left += 1
        best = max(best, right - left + 1)
    return best


async def burst(budget: SearchBudget, clock: object, count: int, work_s: float,
                sleep: object) -> tuple[list[float], int]:
    starts: list[float] = []
    in_flight = 0
    worst = 0

    async def one_search() -> None:
        nonlocal in_flight, worst
        async with budget.acquire():
            in_flight += 1
            worst = max(worst, in_flight)
            starts.append(clock())  # type: ignore[operator]
            await sleep(work_s)  # type: ignore[operator]
            in_flight -= 1

    await asyncio.gather(*(one_search() for _ in range(count)))
    return starts, worst


async def test_default_budget_holds_under_a_burst_of_100_on_a_fake_clock() -> None:
    clock = FakeClock()
    budget = SearchBudget(clock=clock, sleep=clock.sleep)
    assert (budget.max_searches, budget.window_s) == (34, 220.0)
    starts, worst = await burst(budget, clock, 100, 0.5, clock.sleep)
    assert len(starts) == 100
    assert worst == 1
    assert max_in_window(starts, 220.0) == 34
    # 100 searches need two full windows of waiting, not more.
    assert 440.0 <= starts[-1] - starts[0] < 441.0 + 100 * 0.5


async def test_small_real_window_holds_under_a_burst_of_100() -> None:
    budget = SearchBudget(5, 0.1)
    began = time.monotonic()
    starts, worst = await burst(budget, time.monotonic, 100, 0.0, asyncio.sleep)
    assert worst == 1
    assert max_in_window(starts, 0.1) <= 5
    assert time.monotonic() - began >= 19 * 0.1  # 100 / 5 windows, the first one free


async def test_status_reports_remaining_and_next_slot() -> None:
    clock = FakeClock()
    budget = SearchBudget(2, 10.0, clock=clock, sleep=clock.sleep)
    status = await budget.status()
    assert status.remaining == 2 and status.next_slot_in_s == 0
    for _ in range(2):
        async with budget.acquire():
            assert (await budget.status()).in_flight
    clock.now += 3
    status = await budget.status()
    assert (status.remaining, status.next_slot_in_s, status.in_flight) == (0, 7.0, False)
    assert await budget.next_slot_at() == clock.now + 7.0
    clock.now += 7
    assert await budget.remaining() == 2


async def test_hold_off_delays_the_next_search() -> None:
    clock = FakeClock()
    budget = SearchBudget(10, 10.0, clock=clock, sleep=clock.sleep)
    await budget.hold_off(4.0)
    assert (await budget.status()).next_slot_in_s == 4.0
    began = clock.now
    async with budget.acquire():
        assert clock.now - began == pytest.approx(4.0)


def test_budget_refuses_nonsense_limits() -> None:
    with pytest.raises(ValueError):
        SearchBudget(0, 10)
