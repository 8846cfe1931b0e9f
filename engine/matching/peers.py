"""Peer scoring: free slot, upload speed, queue length and this peer's recent failures."""

from __future__ import annotations

import math
from typing import NamedTuple

from engine.domain.models import SoulseekFile
from engine.matching.settings import MatchingSettings

# Queues are counted up to this length; longer ones score as this long.
_MAX_QUEUE = 200


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
    return PeerScale(settings).assess(file, failures, banned)


class PeerScale:
    """:func:`assess_peer` with the parts that depend on the settings alone worked out once: a
    ranking scores every peer state in its response, often one per file."""

    def __init__(self, settings: MatchingSettings) -> None:
        self._settings = settings
        self._slot = settings.peer_weight_free_slot
        self._weight_queue, self._decay = settings.peer_weight_queue, settings.peer_queue_decay
        self._weight_speed = settings.peer_weight_speed
        self._full_speed = math.log10(1 + settings.peer_fast_bytes / 102_400)
        # The same expression per queue length as computed one file at a time (same floats).
        self._queue_parts = [settings.peer_weight_queue * settings.peer_queue_decay**queue
                             for queue in range(_MAX_QUEUE + 1)]
        self._bucket_bytes = max(settings.peer_speed_bucket_bytes, 1)

    def assess(self, file: SoulseekFile, failures: int, banned: bool) -> PeerVerdict:
        return PeerVerdict(*self.parts(file, failures, banned))

    def parts(
        self, file: SoulseekFile, failures: int, banned: bool
    ) -> tuple[float, int, bool, str | None, str]:
        """The fields of :meth:`assess`'s verdict as a plain tuple (cheaper to make)."""
        # Runs once per distinct peer state, often once per file: comparisons stand in for
        # max()/min() calls (same values, as ties between equal numbers cannot differ).
        speed = file.upload_speed
        if speed < 0:
            speed = 0
        ratio = math.log10(1 + speed / 102_400) / self._full_speed
        speed_part = self._weight_speed * (ratio if ratio < 1.0 else 1.0)
        queue = file.queue_length
        queue = 0 if queue < 0 else _MAX_QUEUE if queue > _MAX_QUEUE else queue
        queue_part = (self._queue_parts[queue] if type(queue) is int
                      else self._weight_queue * self._decay**queue)
        slot = self._slot if file.has_free_slot else 0.0
        skip = None
        if banned:
            skip = "peer banned"
        elif failures >= self._settings.peer_skip_after_failures:
            skip = f"peer failed {failures} times"
        megabytes = file.upload_speed / 1_048_576
        label = (f"free slot, {megabytes:.1f} MB/s" if file.has_free_slot
                 else f"queue {file.queue_length}, {megabytes:.1f} MB/s")
        if failures:
            label += f", {failures} recent failure" + ("s" if failures > 1 else "")
        return (round(slot + speed_part + queue_part, 6), int(speed // self._bucket_bytes),
                failures >= 1, skip, label)
