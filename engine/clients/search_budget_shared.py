"""The Soulseek search budget shared by every engine on one database.

Several engines (the window's and headless ``harmony engine`` processes) may work on the same
PostgreSQL with the same Soulseek account. Each one limiting itself is not enough: together
they would search more often than the server tolerates, and in parallel. So the window and the
single flight live in the database (:mod:`engine.db.repositories.search_budget`), and this
class is the engine-side face of it, with :class:`~engine.clients.search_budget.Budget`'s
interface.

Waiting never fails: while the database is unreachable an acquire keeps trying (about once a
second) instead of searching unbudgeted, because a banned account hurts more than a late search.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from engine.clients.search_budget import BudgetStatus
from engine.db.repositories.search_budget import Flight, SearchBudgetLedger
from engine.errors import DatabaseError

log = logging.getLogger(__name__)

#: How long the status bar waits for the database before showing the last known numbers.
STATUS_TIMEOUT_S = 2.0


class SharedSearchBudget:
    """N searches per sliding window and one in flight, across every engine on the database."""

    def __init__(self, ledger: SearchBudgetLedger, max_searches: int, window_s: float, *,
                 engine_id: str = "", retry_s: float = 1.0) -> None:
        if max_searches < 1 or window_s <= 0:
            raise ValueError("a search budget needs at least one search per positive window")
        self.max_searches = max_searches
        self.window_s = float(window_s)
        self.engine_id = engine_id
        self._ledger = ledger
        self._retry_s = retry_s
        # One waiter per engine at the database; the others queue here, in order.
        self._local = asyncio.Lock()
        # This engine's own back-offs, honoured even when writing them to the database failed.
        self._blocked_until = 0.0
        self._last: BudgetStatus | None = None
        self._db_down = False

    # -- reading --------------------------------------------------------------------------------
    async def status(self) -> BudgetStatus:
        """The shared numbers (what every engine's status bar shows alike)."""
        try:
            state = await asyncio.wait_for(self._ledger.state(self.window_s), STATUS_TIMEOUT_S)
        except (DatabaseError, TimeoutError):
            return self._last or BudgetStatus(self.max_searches, self.window_s,
                                              self.max_searches, self._local_wait(),
                                              self._local.locked())
        self._last = BudgetStatus(
            self.max_searches, self.window_s, max(0, self.max_searches - len(state.ages_s)),
            max(state.wait_s(self.max_searches, self.window_s), self._local_wait()),
            state.in_flight)
        return self._last

    async def remaining(self) -> int:
        return (await self.status()).remaining

    async def next_slot_at(self) -> float:
        """``time.monotonic()`` at which a new search may start (now or later)."""
        return time.monotonic() + (await self.status()).next_slot_in_s

    def _local_wait(self) -> float:
        return max(0.0, self._blocked_until - time.monotonic())

    # -- using ----------------------------------------------------------------------------------
    async def hold_off(self, seconds: float) -> None:
        """slskd said 429: no engine starts a search for ``seconds`` from now."""
        self._blocked_until = max(self._blocked_until, time.monotonic() + max(0.0, seconds))
        try:
            await self._ledger.hold_off(seconds)
        except DatabaseError as exc:
            log.warning("search budget: could not share a back-off (%s)", exc.message)

    @asynccontextmanager
    async def acquire(self) -> AsyncIterator[None]:
        """Wait for a free slot and the flight; the search runs inside the block.

        The slot counts from the start, and once the block ends, from its end (see
        :meth:`engine.clients.search_budget.SearchBudget.acquire` for why).
        """
        async with self._local:
            flight = await self._board()
            try:
                yield
            finally:
                # Shielded: a cancelled search still ends its slot and hands the flight on.
                await asyncio.shield(flight.land())

    async def _board(self) -> Flight:
        """Take the flight and a slot, waiting as long as it takes."""
        while True:
            flight: Flight | None = None
            try:
                flight = await self._ledger.board(self.engine_id)
                while not await flight.take_turn():
                    pass  # another engine is searching; each try waits in PostgreSQL's queue
                while (wait := await flight.claim(self.max_searches, self.window_s,
                                                  self._local_wait())) > 0:
                    await asyncio.sleep(wait)
                self._note_database(up=True)
                return flight
            except DatabaseError as exc:
                self._note_database(up=False, reason=exc.message)
            except BaseException:
                if flight is not None:
                    flight.abandon()
                raise
            if flight is not None:
                flight.abandon()
            await asyncio.sleep(self._retry_s)

    def _note_database(self, *, up: bool, reason: str = "") -> None:
        if up and self._db_down:
            log.info("search budget: database reachable again; searches resume")
        elif not up and not self._db_down:
            log.warning("search budget: database unreachable (%s); searches wait", reason)
        self._db_down = not up
