"""Fake acquisition sections: provider health, downloads and matching."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from engine.domain.models import HealthStatus, ProviderHealth, SoulseekFile, TrackQuery
from engine.facade import contracts as c
from tests.gui.fakes.base import Section, ago

if TYPE_CHECKING:
    from tests.gui.fakes.service import FakeService


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
                     last_error="transfer.rejected: Completed, Rejected: Banned"),
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
                            "match.none_acceptable: 'Rusty Nails (Live).mp3' 0.41 "
                            "(version mismatch: live)" if state == "failed" else None,
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

