"""Quality profile: ordered format tiers, bitrate floor and lossless bounds, with reasons."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from engine.domain.models import SoulseekFile

LOSSLESS = frozenset({"flac", "alac", "wav", "aiff", "ape", "wv", "dsf"})
AUDIO_EXTENSIONS = frozenset(
    {"mp3", "flac", "ogg", "oga", "opus", "m4a", "aac", "alac", "wav", "aiff", "aif", "ape", "wv",
     "wma", "mpc", "dsf"}
)
_ALIASES = {"aif": "aiff", "oga": "ogg", "mp4": "aac"}


@dataclass(frozen=True, slots=True)
class FormatRule:
    """A format with the bitrate (kbit/s) it needs to belong to a tier; None = any bitrate."""

    format: str
    min_bitrate: int | None = None


@dataclass(frozen=True, slots=True)
class QualityTier:
    name: str
    rules: tuple[FormatRule, ...]


class UnknownBitrate(StrEnum):
    """What to do with a lossy file whose bitrate is unknown and cannot be estimated."""

    LOWEST = "lowest"  # accept it, ranked in the last tier
    REJECT = "reject"
    ASSUME_OK = "assume_ok"  # rank it as if it met the best tier its format appears in


DEFAULT_TIERS: tuple[QualityTier, ...] = (
    QualityTier("lossless", (FormatRule("flac"), FormatRule("alac"), FormatRule("wav"),
                             FormatRule("aiff"))),
    QualityTier("high", (FormatRule("mp3", 315), FormatRule("ogg", 315))),
    QualityTier("good", (FormatRule("mp3", 220), FormatRule("aac", 250), FormatRule("ogg", 250),
                         FormatRule("opus", 160))),
    QualityTier("rest", (FormatRule("mp3"), FormatRule("aac"), FormatRule("ogg"),
                         FormatRule("opus"), FormatRule("wma"), FormatRule("mpc"),
                         FormatRule("ape"), FormatRule("wv"))),
)


@dataclass(frozen=True, slots=True)
class QualityProfile:
    """User-editable preferences; tiers are best first, rules inside a tier are ordered too."""

    tiers: tuple[QualityTier, ...] = DEFAULT_TIERS
    min_bitrate: int = 128
    min_bit_depth: int = 16
    max_bit_depth: int = 24
    min_sample_rate: int = 44100
    max_sample_rate: int = 192000
    unknown_bitrate: UnknownBitrate = UnknownBitrate.LOWEST
    # Tags and a small cover inflate size-based estimates; subtract a typical amount.
    estimate_overhead_bytes: int = 65_536

    @classmethod
    def from_formats(cls, formats: tuple[str, ...], **bounds: object) -> QualityProfile:
        """A profile whose order follows ``formats`` (lossless first as listed, then lossy)."""
        wanted = [_ALIASES.get(f.lower(), f.lower()) for f in formats]
        tiers: list[QualityTier] = []
        for tier in DEFAULT_TIERS:
            rules = [r for r in tier.rules if r.format in wanted]
            rules.sort(key=lambda r: wanted.index(r.format))
            if rules:
                tiers.append(QualityTier(tier.name, tuple(rules)))
        return cls(tiers=tuple(tiers), **bounds)  # type: ignore[arg-type]


class QualityVerdict(NamedTuple):
    """Where a file lands in the profile: tier/rule order (lower is better) or a rejection."""

    tier: int
    rule: int
    label: str
    reject: str | None = None
    bitrate: int = 0


def codec_of(file: SoulseekFile) -> str:
    """The codec name from the extension; m4a is ALAC when the peer reports a bit depth."""
    ext = (file.extension or file.filename.rsplit(".", 1)[-1]).lower().lstrip(".")
    if ext == "m4a":
        return "alac" if file.bit_depth else "aac"
    return _ALIASES.get(ext, ext)


def effective_bitrate(file: SoulseekFile, profile: QualityProfile) -> tuple[int | None, bool]:
    """(kbit/s, estimated?) — the reported bitrate, else one estimated from size and length."""
    if file.bitrate:
        return file.bitrate, False
    if file.length_s and file.length_s > 0 and file.size > 0:
        payload = max(file.size - profile.estimate_overhead_bytes, 0)
        return int(payload * 8 / file.length_s / 1000), True
    return None, False


def assess(file: SoulseekFile, profile: QualityProfile) -> QualityVerdict:
    """Place a file in the profile, or say why the profile rejects it."""
    codec = codec_of(file)
    last = len(profile.tiers)
    if codec in LOSSLESS:
        return _assess_lossless(file, codec, profile)
    bitrate, estimated = effective_bitrate(file, profile)
    name = codec.upper()
    if bitrate is None:
        return _unknown_bitrate(codec, name, profile)
    label = f"{name} ~{bitrate}" if estimated else f"{name} {bitrate}"
    if file.is_variable_bitrate and not estimated:
        label += " VBR"
    if bitrate < profile.min_bitrate:
        return QualityVerdict(last, 0, label, f"bitrate {bitrate} < {profile.min_bitrate}", bitrate)
    for tier_index, tier in enumerate(profile.tiers):
        for rule_index, rule in enumerate(tier.rules):
            if rule.format == codec and bitrate >= (rule.min_bitrate or 0):
                return QualityVerdict(tier_index, rule_index, label, None, bitrate)
    return QualityVerdict(last, 0, label, f"format {name} not in quality profile", bitrate)


def _assess_lossless(file: SoulseekFile, codec: str, profile: QualityProfile) -> QualityVerdict:
    label = codec.upper()
    if file.bit_depth and file.sample_rate:
        label += f" {file.bit_depth}/{file.sample_rate / 1000:g}"
    bitrate = file.bitrate or 1411
    position = _position(codec, profile)
    if position is None:
        reason = f"format {label} not in quality profile"
        return QualityVerdict(len(profile.tiers), 0, label, reason)
    if file.bit_depth and not profile.min_bit_depth <= file.bit_depth <= profile.max_bit_depth:
        reason = f"bit depth {file.bit_depth} out of bounds"
        return QualityVerdict(*position, label, reason, bitrate)
    if file.sample_rate and not (
        profile.min_sample_rate <= file.sample_rate <= profile.max_sample_rate
    ):
        reason = f"sample rate {file.sample_rate} out of bounds"
        return QualityVerdict(*position, label, reason, bitrate)
    return QualityVerdict(*position, label, None, bitrate)


def _unknown_bitrate(codec: str, name: str, profile: QualityProfile) -> QualityVerdict:
    label = f"{name} bitrate unknown"
    position = _position(codec, profile)
    if position is None:
        return QualityVerdict(len(profile.tiers), 0, label, f"format {name} not in quality profile")
    if profile.unknown_bitrate is UnknownBitrate.REJECT:
        return QualityVerdict(len(profile.tiers), 0, label, "bitrate unknown")
    if profile.unknown_bitrate is UnknownBitrate.ASSUME_OK:
        return QualityVerdict(*position, label)
    return QualityVerdict(len(profile.tiers) - 1, len(profile.tiers[-1].rules), label)


def _position(codec: str, profile: QualityProfile) -> tuple[int, int] | None:
    for tier_index, tier in enumerate(profile.tiers):
        for rule_index, rule in enumerate(tier.rules):
            if rule.format == codec:
                return tier_index, rule_index
    return None
