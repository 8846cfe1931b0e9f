"""Per-ranking memos: a response's files share peers and formats, so each distinct peer state and
format is judged once per ranking instead of once per file."""

from __future__ import annotations

from collections.abc import Mapping

from engine.domain.models import SoulseekFile
from engine.matching.peers import PeerScale, PeerVerdict
from engine.matching.quality import (
    LOSSLESS,
    QualityProfile,
    QualityVerdict,
    assess,
    codec_of,
    effective_bitrate,
)
from engine.matching.settings import MatchingSettings

_QualityKey = tuple[str, int | None, int | None, int | None, bool | None, int | None]


# What the ranker needs of a peer state: its label, skip reason, downranked and no-free-slot
# flags, and its speed bucket and score negated (sort keys: larger first).
PeerEntry = tuple[str, str | None, bool, bool, int, float]


class PeerMemo:
    """slskd reports slot, speed and queue once per peer's response: score each state once."""

    def __init__(
        self, settings: MatchingSettings, failures: Mapping[str, int], banned: frozenset[str]
    ) -> None:
        self._scale, self._failures, self._banned = PeerScale(settings), failures, banned
        self._seen: dict[tuple[str, bool, int, int], PeerEntry] = {}

    def verdict(self, file: SoulseekFile) -> PeerVerdict:
        user = file.username
        return self._scale.assess(file, self._failures.get(user, 0), user in self._banned)

    def entry(self, file: SoulseekFile) -> PeerEntry:
        key = (file.username, file.has_free_slot, file.upload_speed, file.queue_length)
        found = self._seen.get(key)
        if found is None:
            user = file.username
            score, bucket, downranked, skip, label = self._scale.parts(
                file, self._failures.get(user, 0), user in self._banned)
            found = self._seen[key] = (label, skip, downranked, not file.has_free_slot, -bucket,
                                       -score)
        return found


class QualityMemo:
    """Quality verdicts keyed on exactly the fields :func:`quality.assess` reads."""

    def __init__(self, profile: QualityProfile) -> None:
        self._profile = profile
        self._seen: dict[_QualityKey, QualityVerdict] = {}

    def verdict(self, file: SoulseekFile, codec: str | None = None) -> QualityVerdict:
        """``codec`` is :func:`codec_of` of the file when the caller already knows it."""
        if codec is None:
            codec = codec_of(file)
        # Size and length matter only for a lossy file whose bitrate is estimated from them,
        # and then only through that estimate: keying on it (not on size and length) lets such
        # files share verdicts too, and keeps them out of every other key (a folder's FLACs
        # share one).
        estimate = None
        if not file.bitrate and codec not in LOSSLESS:
            estimate = effective_bitrate(file, self._profile)[0]
        key = (codec, file.bit_depth, file.sample_rate, file.bitrate, file.is_variable_bitrate,
               estimate)
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = assess(file, self._profile)
        return found


class CodecMemo:
    """:func:`codec_of` per distinct extension field: a response has a handful of them."""

    def __init__(self) -> None:
        self._by_extension: dict[str, str] = {}

    def codec(self, file: SoulseekFile) -> str:
        extension = file.extension
        found = self._by_extension.get(extension)
        if found is None:
            found = codec_of(file)
            # A set extension alone decides the codec, except m4a (ALAC or AAC by bit depth);
            # without one, the file name decides.
            if extension and extension.lower().lstrip(".") != "m4a":
                self._by_extension[extension] = found
        return found
