"""The zero-config database: a private PostgreSQL 16 (the ``pgserver`` wheel) under the data dir.

Still PostgreSQL, so there is no second code path. Reused on the next start; stopped cleanly when
the last Harmony process using it exits; a crash's stale ``postmaster.pid`` and handle list are
tolerated (pgserver checks the recorded postmaster process, we prune dead handle PIDs).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from urllib.parse import quote

import psutil

from engine.errors import DatabaseError

log = logging.getLogger(__name__)
DATABASE_NAME = "harmony"


class EmbeddedPostgres:
    """Start/stop the private server; :meth:`start` is blocking (run it in an executor)."""

    def __init__(self, pgdata: Path) -> None:
        self.pgdata = pgdata
        self._server: object | None = None

    def start(self) -> str:
        """Start (or attach to) the server and return an asyncpg URL for its ``postgres`` db."""
        import pgserver

        self.pgdata.mkdir(parents=True, exist_ok=True)
        self._prune_dead_handles()
        try:
            self._server = pgserver.get_server(self.pgdata, cleanup_mode="stop")
        except Exception as exc:
            log_file = self.pgdata / "log"
            raise DatabaseError(
                f"The built-in PostgreSQL could not start ({type(exc).__name__}); see {log_file}",
                code="database.embedded_failed", params={"log": str(log_file)}) from exc
        info = self._server.get_postmaster_info()  # type: ignore[attr-defined]
        if info.socket_dir is None:  # Windows: pgserver listens on a loopback TCP port
            return f"postgresql+asyncpg://postgres@127.0.0.1:{info.port}/postgres"
        return url_for_socket(Path(info.socket_dir), "postgres", int(info.port))

    def stop(self) -> None:
        """Release our handle; the server stops when no other Harmony process uses it."""
        if self._server is not None:
            self._server.cleanup()  # type: ignore[attr-defined]
            self._server = None

    @property
    def running(self) -> bool:
        return self._server is not None

    def _prune_dead_handles(self) -> None:
        # pgserver keeps the PIDs of processes using the server; a killed process never removes
        # its own, which would keep the server from ever being stopped.
        handles = self.pgdata / ".handle_pids.json"
        try:
            pids = json.loads(handles.read_text())
        except (OSError, ValueError):
            return
        alive = [pid for pid in pids if psutil.pid_exists(pid) and pid != os.getpid()]
        if alive != pids:
            log.info("embedded postgres: pruned stale handles %s", sorted(set(pids) - set(alive)))
            handles.write_text(json.dumps(alive))


def url_for_socket(socket_dir: Path, database: str, port: int = 5432) -> str:
    # The socket file is named after the port (.s.PGSQL.<port>), so the port must be given.
    return (f"postgresql+asyncpg://postgres@:{port}/{database}"
            f"?host={quote(str(socket_dir), safe='')}")
