"""Junk detection: files that must never win whatever their name says."""

from __future__ import annotations

from engine.domain.models import SoulseekFile
from engine.matching.quality import AUDIO_EXTENSIONS, LOSSLESS, codec_of, effective_bitrate
from engine.matching.settings import MatchingSettings

# Any of these words in a file name makes it a preview clip.
PREVIEW_WORDS = frozenset({"preview", "snippet", "sample", "teaser"})


def junk_reason(
    file: SoulseekFile, stem_words: tuple[str, ...], wanted_s: float | None,
    settings: MatchingSettings,
) -> str | None:
    """Why a file is junk (non-audio, preview, empty, impossible size), or None."""
    return file_junk_reason(file, settings) or named_junk_reason(file, stem_words, wanted_s,
                                                                 settings)


def file_junk_reason(
    file: SoulseekFile, settings: MatchingSettings, codec: str | None = None
) -> str | None:
    """The checks that need no parsed name (non-audio, tiny, empty): run before parsing.
    ``codec`` is :func:`codec_of` of the file when the caller already knows it."""
    if codec is None:
        codec = codec_of(file)
    if codec not in AUDIO_EXTENSIONS:
        return f"not audio: .{codec or '?'}"
    if file.size <= settings.min_file_bytes:
        return f"file too small ({file.size} bytes)"
    if file.length_s is not None and file.length_s <= 0:
        return "zero length"
    return None


def named_junk_reason(
    file: SoulseekFile, stem_words: tuple[str, ...], wanted_s: float | None,
    settings: MatchingSettings,
) -> str | None:
    """The remaining checks, for a file that passed :func:`file_junk_reason`."""
    if PREVIEW_WORDS.intersection(stem_words):
        return "preview clip"
    return size_junk_reason(file, codec_of(file), wanted_s, settings)


def size_junk_reason(
    file: SoulseekFile, codec: str, wanted_s: float | None, settings: MatchingSettings
) -> str | None:
    """The checks of :func:`named_junk_reason` after the name's: preview length, impossible
    size (the ranker knows the name's answer per distinct name, and the codec per file)."""
    if _is_preview_length(file.length_s, wanted_s, settings):
        return f"preview clip ({file.length_s} s)"
    return _impossible_size(file, codec, settings)


def _is_preview_length(
    length_s: int | None, wanted_s: float | None, settings: MatchingSettings
) -> bool:
    if length_s is None or not (
        settings.preview_min_s <= length_s <= settings.preview_max_s
    ):
        return False
    return wanted_s is None or wanted_s > settings.preview_max_s + settings.duration_tolerance_s


def _impossible_size(file: SoulseekFile, codec: str, settings: MatchingSettings) -> str | None:
    if not file.length_s:
        return None
    actual_kbps = file.size * 8 / file.length_s / 1000
    if codec in LOSSLESS:
        if actual_kbps < settings.lossless_min_kbps:
            return f"size too small for lossless ({actual_kbps:.0f} kbit/s)"
        return None
    reported, estimated = effective_bitrate(file, settings.quality)
    if reported is None or estimated:
        return None
    if actual_kbps < reported * settings.size_ratio_min:
        return f"size too small for {reported} kbit/s"
    if actual_kbps > reported * settings.size_ratio_max + settings.size_slack_kbps:
        return f"size too large for {reported} kbit/s"
    return None
