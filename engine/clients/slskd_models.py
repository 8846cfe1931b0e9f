"""slskd's JSON turned into frozen DTOs, including the transfer-state mapping (slskd 0.22–0.26).

slskd renders ``[Flags]`` enums as flag names joined by ``", "`` and omits null properties, so
every parser here splits flags and treats "absent" like ``null``. Unknown transfer states map
to :attr:`DownloadState.UNKNOWN` with a warning, never an exception.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import Any

from engine.domain.models import DownloadState, SoulseekFile
from engine.errors import ProtocolError

log = logging.getLogger(__name__)
PROVIDER = "slskd"

#: Soulseek.NET TransferStates flag values, for builds that emit numbers instead of names.
_TRANSFER_FLAGS = {1: "requested", 2: "queued", 4: "initializing", 8: "inprogress",
                   16: "completed", 32: "succeeded", 64: "cancelled", 128: "timedout",
                   256: "errored", 512: "rejected", 1024: "aborted", 2048: "locally",
                   4096: "remotely"}
#: Outcome flags of a ``Completed, X`` state, checked in this order.
_OUTCOMES = (("succeeded", DownloadState.SUCCEEDED), ("cancelled", DownloadState.CANCELLED),
             ("timedout", DownloadState.TIMED_OUT), ("rejected", DownloadState.REJECTED),
             ("errored", DownloadState.ERRORED), ("aborted", DownloadState.FAILED))
_warned_states: set[str] = set()


def _flags(raw: str) -> set[str]:
    text = raw.strip()
    if text.isdigit():
        value = int(text)
        return {name for bit, name in _TRANSFER_FLAGS.items() if value & bit}
    return {part.strip().lower().replace(" ", "") for part in text.split(",") if part.strip()}


def _map_flags(flags: set[str]) -> DownloadState | None:
    for flag, state in _OUTCOMES:
        if flag in flags:
            return state
    if "completed" in flags:
        return DownloadState.FAILED  # "Completed" alone: finished without a known success
    if "queued" in flags:
        return DownloadState.QUEUED_REMOTELY if "remotely" in flags else \
            DownloadState.QUEUED_LOCALLY
    for flag, state in (("inprogress", DownloadState.IN_PROGRESS),
                        ("initializing", DownloadState.INITIALIZING),
                        ("requested", DownloadState.REQUESTED)):
        if flag in flags:
            return state
    return None


def map_transfer_state(raw: str | None) -> DownloadState:
    """Map a slskd transfer state string onto our :class:`DownloadState`."""
    state = _map_flags(_flags(raw or ""))
    if state is None:
        key = raw or "<missing>"
        if key not in _warned_states:  # once per distinct string, not once per poll
            _warned_states.add(key)
            log.warning("slskd reported an unknown transfer state %r", key)
        return DownloadState.UNKNOWN
    return state


def parse_time(value: Any) -> datetime | None:
    """slskd timestamps, with or without ``Z`` and with 7 fractional digits; naive = UTC."""
    if not isinstance(value, str) or not value:
        return None
    text = re.sub(r"(\.\d{6})\d+", r"\1", value.strip()).replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class ServerState:
    """Whether slskd is connected and logged in to the Soulseek network."""

    state: str
    is_connected: bool
    is_logged_in: bool
    is_transitioning: bool = False
    address: str | None = None
    username: str | None = None
    version: str | None = None


@dataclass(frozen=True, slots=True)
class SearchStatus:
    id: str
    search_text: str
    state: str
    is_complete: bool
    response_count: int = 0
    file_count: int = 0
    locked_file_count: int = 0
    started_at: datetime | None = None
    ended_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Transfer:
    """One download or upload record; ``raw_state`` keeps slskd's string for the details view."""

    id: str
    username: str
    filename: str
    direction: str
    size: int
    state: DownloadState
    raw_state: str
    bytes_transferred: int = 0
    percent_complete: float = 0.0
    average_speed: float = 0.0
    requested_at: datetime | None = None
    enqueued_at: datetime | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    exception: str | None = None
    place_in_queue: int | None = None
    attempts: int | None = None


@dataclass(frozen=True, slots=True)
class EnqueueResult:
    enqueued: tuple[Transfer, ...]
    failed: tuple[str, ...]  # filenames slskd skipped (already an active download)


@dataclass(frozen=True, slots=True)
class UserInfo:
    username: str
    description: str
    has_free_upload_slot: bool
    queue_length: int
    upload_slots: int


@dataclass(frozen=True, slots=True)
class UserStatus:
    username: str
    presence: str  # Online | Away | Offline
    is_privileged: bool


def _expect_dict(payload: Any, what: str) -> dict[str, Any]:
    if not isinstance(payload, dict):
        raise ProtocolError(f"slskd sent an unexpected {what}", provider=PROVIDER)
    return payload


def parse_server_state(payload: Any, *, version: str | None = None,
                       username: str | None = None) -> ServerState:
    server = _expect_dict(payload, "server state")
    flags = _flags(str(server.get("state", "")))
    return ServerState(
        state=str(server.get("state", "Disconnected")),
        is_connected=bool(server.get("isConnected", "connected" in flags)),
        is_logged_in=bool(server.get("isLoggedIn", "loggedin" in flags)),
        is_transitioning=bool(server.get("isTransitioning", False)),
        address=server.get("address"), username=username, version=version)


def parse_application(payload: Any) -> ServerState:
    app = _expect_dict(payload, "application state")
    version = app.get("version")
    current = version.get("current") if isinstance(version, dict) else version
    user = app.get("user") if isinstance(app.get("user"), dict) else {}
    return parse_server_state(app.get("server") or {}, version=current,
                              username=user.get("username"))


def parse_search(payload: Any) -> SearchStatus:
    data = _expect_dict(payload, "search")
    state = str(data.get("state", ""))
    return SearchStatus(
        id=str(data.get("id", "")), search_text=str(data.get("searchText", "")), state=state,
        is_complete=bool(data.get("isComplete", "Completed" in state)),
        response_count=int(data.get("responseCount") or 0),
        file_count=int(data.get("fileCount") or 0),
        locked_file_count=int(data.get("lockedFileCount") or 0),
        started_at=parse_time(data.get("startedAt")), ended_at=parse_time(data.get("endedAt")))


def _optional_int(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def parse_transfer(payload: Any) -> Transfer:
    data = _expect_dict(payload, "transfer")
    raw_state = str(data.get("state", ""))
    return Transfer(
        id=str(data.get("id", "")), username=str(data.get("username", "")),
        filename=str(data.get("filename", "")), direction=str(data.get("direction", "Download")),
        size=int(data.get("size") or 0), state=map_transfer_state(raw_state),
        raw_state=raw_state, bytes_transferred=int(data.get("bytesTransferred") or 0),
        percent_complete=float(data.get("percentComplete") or 0.0),
        average_speed=float(data.get("averageSpeed") or 0.0),
        requested_at=parse_time(data.get("requestedAt")),
        enqueued_at=parse_time(data.get("enqueuedAt")),
        started_at=parse_time(data.get("startedAt")), ended_at=parse_time(data.get("endedAt")),
        exception=data.get("exception"), place_in_queue=_optional_int(data.get("placeInQueue")),
        attempts=_optional_int(data.get("attempts")))


def flatten_transfers(payload: Any) -> list[Transfer]:
    """user groups → directories → files (§A.5.3), or a single user group, flattened."""
    groups = [payload] if isinstance(payload, dict) else payload
    if not isinstance(groups, list):
        raise ProtocolError("slskd sent an unexpected transfer listing", provider=PROVIDER)
    return [parse_transfer(item) for group in groups if isinstance(group, dict)
            for directory in group.get("directories") or []
            for item in directory.get("files") or []]


def _extension(filename: str, declared: Any) -> str:
    if isinstance(declared, str) and declared.strip():
        return declared.strip().lstrip(".").lower()
    leaf = re.split(r"[\\/]", filename)[-1]
    return leaf.rsplit(".", 1)[-1].lower() if "." in leaf else ""


def parse_search_files(responses: Any) -> list[SoulseekFile]:
    """Every downloadable (non-locked) file of every peer response, with the peer's fields."""
    if not isinstance(responses, list):
        raise ProtocolError("slskd sent unexpected search responses", provider=PROVIDER)
    files: list[SoulseekFile] = []
    for response in responses:
        if not isinstance(response, dict):
            continue
        peer = {"username": str(response.get("username", "")),
                "has_free_slot": bool(response.get("hasFreeUploadSlot", False)),
                "upload_speed": int(response.get("uploadSpeed") or 0),
                "queue_length": int(response.get("queueLength") or 0)}
        for item in response.get("files") or []:
            filename = str(item.get("filename", ""))
            vbr = item.get("isVariableBitRate")
            files.append(SoulseekFile(
                filename=filename, size=int(item.get("size") or 0),
                extension=_extension(filename, item.get("extension")),
                bitrate=_optional_int(item.get("bitRate")),
                bit_depth=_optional_int(item.get("bitDepth")),
                sample_rate=_optional_int(item.get("sampleRate")),
                length_s=_optional_int(item.get("length")),
                is_variable_bitrate=vbr if isinstance(vbr, bool) else None, **peer))
    return files


_INVALID_LOCAL = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def expected_local_path(downloads_dir: Path, remote_filename: str) -> Path:
    """Where slskd (default settings) puts a finished download: ``<last folder>/<leaf>`` (§A.7).

    slskd appends ``_<ticks>`` on a name collision, so treat this as the first place to look.
    """
    parts = [p for p in re.split(r"[\\/]", remote_filename) if p]
    leaf = _INVALID_LOCAL.sub("_", parts[-1]) if parts else "unnamed"
    if len(parts) < 2:
        return downloads_dir / leaf
    return downloads_dir / _INVALID_LOCAL.sub("_", parts[-2]) / PurePath(leaf).name
