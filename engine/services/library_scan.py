"""Library index: scan the music folder incrementally (mutagen, in the helper process), store
what is there, and mark wanted items that are already on disk as ``owned``."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from engine.activity import ActivityLog
from engine.cpu_pool import CpuPool
from engine.db.repositories.ingest import IngestRepository
from engine.db.repositories.library import LibraryIndex
from engine.db.repositories.wanted import WantedItems
from engine.db.session import Database
from engine.library.models import LibraryFileInfo, ScanFailure
from engine.library.scan import ScanPlan, plan_scan, read_file_infos
from engine.paths import AppPaths, effective_music_dir
from engine.settings_store import SettingsStore

log = logging.getLogger(__name__)
JOB_TYPE = "library_scan"
RUN_KEY = "library_scan:run"
#: Items not downloaded (or being downloaded) yet: a file on disk makes them owned.
OWNABLE_STATES = ("new", "failed", "dead_letter")
PAGE = 500
#: files opened per helper-process call: small answers come back between other work (an import
#: preview waits at most one chunk), and no big result is unpickled at once beside the window
READ_CHUNK = 200


@dataclass(frozen=True)
class ScanReport:
    changed: int
    removed: int
    unchanged: int
    failed: int
    owned: int


class LibraryScanService:
    def __init__(self, database: Database, settings: SettingsStore, activity: ActivityLog,
                 wanted: WantedItems, enqueue: Callable[..., Awaitable[Any]], *,
                 cpu: CpuPool, on_owned: Callable[[list[int]], Any] | None = None,
                 paths: AppPaths | None = None) -> None:
        self._settings = settings
        #: tags are read in the helper process: a reading thread made the window stutter
        self._cpu = cpu
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
        plan: ScanPlan = await self._cpu.run(plan_scan, root, known)
        infos, failed = await self._read(plan)
        await self.index.upsert(infos)
        await self.index.remove(plan.removed)
        owned: list[int] = []
        if infos or not self._first_scan_done:
            owned = await self.mark_owned()
        self._first_scan_done = True
        report = ScanReport(len(infos), len(plan.removed), plan.unchanged, len(failed),
                            len(owned))
        await self._activity.record("system", "completed", action="library_scan",
                                    **vars(report))
        return report

    async def _read(self, plan: ScanPlan) -> tuple[list[LibraryFileInfo], list[ScanFailure]]:
        infos: list[LibraryFileInfo] = []
        failed: list[ScanFailure] = []
        for start in range(0, len(plan.changed), READ_CHUNK):
            chunk_infos, chunk_failed = await self._cpu.run(
                read_file_infos, plan.changed[start:start + READ_CHUNK])
            infos += chunk_infos
            failed += chunk_failed
        return infos, failed

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
