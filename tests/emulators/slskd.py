"""A loopback slskd (REST API v0) that serves the demo catalogue's Soulseek shares.

Faithful to the wire contract in external-apis.md §A: API-key and JWT auth (401 empty body),
string-bodied 400/409/429/500, omitted nulls, flags enums joined by ``", "``, searches whose
responses only appear once complete, transfers that walk the real state sequence and leave real
audio files under ``downloads/<last remote folder>/``. Time is scripted (see
:mod:`tests.emulators.slskd_model`), scaled by ``time_scale`` and movable with :meth:`advance`.
"""

from __future__ import annotations

import secrets
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from tests.emulators.catalogue import Catalogue, demo_catalogue
from tests.emulators.server import EmulatorServer, Fault, Request
from tests.emulators.shares import Shares, build_shares
from tests.emulators.slskd_files import AudioRenderer
from tests.emulators.slskd_model import EmuSearch, EmuTransfer, Phase
from tests.emulators.slskd_routes import SlskdRoutes


class SlskdEmulator(EmulatorServer, SlskdRoutes):
    """The emulator plus the switches tests flip (faults) and the counters they read."""

    def __init__(self, catalogue: Catalogue | None = None, *, shares: Shares | None = None,
                 api_key: str | None = None, downloads_dir: Path | None = None,
                 time_scale: float = 0.01, strict_single_search: bool = True,
                 version: str = "0.24.5", soulseek_username: str = "harmony-tester") -> None:
        super().__init__("slskd")
        self.catalogue = catalogue or demo_catalogue()
        self.shares = shares or build_shares(self.catalogue)
        self.api_key = api_key or "emu-" + secrets.token_hex(16)
        self._scratch = Path(tempfile.mkdtemp(prefix="slskd-emu-"))
        self.downloads_dir = downloads_dir or self._scratch / "downloads"
        self.incomplete_dir = self._scratch / "incomplete"
        self.renderer = AudioRenderer(self._scratch / "render-cache")
        self.time_scale = time_scale
        self.version = version
        self.soulseek_username = soulseek_username
        # -- switches ------------------------------------------------------------------------
        self.logged_in = True
        self.strict_single_search = strict_single_search
        self.search_post_delay_s = 0.0  # how long POST /searches takes (widens the 429 window)
        self.enqueue_post_delay_s = 0.0
        self.never_complete_searches = False
        self.empty_responses_reads = 0  # first N /responses reads after completion return []
        self.stuck_queued_users: set[str] = set()
        self.stuck_all_queued = False
        self.rejecting_users: dict[str, str] = {}  # username → peer reason
        self.truncate_files = False
        #: finished files get exactly their announced size (padding inside the tags, so they
        #: stay valid audio); off by default because it writes tens of MB per download
        self.real_sizes = False
        # -- state ---------------------------------------------------------------------------
        self.searches: dict[str, EmuSearch] = {}
        self.transfers: list[EmuTransfer] = []
        self.uploads: list[EmuTransfer] = []
        self.events: list[dict[str, Any]] = []
        self.tokens: set[str] = set()
        self._skew = 0.0
        self._next_token = 4200
        # -- counters ------------------------------------------------------------------------
        self.search_starts: list[float] = []  # time.monotonic() of every accepted search
        self.search_posts: list[float] = []  # every POST /searches, accepted or not
        self.concurrent_search_violations = 0
        self._posts_in_progress = 0
        self._enqueues_in_progress = 0
        self._seed_uploads()
        self.register_routes()

    # -- clock -------------------------------------------------------------------------------
    def now(self) -> float:
        return time.monotonic() + self._skew

    def wall(self) -> datetime:
        return datetime.now(UTC)

    def advance(self, seconds: float) -> None:
        """Jump the emulator's clock forward (unscaled seconds)."""
        with self.lock:
            self._skew += seconds

    def scaled(self, seconds: float) -> float:
        return seconds * self.time_scale

    # -- switches tests flip ---------------------------------------------------------------
    def set_logged_in(self, logged_in: bool) -> None:
        """Log out of / back in to the Soulseek network; logging out cancels running searches."""
        with self.lock:
            now = self.now()
            if self.logged_in and not logged_in:
                for search in self.searches.values():
                    if search.is_in_flight(now):
                        search.forced_state, search.forced_at = "Completed, Cancelled", now
            self.logged_in = logged_in

    def set_peer_online(self, username: str, online: bool) -> None:
        """A peer going offline fails its active transfers ("Completed, Errored")."""
        with self.lock:
            self.shares.peers[username].online = online
            if online:
                return
            now = self.now()
            for transfer in self.transfers:
                if transfer.username != username:
                    continue
                message = ("Transfer failed: Remote connection closed"
                           if transfer.state(now) == "InProgress"
                           else f"User {username} appears to be offline")
                transfer.force("Completed, Errored", message, now)

    def rate_limit(self, path_regex: str, retry_after: float = 1.0, times: int = 1,
                   method: str = "*") -> None:
        self.inject(path_regex, Fault(status=429, headers={"Retry-After": f"{retry_after:g}"},
                                      body="Too many requests", times=times), method)

    def restart(self, *, requeue: bool = False, wipe: bool = False) -> None:
        """A daemon restart: in-flight work is lost (§A.5.4, E.1 #8), JWTs become invalid."""
        with self.lock:
            now = self.now()
            self.tokens.clear()
            self._posts_in_progress = self._enqueues_in_progress = 0
            if wipe:
                self.searches.clear()
                self.transfers.clear()
                return
            for search in self.searches.values():
                if search.is_in_flight(now):
                    search.zeroed = True
                    search.forced_state, search.forced_at = "Completed, TimedOut", now
            lost = [t for t in self.transfers if not t.state(now).startswith("Completed")]
            for transfer in lost:
                transfer.force("Completed, Errored", "Application shut down", now)
            if requeue:
                for transfer in lost:
                    transfer.removed = True
                    self.transfers.append(self.new_transfer(transfer.username,
                                                            transfer.filename, transfer.size))

    # -- counters ------------------------------------------------------------------------------
    def max_searches_in_window(self, window_s: float) -> int:
        starts = sorted(self.search_starts)
        best, left = 0, 0
        for right, moment in enumerate(starts):
            while moment - starts[left] >= window_s:
                left += 1
            best = max(best, right - left + 1)
        return best

    def searches_over_budget(self, limit: int, window_s: float) -> int:
        """Accepted searches that started while ``limit`` others had started in the window
        before them (what would get a real Soulseek account banned)."""
        starts = sorted(self.search_starts)
        over, left = 0, 0
        for right, moment in enumerate(starts):
            while moment - starts[left] >= window_s:
                left += 1
            over += int(right - left + 1 > limit)
        return over

    def search_in_flight(self) -> bool:
        now = self.now()
        return any(s.is_in_flight(now) for s in self.searches.values())

    # -- transfers -----------------------------------------------------------------------------
    def new_transfer(self, username: str, filename: str, size: int) -> EmuTransfer:
        """A download record with the timeline this peer and file will produce."""
        now = self.now()
        peer = self.shares.peers.get(username)
        shared = self.shares.file(username, filename)
        phases = [Phase("Queued, Locally", self.scaled(0.5)), Phase("Requested", self.scaled(1))]
        transfer = EmuTransfer(username, filename, size, now, phases, shared=shared)
        if peer is None or not peer.online:
            transfer.final_state = "Completed, Errored"
            transfer.final_exception = f"User {username} appears to be offline"
        elif username in self.rejecting_users or shared is None:
            reason = self.rejecting_users.get(username, "File not shared.")
            transfer.final_state = "Completed, Rejected"
            transfer.final_exception = f"Transfer rejected: {reason}"
        elif self.stuck_all_queued or username in self.stuck_queued_users:
            phases.append(Phase("Queued, Remotely", float("inf")))
        else:
            waiting = 0.2 if peer.has_free_upload_slot else 1.0 + min(peer.queue_length, 30)
            seconds = min(120.0, shared.size / max(peer.upload_speed, 250_000))
            phases += [Phase("Queued, Remotely", self.scaled(waiting)),
                       Phase("Initializing", self.scaled(0.5)),
                       Phase("InProgress", self.scaled(seconds))]
        transfer.truncate = self.truncate_files
        return transfer

    def _seed_uploads(self) -> None:
        now = self.now()
        sent = EmuTransfer("leecher42", "@@harmony\\Music\\Album\\01 - Song.flac", 21_000_000,
                           now - 60, [], direction="Upload")
        running = EmuTransfer("nightowl7", "@@harmony\\Music\\Album\\02 - Song.flac",
                              25_000_000, now, [Phase("InProgress", 3600.0)], direction="Upload")
        self.uploads = [sent, running]

    def request_path_user(self, request: Request) -> str:
        return unquote(request.params["username"])

    def __repr__(self) -> str:  # never show the key
        return f"SlskdEmulator(url={self.url if self._httpd else None!r})"

