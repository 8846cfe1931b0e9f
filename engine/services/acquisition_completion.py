"""Completion stage (first half of job ``metadata``): wait until slskd's file is really on disk
and its size is stable, verify it, copy it into a hidden staging folder and tag the copy.

A failed verification is a failed candidate (the next alternate is tried), never a finished
download. All later steps work on the staged copy, so the library only ever receives a
complete, tagged file in one atomic move.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import time
from pathlib import Path

from engine.clients.slskd_models import expected_local_path
from engine.db.repositories import downloads as dl
from engine.db.repositories.downloads import DownloadView
from engine.db.repositories.wanted import WantedItemView
from engine.domain import failure_codes as fc
from engine.errors import FileProcessingError
from engine.jobs.handlers import JobContext, RetryLater
from engine.library.atomic import partial_path_for
from engine.library.audiofile import open_audio
from engine.library.models import VerifyResult
from engine.library.organise import prune_empty_folders
from engine.library.sanitise import safe_extension
from engine.library.tags import write_tags
from engine.library.verify import file_signature, verify_download
from engine.services.acquisition import Acquisition, tags_for

#: verification codes that mean the peer sent a broken file (the peer is blamed)
_PEER_FAULTS = {fc.VERIFY_SIZE_MISMATCH, fc.VERIFY_UNREADABLE, fc.VERIFY_EMPTY,
                fc.VERIFY_SIZE_IMPLAUSIBLE, fc.VERIFY_NO_DURATION}
_FILE_POLL_S = 0.1
_MISSING_FILE_ATTEMPTS = 3


def lands_inside(downloads_dir: Path, remote_path: str) -> bool:
    """Whether slskd's local copy of ``remote_path`` stays inside its downloads folder."""
    root = downloads_dir.resolve()
    try:
        local = expected_local_path(root, remote_path).resolve()
    except (OSError, ValueError):
        return False
    return local.is_relative_to(root) and local != root and local.parent != root.parent


def downloaded_candidates(downloads_dir: Path, remote_path: str) -> list[Path]:
    """Where slskd may have put the file (``name.ext`` or ``name_<ticks>.ext`` on a collision),
    newest first; never anything outside ``downloads_dir``."""
    root = downloads_dir.resolve()
    expected = expected_local_path(root, remote_path)
    try:
        resolved = expected.resolve()
    except OSError:
        return []
    if not resolved.is_relative_to(root) or resolved == root:
        return []
    folder = resolved.parent
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.is_file() and (
        p.name == resolved.name or (p.suffix == resolved.suffix and p.stem.startswith(
            resolved.stem + "_") and p.stem[len(resolved.stem) + 1:].isdigit()))]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


class CompletionStage:
    def __init__(self, acquisition: Acquisition) -> None:
        self.acq = acquisition

    async def handle(self, ctx: JobContext) -> None:
        row = await self.acq.downloads.get(int(ctx.payload["download_id"]))
        if row is None or row.state not in (dl.SUCCEEDED, dl.VERIFYING, dl.PROCESSING):
            return
        item = await self.acq.wanted.get(row.wanted_item_id or 0)
        if item is None:
            return
        if row.state != dl.PROCESSING:
            verified = await self._verify(ctx, row, item)
            if verified is None:
                return
            row = verified
        if row.metadata_status != "done":
            staged = await self.staged_audio(row)
            if staged is None:
                return
            await self.acq.in_executor(write_tags, staged, tags_for(item))
            row = await self.acq.downloads.update(row.id, expect_states=(dl.PROCESSING,),
                                                  metadata_status="done") or row
        await self.acq.enqueue_for("artwork", row)

    async def _verify(self, ctx: JobContext, row: DownloadView, item: WantedItemView
                      ) -> DownloadView | None:
        root = self.acq.downloads_dir()
        if root is None:
            raise RetryLater("slskd.downloads_dir is not set: cannot find finished downloads",
                             self.acq.retry_delay(ctx.attempt))
        if not lands_inside(root, row.remote_path or ""):
            await self.acq.candidate_failed(row, fc.failure(fc.VERIFY_UNSAFE_NAME),
                                            kind="verify", peer_fault=False)
            return None
        source = await self._await_stable_file(root, row)
        if source is None:
            if ctx.attempt + 1 < _MISSING_FILE_ATTEMPTS:
                raise RetryLater("The finished download is not on disk yet",
                                 self.acq.retry_delay(ctx.attempt))
            await self.acq.candidate_failed(row, fc.failure(fc.VERIFY_NEVER_APPEARED),
                                            kind="verify", peer_fault=False)
            return None
        result = await self.acq.in_executor(self._check, source, row, item)
        if not result[0]:
            await self.acq.in_executor(discard_source, source, root)
            await self.acq.candidate_failed(row, result[1], kind="verify",
                                            peer_fault=result[2] in _PEER_FAULTS)
            return None
        await self.acq.in_executor(stage_copy, source, self.staged_path(row), True)
        processing = await self.acq.downloads.update(
            row.id, expect_states=(dl.SUCCEEDED, dl.VERIFYING), state=dl.PROCESSING,
            local_path=str(source), metadata_status="pending", artwork_status="pending",
            lyrics_status="pending")
        if processing is not None and row.username:
            await self.acq.peers.record_success(row.username)
            self.acq.announce(processing)
        return processing

    def _check(self, source: Path, row: DownloadView, item: WantedItemView
               ) -> tuple[bool, str, str | None]:
        expected_size = row.size if self.acq.setting("download.verify_size") else None
        duration = item.duration_ms / 1000 if item.duration_ms else None
        result = verify_download(source, expected_size=expected_size,
                                 expected_duration_s=duration,
                                 tolerance_s=float(self.acq.setting(
                                     "matching.duration_tolerance_s")))
        return result.ok, verify_failure(result, expected_size, duration), result.code

    async def _await_stable_file(self, root: Path, row: DownloadView) -> Path | None:
        """The downloaded file once its size stayed the same for ``download.size_stable_s``."""
        deadline = time.monotonic() + float(self.acq.setting("download.file_wait_s"))
        stable_for = float(self.acq.setting("download.size_stable_s"))
        last: tuple[Path, tuple[int, int] | None] | None = None
        since = time.monotonic()
        while time.monotonic() < deadline:
            found = await self.acq.in_executor(downloaded_candidates, root, row.remote_path or "")
            if found:
                signature = file_signature(found[0])
                if last is None or last != (found[0], signature):
                    last, since = (found[0], signature), time.monotonic()
                elif signature and signature[0] > 0 and time.monotonic() - since >= stable_for:
                    return found[0]
            await asyncio.sleep(_FILE_POLL_S)
        return None

    # -- the staged copy ----------------------------------------------------------------------
    def staged_path(self, row: DownloadView) -> Path:
        extension = safe_extension(Path(row.filename).suffix.lstrip("."))
        return self.acq.staging_dir(row.id) / f"audio.{extension}"

    async def staged_audio(self, row: DownloadView) -> Path | None:
        """The staged file, readable; a damaged copy (a kill mid-save) is staged again from
        slskd's file and the post-processing restarts with the tags."""
        staged = self.staged_path(row)
        try:
            await self.acq.in_executor(open_audio, staged)
            return staged
        except FileProcessingError:
            pass
        source = Path(row.local_path) if row.local_path else None
        if source is None or not source.is_file():
            await self.acq.candidate_failed(row, fc.failure(fc.VERIFY_VANISHED), kind="verify",
                                            peer_fault=False)
            return None
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
        await self.acq.in_executor(stage_copy, source, staged)
        if row.metadata_status == "done":
            reset = await self.acq.downloads.update(row.id, expect_states=(dl.PROCESSING,),
                                                    metadata_status="pending",
                                                    artwork_status="pending",
                                                    lyrics_status="pending")
            if reset is not None:
                await self.acq.enqueue_for("metadata", reset, suffix="restaged")
            return None
        return staged


def verify_failure(result: VerifyResult, expected_size: int | None,
                   expected_duration_s: float | None) -> str:
    """The verification's code with the measured numbers as detail (the English message is
    for the log; the numbers read the same in every language)."""
    code = result.code or fc.VERIFY_UNREADABLE
    size, length = result.size, result.duration_s
    if code == fc.VERIFY_SIZE_MISMATCH and size is not None and expected_size is not None:
        detail = f"{size} B ≠ {expected_size} B"
    elif code == fc.VERIFY_DURATION_MISMATCH and length is not None and expected_duration_s:
        detail = f"{length:.1f} s ≠ {expected_duration_s:.1f} s"
    elif code == fc.VERIFY_SIZE_IMPLAUSIBLE and size is not None and length is not None:
        detail = f"{size} B, {length:.1f} s"
    elif code == fc.VERIFY_UNREADABLE:
        detail = result.message  # the audio library's own words about the file
    else:
        detail = ""
    return fc.failure(code, detail)


def stage_copy(source: Path, staged: Path, replace: bool = False) -> None:
    """Copy atomically (temp name, fsync, rename); an existing staged copy is kept unless
    ``replace`` (a freshly verified download always replaces what an earlier file left)."""
    if not replace and staged.is_file() and staged.stat().st_size > 0:
        return
    staged.parent.mkdir(parents=True, exist_ok=True)
    temp = partial_path_for(staged)
    try:
        shutil.copyfile(source, temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, staged)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def discard_source(source: Path, downloads_root: Path) -> None:
    """Remove a rejected download and the folder slskd made for it, when that is now empty."""
    with contextlib.suppress(OSError):
        source.unlink()
    with contextlib.suppress(OSError):
        prune_empty_folders(source.parent, downloads_root)
