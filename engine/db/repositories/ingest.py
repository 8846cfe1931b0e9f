"""Import jobs and their items (``ingest_jobs``/``ingest_items``), plus the batched wanted-item
upsert that lets a 10,000-row import run in one transaction without 40,000 round trips.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from engine.db.base import utcnow
from engine.db.bulk import any_text, copy_rows, reserve_ids
from engine.db.repositories.wanted import (
    DURATION_TOLERANCE_MS,
    NewWantedItem,
    UpsertResult,
    WantedItems,
    WantedItemView,
    match_key,
    view,
)
from engine.db.repositories.wanted_merge import merge_existing
from engine.db.session import Database
from engine.db.tables import ActivityEvent, IngestItem, IngestJob, PlaylistItem, WantedItem

#: States in which backfill may still fill metadata (not while a download runs or after).
BACKFILL_STATES = ("new", "searching", "matched", "failed", "dead_letter")
CHUNK = 1000  # values per IN (...) / ANY(array) lookup
#: COPY column orders (``_wanted_records`` / ``_ingest_records`` build tuples in this order).
WANTED_COLUMNS = ("id", "title", "artists", "album", "album_artist", "duration_ms",
                  "track_number", "track_total", "disc_number", "disc_total", "release_date",
                  "isrc", "spotify_track_id", "spotify_album_id", "spotify_artist_ids",
                  "cover_url", "genre", "copyright", "match_key", "sources", "state",
                  "priority", "backfilled", "last_error", "library_path", "created_at",
                  "updated_at")
INGEST_COLUMNS = ("job_id", "kind", "payload", "wanted_item_id", "state", "error")


@dataclass(frozen=True)
class PendingLink:
    """A Spotify link an import kept for backfill to expand (track, album or playlist)."""

    item_id: int
    job_id: int
    kind: str
    spotify_id: str
    file: str


@dataclass(frozen=True)
class JobCounts:
    accepted: int
    rejected: int
    duplicates: int
    links: int


class IngestRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- import jobs -------------------------------------------------------------------------
    @staticmethod
    async def create_job(session: AsyncSession, source: str, counts: JobCounts,
                         summary: dict[str, Any]) -> int:
        job = IngestJob(source=source, state="completed", accepted=counts.accepted,
                        rejected=counts.rejected, duplicates=counts.duplicates,
                        links=counts.links, summary=summary)
        session.add(job)
        await session.flush()
        return int(job.id)

    @staticmethod
    async def add_items(session: AsyncSession, records: Sequence[tuple[Any, ...]]) -> None:
        """Many ``ingest_items`` at once: tuples in ``INGEST_COLUMNS`` order (payload as JSON
        text), built by the caller off the event loop."""
        await copy_rows(session, "ingest_items", INGEST_COLUMNS, records)

    async def pending_links(self, limit: int = 100) -> list[PendingLink]:
        query = (select(IngestItem).where(IngestItem.kind == "link",
                                          IngestItem.state == "pending")
                 .order_by(IngestItem.id).limit(limit))
        async with self._db.session() as session:
            rows = (await session.scalars(query)).all()
        return [PendingLink(row.id, row.job_id, str(row.payload.get("kind")),
                            str(row.payload.get("spotify_id")), str(row.payload.get("file", "")))
                for row in rows]

    async def count_pending_links(self) -> int:
        async with self._db.session() as session:
            return int(await session.scalar(select(func.count()).select_from(IngestItem).where(
                IngestItem.kind == "link", IngestItem.state == "pending")) or 0)

    async def finish_link(self, item_id: int, state: str, *, error: str | None = None,
                          expanded: int = 0) -> None:
        async with self._db.session() as session:
            row = await session.get(IngestItem, item_id)
            if row is not None:
                row.state = state
                row.error = error
                row.payload = {**row.payload, "expanded": expanded}

    async def job_state(self, job_id: int) -> dict[str, int]:
        """How many items of a job are in each (kind, state): for tests and the log view."""
        async with self._db.session() as session:
            rows = (await session.execute(
                select(IngestItem.kind, IngestItem.state, func.count())
                .where(IngestItem.job_id == job_id)
                .group_by(IngestItem.kind, IngestItem.state))).all()
        return {f"{kind}:{state}": int(count) for kind, state, count in rows}

    async def last_activity_at(self, type_: str, action: str) -> Any:
        """When the newest activity event of ``type_`` with ``details.action`` was written."""
        async with self._db.session() as session:
            return await session.scalar(
                select(ActivityEvent.created_at)
                .where(ActivityEvent.type == type_,
                       ActivityEvent.details["action"].astext == action)
                .order_by(ActivityEvent.id.desc()).limit(1))

    # -- wanted items ------------------------------------------------------------------------
    async def refresh_statistics(self) -> None:
        """ANALYZE after a big import: with the planner still believing the tables empty, the
        next import's lookups were 20x slower until autovacuum caught up."""
        async with self._db.session() as session:
            for table in ("wanted_items", "playlist_items", "ingest_items"):
                await session.execute(text(f"ANALYZE {table}"))

    async def already_wanted(self, items: Sequence[NewWantedItem]) -> list[bool]:
        """For each item: does an existing wanted item name the same recording?"""
        async with self._db.session() as session:
            return await existing_matches(session, items)


async def existing_matches(session: AsyncSession, items: Sequence[NewWantedItem]) -> list[bool]:
    """The wanted-items identity rule (Spotify ID, ISRC, name ± 3 s) answered in a few queries."""
    ids = {i.spotify_track_id for i in items if i.spotify_track_id}
    isrcs = {i.isrc.upper() for i in items if i.isrc}
    keys = {match_key(i.artists, i.title) for i in items}
    known_ids = await _present(session, WantedItem.spotify_track_id, ids)
    known_isrcs = await _present(session, WantedItem.isrc, isrcs)
    by_key: dict[str, list[tuple[str | None, str | None, int | None]]] = {}
    for chunk in _chunks(sorted(keys)):
        rows = (await session.execute(select(
            WantedItem.match_key, WantedItem.spotify_track_id, WantedItem.isrc,
            WantedItem.duration_ms).where(WantedItem.match_key == any_text(chunk)))).all()
        for key, spotify_id, isrc, duration in rows:
            by_key.setdefault(key, []).append((spotify_id, isrc, duration))
    return [bool(item.spotify_track_id in known_ids
                 or (item.isrc and item.isrc.upper() in known_isrcs)
                 or any(_compatible(row, item)
                        for row in by_key.get(match_key(item.artists, item.title), ())))
            for item in items]


async def upsert_wanted_batched(session: AsyncSession, wanted: WantedItems,
                                items: Sequence[NewWantedItem]) -> UpsertResult:
    """Same result as ``wanted.upsert_many(items, session=session)``, but recordings that are new
    to the database (and to the batch) go in by COPY, merges are answered in a few queries
    (``wanted_merge``); only items that name no row after all (a same-named recording of
    another length) take the repository's row-by-row path, inside the same transaction."""
    known = await existing_matches(session, items)
    fresh, later = _split_fresh(items, known)
    ids: list[int | None] = [None] * len(items)
    fresh_ids = await _insert_fresh(session, [items[i] for i in fresh])
    for index, new_id in zip(fresh, fresh_ids, strict=True):
        ids[index] = new_id
    merged = await merge_existing(session, items, later, ids)
    rest = [i for i in later if ids[i] is None]
    slow = await wanted.upsert_many([items[i] for i in rest], session=session) if rest \
        else UpsertResult()
    for index, item_id in zip(rest, slow.ids, strict=True):
        ids[index] = item_id
    return UpsertResult(tuple(fresh_ids) + slow.created,
                        tuple(dict.fromkeys([*merged, *slow.merged])),
                        tuple(int(i) for i in ids if i is not None))


def _split_fresh(items: Sequence[NewWantedItem], known: list[bool]
                 ) -> tuple[list[int], list[int]]:
    """Indexes safe to bulk-insert, and the rest (existing, or sharing a key with a fresh one)."""
    seen: set[str] = set()
    fresh: list[int] = []
    later: list[int] = []
    for index, (item, exists) in enumerate(zip(items, known, strict=True)):
        keys = {f"k:{match_key(item.artists, item.title)}"}
        if item.spotify_track_id:
            keys.add(f"s:{item.spotify_track_id}")
        if item.isrc:
            keys.add(f"i:{item.isrc.upper()}")
        if exists or keys & seen:
            later.append(index)
        else:
            fresh.append(index)
        seen |= keys
    return fresh, later


async def _insert_fresh(session: AsyncSession, items: Sequence[NewWantedItem]) -> list[int]:
    """New rows by COPY, their ids reserved first (COPY returns nothing)."""
    ids = await reserve_ids(session, "wanted_items", len(items))
    records = await asyncio.get_running_loop().run_in_executor(
        None, _wanted_records, items, ids, utcnow())
    await copy_rows(session, "wanted_items", WANTED_COLUMNS, records)
    return ids


def _wanted_records(items: Sequence[NewWantedItem], ids: Sequence[int], now: datetime
                    ) -> list[tuple[Any, ...]]:
    """New rows in ``WANTED_COLUMNS`` order, with the values the wanted-items repository
    gives a new row."""
    return [(new_id, item.title, list(item.artists), item.album, item.album_artist,
             item.duration_ms, item.track_number, item.track_total, item.disc_number,
             item.disc_total, item.release_date, item.isrc.upper() if item.isrc else None,
             item.spotify_track_id, item.spotify_album_id, list(item.spotify_artist_ids),
             item.cover_url, item.genre, item.copyright, match_key(item.artists, item.title),
             [item.source], "new", item.priority, bool(item.spotify_track_id), None, None,
             now, now)
            for new_id, item in zip(ids, items, strict=True)]


def _compatible(row: tuple[str | None, str | None, int | None], item: NewWantedItem) -> bool:
    spotify_id, isrc, duration = row
    if spotify_id and item.spotify_track_id and spotify_id != item.spotify_track_id:
        return False
    if isrc and item.isrc and isrc != item.isrc.upper():
        return False
    if duration and item.duration_ms:
        return abs(duration - item.duration_ms) <= DURATION_TOLERANCE_MS
    return True


async def _present(session: AsyncSession, column: Any, values: set[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(sorted(values)):
        found.update(str(v) for v in (await session.scalars(
            select(column).where(column == any_text(chunk)))).all())
    return found



def _chunks(values: list[Any], size: int = CHUNK) -> list[list[Any]]:
    return [values[start:start + size] for start in range(0, len(values), size)]



class BackfillRepository:
    """Which wanted items still lack Spotify metadata, and folding a duplicate into its twin."""

    def __init__(self, database: Database) -> None:
        self._db = database

    async def candidates(self, limit: int) -> list[WantedItemView]:
        """Oldest first: items without a Spotify ID that backfill has not looked at yet."""
        query = (select(WantedItem)
                 .where(WantedItem.spotify_track_id.is_(None),
                        WantedItem.backfilled.is_(False),
                        WantedItem.state.in_(BACKFILL_STATES))
                 .order_by(WantedItem.id).limit(limit))
        async with self._db.session() as session:
            return [view(row) for row in (await session.scalars(query)).all()]

    async def count_candidates(self) -> int:
        async with self._db.session() as session:
            return int(await session.scalar(
                select(func.count()).select_from(WantedItem).where(
                    WantedItem.spotify_track_id.is_(None), WantedItem.backfilled.is_(False),
                    WantedItem.state.in_(BACKFILL_STATES))) or 0)

    async def holder_of(self, spotify_track_id: str) -> int | None:
        async with self._db.session() as session:
            found = await session.scalar(select(WantedItem.id).where(
                WantedItem.spotify_track_id == spotify_track_id))
            return int(found) if found is not None else None

    async def fold_into(self, duplicate_id: int, target_id: int) -> None:
        """Backfill found that ``duplicate_id`` is ``target_id``'s recording: the target takes
        over its sources, playlist positions and import rows; the duplicate is marked done with
        backfill (its state change is the caller's, so it is logged and announced)."""
        async with self._db.session() as session:
            duplicate = await session.get(WantedItem, duplicate_id, with_for_update=True)
            target = await session.get(WantedItem, target_id, with_for_update=True)
            if duplicate is None or target is None:
                return
            target.sources = list(dict.fromkeys([*(target.sources or []),
                                                 *(duplicate.sources or [])]))
            duplicate.backfilled = True
            await session.execute(text(
                "INSERT INTO playlist_items (playlist_id, wanted_item_id, position, removed_at,"
                " added_at) SELECT playlist_id, :target, position, removed_at, added_at"
                " FROM playlist_items WHERE wanted_item_id = :duplicate"
                " ON CONFLICT (playlist_id, wanted_item_id) DO NOTHING"),
                {"target": target_id, "duplicate": duplicate_id})
            await session.execute(delete(PlaylistItem).where(
                PlaylistItem.wanted_item_id == duplicate_id))
            await session.execute(update(IngestItem).where(
                IngestItem.wanted_item_id == duplicate_id).values(wanted_item_id=target_id))
