"""Per-ranking memos: a response's files share peers and formats, so each distinct peer state and
format is judged once per ranking instead of once per file."""

from __future__ import annotations

import zlib
from collections.abc import Mapping

from engine.domain.models import SoulseekFile
from engine.matching.peers import PeerScale
from engine.matching.quality import (
    LOSSLESS,
    QualityProfile,
    assess,
    codec_of,
    effective_bitrate,
)
from engine.matching.settings import MatchingSettings

_QualityKey = tuple[str, int | None, int | None, int | None, bool | None, int | None]


# What the ranker needs of a peer state: its label, skip reason, downranked and no-free-slot
# flags, its speed bucket and score negated (sort keys: larger first), and the CRC-32 of the
# user name and a backslash (continued over a file's path, the tie-breaking hash).
PeerEntry = tuple[str, str | None, bool, bool, int, float, int]
# What the ranker needs of a quality verdict: its rejection, label, tier, rule and negated
# bitrate (a plain tuple: unpacked at once, cheaper than a named tuple's attributes).
QualityEntry = tuple[str | None, str, int, int, int]


class PeerMemo:
    """slskd reports slot, speed and queue once per peer's response: score each state once."""

    def __init__(
        self, settings: MatchingSettings, failures: Mapping[str, int], banned: frozenset[str]
    ) -> None:
        self._scale, self._failures, self._banned = PeerScale(settings), failures, banned
        self._seen: dict[tuple[str, bool, int, int], PeerEntry] = {}
        self._hashes: dict[str, int] = {}

    def entry(self, file: SoulseekFile) -> PeerEntry:
        key = (file.username, file.has_free_slot, file.upload_speed, file.queue_length)
        found = self._seen.get(key)
        if found is None:
            user = file.username
            score, bucket, downranked, skip, label = self._scale.parts(
                file, self._failures.get(user, 0), user in self._banned)
            crc = self._hashes.get(user)
            if crc is None:
                crc = self._hashes[user] = zlib.crc32(f"{user}\\".encode())
            found = self._seen[key] = (label, skip, downranked, not file.has_free_slot, -bucket,
                                       -score, crc)
        return found


class QualityMemo:
    """Quality verdicts keyed on exactly the fields :func:`quality.assess` reads."""

    def __init__(self, profile: QualityProfile) -> None:
        self._profile = profile
        self._entries: dict[_QualityKey, QualityEntry] = {}

    def entry(self, file: SoulseekFile, codec: str) -> QualityEntry:
        """The file's verdict (``codec`` is :func:`codec_of` of the file) as the ranker reads
        it. Size and length matter only for a lossy file whose bitrate is estimated from them,
        and then only through that estimate: keying on it (not on size and length) lets such
        files share verdicts too, and keeps them out of every other key (a folder's FLACs share
        one)."""
        estimate = None
        if not file.bitrate and codec not in LOSSLESS:
            estimate = effective_bitrate(file, self._profile)[0]
        key = (codec, file.bit_depth, file.sample_rate, file.bitrate, file.is_variable_bitrate,
               estimate)
        found = self._entries.get(key)
        if found is None:
            verdict = assess(file, self._profile)
            found = self._entries[key] = (verdict.reject, verdict.label, verdict.tier,
                                          verdict.rule, -verdict.bitrate)
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
