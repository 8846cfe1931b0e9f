"""HTTP handlers of the slskd emulator (a mixin of :class:`tests.emulators.slskd.SlskdEmulator`).

Paths are case-insensitive with an optional trailing slash, as ASP.NET routes them; every handler
but ``/session`` login and ``/session/enabled`` needs an API key or a JWT.
"""

from __future__ import annotations

import json
import secrets
import time
import uuid
import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tests.emulators.server import Request, Response
from tests.emulators.shares import parse_query
from tests.emulators.slskd_files import place_download
from tests.emulators.slskd_model import EmuSearch, ScriptedResponse, group_by_user

if TYPE_CHECKING:
    from tests.emulators.slskd import SlskdEmulator

ONE_AT_A_TIME = ("Only one concurrent operation is permitted. "
                 "Wait until the previous request completes")
_API = "/api/v0"
_USER = r"(?P<username>[^/]+)"
_ID = r"(?P<id>[^/]+)"


def is_true(value: str | None) -> bool:
    return (value or "").lower() == "true"


def empty(status: int = 204) -> Response:
    return Response(status, b"")


def string_error(message: str, status: int) -> Response:
    return Response.json(message, status)


class SlskdRoutes:
    """Route table and handlers; ``self`` is the emulator."""

    def register_routes(self: SlskdEmulator) -> None:
        table: list[tuple[str, str, Callable[[Request], Response], bool]] = [
            ("POST", "/session", self._login, False),
            ("GET", "/session/enabled", lambda r: Response.json(True), False),
            ("GET", "/session", lambda r: empty(200), True),
            ("GET", "/application", self._application, True),
            ("GET", "/application/version", lambda r: Response.json(self.version), True),
            ("GET", "/server", lambda r: Response.json(self._server_state()), True),
            ("PUT", "/server", self._connect, True),
            ("DELETE", "/server", self._disconnect, True),
            ("GET", "/options", self._options, True),
            ("GET", "/events", self._events, True),
            ("POST", "/searches", self._create_search, True),
            ("GET", "/searches", self._list_searches, True),
            ("GET", f"/searches/{_ID}/responses", self._search_responses, True),
            ("GET", f"/searches/{_ID}", self._get_search, True),
            ("PUT", f"/searches/{_ID}", self._stop_search, True),
            ("DELETE", f"/searches/{_ID}", self._delete_search, True),
            ("DELETE", "/transfers/downloads/all/completed", self._clear_completed, True),
            ("GET", "/transfers/downloads", self._list_downloads, True),
            ("POST", f"/transfers/downloads/{_USER}", self._enqueue, True),
            ("GET", f"/transfers/downloads/{_USER}", self._user_downloads, True),
            ("GET", f"/transfers/downloads/{_USER}/{_ID}/position", self._position, True),
            ("GET", f"/transfers/downloads/{_USER}/{_ID}", self._get_download, True),
            ("DELETE", f"/transfers/downloads/{_USER}/{_ID}", self._cancel_download, True),
            ("GET", "/transfers/uploads", self._list_uploads, True),
            ("GET", f"/transfers/uploads/{_USER}", self._user_uploads, True),
            ("GET", f"/users/{_USER}/info", self._user_info, True),
            ("GET", f"/users/{_USER}/status", self._user_status, True),
        ]
        for method, path, handler, needs_auth in table:
            wrapped = self._authenticated(handler) if needs_auth else handler
            self.route(method, f"(?i:{_API}{path})/?", wrapped)

    def _authenticated(self: SlskdEmulator, handler: Callable[[Request], Response]
                       ) -> Callable[[Request], Response]:
        def guarded(request: Request) -> Response:
            bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
            key_ok = secrets.compare_digest(request.headers.get("x-api-key", ""), self.api_key)
            if not key_ok and bearer not in self.tokens:
                return Response(401, b"", {"WWW-Authenticate": "Bearer"})
            with self.lock:
                self._materialise_finished()
            return handler(request)
        return guarded

    # -- session, application, server ----------------------------------------------------------
    def _login(self: SlskdEmulator, request: Request) -> Response:
        body = request.json() or {}
        if not body.get("username") or not body.get("password"):
            return string_error("Username and/or Password missing or invalid", 400)
        if (body["username"], body["password"]) != ("slskd", "slskd"):
            return empty(401)
        token = secrets.token_urlsafe(24)
        self.tokens.add(token)
        issued = int(time.time())
        return Response.json({"expires": issued + 604_800, "issued": issued, "name": "slskd",
                              "notBefore": issued, "token": token, "tokenType": "Bearer"})

    def _server_state(self: SlskdEmulator) -> dict[str, Any]:
        if not self.logged_in:
            return {"state": "Disconnected", "isConnected": False, "isConnecting": False,
                    "isLoggedIn": False, "isLoggingIn": False, "isTransitioning": False}
        return {"address": "vps.slsknet.org", "ipEndPoint": "208.76.170.59:2271",
                "state": "Connected, LoggedIn", "isConnected": True, "isConnecting": False,
                "isLoggedIn": True, "isLoggingIn": False, "isTransitioning": False}

    def _application(self: SlskdEmulator, request: Request) -> Response:
        user: dict[str, Any] = {"privileges": {"isPrivileged": False, "privilegesRemaining": 0},
                                "statistics": {"averageSpeed": 0, "directoryCount": 0,
                                               "fileCount": 0, "uploadCount": 0}}
        if self.logged_in:
            user["username"] = self.soulseek_username
        return Response.json({
            "version": {"full": f"{self.version}+emulator", "current": self.version,
                        "latest": self.version, "isUpdateAvailable": False, "isCanary": False,
                        "isDevelopment": False},
            "pendingReconnect": False, "pendingRestart": False, "server": self._server_state(),
            "connectionWatchdog": {"isEnabled": not self.logged_in,
                                   "isAttemptingConnection": False, "isAwaitingVpn": False},
            "user": user, "rooms": [], "users": [],
            "shares": {"scanPending": False, "scanning": False, "ready": True, "faulted": False,
                       "cancelled": False, "scanProgress": 1, "directories": 0, "files": 0},
        })

    def _connect(self: SlskdEmulator, request: Request) -> Response:
        self.set_logged_in(True)
        return empty(200)

    def _disconnect(self: SlskdEmulator, request: Request) -> Response:
        self.set_logged_in(False)
        return empty(204)

    def _options(self: SlskdEmulator, request: Request) -> Response:
        return Response.json({
            "directories": {"incomplete": str(self.incomplete_dir),
                            "downloads": str(self.downloads_dir)},
            "soulseek": {"address": "vps.slsknet.org", "port": 2271,
                         "username": self.soulseek_username, "password": "*****",
                         "listenPort": 50300},
            "web": {"port": self.port, "urlBase": "/",
                    "authentication": {"disabled": False, "username": "slskd",
                                       "password": "*****"}},
            "remoteConfiguration": False, "remoteFileManagement": False})

    def _events(self: SlskdEmulator, request: Request) -> Response:
        offset, limit = int(request.query.get("offset", 0)), int(request.query.get("limit", 100))
        newest_first = list(reversed(self.events))
        return Response.json(newest_first[offset:offset + limit],
                             headers={"X-Total-Count": str(len(self.events))})

    # -- searches ------------------------------------------------------------------------------
    def _create_search(self: SlskdEmulator, request: Request) -> Response:
        body = {k.lower(): v for k, v in (request.json() or {}).items()}
        with self.lock:
            self.search_posts.append(time.monotonic())
            busy = self._posts_in_progress > 0 or self.search_in_flight()
            if busy:
                self.concurrent_search_violations += 1
            if self._posts_in_progress > 0 or (busy and self.strict_single_search):
                return string_error(ONE_AT_A_TIME, 429)
            self._posts_in_progress += 1
        try:
            if self.search_post_delay_s:
                time.sleep(self.search_post_delay_s)
            with self.lock:
                return self._start_search(body)
        finally:
            with self.lock:
                self._posts_in_progress = max(0, self._posts_in_progress - 1)

    def _start_search(self: SlskdEmulator, body: dict[str, Any]) -> Response:
        text = str(body.get("searchtext") or "")
        include, _ = parse_query(text)
        if not text.strip() or not include:
            return string_error("Search text must contain at least one usable term", 400)
        timeout_ms = int(body.get("searchtimeout", 15000))
        if timeout_ms < 5:
            return string_error("SearchTimeout must be at least 5", 400)
        search_id = str(body.get("id") or uuid.uuid4())
        if search_id in self.searches:
            return string_error(f"A search with id {search_id} already exists", 500)
        self._next_token += 1
        search = EmuSearch(search_id, text, self._next_token, self.now(),
                           self.scaled(timeout_ms / 1000), [],
                           never_complete=self.never_complete_searches,
                           empty_reads_left=self.empty_responses_reads)
        self.searches[search_id] = search
        if not self.logged_in:
            search.forced_state, search.forced_at = "Completed, Errored", search.started
            return string_error("The server connection must be connected and logged in to "
                                "perform a search (currently: Disconnected)", 409)
        created_wall = self.wall()
        self._script_responses(search, body)
        self.search_starts.append(time.monotonic())
        # slskd answers with the search as it was created: scripting the responses takes
        # time on a loaded machine, and a short search could otherwise read back as done.
        return Response.json(search.to_json(search.started, created_wall,
                                            include_responses=False))

    def _script_responses(self: SlskdEmulator, search: EmuSearch, body: dict[str, Any]) -> None:
        filtering = str(body.get("filterresponses", True)).lower() != "false"
        max_queue = int(body.get("maximumpeerqueuelength", 2**31 - 1))
        min_speed = int(body.get("minimumpeeruploadspeed", 0))
        min_files = int(body.get("minimumresponsefilecount", 1))
        response_limit = int(body.get("responselimit", 250))
        file_limit = int(body.get("filelimit", 25_000))
        files_so_far = 0
        for index, (peer, files) in enumerate(self.shares.search(search.text)):
            if filtering and (peer.queue_length > max_queue or peer.upload_speed < min_speed
                              or len(files) < min_files):
                continue
            jitter = (zlib.crc32(peer.username.encode()) % 100) / 40
            delay = self.scaled(0.2 + jitter + index * 0.05)
            search.responses.append(ScriptedResponse(search.started + delay, peer, files))
            files_so_far += len(files)
            if len(search.responses) >= response_limit or files_so_far >= file_limit:
                search.limit_state = ("ResponseLimitReached"
                                      if len(search.responses) >= response_limit
                                      else "FileLimitReached")
                break
        search.responses.sort(key=lambda r: r.arrives_at)

    def _find_search(self: SlskdEmulator, request: Request) -> EmuSearch | None:
        return self.searches.get(request.params["id"])

    def _list_searches(self: SlskdEmulator, request: Request) -> Response:
        with self.lock:
            now, wall = self.now(), self.wall()
            return Response.json([s.to_json(now, wall, include_responses=False)
                                  for s in self.searches.values()])

    def _get_search(self: SlskdEmulator, request: Request) -> Response:
        with self.lock:
            search = self._find_search(request)
            if search is None:
                return empty(404)
            include = is_true(request.query.get("includeResponses"))
            return Response.json(search.to_json(self.now(), self.wall(),
                                                include_responses=include))

    def _search_responses(self: SlskdEmulator, request: Request) -> Response:
        with self.lock:
            search = self._find_search(request)
            if search is None:
                return empty(404)
            return Response.json(search.responses_json(self.now()))

    def _stop_search(self: SlskdEmulator, request: Request) -> Response:
        with self.lock:
            search = self._find_search(request)
            if search is None:
                return empty(404)
            now = self.now()
            if search.is_in_flight(now):
                search.forced_state, search.forced_at = "Completed, Cancelled", now
            return empty(200)

    def _delete_search(self: SlskdEmulator, request: Request) -> Response:
        with self.lock:
            if self.searches.pop(request.params["id"], None) is None:
                return empty(404)
            return empty(204)

    # -- downloads -----------------------------------------------------------------------------
    def _enqueue(self: SlskdEmulator, request: Request) -> Response:
        files = request.json()
        if not isinstance(files, list) or not files or any(not isinstance(f, dict) for f in files):
            return string_error("The request must contain at least one file", 400)
        with self.lock:
            if self._enqueues_in_progress >= 2:
                return string_error(ONE_AT_A_TIME, 429)
            self._enqueues_in_progress += 1
        try:
            if self.enqueue_post_delay_s:
                time.sleep(self.enqueue_post_delay_s)
            with self.lock:
                return self._enqueue_files(self.request_path_user(request), files)
        finally:
            with self.lock:
                self._enqueues_in_progress -= 1

    def _enqueue_files(self: SlskdEmulator, username: str, files: list[dict[str, Any]]
                       ) -> Response:
        if not self.logged_in:
            return string_error("The server connection must be connected and logged in to "
                                "fetch user endpoint (currently: Disconnected)", 500)
        now, wall = self.now(), self.wall()
        enqueued, failed = [], []
        for item in files:
            lowered = {k.lower(): v for k, v in item.items()}
            filename, size = str(lowered.get("filename", "")), int(lowered.get("size") or 0)
            previous = [t for t in self.transfers if t.username == username
                        and t.filename == filename and not t.removed]
            if any(not t.state(now).startswith("Completed") for t in previous):
                failed.append(filename)
                continue
            for old in previous:
                old.removed = True
            transfer = self.new_transfer(username, filename, size)
            self.transfers.append(transfer)
            enqueued.append(transfer.to_json(now, wall))
        return Response.json({"enqueued": enqueued, "failed": failed}, 201)

    def _listing(self: SlskdEmulator, transfers: list[Any], request: Request) -> list[Any]:
        include_removed = is_true(request.query.get("includeRemoved"))
        now, wall = self.now(), self.wall()
        return [t.to_json(now, wall) for t in transfers if include_removed or not t.removed]

    def _list_downloads(self: SlskdEmulator, request: Request) -> Response:
        with self.lock:
            return Response.json(group_by_user(self._listing(self.transfers, request)))

    def _list_uploads(self: SlskdEmulator, request: Request) -> Response:
        with self.lock:
            return Response.json(group_by_user(self._listing(self.uploads, request)))

    def _user_downloads(self: SlskdEmulator, request: Request) -> Response:
        return self._user_group(request, self.transfers)

    def _user_uploads(self: SlskdEmulator, request: Request) -> Response:
        return self._user_group(request, self.uploads)

    def _user_group(self: SlskdEmulator, request: Request, transfers: list[Any]) -> Response:
        username = self.request_path_user(request)
        with self.lock:
            mine = [t for t in transfers if t.username == username]
            groups = group_by_user(self._listing(mine, request))
        return Response.json(groups[0]) if groups else empty(404)

    def _find_download(self: SlskdEmulator, request: Request) -> Any:
        return next((t for t in self.transfers if t.id == request.params["id"]), None)

    def _get_download(self: SlskdEmulator, request: Request) -> Response:
        with self.lock:
            transfer = self._find_download(request)
            if transfer is None:
                return empty(404)
            return Response.json(transfer.to_json(self.now(), self.wall()))

    def _position(self: SlskdEmulator, request: Request) -> Response:
        with self.lock:
            transfer = self._find_download(request)
            if transfer is None:
                return empty(404)
            peer = self.shares.peers.get(transfer.username)
            transfer.place_in_queue = (peer.queue_length if peer else 0) + 1
            return Response.json(transfer.place_in_queue)

    def _cancel_download(self: SlskdEmulator, request: Request) -> Response:
        with self.lock:
            transfer = self._find_download(request)
            if transfer is not None:
                now = self.now()
                was_active = not transfer.state(now).startswith("Completed")
                transfer.force("Completed, Cancelled", "Operation cancelled", now)
                # Removal only applies to records already completed before this call.
                if is_true(request.query.get("remove")) and not was_active:
                    transfer.removed = True
            return empty(204)

    def _clear_completed(self: SlskdEmulator, request: Request) -> Response:
        with self.lock:
            now = self.now()
            for transfer in self.transfers:
                if transfer.state(now).startswith("Completed"):
                    transfer.removed = True
            return empty(204)

    def _materialise_finished(self: SlskdEmulator) -> None:
        """Write the files of downloads that have just succeeded (and log the slskd event)."""
        now = self.now()
        for transfer in self.transfers:
            if transfer.local_path is not None or transfer.state(now) != "Completed, Succeeded":
                continue
            shared = transfer.shared
            path = place_download(self.renderer, self.downloads_dir, self.incomplete_dir,
                                  transfer.filename,
                                  fmt=shared.fmt.extension if shared and shared.fmt else None,
                                  duration_s=shared.length if shared else None,
                                  size=transfer.size, truncate=transfer.truncate,
                                  real_size=self.real_sizes)
            transfer.local_path = str(path)
            data = {"localFilename": str(path), "remoteFilename": transfer.filename,
                    "transfer": transfer.to_json(now, self.wall())}
            self.events.append({"id": str(uuid.uuid4()), "type": "DownloadFileComplete",
                                "timestamp": self.wall().isoformat(), "data": json.dumps(data)})

    # -- users ---------------------------------------------------------------------------------
    def _peer_or_error(self: SlskdEmulator, request: Request, what: str) -> Any:
        username = self.request_path_user(request)
        if not self.logged_in:
            return string_error("The server connection must be connected and logged in to "
                                f"fetch user {what} (currently: Disconnected)", 500)
        peer = self.shares.peers.get(username)
        if peer is None or not peer.online:
            return string_error(f"User {username} appears to be offline", 404)
        return peer

    def _user_info(self: SlskdEmulator, request: Request) -> Response:
        peer = self._peer_or_error(request, "information")
        if isinstance(peer, Response):
            return peer
        return Response.json({"description": peer.description,
                              "hasFreeUploadSlot": peer.has_free_upload_slot,
                              "hasPicture": False, "queueLength": peer.queue_length,
                              "uploadSlots": peer.upload_slots})

    def _user_status(self: SlskdEmulator, request: Request) -> Response:
        peer = self._peer_or_error(request, "status")
        if isinstance(peer, Response):
            return peer
        return Response.json({"isPrivileged": False, "presence": "Online"})
