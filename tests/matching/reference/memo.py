"""Per-ranking memos: a response's files share peers and formats, so each distinct peer state and
format is judged once per ranking instead of once per file."""

from __future__ import annotations

from collections.abc import Mapping

from engine.domain.models import SoulseekFile
from engine.matching.quality import LOSSLESS, QualityProfile, QualityVerdict, assess, codec_of
from engine.matching.settings import MatchingSettings
from tests.matching.reference.peers import PeerVerdict, assess_peer

_QualityKey = tuple[str, int | None, int | None, int | None, bool | None, int | None, int | None]


class PeerMemo:
    """slskd reports slot, speed and queue once per peer's response: score each state once."""

    def __init__(
        self, settings: MatchingSettings, failures: Mapping[str, int], banned: frozenset[str]
    ) -> None:
        self._settings, self._failures, self._banned = settings, failures, banned
        self._seen: dict[tuple[str, bool, int, int], PeerVerdict] = {}

    def verdict(self, file: SoulseekFile) -> PeerVerdict:
        key = (file.username, file.has_free_slot, file.upload_speed, file.queue_length)
        found = self._seen.get(key)
        if found is None:
            user = file.username
            found = self._seen[key] = assess_peer(
                file, self._failures.get(user, 0), user in self._banned, self._settings
            )
        return found


class QualityMemo:
    """Quality verdicts keyed on exactly the fields :func:`quality.assess` reads."""

    def __init__(self, profile: QualityProfile) -> None:
        self._profile = profile
        self._seen: dict[_QualityKey, QualityVerdict] = {}

    def verdict(self, file: SoulseekFile) -> QualityVerdict:
        key = _quality_key(file)
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = assess(file, self._profile)
        return found


def _quality_key(file: SoulseekFile) -> _QualityKey:
    # Size and length matter only for a lossy file whose bitrate is estimated from them; keeping
    # them out of every other key lets all of a folder's FLACs share one verdict.
    codec = codec_of(file)
    estimated = not file.bitrate and codec not in LOSSLESS
    return (
        codec, file.bit_depth, file.sample_rate, file.bitrate, file.is_variable_bitrate,
        file.size if estimated else None, file.length_s if estimated else None,
    )
