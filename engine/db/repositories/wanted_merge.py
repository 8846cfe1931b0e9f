"""Merging a batch of wanted items into rows that already exist, in a few queries.

The wanted-items repository finds an item's row one query at a time (Spotify ID, then ISRC,
then normalised artist + title with a compatible duration). Re-importing a 5,000-row list that
way took ~5 s; here every row a batch could name is loaded at once (locked, in slices) and the
same identity rule is answered from memory. A merged row is indexed again afterwards: it may
have gained the ISRC or Spotify ID a later item of the batch is known by.

Rows are plain records, not ORM objects, and changed ones are written with one cached UPDATE
run as an executemany: thousands of ORM objects in the session made its flush and commit
hold the event loop for ~0.2 s (a visible window stall).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from engine.db.base import utcnow
from engine.db.bulk import any_text
from engine.db.repositories.wanted import _MERGEABLE, NewWantedItem, match_key, merge_into
from engine.db.repositories.wanted import _compatible as compatible
from engine.db.tables import WantedItem

#: values per lookup and rows per write: each step stays near 10 ms of event loop
SLICE = 250
#: what merging may change (``merge_into``), besides the identity columns it reads
CHANGEABLE = (*_MERGEABLE, "spotify_artist_ids", "sources", "priority", "state")
LOADED = ("id", "match_key", *CHANGEABLE)
Row = SimpleNamespace  # a wanted item's LOADED columns, merged in memory


class KnownRows:
    """Loaded rows indexed by the three identities, lowest id first."""

    def __init__(self) -> None:
        self.by_spotify_id: dict[str, Row] = {}
        self.by_isrc: dict[str, Row] = {}
        self.by_key: dict[str, list[Row]] = {}

    def add(self, row: Row) -> None:
        if row.spotify_track_id:
            self.by_spotify_id.setdefault(row.spotify_track_id, row)
        if row.isrc:
            self.by_isrc.setdefault(row.isrc, row)
        same_key = self.by_key.setdefault(row.match_key, [])
        if all(other is not row for other in same_key):
            same_key.append(row)

    def find(self, item: NewWantedItem) -> Row | None:
        """The repository's identity rule: Spotify ID, then ISRC, then a compatible name."""
        if item.spotify_track_id and item.spotify_track_id in self.by_spotify_id:
            return self.by_spotify_id[item.spotify_track_id]
        if item.isrc and item.isrc.upper() in self.by_isrc:
            return self.by_isrc[item.isrc.upper()]
        for row in self.by_key.get(match_key(item.artists, item.title), ()):
            if compatible(row, item):
                return row
        return None


async def merge_existing(session: AsyncSession, items: Sequence[NewWantedItem],
                         indexes: Sequence[int], ids: list[int | None]) -> list[int]:
    """Merge ``items[i]`` for ``i`` in ``indexes`` into the row it names, if any; fills
    ``ids[i]`` and returns the merged row ids (items naming no row keep ``None``)."""
    known = KnownRows()
    rows = await _load(session, [items[i] for i in indexes])
    for row in sorted(rows, key=lambda r: r.id):
        known.add(row)
    before = {row.id: _changeable(row) for row in rows}
    merged: list[int] = []
    for count, index in enumerate(indexes, start=1):
        row = known.find(items[index])
        if row is not None:
            merge_into(row, items[index])  # type: ignore[arg-type]  # duck-typed like a row
            known.add(row)
            ids[index] = int(row.id)
            merged.append(int(row.id))
        if count % SLICE == 0:
            await asyncio.sleep(0)  # let the window paint between slices
    await _write_changes(session, [row for row in rows if _changeable(row) != before[row.id]])
    return merged


def _changeable(row: Row) -> tuple[Any, ...]:
    return tuple(_frozen(getattr(row, name)) for name in CHANGEABLE)


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


async def _write_changes(session: AsyncSession, rows: Sequence[Row]) -> None:
    now = utcnow()
    for first in range(0, len(rows), SLICE):
        parameters = [{"row_id": row.id, "updated_at": now,
                       **{name: getattr(row, name) for name in CHANGEABLE}}
                      for row in rows[first:first + SLICE]]
        await session.execute(UPDATE_MERGED, parameters)


UPDATE_MERGED = (update(WantedItem.__table__)
                 .where(WantedItem.__table__.c.id == bindparam("row_id"))
                 .values({name: bindparam(name) for name in (*CHANGEABLE, "updated_at")}))


async def _load(session: AsyncSession, items: Sequence[NewWantedItem]) -> list[Row]:
    spotify_ids = {i.spotify_track_id for i in items if i.spotify_track_id}
    isrcs = {i.isrc.upper() for i in items if i.isrc}
    keys = {match_key(i.artists, i.title) for i in items}
    columns = [getattr(WantedItem, name) for name in LOADED]
    rows: dict[int, Row] = {}
    for column, values in ((WantedItem.spotify_track_id, spotify_ids),
                           (WantedItem.isrc, isrcs), (WantedItem.match_key, keys)):
        ordered = sorted(values)
        for first in range(0, len(ordered), SLICE):
            query = (select(*columns).where(column == any_text(ordered[first:first + SLICE]))
                     .with_for_update())
            for found in (await session.execute(query)).all():
                if found.id not in rows:
                    rows[found.id] = Row(**dict(zip(LOADED, found, strict=True)))
    return list(rows.values())

