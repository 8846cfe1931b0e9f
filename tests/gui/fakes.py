"""A fake HarmonyService implementing the facade Protocols with realistic data and switchable
states per section (``data``, ``empty``, ``error``), plus a delay to see loading states."""

from __future__ import annotations

import asyncio
import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from engine.activity import ActivityEntry
from engine.api import EngineStatus, SearchBudgetView, SettingView
from engine.domain.models import HealthStatus, ProviderHealth, SoulseekFile, TrackQuery
from engine.errors import HarmonyError, ImportRejected, IntegrationError
from engine.events import Event
from engine.facade import contracts as c
from engine.jobs.health import WorkerStatus
from engine.settings_schema import SETTINGS
from engine.settings_store import SettingHistoryEntry

NOW = datetime(2025, 5, 17, 14, 30, tzinfo=UTC)


def ago(**delta: float) -> datetime:
    return datetime.now(UTC) - timedelta(**delta)


class Section:
    def __init__(self, service: FakeService, name: str) -> None:
        self.service = service
        self.name = name
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    async def _enter(self, method: str, *args: Any, **kwargs: Any) -> str:
        self.calls.append((method, args, kwargs))
        if self.service.delay:
            await asyncio.sleep(self.service.delay)
        mode = self.service.modes[self.name]
        if mode == "error":
            raise IntegrationError(f"{self.name} failed", provider=self.name,
                                   code="integration.unavailable")
        return mode


class FakeHealth(Section):
    statuses: list[ProviderHealth] = [
        ProviderHealth("slskd", HealthStatus.OK, "slskd.ok",
                       (("version", "0.21.4"), ("user", "harmony-demo"))),
        ProviderHealth("spotify", HealthStatus.OK, "spotify.ok", (("user", "demo"),)),
        ProviderHealth("lrclib", HealthStatus.OK, "lrclib.ok"),
    ]

    async def providers(self) -> list[ProviderHealth]:
        mode = await self._enter("providers")
        return [] if mode == "empty" else list(self.statuses)

    async def test_slskd(self) -> ProviderHealth:
        await self._enter("test_slskd")
        return self.statuses[0]


def download(id: int, title: str, artist: str, state: str, progress: float, **kw: Any
             ) -> c.DownloadRow:
    base = dict(id=id, wanted_item_id=id + 100, title=title, artists=(artist,),
                filename=f"{id:02d} - {artist} - {title}.flac", username=f"peer{id % 4}",
                state=state, progress=progress, size=31_000_000 + id * 1_000_000,
                speed=850_000.0 if state == "in_progress" else None, priority=0,
                retry_count=0, last_error=None, next_retry_at=None,
                created_at=ago(hours=3, minutes=id), updated_at=ago(minutes=id),
                completed_at=ago(minutes=id) if state == "succeeded" else None)
    base.update(kw)
    return c.DownloadRow(**base)


class FakeDownloads(Section):
    def __init__(self, service: FakeService, name: str) -> None:
        super().__init__(service, name)
        self.rows = [
            download(1, "Bad Kingdom", "Moderat", "in_progress", 0.62),
            download(2, "A New Error", "Moderat", "queued_remotely", 0.0, priority=5),
            download(3, "Rusty Nails", "Moderat", "failed", 0.35, retry_count=3,
                     last_error="slskd.peer_offline", next_retry_at=ago(minutes=-12)),
            download(4, "Reminder", "Moderat", "succeeded", 1.0),
            download(5, "Last Time", "Moderat", "dead_letter", 0.0, retry_count=10,
                     last_error="integration.unavailable"),
            download(6, "Eating Hooks", "Moderat", "in_progress", 0.18),
        ]
        self.upload_rows = [
            c.UploadRow("u1", "Apparat - Goodbye.flac", "uploading", 0.44, "listener42",
                        28_400_000, 420_000.0),
            c.UploadRow("u2", "Modeselektor - Berlin.mp3", "queued", 0.0, "crate_digger",
                        9_100_000, 0.0),
        ]

    async def list(self, *, active_only: bool = False, limit: int = 500) -> list[c.DownloadRow]:
        mode = await self._enter("list", active_only=active_only)
        if mode == "empty":
            return []
        rows = self.rows
        if active_only:
            rows = [r for r in rows if r.state not in ("succeeded", "cancelled")]
        return rows[:limit]

    async def uploads(self, *, active_only: bool = True) -> list[c.UploadRow]:
        mode = await self._enter("uploads", active_only=active_only)
        return [] if mode == "empty" else list(self.upload_rows)

    async def requeue(self, download_id: int) -> None:
        await self._enter("requeue", download_id)
        self._set(download_id, state="queued", retry_count=0, last_error=None)

    async def set_priority(self, download_id: int, priority: int) -> None:
        await self._enter("set_priority", download_id, priority)
        self._set(download_id, priority=priority)

    async def cancel(self, download_id: int) -> None:
        await self._enter("cancel", download_id)
        self._set(download_id, state="cancelled")

    async def download_file(self, file: SoulseekFile, track: TrackQuery, *,
                            source: str = "manual") -> int:
        await self._enter("download_file", file, track, source=source)
        return 999

    def _set(self, download_id: int, **changes: Any) -> None:
        self.rows = [replace(r, **changes) if r.id == download_id else r for r in self.rows]


class FakeMatching(Section):
    metrics_value = c.MatchingMetrics(0.912, 2, 1284, 97)

    async def metrics(self) -> c.MatchingMetrics:
        mode = await self._enter("metrics")
        return c.MatchingMetrics(None, 0, 0, 0) if mode == "empty" else self.metrics_value

    async def batches(self, limit: int = 20) -> list[c.MatchingBatch]:
        mode = await self._enter("batches", limit)
        if mode == "empty":
            return []
        return [c.MatchingBatch(10, ago(minutes=5), 18, 2, 0.91),
                c.MatchingBatch(9, ago(minutes=25), 0, 4, 0.31),
                c.MatchingBatch(8, ago(hours=1), 12, 0, 0.88),
                c.MatchingBatch(7, ago(hours=2), 9, 3, 0.62)][:limit]

    async def wanted(self, *, states: Sequence[str] = (), text: str | None = None,
                     limit: int = 500) -> list[c.WantedRow]:
        mode = await self._enter("wanted", states=states, text=text)
        if mode == "empty":
            return []
        titles = [("Bad Kingdom", "matched"), ("Rusty Nails", "failed"), ("Reminder", "done"),
                  ("Running", "searching"), ("Ghostmother", "new")]
        return [c.WantedRow(100 + n, title, ("Moderat",), "II", 240_000, state, ("spotify",),
                            "no candidate above threshold" if state == "failed" else None,
                            None, ago(minutes=n)) for n, (title, state) in enumerate(titles)]

    async def candidates(self, wanted_item_id: int) -> list[c.CandidateRow]:
        mode = await self._enter("candidates", wanted_item_id)
        if mode == "empty":
            return []
        return [
            c.CandidateRow("peer1", "Music\\Moderat\\II\\01 - Moderat - Bad Kingdom.flac",
                           31_000_000, "flac", None, 16, 44100, 241, True, 2_000_000, 0, 0.97,
                           "saved", ("artist exact", "title exact", "length ±1 s"), 1, True,
                           False, False, False),
            c.CandidateRow("peer2", "mp3\\Moderat - Bad Kingdom (Radio Edit).mp3", 7_000_000,
                           "mp3", 320, None, None, 198, True, 900_000, 2, 0.41, "discarded",
                           ("version mismatch: radio edit", "length −43 s"), 2, False, False,
                           False, False),
            c.CandidateRow("peer3", "Moderat\\Bad Kingdom (Live).ogg", 9_000_000, "ogg", 192,
                           None, None, 250, False, 100_000, 12, 0.22, "discarded",
                           ("version mismatch: live",), 3, False, False, False, True),
        ]

    async def choose_candidate(self, wanted_item_id: int, username: str, filename: str) -> None:
        await self._enter("choose_candidate", wanted_item_id, username, filename)

    async def ban_file(self, username: str, filename: str,
                       wanted_item_id: int | None = None) -> None:
        await self._enter("ban_file", username, filename, wanted_item_id)

    async def ban_peer(self, username: str) -> None:
        await self._enter("ban_peer", username)

    async def rematch(self, wanted_item_id: int) -> None:
        await self._enter("rematch", wanted_item_id)


class FakeWatchlist(Section):
    def __init__(self, service: FakeService, name: str) -> None:
        super().__init__(service, name)
        self.rows = [
            c.WatchlistArtistRow(1, "2exebQUDoIoT0dXA8BcN1P", "Moderat", 5, 24,
                                 ("album", "single", "ep"), ("live",), False, None,
                                 ago(hours=3), ago(hours=-21), None, 14, 1),
            c.WatchlistArtistRow(2, "2Bsd0NnE6uB9V5lVDLcEyw", "Apparat", 0, 72,
                                 ("album",), (), True, ago(days=-3), ago(days=1), None,
                                 None, 9, 0),
            c.WatchlistArtistRow(3, "2xJ3dxvLy3L1ZcMPjz7ITE", "Modeselektor", 0, 168,
                                 ("album", "single"), (), False, None, ago(days=2),
                                 ago(days=-5), "spotify.rate_limited", 22, 0),
        ]

    async def list(self) -> list[c.WatchlistArtistRow]:
        mode = await self._enter("list")
        return [] if mode == "empty" else list(self.rows)

    async def search_artists(self, query: str) -> list[c.ArtistHit]:
        await self._enter("search_artists", query)
        return [c.ArtistHit("7aRlVKlsIYtcv3g1MvvvbH", "Fritz Kalkbrenner", ("minimal techno",),
                            None, False, False)]

    async def followed_artists(self) -> list[c.ArtistHit]:
        await self._enter("followed_artists")
        return [c.ArtistHit("0oSGxfWSnnOXhD2fKuz2Gy", "Bonobo", ("downtempo",), None, True,
                            False)]

    async def add(self, spotify_artist_id: str, name: str, *, priority: int = 0,
                  interval_h: int | None = None,
                  release_types: Sequence[str] | None = None) -> c.WatchlistArtistRow:
        await self._enter("add", spotify_artist_id, name, priority=priority,
                          release_types=release_types)
        row = c.WatchlistArtistRow(len(self.rows) + 1, spotify_artist_id, name, priority,
                                   interval_h or 24, tuple(release_types or ("album",)), (),
                                   False, None, None, None, None, 0, 0)
        self.rows.append(row)
        return row

    async def update(self, artist_id: int, **changes: Any) -> c.WatchlistArtistRow:
        await self._enter("update", artist_id, **changes)
        self.rows = [replace(r, **changes) if r.id == artist_id else r for r in self.rows]
        return next(r for r in self.rows if r.id == artist_id)

    async def pause(self, artist_id: int, until: datetime | None = None) -> None:
        await self._enter("pause", artist_id)
        self.rows = [replace(r, paused=True) if r.id == artist_id else r for r in self.rows]

    async def resume(self, artist_id: int) -> None:
        await self._enter("resume", artist_id)
        self.rows = [replace(r, paused=False) if r.id == artist_id else r for r in self.rows]

    async def remove(self, artist_id: int) -> None:
        await self._enter("remove", artist_id)
        self.rows = [r for r in self.rows if r.id != artist_id]

    async def check_now(self, artist_id: int | None = None) -> None:
        await self._enter("check_now", artist_id)

    # the real facade's conveniences beyond the contract
    async def add_followed(self) -> list[c.WatchlistArtistRow]:
        await self._enter("add_followed")
        hit = (await self.followed_artists())[0]
        if any(r.spotify_artist_id == hit.spotify_id for r in self.rows):
            return []
        return [await self.add(hit.spotify_id, hit.name)]

    async def fetch_back_catalogue(self, artist_id: int) -> None:
        await self._enter("fetch_back_catalogue", artist_id)
        artist = next(r for r in self.rows if r.id == artist_id)
        from engine import events

        self.service.publish(events.Notification("watchlist.back_catalogue", {
            "artist": artist.name, "releases": 3, "tracks": 31}))


def file_row(search_id: str, n: int, ext: str, bitrate: int | None, score: float
             ) -> c.SearchResultRow:
    file = SoulseekFile(f"peer{n}", f"Music\\Moderat\\II\\0{n} - Moderat - Bad Kingdom.{ext}",
                        30_000_000 if ext == "flac" else 9_000_000, ext, bitrate,
                        16 if ext == "flac" else None, 44100, 241 + n, None, n % 2 == 0,
                        1_500_000 // n, n)
    return c.SearchResultRow(search_id, "soulseek", "file", score, "Bad Kingdom", ("Moderat",),
                             "II", 241.0 + n, file=file, format=ext, bitrate=bitrate)


class FakeSearch(Section):
    async def start(self, request: c.SearchRequest) -> str:
        await self._enter("start", request)
        search_id = f"s{len(self.calls)}"
        asyncio.get_running_loop().call_later(0.01, self._stream, search_id)
        return search_id

    def rows(self, search_id: str) -> tuple[c.SearchResultRow, ...]:
        return (
            c.SearchResultRow(search_id, "spotify", "track", 0.98, "Bad Kingdom",
                              ("Moderat",), "II", 241.0, spotify_id="2fRAqCrTPvHRPB3uQ0KDNj"),
            c.SearchResultRow(search_id, "spotify", "album", 0.81, "II", ("Moderat",), None,
                              None, spotify_id="5x5qrMpSzLVmD3jb5ZbFcd"),
            c.SearchResultRow(search_id, "spotify", "artist", 0.77, "Moderat", (), None, None,
                              spotify_id="2exebQUDoIoT0dXA8BcN1P"),
            file_row(search_id, 1, "flac", None, 0.93),
            file_row(search_id, 2, "mp3", 320, 0.88),
            file_row(search_id, 3, "mp3", 128, 0.64),
            file_row(search_id, 4, "ogg", 192, 0.59),
        )

    def _stream(self, search_id: str) -> None:
        from engine import events

        rows = self.rows(search_id)
        publish = self.service.publish
        publish(events.SearchStatus(search_id, "spotify", "running", 0))
        publish(events.SearchResults(search_id, rows[:3]))
        publish(events.SearchStatus(search_id, "spotify", "done", 3))
        publish(events.SearchResults(search_id, rows[3:]))
        publish(events.SearchStatus(search_id, "soulseek", "done", 4))

    async def score_against(self, search_id: str, spotify_track_id: str
                            ) -> list[c.SearchResultRow]:
        await self._enter("score_against", search_id, spotify_track_id)
        scores = {1: (0.97, ("title exact", "length ±1 s", "lossless")),
                  2: (0.90, ("title exact", "320 kbit/s")), 3: (0.52, ("low bitrate",)),
                  4: (0.71, ("title exact", "length +4 s"))}
        return [replace(row, confidence=scores[n][0], reasons=scores[n][1])
                for n, row in enumerate(self.rows(search_id)[3:], start=1)]

    async def add_to_wanted(self, row: c.SearchResultRow) -> int:
        await self._enter("add_to_wanted", row)
        return 12 if row.kind == "album" else 1


def reject(line: int, text: str, code: str) -> c.ImportRejectView:
    return c.ImportRejectView("/home/demo/playlist.txt", line, text, code, code)


class FakeImports(Section):
    reject_code: str | None = None

    async def preview_paths(self, paths: Sequence[str]) -> c.ImportPreviewView:
        await self._enter("preview_paths", list(paths))
        return self._preview(paths[0] if paths else "")

    async def preview_text(self, text: str) -> c.ImportPreviewView:
        await self._enter("preview_text", text)
        return self._preview("clipboard")

    def _preview(self, file: str) -> c.ImportPreviewView:
        if self.reject_code:
            raise ImportRejected("too large", code=self.reject_code)
        rows = tuple(c.ImportRowView(("Moderat",), title, "II", 240_000 + n * 1000, "text",
                                     file, n + 1)
                     for n, title in enumerate(("Bad Kingdom", "A New Error", "Rusty Nails",
                                                "Reminder", "Gita")))
        links = (c.ImportLinkView("playlist", "37i9dQZF1DXcBWIGoYBM5M", file),)
        rejected = (reject(7, "just some words", "import.unparseable_line"),
                    reject(9, "https://example.com/track", "import.unsupported_url"))
        return c.ImportPreviewView("p1", rows, links, rejected, duplicates=2, already_wanted=1)

    async def confirm(self, preview_id: str) -> c.ImportSummary:
        await self._enter("confirm", preview_id)
        from engine import events

        self.service.publish(events.ImportProgress(1, 6, 6, "done"))
        return c.ImportSummary(1, 4, 1, 1, 2)

    async def discard(self, preview_id: str) -> None:
        await self._enter("discard", preview_id)


def playlist(id: int, name: str, source: str, tracks: int, done: int, sync: bool,
             **kw: Any) -> c.PlaylistRow:
    base = dict(id=id, spotify_id=f"37i9dQZF1DX{id:013d}" if source == "spotify" else None,
                name=name, owner="Demo User" if source == "spotify" else None, source=source,
                track_count=tracks, sync_enabled=sync,
                last_synced_at=ago(minutes=40 + id) if sync else None, done=done,
                m3u_path=f"/home/demo/Music/Playlists/{name}.m3u8" if sync else None)
    base.update(kw)
    return c.PlaylistRow(**base)


class FakeSpotify(Section):
    #: connected (PRO) | unauthenticated | unconfigured (both FREE)
    account_status = "connected"

    def __init__(self, service: FakeService, name: str) -> None:
        super().__init__(service, name)
        self.rows = [
            playlist(1, "Liked Songs", "liked", 412, 388, True),
            playlist(2, "Berlin Techno", "spotify", 86, 86, True),
            playlist(3, "Deep Focus", "spotify", 120, 37, True, owner="Spotify"),
            playlist(4, "Sunday Morning", "spotify", 42, 0, False),
            playlist(5, "festival-2024", "import", 58, 51, False),
        ]
        self.remote = [playlist(6, "Night Drive", "spotify", 64, 0, False)]

    async def account(self) -> c.SpotifyAccountView:
        await self._enter("account")
        status = self.account_status
        return c.SpotifyAccountView(status, "PRO" if status == "connected" else "FREE",
                                    "Demo User" if status == "connected" else None,
                                    status != "unconfigured")

    async def login(self) -> c.SpotifyAccountView:
        return await self.account()

    async def logout(self) -> None:
        await self._enter("logout")

    async def playlists(self, *, refresh: bool = False) -> list[c.PlaylistRow]:
        mode = await self._enter("playlists", refresh=refresh)
        if mode == "empty":
            return []
        if refresh and self.account_status == "connected":
            self.rows.extend(self.remote)
            self.remote = []
        if self.account_status != "connected":
            return [r for r in self.rows if r.source == "import"]
        return list(self.rows)

    async def set_playlist_sync(self, playlist_id: int, enabled: bool) -> None:
        await self._enter("set_playlist_sync", playlist_id, enabled)
        if not any(r.id == playlist_id for r in self.rows):
            raise HarmonyError("No such playlist", code="spotify.playlist_not_found")
        self.rows = [replace(r, sync_enabled=enabled) if r.id == playlist_id else r
                     for r in self.rows]

    async def sync_now(self, playlist_id: int | None = None) -> None:
        await self._enter("sync_now", playlist_id)


class FakeLibrary(Section):
    async def stats(self) -> c.LibraryStats:
        mode = await self._enter("stats")
        if mode == "empty":
            return c.LibraryStats(0, 0, "/home/demo/Music", None, {})
        return c.LibraryStats(2841, 61_400_000_000, "/home/demo/Music", ago(hours=2),
                              {"new": 12, "searching": 3, "downloading": 4, "done": 1890,
                               "failed": 7, "dead_letter": 2})

    async def scan_now(self) -> None:
        await self._enter("scan_now")

    def preview_template(self, template: str) -> str:
        if "{" not in template:
            raise HarmonyError("template needs a placeholder", code="library.bad_template")
        return (template.replace("{albumartist}", "Moderat").replace("{year}", "2013")
                .replace("{album}", "II").replace("{disc}", "").replace("{track:02}", "01")
                .replace("{title}", "Bad Kingdom").replace("{ext}", "flac"))


SECTIONS = {"health": FakeHealth, "downloads": FakeDownloads, "matching": FakeMatching,
            "watchlist": FakeWatchlist, "search": FakeSearch, "imports": FakeImports,
            "spotify": FakeSpotify, "library": FakeLibrary}


class FakeService:
    """Stands in for engine.api.HarmonyService in GUI tests."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.modes: dict[str, str] = defaultdict(lambda: "data")
        self.sections = {name: cls(self, name) for name, cls in SECTIONS.items()}
        self.installed = set(SECTIONS)
        self._listeners: list[Callable[[Event], Any]] = []
        self.worker_status = "running"
        self.worker_queue = 0
        self.saved: dict[str, Any] = {}
        self._ids = itertools.count(1000)
        self.health: FakeHealth = self.sections["health"]  # type: ignore[assignment]
        self.downloads: FakeDownloads = self.sections["downloads"]  # type: ignore[assignment]
        self.matching: FakeMatching = self.sections["matching"]  # type: ignore[assignment]
        self.watchlist: FakeWatchlist = self.sections["watchlist"]  # type: ignore[assignment]
        self.search: FakeSearch = self.sections["search"]  # type: ignore[assignment]
        self.imports: FakeImports = self.sections["imports"]  # type: ignore[assignment]
        self.spotify: FakeSpotify = self.sections["spotify"]  # type: ignore[assignment]
        self.library: FakeLibrary = self.sections["library"]  # type: ignore[assignment]

    engine_id = "fake"

    def has_section(self, name: str) -> bool:
        return name in self.installed

    def subscribe(self, event_type: Any, listener: Callable[[Event], Any]
                  ) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def publish(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    #: what status() reports; tests flip it to show an outage
    database_available = True
    budget = SearchBudgetView(34, 220.0, 30, 0.0, False)

    async def status(self) -> EngineStatus:
        return EngineStatus("running", "embedded", "postgresql+asyncpg://harmony@localhost/…",
                            self.database_available, True, {"matching": 3, "download": 2},
                            {"download": 1}, "keyring", True, self.budget)

    async def workers(self) -> list[WorkerStatus]:
        if self.modes["workers"] == "error":
            raise HarmonyError("no database", code="database.unavailable")
        return [WorkerStatus("matching", self.worker_status, ago(seconds=12), self.worker_queue,
                             None, 1284, 1),
                WorkerStatus("download", "running", ago(seconds=3), 2, None, 311, 1)]

    async def activity(self, *, limit: int = 200, types: tuple[str, ...] = (),
                       status: str | None = None, before_id: int | None = None
                       ) -> list[ActivityEntry]:
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.modes["activity"] == "error":
            raise HarmonyError("no database", code="database.unavailable")
        if self.modes["activity"] == "empty":
            return []
        entries = [
            ActivityEntry(9, "search", "completed", {"query": "moderat bad kingdom",
                                                     "spotify": 3, "soulseek": 4,
                                                     "duration_ms": 2140}, ago(minutes=1)),
            ActivityEntry(8, "download", "completed", {"title": "Reminder", "artist": "Moderat",
                                                       "file": "04 - Reminder.flac"},
                          ago(minutes=4)),
            ActivityEntry(7, "matching", "partial", {"saved": 18, "discarded": 2},
                          ago(minutes=5)),
            ActivityEntry(6, "download", "failed", {"title": "Rusty Nails",
                                                    "error": "slskd.peer_offline"},
                          ago(minutes=9)),
            ActivityEntry(5, "watchlist", "completed", {"artist": "Moderat", "new": 1},
                          ago(hours=1)),
            ActivityEntry(4, "import", "completed", {"created": 412, "merged": 3},
                          ago(hours=2)),
            ActivityEntry(3, "sync", "running", {"playlist": "Liked Songs", "done": 120},
                          ago(hours=3)),
            ActivityEntry(2, "worker", "stale", {"worker": "matching"}, ago(hours=5)),
            ActivityEntry(1, "worker", "blocked", {"worker": "download",
                                                   "reason": "slskd.unconfigured"},
                          ago(hours=6)),
        ]
        if types:
            entries = [e for e in entries if e.type in types]
        if before_id is not None:
            entries = [e for e in entries if e.id < before_id]
        return entries[:limit]

    async def settings(self) -> list[SettingView]:
        if self.modes["settings"] == "error":
            raise HarmonyError("no database", code="database.unavailable")
        views = []
        for spec in SETTINGS:
            value = self.saved.get(spec.name, spec.default)
            if spec.name == "slskd.url":
                value = self.saved.get(spec.name, "http://localhost:5030")
            if spec.secret:
                value = "••••••" if spec.name == "slskd.api_key" or spec.name in self.saved \
                    else ""
            views.append(SettingView(spec.name, spec.kind, spec.group, value, "default",
                                     spec.default, spec.minimum, spec.maximum, spec.choices,
                                     spec.secret, spec.restart_required))
        return views

    async def set_setting(self, name: str, value: Any) -> SettingView:
        from engine.settings_schema import coerce, spec_for

        spec = spec_for(name)
        self.saved[name] = value if spec.secret else coerce(spec, value)
        return next(v for v in await self.settings() if v.name == name)

    async def reset_setting(self, name: str) -> None:
        self.saved.pop(name, None)

    async def settings_history(self, name: str | None = None, limit: int = 100
                               ) -> list[SettingHistoryEntry]:
        return [SettingHistoryEntry("slskd.url", None, "http://localhost:5030", "user",
                                    ago(days=2)),
                SettingHistoryEntry("matching.accept_threshold", "0.6", "0.65", "user",
                                    ago(hours=5)),
                SettingHistoryEntry("slskd.api_key", None, "••••••", "user", ago(days=2))]

    async def dead_letters(self, limit: int = 100) -> list[Any]:
        return []

    async def requeue_jobs(self, job_ids: list[int]) -> None:
        return None
