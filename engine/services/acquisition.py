"""The acquisition service: shared state and the pipeline's bookkeeping (attempt budget,
alternates, dead letters) that every stage — search, matching, transfer, completion,
post-processing, organise — builds on.

Each stage is a queue job whose dedupe key names the download rows it works on
(``acq:<job type>:<download ids>:<suffix>``), so the reconcile pump can tell which rows have
work in flight and re-drive the ones a crash left behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import shutil
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from engine.activity import ActivityLog
from engine.db.repositories import downloads as dl
from engine.db.repositories.downloads import Downloads, DownloadView
from engine.db.repositories.library import LibraryIndex
from engine.db.repositories.matches import SAVED, Matches, MatchView
from engine.db.repositories.peers import PeerStats
from engine.db.repositories.search_cache import SearchResponses
from engine.db.repositories.wanted import WantedItems, WantedItemView
from engine.db.session import Database
from engine.domain.models import Decision
from engine.events import DownloadProgress, EventBus
from engine.jobs.queue import PgJobQueue
from engine.jobs.spec import RetryPolicy, job_type
from engine.library.models import TrackTags
from engine.matching import MatchingSettings, rank
from engine.paths import AppPaths, effective_music_dir
from engine.services.integrations import Integrations
from engine.settings_store import SettingsStore

log = logging.getLogger(__name__)
T = TypeVar("T")
KEY_PREFIX = "acq:"
STAGING_FOLDER = ".harmony-staging"  # hidden: library scans skip it
_KEY_IDS = re.compile(r"^acq:[a-z_]+:([\d,]+)")


def job_key(job: str, download_ids: Sequence[int], suffix: str = "") -> str:
    return f"{KEY_PREFIX}{job}:{','.join(str(i) for i in download_ids)}:{suffix}"


def ids_in_key(key: str | None) -> list[int]:
    match = _KEY_IDS.match(key or "")
    return [int(part) for part in match.group(1).split(",") if part] if match else []


def tags_for(item: WantedItemView) -> TrackTags:
    """What the file is tagged with: the wanted item's metadata (from Spotify when known)."""
    return TrackTags(
        title=item.title, artists=item.artists,
        album_artist=item.album_artist or (item.artists[0] if item.artists else None),
        album=item.album, date=item.release_date, track_number=item.track_number,
        track_total=item.track_total, disc_number=item.disc_number, disc_total=item.disc_total,
        isrc=item.isrc, spotify_track_id=item.spotify_track_id,
        spotify_album_id=item.spotify_album_id, spotify_artist_ids=item.spotify_artist_ids,
        genre=item.genre, copyright=item.copyright)


class Acquisition:
    """Owns the repositories and the rules shared by the stages (see module docstring)."""

    def __init__(self, *, settings: SettingsStore, database: Database, queue: PgJobQueue,
                 activity: ActivityLog, bus: EventBus, integrations: Integrations,
                 paths: AppPaths) -> None:
        self.settings = settings
        self.db = database
        self.queue = queue
        self.activity = activity
        self.bus = bus
        self.integrations = integrations
        self.paths = paths
        self.wanted = WantedItems(database, activity, bus)
        self.library = LibraryIndex(database)
        self.downloads = Downloads(database)
        self.matches = Matches(database)
        self.peers = PeerStats(database)
        self.cache = SearchResponses(database)
        self.speeds: dict[int, float] = {}  # download id → bytes/s, from the transfer monitor

    # -- settings ----------------------------------------------------------------------------
    def setting(self, name: str) -> Any:
        return self.settings.get(name)

    def matching_settings(self) -> MatchingSettings:
        return MatchingSettings.from_mapping(self.settings.snapshot())

    def music_dir(self) -> Path:
        return effective_music_dir(self.setting("library.music_dir"), self.paths)

    def downloads_dir(self) -> Path | None:
        configured = str(self.setting("slskd.downloads_dir") or "").strip()
        return Path(configured).expanduser() if configured else None

    def staging_dir(self, download_id: int) -> Path:
        return self.music_dir() / STAGING_FOLDER / str(download_id)

    def retry_delay(self, attempt: int) -> float:
        policy = RetryPolicy(base_seconds=float(self.setting("retry.base_seconds")),
                             max_seconds=float(self.setting("retry.max_seconds")),
                             jitter=float(self.setting("retry.jitter")))
        return policy.delay_for(attempt)

    async def in_executor(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(None, fn, *args)

    # -- jobs --------------------------------------------------------------------------------
    async def enqueue(self, job: str, download_ids: Sequence[int], payload: dict[str, Any], *,
                      suffix: str = "", delay_s: float = 0.0, priority: int = 0) -> int | None:
        return await self.queue.enqueue(job, payload, priority=job_type(job).priority + priority,
                                        dedupe_key=job_key(job, download_ids, suffix),
                                        delay_s=max(0.0, delay_s))

    async def enqueue_for(self, job: str, row: DownloadView, *, suffix: str = "",
                          delay_s: float = 0.0, **extra: Any) -> int | None:
        return await self.enqueue(job, [row.id], {"download_id": row.id, **extra},
                                  suffix=suffix, delay_s=delay_s, priority=row.priority)

    async def live_jobs(self) -> dict[int, list[tuple[str, str]]]:
        """download id → [(job type, dedupe key)] of queued or running pipeline jobs."""
        live: dict[int, list[tuple[str, str]]] = {}
        for status in ("queued", "picked"):
            for job in await self.queue.jobs(status=status, limit=100_000):
                for download_id in ids_in_key(job.dedupe_key):
                    live.setdefault(download_id, []).append((job.job_type, job.dedupe_key or ""))
        return live

    async def waiting_keys(self, download_id: int) -> list[str]:
        jobs = await self.queue.jobs(status="queued", limit=100_000)
        return [j.dedupe_key for j in jobs if j.dedupe_key and download_id in ids_in_key(
            j.dedupe_key)]

    # -- events ------------------------------------------------------------------------------
    def announce(self, row: DownloadView | None) -> None:
        if row is not None:
            self.bus.publish(DownloadProgress(download_id=row.id, state=row.state,
                                              progress=row.progress,
                                              bytes_transferred=row.bytes_transferred))

    async def move_item(self, item_id: int | None, state: str, *, error: str | None = None,
                        **details: Any) -> None:
        if item_id is not None:
            await self.wanted.transition(item_id, state, error=error, activity_type="download",
                                         **details)

    # -- candidates --------------------------------------------------------------------------
    async def pick_candidate(self, item: WantedItemView) -> MatchView | None:
        """The file to try next: the user's choice first, then the best remaining saved one,
        re-ranked with today's peer failures and bans."""
        banned_files = await self.peers.banned_files()
        banned_users = await self.peers.banned_users()
        usable = [m for m in await self.matches.for_item(item.id)
                  if m.in_round and not m.failed and (m.decision == SAVED or m.user_choice)
                  and (m.file.username, m.file.filename) not in banned_files
                  and m.file.username not in banned_users]
        chosen = [m for m in usable if m.user_choice]
        if chosen:
            return chosen[0]
        if not usable:
            return None
        failures = await self.peers.recent_failures(
            float(self.setting("matching.peer_failure_window_h")))
        ranked = await self.in_executor(rank, item.to_query(), [m.file for m in usable],
                                        self.matching_settings(), failures, banned_users)
        best = next((c for c in ranked if c.decision is Decision.ACCEPT), None)
        return usable[best.input_index] if best is not None else None

    async def candidate_failed(self, row: DownloadView, reason: str, *, kind: str,
                               peer_fault: bool, transfer_id: str | None = None) -> None:
        """This file did not work: remember it, blame the peer if it was theirs, and go on
        with the next alternate (a new ``sync`` job picks it)."""
        expected = (*dl.TRANSFER_STATES, dl.ENQUEUEING, dl.SUCCEEDED, dl.VERIFYING,
                    dl.PROCESSING)
        updated = await self.downloads.update(
            row.id, expect_states=expected, expect_transfer=transfer_id, state=dl.MATCHED,
            transfer_id=None, bytes_transferred=0, progress=0.0, last_error=reason[:500],
            local_path=None, metadata_status="pending", artwork_status="pending",
            lyrics_status="pending")
        if updated is None:
            return  # another engine (or an earlier run) already handled this failure
        if row.wanted_item_id is not None and row.username and row.remote_path:
            await self.matches.mark_failed(row.wanted_item_id, row.username, row.remote_path,
                                           kind, reason)
        if peer_fault and row.username:
            await self.peers.record_failure(row.username)
        await self.activity.record("download", "failed", download_id=row.id,
                                   item_id=row.wanted_item_id, username=row.username,
                                   filename=row.filename, reason=reason[:300], kind=kind)
        self.clear_staging(row.id)
        self.announce(updated)
        await self.enqueue_for("sync", updated, suffix=f"after-{row.transfer_id or 'start'}")

    async def round_failed(self, download_id: int, reason: str) -> None:
        """No file worked this round: back off and search again later, or, once the attempt
        budget is spent, park the item as dead letter (waiting for the user)."""
        row = await self.downloads.get(download_id)
        if row is None or row.state in dl.TERMINAL or row.state == dl.FAILED:
            return
        attempts = row.retry_count + 1
        if attempts >= int(self.setting("retry.max_attempts")):
            updated = await self.downloads.update(
                row.id, expect_states=(row.state,), state=dl.DEAD_LETTER, retry_count=attempts,
                next_retry_at=None, last_error=reason[:500], transfer_id=None)
            if updated is not None:
                self.clear_staging(row.id)
                await self.move_item(row.wanted_item_id, "dead_letter", error=reason[:500],
                                     attempts=attempts)
                self.announce(updated)
            return
        delay = self.retry_delay(attempts - 1)
        updated = await self.downloads.update(
            row.id, expect_states=(row.state,), state=dl.FAILED, retry_count=attempts,
            next_retry_at=datetime.now(UTC) + timedelta(seconds=delay),
            last_error=reason[:500], transfer_id=None)
        if updated is None:
            return
        self.clear_staging(row.id)
        await self.move_item(row.wanted_item_id, "failed", error=reason[:500],
                             attempts=attempts, retry_in_s=round(delay, 2))
        self.announce(updated)
        await self.enqueue_for("retry", updated, suffix=str(attempts), delay_s=delay)

    def clear_staging(self, download_id: int) -> None:
        with contextlib.suppress(OSError):
            shutil.rmtree(self.staging_dir(download_id))
