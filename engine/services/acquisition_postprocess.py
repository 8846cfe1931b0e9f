"""Post-processing stages on the staged copy: ``artwork`` (largest album image embedded and kept
for ``cover.jpg``) and ``lyrics`` (LRCLIB synced lyrics as ``.lrc``, else plain lyrics embedded),
after which the ``lyrics`` job organises the file into the library.

Neither failure fails the track: a provider error is retried a few times
(``download.postprocess_attempts``), then recorded as ``failed`` on the row and the pipeline
goes on. A lookup that finds nothing is ``none``, not an error.
"""

from __future__ import annotations

import logging
from pathlib import Path

from engine.clients.lrclib import LyricsStatus
from engine.clients.spotify_models import SpotifyConnection
from engine.db.repositories import downloads as dl
from engine.db.repositories.downloads import DownloadView
from engine.db.repositories.wanted import WantedItemView
from engine.errors import FileProcessingError, HarmonyError
from engine.jobs.handlers import JobContext, RetryLater
from engine.library.artwork import embed_cover
from engine.library.atomic import write_bytes_atomic
from engine.library.lyrics_file import embed_plain_lyrics, write_lrc
from engine.services.acquisition import Acquisition
from engine.services.acquisition_completion import CompletionStage
from engine.services.acquisition_organise import Organiser

log = logging.getLogger(__name__)
COVER_FILE = "cover.img"


class PostProcessStages:
    def __init__(self, acquisition: Acquisition, completion: CompletionStage,
                 organiser: Organiser) -> None:
        self.acq = acquisition
        self.completion = completion
        self.organiser = organiser

    async def _load(self, ctx: JobContext) -> tuple[DownloadView, WantedItemView] | None:
        row = await self.acq.downloads.get(int(ctx.payload["download_id"]))
        if row is None or row.state != dl.PROCESSING:
            return None
        item = await self.acq.wanted.get(row.wanted_item_id or 0)
        return (row, item) if item is not None else None

    def _give_up(self, ctx: JobContext, exc: HarmonyError) -> bool:
        """True once the post-processing attempts are spent; else ask for a later retry."""
        if ctx.attempt + 1 >= int(self.acq.setting("download.postprocess_attempts")):
            log.info("%s gave up: %s", ctx.job_type, exc.code, extra={"action": ctx.job_type})
            return True
        raise RetryLater(f"{exc.code}: {exc.message}", self.acq.retry_delay(ctx.attempt))

    # -- artwork -------------------------------------------------------------------------------
    async def artwork(self, ctx: JobContext) -> None:
        loaded = await self._load(ctx)
        if loaded is None:
            return
        row, item = loaded
        if row.artwork_status == "pending":
            staged = await self.completion.staged_audio(row)
            if staged is None:
                return
            try:
                status = await self._embed_cover(row, item, staged)
            except FileProcessingError as exc:
                status = "failed" if self._give_up(ctx, exc) else "pending"
            except HarmonyError as exc:
                status = "failed" if self._give_up(ctx, exc) else "pending"
            row = await self.acq.downloads.update(row.id, expect_states=(dl.PROCESSING,),
                                                  artwork_status=status) or row
        await self.acq.enqueue_for("lyrics", row)

    async def _embed_cover(self, row: DownloadView, item: WantedItemView, staged: Path) -> str:
        if not self.acq.setting("artwork.enabled"):
            return "skipped"
        cover = self.acq.staging_dir(row.id) / COVER_FILE
        if not cover.is_file():
            data = await self._fetch_cover(item)
            if data is None:
                return "none"
            await self.acq.in_executor(write_bytes_atomic, cover, data)
        await self.acq.in_executor(embed_cover, staged, cover.read_bytes())
        return "done"

    async def _fetch_cover(self, item: WantedItemView) -> bytes | None:
        """The wanted item's cover URL (Spotify's largest image), else the album's images
        from Spotify when the user is connected."""
        client = self.acq.integrations.coverart()
        if item.cover_url:
            return (await client.download(item.cover_url)).data
        if not item.spotify_album_id or await self.acq.integrations.spotify_connection() \
                is not SpotifyConnection.CONNECTED:
            return None
        album = await self.acq.integrations.spotify().album(item.spotify_album_id)
        image = await client.spotify_cover(album.images)
        return image.data if image is not None else None

    # -- lyrics, then organise -----------------------------------------------------------------
    async def lyrics(self, ctx: JobContext) -> None:
        loaded = await self._load(ctx)
        if loaded is None:
            return
        row, item = loaded
        if row.lyrics_status == "pending":
            staged = await self.completion.staged_audio(row)
            if staged is None:
                return
            try:
                status = await self._lyrics(item, staged)
            except HarmonyError as exc:
                status = "failed" if self._give_up(ctx, exc) else "pending"
            row = await self.acq.downloads.update(row.id, expect_states=(dl.PROCESSING,),
                                                  lyrics_status=status) or row
        await self.organiser.organise(row, item)

    async def _lyrics(self, item: WantedItemView, staged: Path) -> str:
        if not self.acq.setting("lyrics.enabled"):
            return "skipped"
        duration = item.duration_ms / 1000 if item.duration_ms else None
        found = await self.acq.integrations.lrclib().lyrics(
            track=item.title, artist=item.artists[0] if item.artists else "",
            album=item.album, duration_s=duration)
        status = found.status
        if status is LyricsStatus.SYNCED:
            outcome = await self.acq.in_executor(
                lambda: write_lrc(staged, found.synced, title=item.title,
                                  artist=", ".join(item.artists), album=item.album,
                                  duration_s=duration))
            return "synced" if outcome.value == "written" else outcome.value
        if status is LyricsStatus.PLAIN:
            await self.acq.in_executor(embed_plain_lyrics, staged, found.plain)
            return "plain"
        return status.value  # instrumental | none
