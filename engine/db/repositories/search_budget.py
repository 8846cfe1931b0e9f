"""The Soulseek search budget's shared state in PostgreSQL, so every engine on one database
draws from the same window and never searches while another one does.

* The single flight is a session advisory lock held on a connection of its own (a
  :class:`Flight`) for the whole search: when an engine dies, even by SIGKILL, its connection
  closes and PostgreSQL releases the lock. Waiters queue in PostgreSQL's lock queue (first come,
  first served) with a ``lock_timeout``, so a waiter that vanished leaves the queue within
  seconds too.
* The window is ``search_budget_slots``: one row per search, counted from its start while in
  flight and from its end afterwards. A row still open when the next engine takes the flight
  belongs to an engine that died mid-search; it is closed "now", the latest moment its search
  can have reached slskd.
* ``search_budget_hold_offs`` keeps slskd's last Retry-After for every engine.

Every time is the database's own clock, so engines on machines whose clocks disagree still
measure one window.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import asyncpg
from sqlalchemy.exc import SQLAlchemyError

from engine.db.session import Database, asyncpg_kwargs
from engine.errors import DatabaseError

log = logging.getLogger(__name__)

BUDGET = "soulseek"
#: The advisory lock's two keys: "Hrmy" and this budget's number. Advisory locks are per
#: database, so engines on other databases of the same server never meet here.
LOCK_KEYS = (0x48726D79, 1)
#: Rows older than this go (the window setting's maximum, so no engine's window loses rows).
KEEP_S = 3600.0
#: How long one wait in PostgreSQL's lock queue lasts before the waiter asks again.
LOCK_WAIT_S = 2.0
#: A dead peer (crashed host, cut cable) drops its connection, and so the flight, in ~1 min.
_SERVER_SETTINGS = {"tcp_keepalives_idle": "30", "tcp_keepalives_interval": "10",
                    "tcp_keepalives_count": "3", "application_name": "harmony-search-budget"}
_LOCK = f"{LOCK_KEYS[0]}, {LOCK_KEYS[1]}"
_COUNTED = "coalesce(ended_at, started_at)"
_STATE_SQL = f"""
SELECT array(SELECT extract(epoch FROM statement_timestamp() - {_COUNTED})::float8
             FROM search_budget_slots
             WHERE {_COUNTED} > statement_timestamp() - make_interval(secs => $1)
             ORDER BY 1 DESC) AS ages,
       coalesce((SELECT extract(epoch FROM until - statement_timestamp())::float8
                 FROM search_budget_hold_offs WHERE budget = $2), 0) AS blocked_s,
       EXISTS (SELECT 1 FROM pg_locks
               WHERE locktype = 'advisory' AND granted AND objsubid = 2
                 AND classid = {LOCK_KEYS[0]} AND objid = {LOCK_KEYS[1]}
                 AND database = (SELECT oid FROM pg_database
                                 WHERE datname = current_database())) AS in_flight
"""
_HOLD_OFF_SQL = """
INSERT INTO search_budget_hold_offs (budget, until)
VALUES ($1, statement_timestamp() + make_interval(secs => $2))
ON CONFLICT (budget) DO UPDATE
SET until = greatest(search_budget_hold_offs.until, excluded.until)
"""
_DB_ERRORS = (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError,
              SQLAlchemyError)


@dataclass(frozen=True, slots=True)
class LedgerState:
    """The shared window now: how long ago each slot still in it counts from, oldest first."""

    ages_s: tuple[float, ...]
    blocked_s: float  # slskd's back-off still to run (≤ 0: none)
    in_flight: bool  # some engine holds the single flight

    def wait_s(self, limit: int, window_s: float) -> float:
        """Seconds until a new search may start (0: now)."""
        wait = self.blocked_s
        if len(self.ages_s) >= limit:
            wait = max(wait, window_s - self.ages_s[len(self.ages_s) - limit])
        return max(0.0, wait)


def _state(row: Sequence[Any]) -> LedgerState:
    ages, blocked, in_flight = row
    return LedgerState(tuple(float(a) for a in ages or ()), float(blocked), bool(in_flight))


@contextmanager
def _unavailable() -> Iterator[None]:
    """A lost or unreachable database becomes the engine's DatabaseError (callers wait)."""
    try:
        yield
    except _DB_ERRORS as exc:
        raise DatabaseError(f"search budget: {type(exc).__name__}") from exc


class SearchBudgetLedger:
    """Reads and writes the shared budget; :meth:`board` opens a flight for one search."""

    def __init__(self, database: Database, *, budget: str = BUDGET) -> None:
        self._db = database
        self._budget = budget

    async def state(self, window_s: float) -> LedgerState:
        with _unavailable():
            async with self._db.engine.connect() as connection:
                result = await connection.exec_driver_sql(_STATE_SQL, (window_s, self._budget))
                return _state(tuple(result.one()))

    async def hold_off(self, seconds: float) -> None:
        with _unavailable():
            async with self._db.engine.begin() as connection:
                await connection.exec_driver_sql(_HOLD_OFF_SQL,
                                                 (self._budget, max(0.0, seconds)))

    async def board(self, engine_id: str, *, lock_wait_s: float = LOCK_WAIT_S) -> Flight:
        """A connection of its own for one search's flight (not yet holding it)."""
        settings = dict(_SERVER_SETTINGS, lock_timeout=str(max(1, int(lock_wait_s * 1000))))
        with _unavailable():
            connection = await asyncpg.connect(**asyncpg_kwargs(self._db.url), timeout=5,
                                               server_settings=settings)
        return Flight(connection, self._budget, engine_id)


class Flight:
    """One engine's turn: wait for the advisory lock, claim a slot, land (end the slot)."""

    def __init__(self, connection: asyncpg.Connection, budget: str, engine_id: str) -> None:
        self._connection = connection
        self._budget = budget
        self._engine_id = engine_id[:64]
        self.slot_id: int | None = None

    @property
    def backend_pid(self) -> int:
        return int(self._connection.get_server_pid())

    async def take_turn(self) -> bool:
        """Wait (up to the lock timeout) for the single flight; True once it is ours."""
        with _unavailable():
            try:
                await self._connection.execute(f"SELECT pg_advisory_lock({_LOCK})")
            except asyncpg.LockNotAvailableError:
                return False
        return True

    async def claim(self, limit: int, window_s: float, not_before_s: float = 0.0) -> float:
        """Holding the flight: start a slot now and return 0, or return how long to wait."""
        connection = self._connection
        with _unavailable():
            async with connection.transaction():
                # Only the holder writes slots, so an open one here is a dead engine's.
                await connection.execute("UPDATE search_budget_slots SET ended_at = "
                                         "statement_timestamp() WHERE ended_at IS NULL")
                await connection.execute(
                    f"DELETE FROM search_budget_slots WHERE {_COUNTED} < "
                    "statement_timestamp() - make_interval(secs => $1)", max(KEEP_S, window_s))
                state = _state(await connection.fetchrow(_STATE_SQL, window_s, self._budget))
                wait = max(state.wait_s(limit, window_s), not_before_s)
                if wait > 0:
                    return wait
                self.slot_id = await connection.fetchval(
                    "INSERT INTO search_budget_slots (engine_id, started_at) "
                    "VALUES ($1, clock_timestamp()) RETURNING id", self._engine_id)
        return 0.0

    async def land(self) -> None:
        """The search is over: its slot counts from now; the flight goes to the next engine."""
        try:
            with _unavailable():
                if self.slot_id is not None:
                    await self._connection.execute("UPDATE search_budget_slots SET ended_at = "
                                                   "clock_timestamp() WHERE id = $1", self.slot_id)
                await self._connection.execute(f"SELECT pg_advisory_unlock({_LOCK})")
                await self._connection.close(timeout=5)
        except DatabaseError as exc:  # closing the connection frees the flight all the same
            log.info("search budget: could not land cleanly (%s)", exc)
            self.abandon()

    def abandon(self) -> None:
        """Drop the connection at once (cancelled or broken): PostgreSQL frees the lock."""
        if not self._connection.is_closed():
            self._connection.terminate()
