"""Moving a finished file into the library: atomic, never clobbering, safe to repeat after a crash.

Same filesystem: a hard link to the final name, then the source is unlinked (the link fails
if the name is taken, so a different file is never overwritten; where links are unsupported we
fall back to a rename). Across filesystems: copy to a ``.harmony-partial-*`` temp file in the
target folder, fsync, link/rename to the final name, then remove the source. A crash at any
point leaves either the source, a partial temp file (see :func:`remove_partial_files`), or an
identical copy at the target that the next call recognises and finishes.

The one deliberate overwrite is :func:`replace_file`: a rematched item's new download takes the
place of that item's old file, swapped in atomically.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from engine.errors import FileProcessingError, UnsafePathError
from engine.library.atomic import PARTIAL_PREFIX, fsync_directory, partial_path_for
from engine.library.models import OrganiseAction, OrganiseResult
from engine.library.naming import ensure_inside_root
from engine.library.sanitise import MAX_COMPONENT_BYTES, is_safe_component, truncate_utf8

MAX_COLLISION_SUFFIX = 999
_HASH_CHUNK = 1024 * 1024


def organise_file(
    src: Path | str,
    library_root: Path | str,
    relative_target: PurePosixPath | str,
    *,
    force_copy: bool = False,
) -> OrganiseResult:
    """Move ``src`` to ``library_root / relative_target`` (or ``"Title (n).ext"`` on collision).

    ``force_copy`` takes the cross-filesystem path even on one filesystem (tests, and network
    shares where hard links and renames misbehave). Persist ``result.path``: it is where the
    file really is.
    """
    relative = PurePosixPath(relative_target)
    if not all(is_safe_component(part) for part in relative.parts):
        raise UnsafePathError(params={"path": str(relative_target)})
    target = ensure_inside_root(library_root, relative)
    source = Path(src)
    if not source.exists():
        if target.exists():  # an earlier call finished the move before a crash
            return OrganiseResult(target, OrganiseAction.ALREADY_PRESENT)
        raise FileProcessingError(
            "The file to organise is gone", code="organise.source_missing",
            params={"path": str(source)},
        )
    if source.resolve() == target:
        return OrganiseResult(target, OrganiseAction.ALREADY_PRESENT)
    target.parent.mkdir(parents=True, exist_ok=True)
    for index, candidate in enumerate(_candidates(target)):
        result = _try_candidate(source, candidate, force_copy, renamed=index > 0)
        if result is not None:
            return result
    raise FileProcessingError(
        "Too many files with the same name", code="organise.too_many_collisions",
        params={"path": str(target)},
    )


def _try_candidate(source: Path, candidate: Path, force_copy: bool,
                   renamed: bool) -> OrganiseResult | None:
    if candidate.exists():
        if not same_content(source, candidate):
            return None
        source.unlink()
        return OrganiseResult(candidate, OrganiseAction.ALREADY_PRESENT, renamed)
    try:
        action = _copy_into_place(source, candidate) if force_copy else _move(source, candidate)
    except FileExistsError:  # someone took the name meanwhile: try the next one
        return None
    return OrganiseResult(candidate, action, renamed)


def _candidates(target: Path) -> Iterator[Path]:
    yield target
    for number in range(2, MAX_COLLISION_SUFFIX + 1):
        marker = f" ({number}){target.suffix}"
        stem = truncate_utf8(target.stem, MAX_COMPONENT_BYTES - len(marker.encode("utf-8")))
        yield target.with_name(stem.rstrip(" .") + marker)


def _move(source: Path, target: Path) -> OrganiseAction:
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno == errno.EXDEV:
            return _copy_into_place(source, target)
        return _rename_no_clobber(source, target)  # no hard links here (FAT, some shares)
    source.unlink()
    fsync_directory(target.parent)
    return OrganiseAction.MOVED


def _rename_no_clobber(source: Path, target: Path) -> OrganiseAction:
    if target.exists():
        raise FileExistsError(errno.EEXIST, "target exists", str(target))
    try:
        os.rename(source, target)  # refuses an existing target on Windows
    except OSError as exc:
        if exc.errno == errno.EXDEV:
            return _copy_into_place(source, target)
        raise
    fsync_directory(target.parent)
    return OrganiseAction.MOVED


def _copy_into_place(source: Path, target: Path) -> OrganiseAction:
    temp = partial_path_for(target)
    try:
        shutil.copyfile(source, temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        _publish(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    fsync_directory(target.parent)
    source.unlink()
    return OrganiseAction.COPIED


def _publish(temp: Path, target: Path) -> None:
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(errno.EEXIST, "target exists", str(target)) from None
        os.rename(temp, target)


def replace_file(source: Path, target: Path, *, force_copy: bool = False) -> OrganiseAction:
    """Put ``source`` at ``target`` in one atomic step, over the file there.

    Only for a rematch: the item's new download takes the place of its old file. The new file is
    complete under a ``.harmony-partial-*`` name (a hard link, or an fsynced copy across
    filesystems) before one ``os.replace`` swaps it in, so readers and a crash at any moment
    see either the old file or the new one at ``target`` — never neither, never half a file.
    ``source`` stays where it is; the caller removes it once the swap is done.
    """
    temp = partial_path_for(target)
    action = OrganiseAction.COPIED
    try:
        if not force_copy:
            with contextlib.suppress(OSError):  # no hard links here or across filesystems
                os.link(source, temp)
                action = OrganiseAction.MOVED
        if action is OrganiseAction.COPIED:
            shutil.copyfile(source, temp)
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    fsync_directory(target.parent)
    return action


def same_content(first: Path, second: Path) -> bool:
    """Byte-identical? Compares sizes first, then SHA-256 (hard links short-cut)."""
    if os.path.samefile(first, second):
        return True
    if first.stat().st_size != second.stat().st_size:
        return False
    return _sha256(first) == _sha256(second)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def remove_partial_files(library_root: Path | str) -> list[Path]:
    """Delete leftover ``.harmony-partial-*`` temp files (call at start-up, before workers run)."""
    removed: list[Path] = []
    for folder, _dirs, files in os.walk(library_root):
        for name in files:
            if name.startswith(PARTIAL_PREFIX):
                path = Path(folder) / name
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed.append(path)
    return removed


def prune_empty_folders(start: Path | str, stop_at: Path | str) -> None:
    """Remove ``start`` and its parents while empty, never ``stop_at`` or anything above it.

    For the download folders slskd leaves behind after a move.
    """
    stop = Path(stop_at).resolve()
    folder = Path(start).resolve()
    while folder != stop and folder.is_relative_to(stop):
        try:
            folder.rmdir()
        except OSError:  # not empty (or gone): stop climbing
            return
        folder = folder.parent
