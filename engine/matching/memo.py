"""Per-ranking memos: a response's files share peers and formats, so each distinct peer state and
format is judged once per ranking instead of once per file."""

from __future__ import annotations

from collections.abc import Mapping

from engine.domain.models import SoulseekFile
from engine.matching.peers import PeerVerdict, assess_peer
from engine.matching.quality import QualityProfile, QualityVerdict, assess
from engine.matching.settings import MatchingSettings

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
    # The codec comes from the extension, else the name's suffix; size and length matter only
    # when the bitrate is estimated from them (no reported bitrate).
    extension = file.extension or file.filename.rsplit(".", 1)[-1]
    estimated = not file.bitrate
    return (
        extension, file.bit_depth, file.sample_rate, file.bitrate, file.is_variable_bitrate,
        file.size if estimated else None, file.length_s if estimated else None,
    )
