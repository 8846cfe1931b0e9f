"""Junk detection: files that must never win whatever their name says."""

from __future__ import annotations

from engine.domain.models import SoulseekFile
from engine.matching.quality import AUDIO_EXTENSIONS, LOSSLESS, codec_of
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
    return SizeRules(settings, wanted_s).reason(file, codec)


class SizeRules:
    """:func:`size_junk_reason` with the settings read once: the ranker asks for every file."""

    def __init__(self, settings: MatchingSettings, wanted_s: float | None) -> None:
        self._preview_min, self._preview_max = settings.preview_min_s, settings.preview_max_s
        # A file of preview length is a preview only when the wanted track is clearly longer.
        self._previews = (wanted_s is None
                          or wanted_s > settings.preview_max_s + settings.duration_tolerance_s)
        self._lossless_min = settings.lossless_min_kbps
        self._ratio_min, self._ratio_max = settings.size_ratio_min, settings.size_ratio_max
        self._slack = settings.size_slack_kbps

    def reason(self, file: SoulseekFile, codec: str) -> str | None:
        length = file.length_s
        if (length is not None and self._previews
                and self._preview_min <= length <= self._preview_max):
            return f"preview clip ({length} s)"
        if not length:
            return None
        actual_kbps = file.size * 8 / length / 1000
        if codec in LOSSLESS:
            if actual_kbps < self._lossless_min:
                return f"size too small for lossless ({actual_kbps:.0f} kbit/s)"
            return None
        # Only a reported bitrate can be contradicted (an estimate comes from the size itself).
        reported = file.bitrate
        if not reported:
            return None
        if actual_kbps < reported * self._ratio_min:
            return f"size too small for {reported} kbit/s"
        if actual_kbps > reported * self._ratio_max + self._slack:
            return f"size too large for {reported} kbit/s"
        return None
