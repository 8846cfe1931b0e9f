"""Library index: scan the music folder incrementally (mutagen, in an executor), store what is
there, and mark wanted items that are already on disk as ``owned``."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from engine.activity import ActivityLog
from engine.db.repositories.ingest import IngestRepository
from engine.db.repositories.library import LibraryIndex
from engine.db.repositories.wanted import WantedItems
from engine.db.session import Database
from engine.library.scan import scan_library
from engine.paths import AppPaths, effective_music_dir
from engine.settings_store import SettingsStore

log = logging.getLogger(__name__)
JOB_TYPE = "library_scan"
RUN_KEY = "library_scan:run"
#: Items not downloaded (or being downloaded) yet: a file on disk makes them owned.
OWNABLE_STATES = ("new", "failed", "dead_letter")
PAGE = 500


@dataclass(frozen=True)
class ScanReport:
    changed: int
    removed: int
    unchanged: int
    failed: int
    owned: int


class LibraryScanService:
    def __init__(self, database: Database, settings: SettingsStore, activity: ActivityLog,
                 wanted: WantedItems, enqueue: Callable[..., Awaitable[Any]],
                 on_owned: Callable[[list[int]], Any] | None = None,
                 paths: AppPaths | None = None) -> None:
        self._settings = settings
        self._paths = paths
        self._activity = activity
        self._wanted = wanted
        self._enqueue = enqueue
        self._on_owned = on_owned
        self.index = LibraryIndex(database)
        self._ingest = IngestRepository(database)
        self._first_scan_done = False

    def music_dir(self) -> str:
        configured = self._settings.get("library.music_dir")
        if self._paths is None:
            return str(configured or "")
        return str(effective_music_dir(configured, self._paths))

    def interval_s(self) -> float:
        return float(self._settings.get("library.scan_interval_s"))

    async def request(self) -> None:
        await self._enqueue(JOB_TYPE, {}, dedupe_key=RUN_KEY)

    async def last_scan_at(self) -> datetime | None:
        return await self._ingest.last_activity_at("system", "library_scan")  # type: ignore[no-any-return]

    async def handle(self, ctx: Any = None) -> ScanReport | None:
        return await self.scan()

    async def scan(self) -> ScanReport | None:
        root = self.music_dir()
        if not root or not Path(root).is_dir():
            log.info("library scan skipped: music folder %r is not set or missing", root)
            return None
        known = await self.index.known_signatures()
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(None, scan_library, root, known)
        await self.index.upsert(result.added_or_changed)
        await self.index.remove(result.removed)
        owned: list[int] = []
        if result.added_or_changed or not self._first_scan_done:
            owned = await self.mark_owned()
        self._first_scan_done = True
        report = ScanReport(len(result.added_or_changed), len(result.removed), result.unchanged,
                            len(result.failed), len(owned))
        await self._activity.record("system", "completed", action="library_scan",
                                    **vars(report))
        return report

    async def mark_owned(self) -> list[int]:
        """Every not-yet-downloaded wanted item with a matching library file becomes owned."""
        owned: list[int] = []
        offset = 0
        while True:
            page = await self._wanted.list(states=OWNABLE_STATES, limit=PAGE, offset=offset)
            if not page:
                break
            found = 0
            for item in page:
                path = await self.index.find_owned(item)
                if path is not None:
                    await self._wanted.transition(item.id, "owned", activity_type="sync",
                                                  library_path=path, reason="in_library")
                    owned.append(item.id)
                    found += 1
            offset += len(page) - found  # owned items left the filtered list
        if owned and self._on_owned is not None:
            result = self._on_owned(owned)
            if hasattr(result, "__await__"):
                await result
        return owned
