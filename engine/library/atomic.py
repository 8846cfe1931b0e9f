"""Atomic file writes: a temp file with a recognisable prefix, fsync, then rename."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

# No partial file ever carries its final name; leftovers are found by this prefix.
PARTIAL_PREFIX = ".harmony-partial-"


def partial_path_for(target: Path) -> Path:
    """A unique temp path in ``target``'s folder (same filesystem, so the rename is atomic)."""
    return target.parent / f"{PARTIAL_PREFIX}{uuid.uuid4().hex}{target.suffix}"


def fsync_directory(folder: Path) -> None:
    """Persist a rename in ``folder`` (a no-op where directories cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bytes_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so readers see either the old or the complete new file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = partial_path_for(target)
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_directory(target.parent)


def write_text_atomic(target: Path, text: str) -> None:
    """UTF-8 variant of :func:`write_bytes_atomic` (``\\n`` line endings on every OS)."""
    write_bytes_atomic(target, text.encode("utf-8"))
