"""Search stage (job ``search``): skip owned items, plan album-aware queries, run them through
the shared search budget with a response cache, and fall back per item when nothing fits."""

from __future__ import annotations

import asyncio
import logging

from engine.clients.slskd import SlskdClient
from engine.clients.slskd_search import SearchOptions
from engine.db.repositories import downloads as dl
from engine.db.repositories.downloads import DownloadView
from engine.db.repositories.wanted import WantedItemView
from engine.domain.models import Decision, SoulseekFile, TrackQuery
from engine.errors import IntegrationError
from engine.jobs.handlers import JobContext, RetryLater
from engine.matching import MatchingSettings, plan_searches, rank
from engine.matching.planning import PlannedQuery, cache_key
from engine.services.acquisition import Acquisition

log = logging.getLogger(__name__)
_INACTIVE_ITEM_STATES = ("done", "owned", "removed", "dead_letter")
ITEMS_IN_PARALLEL = 8


class SearchStage:
    def __init__(self, acquisition: Acquisition) -> None:
        self.acq = acquisition

    async def handle(self, ctx: JobContext) -> None:
        fresh = bool(ctx.payload.get("fresh"))
        work = await self._prepare([int(i) for i in ctx.payload.get("download_ids", [])])
        if not work:
            return
        settings = self.acq.matching_settings()
        try:
            keys = await self._search_all(work, settings, fresh)
        except IntegrationError as exc:
            raise RetryLater(f"{exc.code}: {exc.message}", self.acq.retry_delay(ctx.attempt)
                             ) from exc
        ids = [row.id for row, _ in work]
        priority = max(row.priority for row, _ in work)
        await self.acq.enqueue("matching", ids, {"download_ids": ids, "keys": keys},
                               suffix=str(ctx.job_id), priority=priority)

    async def _prepare(self, download_ids: list[int]) -> list[tuple[DownloadView,
                                                                    WantedItemView]]:
        """Rows still waiting for a search, minus items the library already has."""
        limit = asyncio.Semaphore(ITEMS_IN_PARALLEL)

        async def one(download_id: int) -> tuple[DownloadView, WantedItemView] | None:
            async with limit:
                return await self._prepare_one(download_id)

        prepared = await asyncio.gather(*(one(i) for i in download_ids))
        return [entry for entry in prepared if entry is not None]

    async def _prepare_one(self, download_id: int
                           ) -> tuple[DownloadView, WantedItemView] | None:
        row = await self.acq.downloads.get(download_id)
        if row is None or row.state not in (dl.QUEUED, dl.SEARCHING) or \
                row.wanted_item_id is None:
            return None
        item = await self.acq.wanted.get(row.wanted_item_id)
        if item is None or item.state in _INACTIVE_ITEM_STATES:
            await self.acq.downloads.update(row.id, expect_states=(row.state,),
                                            state=dl.CANCELLED)
            return None
        owned = await self.acq.library.find_owned(item)
        if owned is not None and owned != row.organised_path:  # a rematch replaces its own file
            await self._mark_owned(row, item, owned)
            return None
        if row.state != dl.SEARCHING:
            row = await self.acq.downloads.update(row.id, expect_states=(row.state,),
                                                  state=dl.SEARCHING) or row
            self.acq.announce(row)
        if item.state != "searching":
            await self.acq.move_item(item.id, "searching")
        return row, item

    async def _mark_owned(self, row: DownloadView, item: WantedItemView, path: str) -> None:
        updated = await self.acq.downloads.update(row.id, expect_states=(row.state,),
                                                  state=dl.OWNED, organised_path=path)
        await self.acq.wanted.transition(item.id, "owned", activity_type="download",
                                         library_path=path)
        self.acq.announce(updated)

    async def _search_all(self, work: list[tuple[DownloadView, WantedItemView]],
                          settings: MatchingSettings, fresh: bool) -> dict[str, list[str]]:
        """Primary queries for everyone, then fallbacks for items with nothing acceptable.
        Returns download id → the cache keys whose responses are its candidates."""
        client = await self.acq.integrations.slskd()
        queries = [item.to_query() for _, item in work]
        plan = plan_searches(queries, settings)
        found: dict[str, list[SoulseekFile]] = {}
        keys: dict[int, list[str]] = {index: [] for index in range(len(work))}
        for query in plan.primary:
            key = await self._run(client, query, found, fresh)
            for index in query.covers:
                keys[index].append(key)
        for index, query in enumerate(queries):
            for fallback in plan.fallbacks_for(index):
                if await self._acceptable(query, keys[index], found, settings):
                    break
                keys[index].append(await self._run(client, fallback, found, fresh))
        return {str(work[index][0].id): keys[index] for index in keys}

    async def _run(self, client: SlskdClient, query: PlannedQuery,
                   found: dict[str, list[SoulseekFile]], fresh: bool) -> str:
        key = cache_key(query.text)
        if key in found:
            return key
        cached = None if fresh else await self.acq.cache.get(
            key, float(self.acq.setting("matching.cache_max_age_s")))
        if cached is None:
            cached = storable(await client.search(
                query.text, timeout_s=float(self.acq.setting("search.timeout_s")),
                poll_interval_s=float(self.acq.setting("download.search_poll_s")),
                options=SearchOptions()))
            await self.acq.cache.put(key, cached)
            log.info("searched %r: %d files", query.text, len(cached),
                     extra={"action": "search"})
        found[key] = cached
        return key

    async def _acceptable(self, query: TrackQuery, keys: list[str],
                          found: dict[str, list[SoulseekFile]],
                          settings: MatchingSettings) -> bool:
        files = unique_files(found.get(key, []) for key in keys)
        if not files:
            return False
        ranked = await self.acq.in_executor(rank, query, files, settings)
        return any(c.decision is Decision.ACCEPT for c in ranked)


def storable(files: list[SoulseekFile]) -> list[SoulseekFile]:
    """Files whose names PostgreSQL can store and slskd can request (no NUL characters)."""
    return [f for f in files if "\x00" not in f.filename and "\x00" not in f.username]


def unique_files(groups: object) -> list[SoulseekFile]:
    """Files of several responses, each (user, path) once, in first-seen order."""
    seen: dict[tuple[str, str], SoulseekFile] = {}
    for group in groups:  # type: ignore[attr-defined]
        for file in group:
            seen.setdefault((file.username, file.filename), file)
    return list(seen.values())
