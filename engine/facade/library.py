"""The Library section (engine.facade.contracts.LibrarySection) over the library index."""

from __future__ import annotations

from engine.db.repositories.wanted import WantedItems
from engine.facade.contracts import LibraryStats
from engine.library.naming import preview_template
from engine.services.library_scan import LibraryScanService


class LibraryFacade:
    def __init__(self, service: LibraryScanService, wanted: WantedItems) -> None:
        self._service = service
        self._wanted = wanted

    async def stats(self) -> LibraryStats:
        index = await self._service.index.stats()
        return LibraryStats(index.files, index.total_bytes, self._service.music_dir(),
                            await self._service.last_scan_at(), await self._wanted.counts())

    async def scan_now(self) -> None:
        await self._service.request()

    def preview_template(self, template: str) -> str:
        """Raises ConfigurationError (code config.naming_template) on a bad template."""
        return preview_template(template)
