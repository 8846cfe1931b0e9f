"""The slskd emulator's searches and transfers: scripted timelines read lazily against a clock.

Nothing runs in the background: every request asks "what does this object look like at time
``now``?", so a search fills and a download progresses exactly as fast as the emulator's
``time_scale`` and ``advance()`` say, and tests stay deterministic and fast.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.emulators.shares import Peer, SharedFile


def iso(moment: datetime, *, zulu: bool) -> str:
    """slskd's timestamps: 7 fractional digits, ``Z`` only on some fields (§A.1)."""
    text = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f") + "0"
    return text + "Z" if zulu else text


def timespan(seconds: float) -> str:
    seconds = max(0.0, seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{int(hours):02d}:{int(minutes):02d}:{secs:010.7f}"


def compact(payload: dict[str, Any]) -> dict[str, Any]:
    """slskd omits null-valued properties entirely."""
    return {k: v for k, v in payload.items() if v is not None}


def file_json(shared: SharedFile) -> dict[str, Any]:
    fmt = shared.fmt
    attributes: dict[str, Any] = {}
    if fmt is not None and not shared.omit_attributes:
        attributes = {"bitRate": fmt.bit_rate, "bitDepth": fmt.bit_depth,
                      "sampleRate": fmt.sample_rate, "isVariableBitRate": fmt.vbr,
                      "length": shared.length}
    # Peers often leave the extension empty; clients must derive it from the filename.
    extension = "" if shared.omit_attributes or (fmt and fmt.extension == "mp3") else \
        shared.extension
    return compact({"code": 1, "extension": extension, "filename": shared.filename,
                    "isLocked": False, "size": shared.size, **attributes})


@dataclass
class ScriptedResponse:
    arrives_at: float
    peer: Peer
    files: list[SharedFile]

    def to_json(self, token: int) -> dict[str, Any]:
        free = [f for f in self.files if not f.locked]
        locked = [f for f in self.files if f.locked]
        return {"fileCount": len(free), "files": [file_json(f) for f in free],
                "hasFreeUploadSlot": self.peer.has_free_upload_slot,
                "lockedFileCount": len(locked), "lockedFiles": [file_json(f) for f in locked],
                "queueLength": self.peer.queue_length, "token": token,
                "uploadSpeed": self.peer.upload_speed, "username": self.peer.username}


@dataclass
class EmuSearch:
    id: str
    text: str
    token: int
    started: float
    timeout_s: float
    responses: list[ScriptedResponse]
    limit_state: str | None = None  # "ResponseLimitReached" / "FileLimitReached"
    forced_state: str | None = None  # e.g. "Completed, Errored" / "Completed, Cancelled"
    forced_at: float | None = None
    never_complete: bool = False
    zeroed: bool = False  # a restart wiped the in-memory counts
    empty_reads_left: int = 0  # responses read back as [] right after completion

    def arrived(self, now: float) -> list[ScriptedResponse]:
        if self.zeroed:
            return []
        until = min(now, self.forced_at) if self.forced_at is not None else now
        return [r for r in self.responses if r.arrives_at <= until]

    def completed_at(self) -> float | None:
        if self.forced_at is not None:
            return self.forced_at
        if self.never_complete:
            return None
        if self.limit_state:
            return self.responses[-1].arrives_at
        last = self.responses[-1].arrives_at if self.responses else self.started
        return last + self.timeout_s

    def state(self, now: float) -> str:
        if self.forced_state is not None and self.forced_at is not None and now >= self.forced_at:
            return self.forced_state
        done = self.completed_at()
        if done is None or now < done:
            return "InProgress"
        return f"Completed, {self.limit_state or 'TimedOut'}"

    def is_in_flight(self, now: float) -> bool:
        return not self.state(now).startswith("Completed")

    def to_json(self, now: float, wall: datetime, *, include_responses: bool) -> dict[str, Any]:
        state = self.state(now)
        complete = state.startswith("Completed")
        arrived = self.arrived(now)
        ended = self.completed_at() if complete else None
        payload = {
            "id": self.id, "searchText": self.text, "token": self.token, "state": state,
            "isComplete": complete, "responseCount": len(arrived),
            "fileCount": sum(len([f for f in r.files if not f.locked]) for r in arrived),
            "lockedFileCount": sum(len([f for f in r.files if f.locked]) for r in arrived),
            "startedAt": iso(wall + timedelta(seconds=self.started - now), zulu=True),
            "endedAt": iso(wall + timedelta(seconds=ended - now), zulu=True)
            if ended is not None else None,
            "responses": self.responses_json(now) if include_responses else [],
        }
        return compact(payload)

    def responses_json(self, now: float) -> list[dict[str, Any]]:
        # Responses are only persisted once the search completes (§A.4.3).
        if not self.state(now).startswith("Completed"):
            return []
        if self.empty_reads_left > 0:
            self.empty_reads_left -= 1
            return []
        return [r.to_json(self.token) for r in self.arrived(now)]


@dataclass
class Phase:
    state: str
    duration_s: float  # float("inf") = stuck


@dataclass
class EmuTransfer:
    username: str
    filename: str
    size: int
    created: float
    phases: list[Phase]
    final_state: str = "Completed, Succeeded"
    final_exception: str | None = None
    shared: SharedFile | None = None
    direction: str = "Download"
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    removed: bool = False
    forced: tuple[str, str | None, float] | None = None  # (state, exception, at)
    forced_bytes: int | None = None
    place_in_queue: int | None = None
    local_path: str | None = None  # set once the file was written
    truncate: bool = False  # fault: the written file ends early

    def _phase_at(self, now: float) -> tuple[str, float, float]:
        """(state, phase start, phase end) at ``now``."""
        start = self.created
        for phase in self.phases:
            end = start + phase.duration_s
            if now < end:
                return phase.state, start, end
            start = end
        return self.final_state, start, start

    def state(self, now: float) -> str:
        if self.forced is not None and now >= self.forced[2]:
            return self.forced[0]
        return self._phase_at(now)[0]

    def exception(self, now: float) -> str | None:
        if self.forced is not None and now >= self.forced[2]:
            return self.forced[1]
        return self.final_exception if self.state(now) == self.final_state else None

    def started_at(self) -> float | None:
        start = self.created
        for phase in self.phases:
            if phase.state == "InProgress":
                return start
            start += phase.duration_s
        return None

    def ended_at(self, now: float) -> float | None:
        if self.forced is not None and now >= self.forced[2]:
            return self.forced[2]
        state, start, _ = self._phase_at(now)
        return start if state.startswith("Completed") else None

    def bytes_at(self, now: float) -> int:
        if self.forced is not None and now >= self.forced[2]:
            return self.forced_bytes if self.forced_bytes is not None else \
                self.bytes_at(self.forced[2] - 1e-9)
        state, start, end = self._phase_at(now)
        if state == "InProgress" and end > start:
            return int(self.size * (now - start) / (end - start))
        return self.size if state == "Completed, Succeeded" else 0

    def force(self, state: str, exception: str | None, now: float) -> None:
        if self.state(now).startswith("Completed"):
            return
        self.forced_bytes = self.bytes_at(now)
        self.forced = (state, exception, now)

    def to_json(self, now: float, wall: datetime) -> dict[str, Any]:
        state = self.state(now)
        done = self.bytes_at(now)
        started = self.started_at()
        started = started if started is not None and started <= now else None
        ended = self.ended_at(now)
        elapsed = ((ended or now) - started) if started is not None else None
        speed = done / elapsed if elapsed else 0.0
        enqueued = self.created + sum(p.duration_s for p in self.phases[:2])

        def at(moment: float | None, zulu: bool) -> str | None:
            if moment is None:
                return None
            return iso(wall + timedelta(seconds=moment - now), zulu=zulu)

        return compact({
            "id": self.id, "username": self.username, "direction": self.direction,
            "filename": self.filename, "size": self.size, "startOffset": 0,
            "state": state, "stateDescription": state,
            "requestedAt": at(self.created, False),
            "enqueuedAt": at(enqueued, False) if enqueued <= now and
            "Locally" not in state and state != "Requested" else None,
            "startedAt": at(started, True), "endedAt": at(ended, True),
            "bytesTransferred": done, "bytesRemaining": self.size - done,
            "averageSpeed": round(speed, 3), "attempts": 1,
            "percentComplete": round(100.0 * done / self.size, 2) if self.size else 0.0,
            "elapsedTime": timespan(elapsed) if elapsed is not None else None,
            "remainingTime": timespan((self.size - done) / speed) if speed > 0 and
            ended is None else None,
            "placeInQueue": self.place_in_queue, "exception": self.exception(now),
        })


def group_by_user(transfers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """user → directories → files, as slskd lists transfers (§A.5.3)."""
    users: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for item in transfers:
        directory = item["filename"].rsplit("\\", 1)[0] if "\\" in item["filename"] else \
            item["filename"].rsplit("/", 1)[0] if "/" in item["filename"] else ""
        users.setdefault(item["username"], {}).setdefault(directory, []).append(item)
    return [{"username": user, "directories": [
        {"directory": d, "fileCount": len(files), "files": files} for d, files in dirs.items()]}
        for user, dirs in users.items()]
