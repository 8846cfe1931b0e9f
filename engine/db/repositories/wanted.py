"""Wanted items: one row per recording, de-duplicated across every source.

Identity order: Spotify track ID, then ISRC, then normalised artist + title with durations within
±3 s. Merging fills missing fields and unions the sources; it never overwrites known values.
Every state change writes an activity event and announces :class:`WantedItemChanged`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from engine.activity import ActivityLog
from engine.db.session import Database
from engine.db.tables import WantedItem
from engine.domain.models import TrackQuery
from engine.events import EventBus, WantedItemChanged
from engine.matching.normalize import normalize

STATES = ("new", "searching", "matched", "downloading", "done", "owned", "failed",
          "dead_letter", "removed")
ACTIVE_STATES = ("new", "searching", "matched", "downloading", "failed")
DURATION_TOLERANCE_MS = 3000
_MERGEABLE = ("album", "album_artist", "duration_ms", "track_number", "track_total",
              "disc_number", "disc_total", "release_date", "isrc", "spotify_track_id",
              "spotify_album_id", "cover_url", "genre", "copyright")


def match_key(artists: Sequence[str], title: str) -> str:
    """Normalised "artist|title" used to recognise the same recording from free-text sources."""
    primary = normalize(artists[0]) if artists else ""
    return f"{primary}|{normalize(title)}"


@dataclass(frozen=True)
class NewWantedItem:
    """What a source knows about a recording it wants."""

    title: str
    artists: tuple[str, ...]
    source: str
    album: str | None = None
    album_artist: str | None = None
    duration_ms: int | None = None
    track_number: int | None = None
    track_total: int | None = None
    disc_number: int | None = None
    disc_total: int | None = None
    release_date: str | None = None
    isrc: str | None = None
    spotify_track_id: str | None = None
    spotify_album_id: str | None = None
    spotify_artist_ids: tuple[str, ...] = ()
    cover_url: str | None = None
    genre: str | None = None
    copyright: str | None = None
    priority: int = 0


@dataclass(frozen=True)
class WantedItemView:
    id: int
    title: str
    artists: tuple[str, ...]
    album: str | None
    album_artist: str | None
    duration_ms: int | None
    track_number: int | None
    track_total: int | None
    disc_number: int | None
    disc_total: int | None
    release_date: str | None
    isrc: str | None
    spotify_track_id: str | None
    spotify_album_id: str | None
    spotify_artist_ids: tuple[str, ...]
    cover_url: str | None
    genre: str | None
    copyright: str | None
    sources: tuple[str, ...]
    state: str
    priority: int
    backfilled: bool
    last_error: str | None
    library_path: str | None
    created_at: datetime
    updated_at: datetime

    @property
    def year(self) -> int | None:
        head = (self.release_date or "")[:4]
        return int(head) if head.isdigit() else None

    def to_query(self) -> TrackQuery:
        return TrackQuery(self.title, self.artists, self.album, self.duration_ms,
                          self.track_number, self.disc_number, self.year, self.isrc,
                          self.spotify_track_id)


@dataclass(frozen=True)
class UpsertResult:
    created: tuple[int, ...] = ()
    merged: tuple[int, ...] = ()
    ids: tuple[int, ...] = field(default=())  # one per input, in input order


def view(row: WantedItem) -> WantedItemView:
    values = {f.name: getattr(row, f.name) for f in fields(WantedItemView)}
    for name in ("artists", "spotify_artist_ids", "sources"):
        values[name] = tuple(values[name] or ())
    return WantedItemView(**values)


class WantedItems:
    def __init__(self, database: Database, activity: ActivityLog, bus: EventBus) -> None:
        self._db = database
        self._activity = activity
        self._bus = bus

    async def upsert_many(self, items: Sequence[NewWantedItem],
                          session: AsyncSession | None = None) -> UpsertResult:
        """Insert or merge; pass ``session`` to join a caller's transaction (imports do)."""
        if session is not None:
            return await self._upsert(session, items)
        async with self._db.session() as own:
            return await self._upsert(own, items)

    async def _upsert(self, session: AsyncSession, items: Sequence[NewWantedItem]
                      ) -> UpsertResult:
        created: list[int] = []
        merged: list[int] = []
        ids: list[int] = []
        for item in items:
            row = await _find_existing(session, item)
            if row is None:
                row = _new_row(item)
                session.add(row)
                await session.flush()
                created.append(row.id)
            else:
                merge_into(row, item)
                merged.append(row.id)
            ids.append(row.id)
        return UpsertResult(tuple(created), tuple(dict.fromkeys(merged)), tuple(ids))

    async def get(self, item_id: int) -> WantedItemView | None:
        async with self._db.session() as session:
            row = await session.get(WantedItem, item_id)
            return view(row) if row else None

    async def list(self, *, states: Sequence[str] = (), text: str | None = None,
                   limit: int = 500, offset: int = 0) -> list[WantedItemView]:
        query = select(WantedItem).order_by(WantedItem.priority.desc(), WantedItem.id)
        if states:
            query = query.where(WantedItem.state.in_(states))
        if text:
            pattern = f"%{text}%"
            query = query.where(or_(WantedItem.title.ilike(pattern),
                                    func.array_to_string(WantedItem.artists, " ").ilike(pattern),
                                    WantedItem.album.ilike(pattern)))
        async with self._db.session() as session:
            rows = (await session.scalars(query.limit(limit).offset(offset))).all()
        return [view(row) for row in rows]

    async def counts(self) -> dict[str, int]:
        async with self._db.session() as session:
            rows = (await session.execute(select(WantedItem.state, func.count())
                                          .group_by(WantedItem.state))).all()
        return {state: int(count) for state, count in rows}

    async def transition(self, item_id: int, state: str, *, error: str | None = None,
                         activity_type: str = "sync", **details: Any) -> WantedItemView | None:
        """Move an item to ``state`` (recorded as an activity event and announced)."""
        if state not in STATES:
            raise ValueError(f"unknown wanted-item state {state!r}")
        async with self._db.session() as session:
            row = await session.get(WantedItem, item_id, with_for_update=True)
            if row is None:
                return None
            previous = row.state
            row.state = state
            row.last_error = error
            for key in ("library_path", "priority"):
                if key in details:
                    setattr(row, key, details.pop(key))
            result = view(row)
        if previous != state:
            await self._activity.record(activity_type, _activity_status(state), item_id=item_id,
                                        title=result.title, artist=", ".join(result.artists),
                                        from_state=previous, to_state=state,
                                        **({"error": error} if error else {}), **details)
            self._bus.publish(WantedItemChanged(item_id=item_id, state=state))
        return result

    async def update_fields(self, item_id: int, **values: Any) -> None:
        """Fill metadata (backfill): only known columns, never the state."""
        allowed = set(_MERGEABLE) | {"title", "artists", "spotify_artist_ids", "backfilled"}
        async with self._db.session() as session:
            row = await session.get(WantedItem, item_id)
            if row is None:
                return
            for key, value in values.items():
                if key in allowed:
                    setattr(row, key, list(value) if isinstance(value, tuple) else value)
            if "artists" in values or "title" in values:
                row.match_key = match_key(row.artists, row.title)


def _activity_status(state: str) -> str:
    return {"done": "completed", "owned": "completed", "failed": "failed",
            "dead_letter": "failed", "searching": "running", "downloading": "running",
            "matched": "running", "new": "queued", "removed": "cancelled"}[state]


async def _find_existing(session: AsyncSession, item: NewWantedItem) -> WantedItem | None:
    if item.spotify_track_id:
        row = await session.scalar(select(WantedItem).where(
            WantedItem.spotify_track_id == item.spotify_track_id))
        if row is not None:
            return row
    if item.isrc:
        row = await session.scalar(select(WantedItem).where(WantedItem.isrc == item.isrc.upper())
                                   .limit(1))
        if row is not None:
            return row
    key = match_key(item.artists, item.title)
    candidates = (await session.scalars(select(WantedItem).where(WantedItem.match_key == key)
                                        .limit(20))).all()
    for row in candidates:
        if _compatible(row, item):
            return row
    return None


def _compatible(row: WantedItem, item: NewWantedItem) -> bool:
    """Same normalised artist+title: the same recording unless IDs or durations disagree."""
    if row.spotify_track_id and item.spotify_track_id and row.spotify_track_id != \
            item.spotify_track_id:
        return False
    if row.isrc and item.isrc and row.isrc != item.isrc.upper():
        return False
    if row.duration_ms and item.duration_ms:
        return abs(row.duration_ms - item.duration_ms) <= DURATION_TOLERANCE_MS
    return True


def _new_row(item: NewWantedItem) -> WantedItem:
    return WantedItem(
        title=item.title, artists=list(item.artists), album=item.album,
        album_artist=item.album_artist, duration_ms=item.duration_ms,
        track_number=item.track_number, track_total=item.track_total,
        disc_number=item.disc_number, disc_total=item.disc_total,
        release_date=item.release_date, isrc=item.isrc.upper() if item.isrc else None,
        spotify_track_id=item.spotify_track_id, spotify_album_id=item.spotify_album_id,
        spotify_artist_ids=list(item.spotify_artist_ids), cover_url=item.cover_url,
        genre=item.genre, copyright=item.copyright, match_key=match_key(item.artists, item.title),
        sources=[item.source], state="new", priority=item.priority,
        backfilled=bool(item.spotify_track_id))


def merge_into(row: WantedItem, item: NewWantedItem) -> None:
    """Fill what the row lacks from a newly wanted duplicate; union the sources (one rule for
    every writer of wanted items)."""
    for name in _MERGEABLE:
        value = getattr(item, name)
        if value not in (None, "") and getattr(row, name) in (None, ""):
            setattr(row, name, value.upper() if name == "isrc" else value)
    if item.spotify_artist_ids and not row.spotify_artist_ids:
        row.spotify_artist_ids = list(item.spotify_artist_ids)
    if item.source not in (row.sources or []):
        row.sources = [*(row.sources or []), item.source]
    row.priority = max(row.priority or 0, item.priority)
    if row.state == "removed":
        row.state = "new"
