"""A small threaded loopback HTTP server that every emulator builds on.

Why a thread and the standard library: the emulators must answer real HTTP from both blocking
clients (spotipy) and asyncio clients (httpx on the test's loop) without sharing that loop, and
they must start in milliseconds on a random port. Routes are ``(method, regex)`` pairs; handlers
get a :class:`Request` and return a :class:`Response`. Faults are injected per route pattern.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    params: dict[str, str] = field(default_factory=dict)  # named regex groups

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode()).items()}


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, payload: Any, status: int = 200, headers: dict[str, str] | None = None
             ) -> Response:
        return cls(status, json.dumps(payload).encode(),
                   {"Content-Type": "application/json; charset=utf-8", **(headers or {})})

    @classmethod
    def text(cls, text: str, status: int = 200) -> Response:
        return cls(status, text.encode(), {"Content-Type": "text/plain; charset=utf-8"})


Handler = Callable[[Request], Response]


@dataclass
class Fault:
    """An injected failure: ``status`` answer, ``delay_s`` stall, or ``drop`` the connection.

    ``times`` limits how often it fires (None = until cleared); ``probability`` makes it random.
    """

    status: int | None = None
    delay_s: float = 0.0
    drop: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    times: int | None = None
    probability: float = 1.0


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that drop a connection (timeouts under test, injected faults) are expected;
        # anything else is still printed.
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class EmulatorServer:
    """Routes + faults + request log, served on 127.0.0.1:<random port> from a daemon thread."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self._faults: list[tuple[str, re.Pattern[str], Fault]] = []
        self.requests: list[Request] = []
        self.lock = threading.RLock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        import random

        self.rng = random.Random(1234)

    # -- configuration ---------------------------------------------------------------------
    def route(self, method: str, pattern: str, handler: Handler) -> None:
        self._routes.append((method.upper(), re.compile(f"^{pattern}$"), handler))

    def inject(self, pattern: str, fault: Fault, method: str = "*") -> None:
        """Make requests whose path matches ``pattern`` (regex, full match) fail."""
        with self.lock:
            self._faults.append((method.upper(), re.compile(f"^{pattern}$"), fault))

    def clear_faults(self) -> None:
        with self.lock:
            self._faults.clear()

    # -- lifecycle ---------------------------------------------------------------------------
    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, port: int = 0) -> EmulatorServer:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                server._dispatch(self)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

        self._httpd = _QuietServer(("127.0.0.1", port), _Handler)
        self._httpd.daemon_threads = True
        # A short poll interval keeps stop() fast (the default 0.5 s adds up over a suite).
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,),
                                        name=self.name, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- dispatch ----------------------------------------------------------------------------
    def _dispatch(self, raw: BaseHTTPRequestHandler) -> None:
        split = urlsplit(raw.path)
        length = int(raw.headers.get("Content-Length") or 0)
        request = Request(raw.command, split.path,
                          {k: v[-1] for k, v in parse_qs(split.query).items()},
                          {k.lower(): v for k, v in raw.headers.items()},
                          raw.rfile.read(length) if length else b"")
        with self.lock:
            self.requests.append(request)
            fault = self._take_fault(request)
        if fault is not None:
            if fault.delay_s:
                time.sleep(fault.delay_s)
            if fault.drop:
                raw.close_connection = True
                raw.connection.close()
                return
            if fault.status is not None:
                self._write(raw, Response.json(fault.body if fault.body is not None else
                                               {"error": "injected fault"}, fault.status,
                                               fault.headers))
                return
        self._write(raw, self._handle(request))

    def _take_fault(self, request: Request) -> Fault | None:
        for method, pattern, fault in self._faults:
            if method not in ("*", request.method) or not pattern.match(request.path):
                continue
            if fault.times is not None and fault.times <= 0:
                continue
            if fault.probability < 1.0 and self.rng.random() >= fault.probability:
                continue
            if fault.times is not None:
                fault.times -= 1
            return fault
        return None

    def _handle(self, request: Request) -> Response:
        for method, pattern, handler in self._routes:
            match = pattern.match(request.path)
            if match and method == request.method:
                request.params = match.groupdict()
                try:
                    return handler(request)
                except Exception as exc:  # an emulator bug must show up as a 500, not a hang
                    return Response.json({"error": f"emulator error: {exc!r}"}, 500)
        return Response.json({"error": "not found"}, 404)

    @staticmethod
    def _write(raw: BaseHTTPRequestHandler, response: Response) -> None:
        raw.send_response(response.status)
        for key, value in response.headers.items():
            raw.send_header(key, value)
        raw.send_header("Content-Length", str(len(response.body)))
        raw.end_headers()
        if raw.command != "HEAD":
            raw.wfile.write(response.body)
