"""Frozen dataclasses that cross module and process boundaries (never ORM rows, never raw JSON).

Durations are milliseconds (``duration_ms``) for wanted tracks, as Spotify reports them, and
seconds (``length_s``) for Soulseek files, as slskd reports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class TrackQuery:
    """The recording a user wants: what the matching engine compares candidates against."""

    title: str
    artists: tuple[str, ...]
    album: str | None = None
    duration_ms: int | None = None
    track_number: int | None = None
    disc_number: int | None = None
    year: int | None = None
    isrc: str | None = None
    spotify_id: str | None = None

    @property
    def primary_artist(self) -> str:
        return self.artists[0] if self.artists else ""


@dataclass(frozen=True, slots=True)
class SoulseekFile:
    """One file a Soulseek peer offers, as found in a slskd search response."""

    username: str
    filename: str  # full remote path, usually with backslashes
    size: int
    extension: str = ""
    bitrate: int | None = None  # kbit/s
    bit_depth: int | None = None
    sample_rate: int | None = None  # Hz
    length_s: int | None = None
    is_variable_bitrate: bool | None = None
    has_free_slot: bool = True
    upload_speed: int = 0  # bytes/s
    queue_length: int = 0


class Decision(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"


@dataclass(frozen=True, slots=True)
class RankedCandidate:
    """A candidate with the matching engine's verdict; ``reasons`` are short human-readable."""

    file: SoulseekFile
    confidence: float
    decision: Decision
    reasons: tuple[str, ...] = field(default_factory=tuple)
    input_index: int = 0


class DownloadState(StrEnum):
    """Our own transfer states; every slskd state string maps onto one of these."""

    REQUESTED = "requested"
    QUEUED_LOCALLY = "queued_locally"
    QUEUED_REMOTELY = "queued_remotely"
    INITIALIZING = "initializing"
    IN_PROGRESS = "in_progress"
    SUCCEEDED = "succeeded"
    CANCELLED = "cancelled"
    TIMED_OUT = "timed_out"
    ERRORED = "errored"
    REJECTED = "rejected"
    FAILED = "failed"
    UNKNOWN = "unknown"

    @property
    def is_terminal(self) -> bool:
        return self in _TERMINAL

    @property
    def is_failure(self) -> bool:
        return self in _TERMINAL and self is not DownloadState.SUCCEEDED


_TERMINAL = frozenset(
    {
        DownloadState.SUCCEEDED,
        DownloadState.CANCELLED,
        DownloadState.TIMED_OUT,
        DownloadState.ERRORED,
        DownloadState.REJECTED,
        DownloadState.FAILED,
    }
)


class HealthStatus(StrEnum):
    OK = "ok"
    DEGRADED = "degraded"
    DOWN = "down"


@dataclass(frozen=True, slots=True)
class ProviderHealth:
    """Health of one integration; ``code`` is a stable key the GUI translates."""

    provider: str
    status: HealthStatus
    code: str
    details: tuple[tuple[str, str], ...] = ()
    enabled: bool = True
