"""Backfill (PRO): FREE wanted items get Spotify metadata through a confidence-checked search,
and Spotify links kept by imports are expanded into wanted items.

Resumable: each item is marked as soon as it was looked at (``backfilled``; links get a state),
so a rate limit or a crash continues where it stopped. Without a Spotify connection nothing
happens and the items flow on to acquisition as they are.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from engine.activity import ActivityLog
from engine.clients.spotify import SpotifyClient, search_query
from engine.clients.spotify_models import SpotifyTrack
from engine.db.repositories.ingest import BackfillRepository, IngestRepository, PendingLink
from engine.db.repositories.playlists import PlaylistRepository
from engine.db.repositories.wanted import WantedItems, WantedItemView
from engine.db.session import Database
from engine.errors import IntegrationError, RateLimited
from engine.jobs.handlers import JobContext, RetryLater
from engine.matching.normalize import clean_title
from engine.services.backfill_match import Verdict, Wanted, best_match
from engine.services.integrations import Integrations
from engine.services.sources_tracks import backfill_fields, wanted_from_spotify

log = logging.getLogger(__name__)
JOB_TYPE = "backfill"
RUN_KEY = "backfill:run"
MAX_ITEMS_PER_JOB = 2000  # seed BACKFILL_MAX_ITEMS; the rest continues in a follow-up job
BATCH = 50
PROGRESS_EVERY = 25
#: Link errors that retrying cannot fix: the link stays visible as failed.
DEAD_LINK_CODES = ("spotify.not_found", "spotify.http_400", "spotify.forbidden")
#: A duplicate is folded into its twin only while nothing was downloaded for it.
FOLDABLE_STATES = ("new", "failed", "dead_letter")


@dataclass
class BackfillCounts:
    processed: int = 0
    matched: int = 0
    rejected: int = 0
    folded: int = 0
    links_expanded: int = 0
    links_failed: int = 0
    tracks_added: int = 0


class BackfillService:
    def __init__(self, database: Database, integrations: Integrations, activity: ActivityLog,
                 wanted: WantedItems, enqueue: Callable[..., Awaitable[Any]],
                 after_playlist: Callable[[int], Any] | None = None) -> None:
        self._db = database
        self._integrations = integrations
        self._activity = activity
        self._wanted = wanted
        self._enqueue = enqueue
        self._after_playlist = after_playlist
        self._repo = BackfillRepository(database)
        self._ingest = IngestRepository(database)
        self._playlists = PlaylistRepository(database)

    async def connected(self) -> bool:
        return (await self._integrations.spotify_connection()).value == "connected"

    async def has_work(self) -> bool:
        return bool(await self._repo.count_candidates() or
                    await self._ingest.count_pending_links())

    async def tick(self) -> None:
        if await self.connected() and await self.has_work():
            await self._enqueue(JOB_TYPE, {}, dedupe_key=RUN_KEY)

    async def request(self) -> None:
        await self._enqueue(JOB_TYPE, {}, dedupe_key=RUN_KEY)

    # -- the job -------------------------------------------------------------------------------
    async def handle(self, ctx: JobContext) -> None:
        if not await self.connected():
            log.info("backfill skipped: Spotify is not connected")
            return
        counts = BackfillCounts()
        try:
            await self.run(counts, MAX_ITEMS_PER_JOB)
        except RateLimited as exc:
            await self._progress("running", counts, reason="rate_limited")
            raise RetryLater("spotify rate limited", exc.retry_after) from exc
        await self._progress("completed", counts)
        if counts.processed >= MAX_ITEMS_PER_JOB and await self.has_work():
            await self._enqueue(JOB_TYPE, {}, dedupe_key=f"backfill:more:{ctx.job_id}")

    async def run(self, counts: BackfillCounts, max_items: int) -> BackfillCounts:
        """Expand pending links, then enrich items; raises RateLimited to be resumed later."""
        client = self._integrations.spotify()
        for link in await self._ingest.pending_links(limit=1000):
            await self.expand_link(client, link, counts)
        while counts.processed < max_items:
            batch = await self._repo.candidates(min(BATCH, max_items - counts.processed))
            if not batch:
                break
            for item in batch:
                await self.enrich(client, item, counts)
                if counts.processed % PROGRESS_EVERY == 0:
                    await self._progress("running", counts)
        return counts

    # -- items -------------------------------------------------------------------------------
    async def enrich(self, client: SpotifyClient, item: WantedItemView,
                     counts: BackfillCounts) -> None:
        verdict = await self.find(client, item)
        counts.processed += 1
        if verdict is None:
            counts.rejected += 1
            await self._wanted.update_fields(item.id, backfilled=True)
            return
        track = verdict.track
        assert track.id is not None
        holder = await self._repo.holder_of(track.id)
        if holder is not None and holder != item.id:
            await self._fold(item, holder, counts)
            return
        values = {k: v for k, v in backfill_fields(track).items()
                  if v not in (None, ()) and getattr(item, k) in (None, (), "")}
        await self._wanted.update_fields(item.id, backfilled=True, **values)
        counts.matched += 1

    async def find(self, client: SpotifyClient, item: WantedItemView) -> Verdict | None:
        """``isrc:`` first, then ``track:``/``artist:`` (also without title decorations), then the
        title alone; the first query with a confident candidate wins."""
        wanted = Wanted(item.artists, item.title, item.album, item.duration_ms, item.isrc)
        primary = item.artists[0] if item.artists else None
        queries = [search_query(isrc=item.isrc)] if item.isrc else []
        queries.append(search_query(track=item.title, artist=primary))
        cleaned = clean_title(item.title)
        if cleaned and cleaned != item.title:
            queries.append(search_query(track=cleaned, artist=primary))
        # The artist as typed may not match Spotify's spelling ("Royksopp"); the title alone
        # still finds it, and the fuzzy artist check below decides.
        queries.append(search_query(track=cleaned or item.title))
        for query in queries:
            verdict = best_match(wanted, (await client.search_tracks(query)).items)
            if verdict is not None:
                return verdict
        return None

    async def _fold(self, item: WantedItemView, holder: int, counts: BackfillCounts) -> None:
        if item.state not in FOLDABLE_STATES:
            await self._wanted.update_fields(item.id, backfilled=True)
            counts.rejected += 1
            return
        await self._repo.fold_into(item.id, holder)
        await self._wanted.transition(item.id, "removed", error=f"duplicate_of:{holder}",
                                      activity_type="import", reason="duplicate",
                                      duplicate_of=holder)
        counts.folded += 1
        counts.matched += 1

    # -- links -------------------------------------------------------------------------------
    async def expand_link(self, client: SpotifyClient, link: PendingLink,
                          counts: BackfillCounts) -> None:
        try:
            tracks, playlist = await self._link_tracks(client, link)
        except RateLimited:
            raise
        except IntegrationError as exc:
            if exc.code not in DEAD_LINK_CODES:
                raise
            await self._ingest.finish_link(link.item_id, "failed", error=exc.code)
            counts.links_failed += 1
            return
        items = [wanted_from_spotify(track, "import") for track in tracks]
        async with self._db.session() as session:
            upserted = await self._wanted.upsert_many(items, session=session)
            if playlist is not None:
                playlist_id = await self._playlists.ensure(
                    session, source="import", name=playlist[1], spotify_id=playlist[0])
                await self._playlists.append_items(session, playlist_id, upserted.ids)
        await self._ingest.finish_link(link.item_id, "expanded", expanded=len(items))
        counts.links_expanded += 1
        counts.tracks_added += len(upserted.created)
        if playlist is not None and self._after_playlist is not None:
            result = self._after_playlist(playlist_id)
            if hasattr(result, "__await__"):
                await result

    @staticmethod
    async def _link_tracks(client: SpotifyClient, link: PendingLink
                           ) -> tuple[list[SpotifyTrack], tuple[str, str] | None]:
        if link.kind == "track":
            return [await client.track(link.spotify_id)], None
        if link.kind == "album":
            return list(await client.album_tracks(link.spotify_id)), None
        meta = await client.playlist(link.spotify_id)
        contents = await client.playlist_items(link.spotify_id)
        return list(contents.tracks), (link.spotify_id, meta.name)

    async def _progress(self, status: str, counts: BackfillCounts, **extra: Any) -> None:
        await self._activity.record("import", status, action="backfill",
                                    **vars(counts), **extra)
