"""Where the slskd emulator puts finished downloads, following slskd's own rules (§A.7).

``<downloads>/<last remote folder>/<remote leaf>``, invalid characters replaced by ``_``, a
``_<ticks>`` suffix on collision, bytes first written to ``incomplete`` then moved. Audio is
rendered once per (format, duration) and copied, because encoding is the slow part.
"""

from __future__ import annotations

import re
import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path

from tests.support.audio import write_audio

_INVALID = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_DOTNET_EPOCH = datetime(1, 1, 1, tzinfo=UTC)


def dotnet_ticks(now: datetime | None = None) -> int:
    delta = (now or datetime.now(UTC)) - _DOTNET_EPOCH
    return (delta.days * 86_400 + delta.seconds) * 10_000_000 + delta.microseconds * 10


def local_relative_path(remote_filename: str) -> Path:
    """``a\\b\\Album\\01.flac`` → ``Album/01.flac`` (only the immediate parent folder survives)."""
    parts = [p for p in re.split(r"[\\/]", remote_filename) if p]
    leaf = _INVALID.sub("_", parts[-1]) if parts else "unnamed"
    if len(parts) < 2:
        return Path(leaf)
    return Path(_INVALID.sub("_", parts[-2])) / leaf


class AudioRenderer:
    """Writes real audio files of a given duration, caching each rendering."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self._lock = threading.Lock()

    def render(self, fmt: str, duration_s: int) -> Path:
        cached = self.scratch / f"{fmt}-{duration_s}.{fmt}"
        with self._lock:
            if not cached.exists():
                _write(cached, duration_s, fmt)
        return cached


def _write(path: Path, duration_s: int, fmt: str) -> None:
    # libsndfile's Vorbis encoder crashes on one long write (≳ 250 s); feed it in blocks.
    if fmt == "ogg" and duration_s > 200:
        import numpy as np
        import soundfile

        path.parent.mkdir(parents=True, exist_ok=True)
        rate = 8000
        silence = np.zeros(rate * 10, dtype=np.float32)
        with soundfile.SoundFile(str(path), "w", rate, 1, format="OGG", subtype="VORBIS") as out:
            for _ in range(duration_s // 10):
                out.write(silence)
            out.write(silence[: rate * (duration_s % 10)])
        return
    write_audio(path, float(duration_s), fmt)


def place_download(renderer: AudioRenderer, downloads: Path, incomplete: Path,
                   remote_filename: str, *, fmt: str | None, duration_s: int | None,
                   size: int, truncate: bool = False, real_size: bool = False) -> Path:
    """Write the finished file (audio, or filler bytes for junk) and return its final path.

    With ``real_size`` the file is padded to exactly ``size`` bytes, as real slskd delivers it
    (a truncated file is then cut from that full size)."""
    relative = local_relative_path(remote_filename)
    partial = incomplete / relative
    partial.parent.mkdir(parents=True, exist_ok=True)
    if fmt is not None and duration_s:
        shutil.copyfile(renderer.render(fmt, duration_s), partial)
    else:
        partial.write_bytes(b"\0" * min(size, 64_000))
    if real_size:
        pad_to_size(partial, size)
    if truncate:
        data = partial.read_bytes()
        partial.write_bytes(data[: max(1, len(data) // 3)])
    target = downloads / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target = target.with_name(f"{target.stem}_{dotnet_ticks()}{target.suffix}")
    partial.replace(target)
    return target


def pad_to_size(path: Path, size: int) -> None:
    """Grow ``path`` to ``size`` bytes: audio through tag padding (mutagen), so the file stays
    valid with its real duration; anything else with zero bytes. Never shrinks a file."""
    import mutagen

    audio = mutagen.File(path) if path.stat().st_size else None
    for _ in range(4):  # container overheads differ; converge on the exact size
        missing = size - path.stat().st_size
        if missing <= 0:
            return
        if audio is None:
            with path.open("ab") as out:
                out.truncate(size)
            return
        if audio.tags is None:
            audio.add_tags()
        audio.save(padding=lambda info, missing=missing: max(0, info.padding + missing))
        audio = mutagen.File(path)
