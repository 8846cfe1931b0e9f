"""Organise stage (end of job ``lyrics``): move the finished, tagged staged copy into the library
by the naming template in one atomic step, put its ``.lrc`` and the album's ``cover.jpg`` beside
it, record the path, teach the library index, and tidy slskd's leftovers.

Before the move a second hard link (``keep``) to the staged file is made. If the engine dies
after the move but before the database knows, the rerun finds the organised file by that link
(even when a name collision gave it a " (2)" suffix) instead of filing a second copy.

A rematch of a finished item (its download row still names the file organised before) replaces
that file instead of filing a " (2)" beside it: under the same name the new file is swapped in
atomically (:func:`~engine.library.organise.replace_file`); under another name (e.g. FLAC for
MP3) it is placed first and the old file removed after. Either way the old file stays until the
new one is in place, and every step can run again after a kill. Lyrics follow the item: the new
download's ``.lrc`` replaces the old one, and without new lyrics the old ``.lrc`` moves along
with the file. An album folder the old file leaves empty but for its ``cover.jpg`` goes too.
"""

from __future__ import annotations

import contextlib
import glob
import os
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from sqlalchemy import select

from engine.db.repositories import downloads as dl
from engine.db.repositories.downloads import DownloadView
from engine.db.repositories.wanted import WantedItemView
from engine.db.tables import WantedItem
from engine.errors import FileProcessingError
from engine.library.artwork import FOLDER_COVER_NAME, write_folder_cover
from engine.library.lyrics_file import lrc_path_for
from engine.library.models import LibraryFileInfo
from engine.library.naming import ensure_inside_root, render_relative_path
from engine.library.organise import organise_file, prune_empty_folders, replace_file
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
        previous = await self.acq.in_executor(previous_file, row, music)
        final = await self.acq.in_executor(place_in_library, staged, keep, music, relative,
                                           previous)
        await self.acq.in_executor(place_sidecars, staged, self.acq.staging_dir(row.id), final)
        replaced = previous if previous is not None and previous != final else None
        if replaced is not None and await self._only_file_of(item.id, replaced):
            await self.acq.in_executor(retire_previous, replaced, final, music)
        info = await self.acq.in_executor(describe, final)
        updated = await self.acq.downloads.update(
            row.id, expect_states=(dl.PROCESSING,), state=dl.COMPLETED,
            organised_path=str(final), completed_at=datetime.now(UTC), last_error=None)
        if updated is None:
            return
        await self.acq.library.upsert([info])
        if replaced is not None and not replaced.exists():
            await self.acq.library.remove([str(replaced)])
        await self.acq.move_item(item.id, "done", library_path=str(final),
                                 filename=row.filename, username=row.username)
        self.acq.announce(updated)
        await self.acq.in_executor(self._tidy, updated)

    async def _only_file_of(self, item_id: int, path: Path) -> bool:
        """Whether no other wanted item names ``path`` as its file (then it is not removed)."""
        async with self.acq.db.session() as session:
            other = await session.scalar(select(WantedItem.id).where(
                WantedItem.library_path == str(path), WantedItem.id != item_id).limit(1))
        return other is None

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


def previous_file(row: DownloadView, music: Path) -> Path | None:
    """The file organised for this row before (a rematch replaces it), when inside the library.

    Rematch and "use this file" keep ``organised_path`` of a finished row; the pump clears it
    for an item wanted anew and for an owned file (the user's own, never replaced)."""
    if not row.organised_path:
        return None
    path = Path(row.organised_path)
    try:
        inside = path.resolve().is_relative_to(music.resolve())
    except OSError:
        return None
    return path if inside and path.is_absolute() else None


def place_in_library(staged: Path, keep: Path, music: Path, relative: PurePosixPath,
                     previous: Path | None = None) -> Path:
    """Move the staged file into the library (atomic, never over a different file — except
    ``previous``, the item's own old file at the same name, which it replaces); after a crash
    mid-way, find where the earlier run put it."""
    target = ensure_inside_root(music, relative)
    if previous is not None and _same_place(previous, target):
        return replace_in_place(staged, keep, target)
    if staged.exists():
        if not keep.exists():
            with contextlib.suppress(OSError):  # no hard links here: plain organise it is
                os.link(staged, keep)
        return organise_file(staged, music, relative).path
    placed = linked_copy(keep, target)
    return placed if placed is not None else organise_file(keep, music, relative).path


def _same_place(previous: Path, target: Path) -> bool:
    if previous == target:
        return True
    try:
        return os.path.samefile(previous, target)
    except OSError:  # one of them does not exist
        return False


def replace_in_place(staged: Path, keep: Path, target: Path) -> Path:
    """The new download takes the old file's name in one atomic swap. Run again after a kill,
    it finds the swap done (``target`` is the kept file) and only finishes the clean-up."""
    if staged.exists() and not keep.exists():
        with contextlib.suppress(OSError):
            os.link(staged, keep)
    source = staged if staged.exists() else keep
    target.parent.mkdir(parents=True, exist_ok=True)
    if not (target.exists() and os.path.samefile(source, target)):
        replace_file(source, target)
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    return target


def retire_previous(previous: Path, final: Path, music: Path) -> None:
    """Remove the item's old file now that its replacement is at ``final``; its lyrics move to
    the new file unless the new download brought its own; an album folder it leaves holding
    only its cover goes as well."""
    if previous.exists() and not _same_place(previous, final):
        previous.unlink()
    old_lyrics, new_lyrics = lrc_path_for(previous), lrc_path_for(final)
    if old_lyrics != new_lyrics and old_lyrics.exists():
        if new_lyrics.exists():
            old_lyrics.unlink()
        else:
            os.replace(old_lyrics, new_lyrics)
    folder = previous.parent
    if folder != final.parent and folder.is_dir() and \
            {p.name for p in folder.iterdir()} <= {FOLDER_COVER_NAME}:
        with contextlib.suppress(FileNotFoundError):
            (folder / FOLDER_COVER_NAME).unlink()
        prune_empty_folders(folder, music)


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
