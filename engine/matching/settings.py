"""Every threshold and weight of the matching engine, with documented defaults."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from engine.matching.quality import QualityProfile, UnknownBitrate

# Server-side silently dropped search terms (peers-matching.md §0.5); a setting, so it can grow.
DEFAULT_BLOCKED_TERMS: tuple[str, ...] = (
    "kendrick lamar",
    "beyonce",
    "the beatles",
    "kanye west",
)


@dataclass(frozen=True, slots=True)
class MatchingSettings:
    """Defaults chosen on the labelled test set (tests/matching/data/cases.jsonl)."""

    # --- decision -------------------------------------------------------------------------
    accept_threshold: float = 0.65  # identity confidence needed to accept a candidate
    strong_threshold: float = 0.85  # above it, quality decides among candidates
    reject_scale: float = 0.5  # a hard-rejected candidate's confidence is multiplied by this
    # --- identity weights (sum to 1) -----------------------------------------------------
    weight_title: float = 0.45
    weight_artist: float = 0.30
    weight_duration: float = 0.20
    weight_album: float = 0.05
    require_artist_evidence: bool = True  # no wanted artist anywhere in the path → reject
    title_fuzzy_min: float = 0.82  # best fuzzy title similarity that still counts as evidence
    artist_fuzzy_min: float = 0.88
    extra_words_weight: float = 0.6  # penalty × share of unexplained words next to the title
    extra_words_reject_ratio: float = 0.6  # reject when unexplained words dominate the name
    soft_version_penalty: float = 0.08  # radio edit / clean when not asked for
    short_title_chars: int = 5  # titles this short need the artist in the same segment
    # --- duration ----------------------------------------------------------------------
    duration_tolerance_s: float = 3.0  # full credit within ± this many seconds
    duration_tolerance_ratio: float = 0.01  # wider for long tracks: max(abs, ratio × length)
    duration_reject_factor: float = 3.0  # beyond factor × tolerance the file is rejected
    duration_unknown_score: float = 0.5
    # --- junk --------------------------------------------------------------------------
    min_file_bytes: int = 65_536
    preview_min_s: int = 25
    preview_max_s: int = 35
    lossless_min_kbps: float = 300.0  # a "FLAC" smaller than this per second is not lossless
    size_ratio_min: float = 0.5  # lossy size below ratio × bitrate × length is impossible
    size_ratio_max: float = 1.6
    size_slack_kbps: float = 64.0  # cover art and tags may add this much
    # --- quality -----------------------------------------------------------------------
    quality: QualityProfile = field(default_factory=QualityProfile)
    # --- peer ----------------------------------------------------------------------------
    peer_weight_free_slot: float = 0.4
    peer_weight_speed: float = 0.4
    peer_weight_queue: float = 0.2
    peer_fast_bytes: int = 5_242_880  # 5 MB/s earns full speed credit
    peer_queue_decay: float = 0.94
    peer_speed_bucket_bytes: int = 665_600  # 650 KiB/s buckets, as sldl
    peer_skip_after_failures: int = 2  # downrank after one failure, skip after two
    # --- search planning ----------------------------------------------------------------
    album_query_min_tracks: int = 2
    blocked_search_terms: tuple[str, ...] = DEFAULT_BLOCKED_TERMS
    title_only_min_chars: int = 6  # shorter titles alone return noise, so no title-only query

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> MatchingSettings:
        """Override defaults from a settings mapping; accepts "matching."/"quality." keys.

        Unknown keys are ignored so the settings system can pass its whole section.
        """
        names = {f.name for f in dataclasses.fields(cls)} - {"quality"}
        overrides: dict[str, Any] = {}
        quality: dict[str, Any] = {}
        for raw_key, value in values.items():
            key = raw_key.removeprefix("matching.")
            if key.startswith("quality."):
                quality[key.removeprefix("quality.")] = value
            elif key in names:
                overrides[key] = _coerce(cls, key, value)
        if quality:
            overrides["quality"] = _quality_from(quality)
        return cls(**overrides)


def _coerce(cls: type[MatchingSettings], key: str, value: Any) -> Any:
    default = getattr(cls(), key)
    if isinstance(default, bool):
        return bool(value)
    if isinstance(default, tuple):
        return tuple(value)
    return type(default)(value)


def _quality_from(values: Mapping[str, Any]) -> QualityProfile:
    bounds = {
        k: int(values[k])
        for k in ("min_bitrate", "min_bit_depth", "max_bit_depth", "min_sample_rate",
                  "max_sample_rate")
        if k in values
    }
    extra: dict[str, Any] = dict(bounds)
    if "unknown_bitrate" in values:
        extra["unknown_bitrate"] = UnknownBitrate(values["unknown_bitrate"])
    if "formats" in values:
        return QualityProfile.from_formats(tuple(values["formats"]), **extra)
    return QualityProfile(**extra)


DEFAULT = MatchingSettings()
