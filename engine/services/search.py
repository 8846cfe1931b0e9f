"""Aggregated search: one query against Spotify and Soulseek at once, rows streamed as events,
scores comparable across sources (see :mod:`engine.services.search_scoring`), one activity
event per search, and the actions a result row offers."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field, replace

from engine.activity import ActivityLog
from engine.clients.slskd_models import SearchStatus as SlskdSearchStatus
from engine.clients.slskd_search import SearchOptions
from engine.clients.spotify import SpotifyClient
from engine.clients.spotify_models import SpotifyConnection, SpotifyTrack
from engine.db.repositories.wanted import WantedItems
from engine.domain.models import SoulseekFile
from engine.errors import HarmonyError
from engine.events import EventBus, SearchResults, SearchStatus
from engine.facade.contracts import SearchRequest, SearchResultRow
from engine.matching import MatchingSettings, rank
from engine.services.integrations import Integrations
from engine.services.search_rows import album_row, artist_row, file_row, track_row
from engine.services.search_scoring import QueryTerms
from engine.services.search_soulseek import StreamingSearch, StreamLimits
from engine.services.search_spotify import fetch_kind, spotify_plan
from engine.services.search_wanted import album_tracks_with_details, wanted_from_track
from engine.settings_store import SettingsStore

log = logging.getLogger(__name__)
SOURCES = ("spotify", "soulseek")
#: Searches whose rows stay actionable (score_against, add_to_wanted) after they finished.
KEPT_SEARCHES = 5
_ROW_BUILDERS = {"track": track_row, "album": album_row, "artist": artist_row}


class _Skipped(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass
class SearchRecord:
    """One search's results, kept in memory (bounded) so rows can be acted on."""

    search_id: str
    request: SearchRequest
    query: QueryTerms
    rows: list[SearchResultRow] = field(default_factory=list)
    files: list[SoulseekFile] = field(default_factory=list)
    tracks: dict[str, SpotifyTrack] = field(default_factory=dict)
    states: dict[str, SearchStatus] = field(default_factory=dict)


def request_sources(request: SearchRequest) -> tuple[str, ...]:
    """Lower-cased, de-duplicated known sources; none → both (inventory §8)."""
    wanted = tuple(dict.fromkeys(s.strip().lower() for s in request.sources))
    return tuple(s for s in wanted if s in SOURCES) or SOURCES


def soulseek_text(request: SearchRequest) -> str:
    parts = (request.text, request.artist, request.title, request.album)
    return " ".join(p.strip() for p in parts if p.strip())


class SearchService:
    """The engine side of the search box (facade: :class:`engine.facade.search.SearchFacade`)."""

    def __init__(self, integrations: Integrations, settings: SettingsStore, bus: EventBus,
                 activity: ActivityLog, wanted: WantedItems) -> None:
        self._integrations = integrations
        self._settings = settings
        self._bus = bus
        self._activity = activity
        self._wanted = wanted
        self._records: OrderedDict[str, SearchRecord] = OrderedDict()
        self._tasks: dict[str, asyncio.Task[None]] = {}  # running searches (normally one)

    # -- searching ---------------------------------------------------------------------------
    async def start(self, request: SearchRequest) -> str:
        query = QueryTerms.build(request.text, request.artist, request.title, request.album)
        if not query.words:
            raise HarmonyError("Type something to search for", code="search.empty_query")
        for task in self._tasks.values():
            task.cancel()  # its clean-up (stop the slskd search) runs on its own
        search_id = uuid.uuid4().hex
        record = SearchRecord(search_id, request, query)
        self._records[search_id] = record
        while len(self._records) > KEPT_SEARCHES:
            self._records.popitem(last=False)
        task = asyncio.create_task(self._run(record), name=f"search:{search_id}")
        self._tasks[search_id] = task
        task.add_done_callback(lambda _: self._tasks.pop(search_id, None))
        return search_id

    def record(self, search_id: str) -> SearchRecord | None:
        return self._records.get(search_id)

    async def wait(self, search_id: str) -> None:
        """Until that search has ended (finished or cancelled); for headless callers and tests."""
        task = self._tasks.get(search_id)
        if task is not None:
            await asyncio.wait({task})

    async def _run(self, record: SearchRecord) -> None:
        started = time.monotonic()
        sources = request_sources(record.request)
        outcome = "cancelled"
        try:
            await asyncio.gather(*(self._run_source(record, s) for s in sources))
            outcome = _outcome(record)
        finally:
            await self._record_activity(record, sources, outcome, started)

    async def _run_source(self, record: SearchRecord, source: str) -> None:
        self._status(record, source, "running")
        try:
            code = await (self._spotify(record) if source == "spotify"
                          else self._soulseek(record))
            self._status(record, source, "done", code)
        except _Skipped as skipped:
            self._status(record, source, "skipped", skipped.code)
        except HarmonyError as exc:
            log.info("search source %s failed: %s", source, exc.code)
            self._status(record, source, "failed", exc.code)
        except Exception:
            log.exception("search source %s crashed", source)
            self._status(record, source, "failed", "search.failed")

    def _status(self, record: SearchRecord, source: str, state: str, code: str = "",
                count: int | None = None) -> None:
        if count is None:
            count = sum(1 for r in record.rows if r.source == source)
        event = SearchStatus(search_id=record.search_id, source=source, state=state,
                             count=count, code=code)
        record.states[source] = event
        self._bus.publish(event)

    def _publish(self, record: SearchRecord, rows: list[SearchResultRow]) -> None:
        if rows:
            record.rows.extend(rows)
            self._bus.publish(SearchResults(search_id=record.search_id, rows=tuple(rows)))

    # -- Spotify -----------------------------------------------------------------------------
    async def _spotify(self, record: SearchRecord) -> str:
        """Returns "" or, when only some kinds failed, the first failure's code."""
        connection = await self._integrations.spotify_connection()
        if connection is not SpotifyConnection.CONNECTED:
            raise _Skipped(f"spotify.{connection.value}")
        client = self._integrations.spotify()
        plan = spotify_plan(record.request)
        results = await asyncio.gather(
            *(self._spotify_kind(record, client, kind, q) for kind, q in plan.items()),
            return_exceptions=True)
        failures = [r for r in results if isinstance(r, BaseException)]
        if failures and len(failures) == len(results):
            raise failures[0]
        return next((f.code for f in failures if isinstance(f, HarmonyError)), "")

    async def _spotify_kind(self, record: SearchRecord, client: SpotifyClient, kind: str,
                            query: str) -> None:
        items = await fetch_kind(client, kind, query)
        build = _ROW_BUILDERS[kind]
        for item in items:
            if kind == "track" and item.id:
                record.tracks[item.id] = item
        self._publish(record, [build(record.search_id, record.query, item) for item in items])

    # -- Soulseek ----------------------------------------------------------------------------
    async def _soulseek(self, record: SearchRecord) -> str:
        client = await self._integrations.slskd()
        if not client.configured:
            raise _Skipped("slskd.unconfigured")
        budget = client.budget
        status = await budget.status()
        if status.in_flight or status.next_slot_in_s > 0:
            self._status(record, "soulseek", "running", "search.budget_wait")
        flow = StreamingSearch(client, self._search_options(), self._limits(),
                               lambda s: self._soulseek_progress(record, s),
                               lambda files: self._soulseek_files(record, files))
        async with budget.acquire():
            self._status(record, "soulseek", "running")
            await flow.stream(soulseek_text(record.request))
        return ""

    def _search_options(self) -> SearchOptions:
        return SearchOptions(search_timeout_ms=int(self._settings.get("search.quiet_period_ms")))

    def _limits(self) -> StreamLimits:
        return StreamLimits(float(self._settings.get("search.timeout_s")),
                            float(self._settings.get("search.poll_interval_s")))

    async def _soulseek_progress(self, record: SearchRecord, status: SlskdSearchStatus) -> None:
        """Climbing counts while slskd still collects responses."""
        delivered = sum(1 for r in record.rows if r.source == "soulseek")
        count = max(delivered, status.file_count)
        previous = record.states.get("soulseek")
        if previous is None or previous.count != count or previous.code:
            self._status(record, "soulseek", "running", count=count)

    async def _soulseek_files(self, record: SearchRecord, files: list[SoulseekFile]) -> None:
        record.files.extend(files)
        self._publish(record, [file_row(record.search_id, record.query, f) for f in files])

    # -- activity ----------------------------------------------------------------------------
    async def _record_activity(self, record: SearchRecord, sources: tuple[str, ...],
                               outcome: str, started: float) -> None:
        states = record.states
        try:
            await self._activity.record(
                "search", outcome, action="search", search_id=record.search_id,
                query=soulseek_text(record.request), sources=list(sources),
                counts={s: sum(1 for r in record.rows if r.source == s) for s in sources},
                duration_ms=int((time.monotonic() - started) * 1000),
                errors={s: e.code for s, e in states.items()
                        if e.state == "failed" or (e.state == "done" and e.code)},
                skipped={s: e.code for s, e in states.items() if e.state == "skipped"})
        except Exception:  # the feed must never break a search (or its cancellation)
            log.exception("could not record the search activity")

    # -- actions -----------------------------------------------------------------------------
    async def score_against(self, search_id: str, spotify_track_id: str
                            ) -> list[SearchResultRow]:
        record = self._records.get(search_id)
        if record is None:
            raise HarmonyError("That search is no longer available", code="search.unknown")
        track = record.tracks.get(spotify_track_id) or \
            await self._integrations.spotify().track(spotify_track_id)
        settings = MatchingSettings.from_mapping(self._settings.snapshot())
        ranked = await asyncio.get_running_loop().run_in_executor(
            None, rank, track.to_query(), list(record.files), settings)
        by_file = {(r.file.username, r.file.filename): r for r in record.rows if r.file}
        return [_with_verdict(by_file[(c.file.username, c.file.filename)], c.confidence,
                              c.reasons) for c in ranked
                if (c.file.username, c.file.filename) in by_file]

    async def add_to_wanted(self, row: SearchResultRow) -> int:
        if row.source != "spotify" or row.kind not in ("track", "album") or not row.spotify_id:
            raise HarmonyError("Only Spotify tracks and albums can become wanted",
                               code="search.not_addable", params={"kind": row.kind})
        client = self._integrations.spotify()
        if row.kind == "track":
            record = self._records.get(row.search_id)
            cached = record.tracks.get(row.spotify_id) if record else None
            tracks = [cached or await client.track(row.spotify_id)]
        else:
            tracks = await album_tracks_with_details(client, row.spotify_id)
        result = await self._wanted.upsert_many([wanted_from_track(t) for t in tracks])
        await self._activity.record("search", "completed", action="add_to_wanted",
                                    kind=row.kind, spotify_id=row.spotify_id, title=row.title,
                                    added=len(result.ids), created=len(result.created))
        return len(result.ids)

    async def aclose(self) -> None:
        tasks = set(self._tasks.values())
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)


def _outcome(record: SearchRecord) -> str:
    states = [s.state for s in record.states.values()]
    if "failed" in states and all(s in ("failed", "skipped") for s in states):
        return "failed"
    troubled = any(s.state == "failed" or s.code for s in record.states.values()
                   if s.state != "skipped")
    return "partial" if troubled else "completed"


def _with_verdict(row: SearchResultRow, confidence: float, reasons: tuple[str, ...]
                  ) -> SearchResultRow:
    return replace(row, confidence=round(confidence, 4), reasons=reasons)
