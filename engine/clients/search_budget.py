"""A global Soulseek search budget: N searches per sliding window and at most one in flight.

Why: the Soulseek server bans clients that search too often, and slskd itself answers 429 to a
second concurrent search. Callers wait (never fail) until the budget allows them; a 429 from
slskd pushes the next slot back (:meth:`SearchBudget.hold_off`) so nobody hammers.

:class:`SearchBudget` keeps its window in this process: tests and benchmarks use it. Engines
use :class:`engine.clients.search_budget_shared.SharedSearchBudget`, whose window and single
flight live in PostgreSQL, so every engine on one database shares them. Both fit
:class:`Budget`, the interface callers rely on.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from typing import Protocol

DEFAULT_MAX_SEARCHES = 34
DEFAULT_WINDOW_S = 220.0

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class BudgetStatus:
    """What the status bar shows: searches left now and when the next one may start."""

    limit: int
    window_s: float
    remaining: int
    next_slot_in_s: float  # 0 when a search may start right now (ignoring the one in flight)
    in_flight: bool


class Budget(Protocol):
    """What searching code needs from a budget (in-process or shared by every engine)."""

    max_searches: int
    window_s: float

    def acquire(self) -> AbstractAsyncContextManager[None]:
        """Wait (never fail) for a free slot and the single flight; search inside the block."""
        ...

    async def hold_off(self, seconds: float) -> None:
        """slskd said 429: no search starts for ``seconds`` from now."""

    async def status(self) -> BudgetStatus: ...

    async def remaining(self) -> int: ...

    async def next_slot_at(self) -> float:
        """``time.monotonic()`` at which a new search may start (now or later)."""
        ...


class SearchBudget:
    """Sliding-window limiter plus a single-flight lock; ``clock``/``sleep`` are injectable."""

    def __init__(self, max_searches: int = DEFAULT_MAX_SEARCHES,
                 window_s: float = DEFAULT_WINDOW_S, *, clock: Clock = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        if max_searches < 1 or window_s <= 0:
            raise ValueError("a search budget needs at least one search per positive window")
        self.max_searches = max_searches
        self.window_s = window_s
        self._clock = clock
        self._sleep = sleep
        self._starts: deque[float] = deque()
        self._blocked_until = 0.0
        self._single_flight = asyncio.Lock()

    # -- reading --------------------------------------------------------------------------------
    def _prune(self, now: float) -> None:
        while self._starts and now - self._starts[0] >= self.window_s:
            self._starts.popleft()

    def _remaining(self) -> int:
        self._prune(self._clock())
        return self.max_searches - len(self._starts)

    def _next_slot_at(self) -> float:
        now = self._clock()
        self._prune(now)
        at = now
        if len(self._starts) >= self.max_searches:
            at = self._starts[0] + self.window_s
        return max(at, self._blocked_until)

    async def remaining(self) -> int:
        return self._remaining()

    async def next_slot_at(self) -> float:
        """Clock time at which a new search may start (now or later)."""
        return self._next_slot_at()

    async def status(self) -> BudgetStatus:
        return BudgetStatus(self.max_searches, self.window_s, self._remaining(),
                            max(0.0, self._next_slot_at() - self._clock()),
                            self._single_flight.locked())

    # -- using ----------------------------------------------------------------------------------
    async def hold_off(self, seconds: float) -> None:
        """slskd said 429: no search starts for ``seconds`` from now."""
        self._blocked_until = max(self._blocked_until, self._clock() + max(0.0, seconds))

    @asynccontextmanager
    async def acquire(self) -> AsyncIterator[None]:
        """Wait for a free slot and the single-flight lock; the search runs inside the block.

        The slot counts from the start, and once the block ends, from its end: slskd receives
        the search somewhere inside the block (after a 429 back-off, seconds late), and only
        the end is never earlier than that, so windows measured by slskd are never too full.
        """
        async with self._single_flight:
            while True:
                wait = self._next_slot_at() - self._clock()
                if wait <= 0:
                    break
                await self._sleep(wait)
            started = self._clock()
            self._starts.append(started)
            try:
                yield
            finally:
                if self._starts and self._starts[-1] == started:
                    self._starts[-1] = self._clock()
