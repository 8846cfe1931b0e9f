"""The Downloads section (Soulseek tab): pipeline rows, slskd uploads and the user's actions."""

from __future__ import annotations

from engine.db.repositories.downloads import DownloadListing
from engine.domain.models import SoulseekFile, TrackQuery
from engine.facade.contracts import DownloadRow, UploadRow
from engine.services.acquisition import Acquisition
from engine.services.acquisition_control import PipelineControl


class DownloadsFacade:
    def __init__(self, acquisition: Acquisition, control: PipelineControl) -> None:
        self._acq = acquisition
        self._control = control

    async def list(self, *, active_only: bool = False, limit: int = 500) -> list[DownloadRow]:
        rows = await self._acq.downloads.listing(active_only=active_only, limit=limit)
        return [self._row(listing) for listing in rows]

    def _row(self, listing: DownloadListing) -> DownloadRow:
        row = listing.download
        return DownloadRow(
            id=row.id, wanted_item_id=row.wanted_item_id, title=listing.title,
            artists=listing.artists, filename=row.filename, username=row.username,
            state=row.state, progress=row.progress, size=row.size,
            speed=self._acq.speeds.get(row.id), priority=row.priority,
            retry_count=row.retry_count, last_error=row.last_error,
            next_retry_at=row.next_retry_at, created_at=row.created_at,
            updated_at=row.updated_at, completed_at=row.completed_at,
            organised_path=row.organised_path)

    async def uploads(self, *, active_only: bool = True) -> list[UploadRow]:
        client = await self._acq.integrations.slskd()
        transfers = await client.list_uploads(active_only=active_only)
        return [UploadRow(id=t.id, filename=t.filename.replace("\\", "/").rsplit("/", 1)[-1],
                          state=t.state.value, progress=t.percent_complete / 100.0,
                          username=t.username, size=t.size, speed=t.average_speed)
                for t in transfers]

    async def requeue(self, download_id: int) -> None:
        await self._control.requeue(download_id)

    async def set_priority(self, download_id: int, priority: int) -> None:
        await self._control.set_priority(download_id, priority)

    async def cancel(self, download_id: int) -> None:
        await self._control.cancel(download_id)

    async def download_file(self, file: SoulseekFile, track: TrackQuery,
                            *, source: str = "manual") -> int:
        return await self._control.download_file(file, track, source)
