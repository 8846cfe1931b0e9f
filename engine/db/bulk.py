"""Bulk writes through PostgreSQL's COPY inside the caller's SQLAlchemy transaction, and the array
parameter batch lookups use.

Why not SQLAlchemy's executemany: for a 10,000-row import, building and binding multi-row
INSERT statements cost ~1.5 s of CPU on the event loop (the window stalls while it runs). COPY
sends the rows in asyncpg's binary format instead: the rows are built as plain tuples (in a
worker thread by the caller), and the only work on the loop is asyncpg's encoder, in C.

Rows are copied in slices so the loop gets a turn between them; all slices run on the
session's own connection, so they commit or roll back with the rest of the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import asyncpg
from sqlalchemy import Text, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

#: rows per COPY call: asyncpg encodes a slice without yielding; 1,000 rows stay under ~3 ms.
COPY_SLICE = 1000


async def driver_connection(session: AsyncSession) -> asyncpg.Connection:
    """The asyncpg connection under the session's current transaction."""
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    return cast(asyncpg.Connection, raw.driver_connection)


async def reserve_ids(session: AsyncSession, table: str, count: int) -> list[int]:
    """``count`` new values of ``table``'s ``id`` sequence, in ascending order.

    COPY cannot return the ids it assigned, so rows get their ids before they are sent.
    """
    if count <= 0:
        return []
    connection = await driver_connection(session)
    rows = await connection.fetch(
        "SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2::int)",
        table, count)
    return sorted(int(row[0]) for row in rows)


async def copy_rows(session: AsyncSession, table: str, columns: Sequence[str],
                    rows: Sequence[tuple[Any, ...]]) -> None:
    """Append ``rows`` (tuples in ``columns`` order) to ``table`` with COPY ... FROM STDIN."""
    if not rows:
        return
    connection = await driver_connection(session)
    for first in range(0, len(rows), COPY_SLICE):
        await connection.copy_records_to_table(table, records=rows[first:first + COPY_SLICE],
                                               columns=list(columns))


def any_text(values: list[str]) -> Any:
    """``= ANY(:array)`` for batch lookups: one array parameter instead of 1,000 (PostgreSQL
    hashes it, so a freshly filled table the planner still thinks empty is not scanned per
    value)."""
    return any_(bindparam("values", values, type_=ARRAY(Text)))
