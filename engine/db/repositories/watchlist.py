"""Watched artists and their recorded releases (``watchlist_artists``, ``watchlist_releases``).

Claims that must happen once (a release's notification, an album-progress announcement) are
single conditional UPDATEs, so retries, restarts and several engines never repeat them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert

from engine.db.session import Database
from engine.db.tables import WantedItem, WatchlistArtist, WatchlistRelease

HAVE_STATES = ("done", "owned")


@dataclass(frozen=True)
class ArtistRecord:
    id: int
    spotify_artist_id: str
    name: str
    priority: int
    interval_h: int
    release_types: tuple[str, ...]
    skip_words: tuple[str, ...]
    paused: bool
    resume_at: datetime | None
    last_checked_at: datetime | None
    next_check_at: datetime | None
    last_error: str | None
    retry_count: int
    cooldown_until: datetime | None
    created_at: datetime
    known_releases: int = 0
    new_releases: int = 0


@dataclass(frozen=True)
class NewRelease:
    spotify_album_id: str
    edition_key: str
    name: str
    album_type: str
    release_date: str | None
    total_tracks: int
    is_new: bool
    skip_reason: str | None


@dataclass(frozen=True)
class ReleaseRecord:
    id: int
    artist_id: int
    spotify_album_id: str
    edition_key: str
    name: str
    album_type: str
    release_date: str | None
    total_tracks: int
    is_new: bool
    notified_at: datetime | None
    skip_reason: str | None
    queued_at: datetime | None
    wanted_item_ids: tuple[int, ...]
    progress_have: int
    created_at: datetime


def _artist(row: WatchlistArtist, known: int = 0, new: int = 0) -> ArtistRecord:
    values: dict[str, Any] = {f.name: getattr(row, f.name) for f in fields(ArtistRecord)
                              if f.name not in ("known_releases", "new_releases")}
    values["release_types"] = tuple(row.release_types or ())
    values["skip_words"] = tuple(row.skip_words or ())
    return ArtistRecord(**values, known_releases=known, new_releases=new)


def _release(row: WatchlistRelease) -> ReleaseRecord:
    values: dict[str, Any] = {f.name: getattr(row, f.name) for f in fields(ReleaseRecord)}
    values["wanted_item_ids"] = tuple(row.wanted_item_ids or ())
    return ReleaseRecord(**values)


class WatchlistRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- artists -----------------------------------------------------------------------------
    async def list_artists(self) -> list[ArtistRecord]:
        """Every watched artist with its release counts, highest priority first, then by name."""
        counts = (select(WatchlistRelease.artist_id, func.count().label("known"),
                         func.count().filter(WatchlistRelease.is_new).label("new"))
                  .group_by(WatchlistRelease.artist_id).subquery())
        query = (select(WatchlistArtist, counts.c.known, counts.c.new)
                 .outerjoin(counts, counts.c.artist_id == WatchlistArtist.id)
                 .order_by(WatchlistArtist.priority.desc(), func.lower(WatchlistArtist.name),
                           WatchlistArtist.id))
        async with self._db.session() as session:
            rows = (await session.execute(query)).all()
        return [_artist(row, int(known or 0), int(new or 0)) for row, known, new in rows]

    async def get(self, artist_id: int) -> ArtistRecord | None:
        async with self._db.session() as session:
            row = await session.get(WatchlistArtist, artist_id)
            if row is None:
                return None
            known, new = (await session.execute(
                select(func.count(), func.count().filter(WatchlistRelease.is_new))
                .where(WatchlistRelease.artist_id == artist_id))).one()
            return _artist(row, int(known), int(new))

    async def watched_spotify_ids(self) -> set[str]:
        async with self._db.session() as session:
            return set((await session.scalars(select(WatchlistArtist.spotify_artist_id))).all())

    async def add(self, values: dict[str, Any]) -> int | None:
        """Insert a watched artist; None when its Spotify ID is already watched."""
        statement = (insert(WatchlistArtist).values(**values)
                     .on_conflict_do_nothing(index_elements=["spotify_artist_id"])
                     .returning(WatchlistArtist.id))
        async with self._db.session() as session:
            return await session.scalar(statement)

    async def update(self, artist_id: int, **values: Any) -> bool:
        if not values:
            return await self.get(artist_id) is not None
        async with self._db.session() as session:
            result = await session.execute(update(WatchlistArtist)
                                           .where(WatchlistArtist.id == artist_id)
                                           .values(**values))
            return bool(result.rowcount)  # type: ignore[attr-defined]

    async def delete(self, artist_id: int) -> bool:
        async with self._db.session() as session:
            result = await session.execute(delete(WatchlistArtist)
                                           .where(WatchlistArtist.id == artist_id))
            return bool(result.rowcount)  # type: ignore[attr-defined]

    async def resume_expired(self, now: datetime) -> list[int]:
        """Paused artists whose ``resume_at`` has passed are watched again."""
        async with self._db.session() as session:
            result = await session.scalars(
                update(WatchlistArtist)
                .where(WatchlistArtist.paused, WatchlistArtist.resume_at <= now)
                .values(paused=False, resume_at=None).returning(WatchlistArtist.id))
            return list(result.all())

    async def due(self, now: datetime, limit: int, exclude: Collection[int] = ()
                  ) -> list[ArtistRecord]:
        """Not paused, next check reached, not cooling down: highest priority, most overdue."""
        query = (select(WatchlistArtist)
                 .where(~WatchlistArtist.paused, WatchlistArtist.id.not_in(list(exclude)),
                        or_(WatchlistArtist.next_check_at.is_(None),
                            WatchlistArtist.next_check_at <= now),
                        or_(WatchlistArtist.cooldown_until.is_(None),
                            WatchlistArtist.cooldown_until <= now))
                 .order_by(WatchlistArtist.priority.desc(),
                           WatchlistArtist.next_check_at.asc().nulls_first(), WatchlistArtist.id)
                 .limit(limit))
        async with self._db.session() as session:
            return [_artist(row) for row in (await session.scalars(query)).all()]

    async def active(self) -> list[ArtistRecord]:
        query = (select(WatchlistArtist).where(~WatchlistArtist.paused)
                 .order_by(WatchlistArtist.priority.desc(), WatchlistArtist.id))
        async with self._db.session() as session:
            return [_artist(row) for row in (await session.scalars(query)).all()]

    async def mark_checked(self, artist_id: int, checked_at: datetime,
                           next_check_at: datetime) -> None:
        await self.update(artist_id, last_checked_at=checked_at, next_check_at=next_check_at,
                          last_error=None, retry_count=0, cooldown_until=None)

    async def record_failure(self, artist_id: int, error: str, *, count: bool) -> int:
        """Store the error; with ``count`` spend one of the artist's retries. Returns the count."""
        values: dict[str, Any] = {"last_error": error[:1000]}
        if count:
            values["retry_count"] = WatchlistArtist.retry_count + 1
        async with self._db.session() as session:
            result = await session.scalar(update(WatchlistArtist)
                                          .where(WatchlistArtist.id == artist_id)
                                          .values(**values)
                                          .returning(WatchlistArtist.retry_count))
            return int(result or 0)

    async def start_cooldown(self, artist_id: int, error: str, until: datetime) -> None:
        """Stop trying until ``until``; the retry budget starts afresh afterwards."""
        await self.update(artist_id, last_error=error[:1000], cooldown_until=until,
                          next_check_at=until, retry_count=0)

    # -- releases ----------------------------------------------------------------------------
    async def known_keys(self, artist_id: int) -> set[str]:
        async with self._db.session() as session:
            return set((await session.scalars(select(WatchlistRelease.edition_key).where(
                WatchlistRelease.artist_id == artist_id))).all())

    async def record_releases(self, artist_id: int, releases: Sequence[NewRelease]) -> int:
        """Insert releases not recorded yet (by edition); returns how many were new rows."""
        if not releases:
            return 0
        rows = [{"artist_id": artist_id, **{f.name: getattr(r, f.name) for f in fields(r)}}
                for r in releases]
        statement = (insert(WatchlistRelease).values(rows)
                     .on_conflict_do_nothing(constraint="uq_release_edition")
                     .returning(WatchlistRelease.id))
        async with self._db.session() as session:
            return len((await session.scalars(statement)).all())

    async def releases(self, artist_id: int) -> list[ReleaseRecord]:
        query = (select(WatchlistRelease).where(WatchlistRelease.artist_id == artist_id)
                 .order_by(WatchlistRelease.release_date.desc().nulls_last(),
                           WatchlistRelease.id))
        async with self._db.session() as session:
            return [_release(row) for row in (await session.scalars(query)).all()]

    async def unfinished_new(self, artist_id: int) -> list[ReleaseRecord]:
        """New releases whose tracks are not queued or whose notification is not out yet."""
        query = (select(WatchlistRelease)
                 .where(WatchlistRelease.artist_id == artist_id, WatchlistRelease.is_new,
                        or_(WatchlistRelease.queued_at.is_(None),
                            WatchlistRelease.notified_at.is_(None)))
                 .order_by(WatchlistRelease.release_date, WatchlistRelease.id))
        async with self._db.session() as session:
            return [_release(row) for row in (await session.scalars(query)).all()]

    async def mark_queued(self, release_id: int, item_ids: Sequence[int], have: int) -> None:
        async with self._db.session() as session:
            await session.execute(update(WatchlistRelease)
                                  .where(WatchlistRelease.id == release_id)
                                  .values(queued_at=func.now(),
                                          wanted_item_ids=list(dict.fromkeys(item_ids)),
                                          progress_have=have))

    async def claim_notification(self, release_id: int, *, silent: bool = False) -> bool:
        """True exactly once per release: the caller that gets it sends the notification.
        ``silent`` marks it as notified without a caller sending one (back catalogue)."""
        async with self._db.session() as session:
            claimed = await session.scalar(
                update(WatchlistRelease)
                .where(WatchlistRelease.id == release_id, WatchlistRelease.notified_at.is_(None))
                .values(notified_at=func.now()).returning(WatchlistRelease.id))
        return claimed is not None and not silent

    async def releases_with_item(self, item_id: int) -> list[ReleaseRecord]:
        query = select(WatchlistRelease).where(
            WatchlistRelease.wanted_item_ids.contains([item_id]))
        async with self._db.session() as session:
            return [_release(row) for row in (await session.scalars(query)).all()]

    async def count_have(self, item_ids: Sequence[int]) -> int:
        """How many of these wanted items are in the library (done or owned)."""
        if not item_ids:
            return 0
        async with self._db.session() as session:
            return int(await session.scalar(select(func.count()).select_from(WantedItem).where(
                and_(WantedItem.id.in_(list(item_ids)), WantedItem.state.in_(HAVE_STATES))))
                or 0)

    async def claim_progress(self, release_id: int, have: int) -> bool:
        """True when ``have`` is more than was announced before (and records it)."""
        async with self._db.session() as session:
            claimed = await session.scalar(
                update(WatchlistRelease)
                .where(WatchlistRelease.id == release_id, WatchlistRelease.progress_have < have)
                .values(progress_have=have).returning(WatchlistRelease.id))
        return claimed is not None
