"""Checks that a finished download is the complete, right-length audio file we asked for."""

from __future__ import annotations

import os
from pathlib import Path

from engine.domain import failure_codes as fc
from engine.errors import FileProcessingError
from engine.library.audiofile import format_of, open_audio
from engine.library.models import VerifyResult

DEFAULT_TOLERANCE_S = 3.0
# Long tracks drift more between releases (silence, fades), so the tolerance grows with length.
RELATIVE_TOLERANCE = 0.02
# Formats whose reported bitrate comes from the stream headers, not from the file size, so a
# file much smaller than bitrate × duration is cut short (VBR Vorbis/Opus/AAC report nominal rates).
_HEADER_BITRATE_FORMATS = frozenset({"mp3", "wav", "aiff"})
_MIN_PLAUSIBLE_FRACTION = 0.5
_PREVIEW_MAX_S = 35.0


def file_signature(path: Path | str) -> tuple[int, int] | None:
    """``(size, mtime_ns)`` of ``path``, or ``None`` when missing (for stability polls)."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


def duration_tolerance(expected_duration_s: float, base_tolerance_s: float) -> float:
    """Allowed difference in seconds: the base, or 2 % of the track when that is wider."""
    return max(base_tolerance_s, expected_duration_s * RELATIVE_TOLERANCE)


def verify_download(
    path: Path | str,
    *,
    expected_size: int | None = None,
    expected_duration_s: float | None = None,
    tolerance_s: float = DEFAULT_TOLERANCE_S,
) -> VerifyResult:
    """Verify ``path``; a failed result names the reason (``verify.*`` code) and never raises."""
    target = Path(path)
    if not target.is_file():
        return VerifyResult(str(target), fc.VERIFY_MISSING, "The downloaded file is not on disk")
    size = target.stat().st_size
    if size == 0:
        return VerifyResult(str(target), fc.VERIFY_EMPTY, "The downloaded file is empty", size=size)
    if expected_size is not None and size != expected_size:
        kind = "truncated" if size < expected_size else "larger than announced"
        return VerifyResult(
            str(target), fc.VERIFY_SIZE_MISMATCH,
            f"The file is {kind}: {size} bytes on disk, {expected_size} announced", size=size,
        )
    try:
        audio = open_audio(target)
    except FileProcessingError as exc:
        return VerifyResult(str(target), fc.VERIFY_UNREADABLE, exc.message, size=size)
    fmt = format_of(audio)
    duration = float(getattr(audio.info, "length", 0.0) or 0.0)
    base = VerifyResult(str(target), None, "", duration_s=duration, format=fmt, size=size)
    problem = _duration_problem(duration, expected_duration_s, tolerance_s) or _size_problem(
        size, duration, fmt, getattr(audio.info, "bitrate", 0) or 0
    )
    if problem is None:
        return base
    code, message = problem
    return VerifyResult(str(target), code, message, duration_s=duration, format=fmt, size=size)


def _duration_problem(
    duration: float, expected: float | None, base_tolerance_s: float
) -> tuple[str, str] | None:
    if duration <= 0:
        return fc.VERIFY_NO_DURATION, "The file has no playable length"
    if expected is None or expected <= 0:
        return None
    allowed = duration_tolerance(expected, base_tolerance_s)
    if abs(duration - expected) <= allowed:
        return None
    message = f"Length {duration:.1f} s differs from the wanted {expected:.1f} s (±{allowed:.1f} s)"
    if duration <= _PREVIEW_MAX_S < expected:
        message += "; it looks like a preview clip"
    return fc.VERIFY_DURATION_MISMATCH, message


def _size_problem(size: int, duration: float, fmt: str, bitrate_bps: int) -> tuple[str, str] | None:
    if fmt not in _HEADER_BITRATE_FORMATS or bitrate_bps <= 0:
        return None
    expected_bytes = bitrate_bps / 8 * duration
    if size >= expected_bytes * _MIN_PLAUSIBLE_FRACTION:
        return None
    return (
        fc.VERIFY_SIZE_IMPLAUSIBLE,
        f"{size} bytes is too small for {duration:.1f} s at {bitrate_bps // 1000} kbit/s; "
        "the file is probably cut short",
    )
