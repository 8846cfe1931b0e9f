"""FREE imports: parse in an executor, keep the preview server-side, persist it all or nothing.

A confirmed preview becomes, in ONE transaction: an ``ingest_jobs`` row, ``ingest_items`` for
every accepted track, Spotify link and rejected row, the wanted items (source ``import``) and,
per imported file, a playlist (source ``import``) so the list can be exported as ``.m3u8``.
Spotify links stay ``pending`` until backfill expands them.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.activity import ActivityLog
from engine.cpu_pool import CpuPool
from engine.db.repositories.ingest import (
    IngestRepository,
    JobCounts,
    upsert_wanted_batched,
)
from engine.db.repositories.playlists import PlaylistRepository
from engine.db.repositories.wanted import NewWantedItem, WantedItems, match_key
from engine.db.session import Database
from engine.errors import ImportRejected
from engine.events import EventBus, ImportProgress, Notification
from engine.ingest import ImportedTrack, ImportLimits, ImportPreview, parse_paths, parse_text
from engine.settings_store import SettingsStore

log = logging.getLogger(__name__)

PREVIEW_TTL_S = 1800.0
ANALYZE_AFTER_ROWS = 1000
SOURCE = "import"
#: Files whose rows form a list worth keeping as a playlist (a paste does not).
PASTE_NAMES = ("", "paste")


@dataclass(frozen=True)
class StoredPreview:
    preview: ImportPreview
    source: str
    expires_at: float
    already_wanted: int


@dataclass(frozen=True)
class ImportResult:
    job_id: int
    created: int
    merged: int
    links: int
    rejected: int
    playlists: tuple[int, ...] = field(default=())


def wanted_from_import(track: ImportedTrack) -> NewWantedItem:
    return NewWantedItem(title=track.title, artists=track.artists, source=SOURCE,
                         album=track.album, duration_ms=track.duration_ms,
                         track_number=track.track_number, disc_number=track.disc_number,
                         release_date=str(track.year) if track.year else None, isrc=track.isrc,
                         spotify_track_id=track.spotify_id)


def prepared_items(tracks: Sequence[ImportedTrack]) -> list[NewWantedItem]:
    """Wanted items for the tracks, their match keys already normalised once.

    Normalising thousands of names is pure CPU (~0.1 s for 5,000 rows); done here, in a worker
    thread, the lookups on the event loop afterwards find the normaliser's cache warm and the
    window does not stall.
    """
    items = [wanted_from_import(t) for t in tracks]
    for item in items:
        match_key(item.artists, item.title)
    return items


class ImportService:
    def __init__(self, database: Database, settings: SettingsStore, activity: ActivityLog,
                 bus: EventBus, wanted: WantedItems, *,
                 after_import: Callable[[ImportResult], Any] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 cpu: CpuPool) -> None:
        self._db = database
        #: parsing runs in a helper process: beside a parse thread the window stutters
        self._cpu = cpu
        self._settings = settings
        self._activity = activity
        self._bus = bus
        self.wanted = wanted
        self._ingest = IngestRepository(database)
        self._playlists = PlaylistRepository(database)
        self._previews: dict[str, StoredPreview] = {}
        self._statistics: asyncio.Task[None] | None = None
        self._after_import = after_import
        self._clock = clock

    def limits(self) -> ImportLimits:
        get = self._settings.get
        return ImportLimits(max_paste_lines=int(get("import.max_lines")),
                            max_file_bytes=int(get("import.max_file_bytes")),
                            max_playlist_links=int(get("import.max_playlist_links")),
                            max_tracks=int(get("import.max_tracks")))

    # -- previews ----------------------------------------------------------------------------
    async def preview_paths(self, paths: Sequence[str]) -> tuple[str, StoredPreview]:
        preview = await self._cpu.run(parse_paths, list(paths), self.limits())
        return await self._keep(preview, "file")

    async def preview_text(self, text: str) -> tuple[str, StoredPreview]:
        preview = await self._cpu.run(parse_text, text, "paste", self.limits())
        return await self._keep(preview, "paste")

    async def _keep(self, preview: ImportPreview, source: str) -> tuple[str, StoredPreview]:
        self._purge_expired()
        items = await asyncio.get_running_loop().run_in_executor(None, prepared_items,
                                                                 preview.accepted)
        known = await self._ingest.already_wanted(items)
        stored = StoredPreview(preview, source, self._clock() + PREVIEW_TTL_S, sum(known))
        preview_id = secrets.token_urlsafe(12)
        self._previews[preview_id] = stored
        return preview_id, stored

    def discard(self, preview_id: str) -> None:
        self._previews.pop(preview_id, None)

    def _purge_expired(self) -> None:
        now = self._clock()
        for key in [k for k, v in self._previews.items() if v.expires_at <= now]:
            del self._previews[key]

    def stored(self, preview_id: str) -> StoredPreview:
        self._purge_expired()
        stored = self._previews.get(preview_id)
        if stored is None:
            raise ImportRejected("This import preview has expired or was already imported; "
                                 "drop the files again.", code="import.preview_expired",
                                 params={"preview_id": preview_id})
        return stored

    # -- confirm -----------------------------------------------------------------------------
    async def confirm(self, preview_id: str) -> ImportResult:
        stored = self.stored(preview_id)
        result = await self.persist(stored.preview, stored.source)
        self._previews.pop(preview_id, None)
        return result

    async def persist(self, preview: ImportPreview, source: str = "file") -> ImportResult:
        """Write a whole preview in one transaction (nothing at all on any error)."""
        if preview.is_empty:
            raise ImportRejected("Nothing to import: no track or Spotify link was recognised.",
                                 code="import.nothing_accepted")
        total = len(preview.accepted) + len(preview.links)
        self._bus.publish(ImportProgress(job_id=0, done=0, total=total, state="running"))
        try:
            result = await self._write(preview, source)
        except Exception:
            self._bus.publish(ImportProgress(job_id=0, done=0, total=total, state="failed"))
            raise
        if result.created >= ANALYZE_AFTER_ROWS:
            self._statistics = asyncio.create_task(self._refresh_statistics(),
                                                   name="import-analyze")
        self._bus.publish(ImportProgress(job_id=result.job_id, done=total, total=total,
                                         state="finished"))
        await self._announce(result, preview)
        if self._after_import is not None:
            outcome = self._after_import(result)
            if asyncio.iscoroutine(outcome):
                await outcome
        return result

    async def _refresh_statistics(self) -> None:
        """ANALYZE after the import, not inside it: the user waits for the import, while only
        the NEXT import's lookups need fresh statistics (``_write`` waits for this first)."""
        try:
            await self._ingest.refresh_statistics()
        except Exception as exc:  # stale statistics only slow the next import down
            log.warning("refreshing table statistics failed: %s", exc)

    async def _statistics_ready(self) -> None:
        if self._statistics is not None:
            await asyncio.shield(self._statistics)
            self._statistics = None

    async def aclose(self) -> None:
        """Engine stop: let a running ANALYZE end (it is short) rather than cut it off."""
        await self._statistics_ready()

    async def _write(self, preview: ImportPreview, source: str) -> ImportResult:
        await self._statistics_ready()
        items = await asyncio.get_running_loop().run_in_executor(None, prepared_items,
                                                                 preview.accepted)
        counts = JobCounts(len(preview.accepted), len(preview.rejected),
                           len(preview.duplicates), len(preview.links))
        async with self._db.session() as session:
            job_id = await self._ingest.create_job(session, source, counts,
                                                   _summary(preview))
            upserted = await upsert_wanted_batched(session, self.wanted, items)
            records = await asyncio.get_running_loop().run_in_executor(
                None, _ingest_records, job_id, preview, upserted.ids)
            await self._ingest.add_items(session, records)
            playlists = await self._file_playlists(session, preview.accepted, upserted.ids)
        return ImportResult(job_id, len(upserted.created), len(upserted.merged),
                            len(preview.links), len(preview.rejected), playlists)

    async def _file_playlists(self, session: Any, tracks: Sequence[ImportedTrack],
                              wanted_ids: Sequence[int]) -> tuple[int, ...]:
        by_file: dict[str, list[int]] = {}
        for track, wanted_id in zip(tracks, wanted_ids, strict=True):
            if track.file not in PASTE_NAMES:
                by_file.setdefault(track.file, []).append(wanted_id)
        created = []
        for name, ids in by_file.items():
            playlist_id = await self._playlists.ensure(session, source=SOURCE,
                                                       name=Path(name).stem or name)
            await self._playlists.append_items(session, playlist_id, ids)
            created.append(playlist_id)
        return tuple(created)

    async def _announce(self, result: ImportResult, preview: ImportPreview) -> None:
        params = {"job_id": result.job_id, "created": result.created, "merged": result.merged,
                  "links": result.links, "rejected": result.rejected,
                  "duplicates": len(preview.duplicates)}
        await self._activity.record("import", "completed", action="import", **params)
        self._bus.publish(Notification(code="import.finished", params=params))


def _summary(preview: ImportPreview) -> dict[str, Any]:
    files = sorted({t.file for t in preview.accepted} | {link.file for link in preview.links})
    return {"files": files[:50], "notes": [n.code for n in preview.notes],
            "duplicates": len(preview.duplicates)}


def _ingest_records(job_id: int, preview: ImportPreview, wanted_ids: Sequence[int]
                    ) -> list[tuple[Any, ...]]:
    """``ingest_items`` rows (``INGEST_COLUMNS`` order): accepted tracks, links, rejects."""
    records: list[tuple[Any, ...]] = []
    for track, wanted_id in zip(preview.accepted, wanted_ids, strict=True):
        payload = {"artists": list(track.artists), "title": track.title, "album": track.album,
                   "duration_ms": track.duration_ms, "spotify_id": track.spotify_id,
                   "isrc": track.isrc, "source": track.source, "file": track.file,
                   "line": track.line}
        records.append((job_id, "track", json.dumps(payload), wanted_id, "accepted", None))
    for link in preview.links:
        payload = {"kind": link.kind, "spotify_id": link.spotify_id, "file": link.file,
                   "line": link.line}
        records.append((job_id, "link", json.dumps(payload), None, "pending", None))
    for reject in preview.rejected:
        payload = {"file": reject.file, "line": reject.line, "text": reject.text,
                   "reason": reject.reason}
        records.append((job_id, "rejected", json.dumps(payload), None, "rejected",
                        reject.reason))
    return records
