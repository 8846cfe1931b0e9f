"""Peer scoring: free slot, upload speed, queue length and this peer's recent failures."""

from __future__ import annotations

import math
from typing import NamedTuple

from engine.domain.models import SoulseekFile
from engine.matching.settings import MatchingSettings


class PeerVerdict(NamedTuple):
    """score in [0, 1]; ``downranked`` after one failure; ``skip`` reason after the limit."""

    score: float
    speed_bucket: int
    downranked: bool
    skip: str | None
    label: str


def assess_peer(
    file: SoulseekFile, failures: int, banned: bool, settings: MatchingSettings
) -> PeerVerdict:
    """Score the peer offering ``file``; failures come from the caller's per-user memory."""
    speed = max(file.upload_speed, 0)
    slot = settings.peer_weight_free_slot if file.has_free_slot else 0.0
    speed_part = settings.peer_weight_speed * min(
        1.0, math.log10(1 + speed / 102_400) / math.log10(1 + settings.peer_fast_bytes / 102_400)
    )
    queue = min(max(file.queue_length, 0), 200)
    queue_part = settings.peer_weight_queue * settings.peer_queue_decay**queue
    score = round(slot + speed_part + queue_part, 6)
    bucket = speed // max(settings.peer_speed_bucket_bytes, 1)
    skip = None
    if banned:
        skip = "peer banned"
    elif failures >= settings.peer_skip_after_failures:
        skip = f"peer failed {failures} times"
    label = _label(file, failures)
    return PeerVerdict(score, int(bucket), failures >= 1, skip, label)


def _label(file: SoulseekFile, failures: int) -> str:
    slot = "free slot" if file.has_free_slot else f"queue {file.queue_length}"
    text = f"{slot}, {file.upload_speed / 1_048_576:.1f} MB/s"
    if failures:
        text += f", {failures} recent failure" + ("s" if failures > 1 else "")
    return text
