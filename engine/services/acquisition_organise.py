"""Organise stage (end of job ``lyrics``): move the finished, tagged staged copy into the library
by the naming template in one atomic step, put its ``.lrc`` and the album's ``cover.jpg`` beside
it, record the path, teach the library index, and tidy slskd's leftovers.

Before the move a second hard link (``keep``) to the staged file is made. If the engine dies
after the move but before the database knows, the rerun finds the organised file by that link
(even when a name collision gave it a " (2)" suffix) instead of filing a second copy.
"""

from __future__ import annotations

import contextlib
import glob
import os
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from engine.db.repositories import downloads as dl
from engine.db.repositories.downloads import DownloadView
from engine.db.repositories.wanted import WantedItemView
from engine.errors import FileProcessingError
from engine.library.artwork import write_folder_cover
from engine.library.lyrics_file import lrc_path_for
from engine.library.models import LibraryFileInfo
from engine.library.naming import ensure_inside_root, render_relative_path
from engine.library.organise import organise_file, prune_empty_folders
from engine.library.scan import read_file_info
from engine.services.acquisition import Acquisition, tags_for
from engine.services.acquisition_completion import CompletionStage

COVER_FILE = "cover.img"


class Organiser:
    def __init__(self, acquisition: Acquisition, completion: CompletionStage) -> None:
        self.acq = acquisition
        self.completion = completion

    async def organise(self, row: DownloadView, item: WantedItemView) -> None:
        staged = self.completion.staged_path(row)
        keep = staged.with_name("keep" + staged.suffix)
        if not staged.exists() and not keep.exists():
            await self.completion.staged_audio(row)  # re-stages and restarts the tagging
            return
        music = self.acq.music_dir()
        relative = render_relative_path(str(self.acq.setting("library.naming_template")),
                                        tags_for(item), staged.suffix.lstrip("."))
        final = await self.acq.in_executor(place_in_library, staged, keep, music, relative)
        await self.acq.in_executor(place_sidecars, staged, self.acq.staging_dir(row.id), final)
        info = await self.acq.in_executor(describe, final)
        updated = await self.acq.downloads.update(
            row.id, expect_states=(dl.PROCESSING,), state=dl.COMPLETED,
            organised_path=str(final), completed_at=datetime.now(UTC), last_error=None)
        if updated is None:
            return
        await self.acq.library.upsert([info])
        await self.acq.move_item(item.id, "done", library_path=str(final),
                                 filename=row.filename, username=row.username)
        self.acq.announce(updated)
        await self.acq.in_executor(self._tidy, updated)

    def _tidy(self, row: DownloadView) -> None:
        """Remove slskd's copy (and its folder once empty) and the staging folder."""
        root = self.acq.downloads_dir()
        if root is not None and row.local_path:
            source = Path(row.local_path)
            if source.resolve().is_relative_to(root.resolve()):
                with contextlib.suppress(OSError):
                    source.unlink()
                with contextlib.suppress(OSError):
                    prune_empty_folders(source.parent, root)
        self.acq.clear_staging(row.id)


def place_in_library(staged: Path, keep: Path, music: Path, relative: PurePosixPath) -> Path:
    """Move the staged file into the library (atomic, never over a different file); after a
    crash mid-way, find where the earlier run put it."""
    if staged.exists():
        if not keep.exists():
            with contextlib.suppress(OSError):  # no hard links here: plain organise it is
                os.link(staged, keep)
        return organise_file(staged, music, relative).path
    target = ensure_inside_root(music, relative)
    placed = linked_copy(keep, target)
    return placed if placed is not None else organise_file(keep, music, relative).path


def linked_copy(keep: Path, target: Path) -> Path | None:
    """The file at ``target`` or one of its " (n)" variants that is ``keep`` itself."""
    if not target.parent.is_dir():
        return None
    pattern = glob.escape(str(target.parent / target.stem)) + "*" + glob.escape(target.suffix)
    for name in sorted(glob.glob(pattern)):
        with contextlib.suppress(OSError):
            if os.path.samefile(name, keep):
                return Path(name)
    return None


def place_sidecars(staged: Path, staging: Path, final: Path) -> None:
    """The staged ``.lrc`` beside the organised file; the album cover as ``cover.jpg``."""
    lyrics = lrc_path_for(staged)
    if lyrics.exists():
        os.replace(lyrics, lrc_path_for(final))
    cover = staging / COVER_FILE
    if cover.is_file():
        with contextlib.suppress(FileProcessingError):  # a cover never fails the track
            write_folder_cover(final.parent, cover.read_bytes())


def describe(path: Path) -> LibraryFileInfo:
    stat = path.stat()
    return read_file_info(path, stat.st_size, stat.st_mtime_ns)
