"""Fake source sections: imports, the Spotify account and playlists, the library."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from engine.errors import HarmonyError, ImportRejected
from engine.facade import contracts as c
from tests.gui.fakes.base import Section, ago

if TYPE_CHECKING:
    from tests.gui.fakes.service import FakeService


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

