"""Fixtures for the acquisition pipeline: emulators (slskd, LRCLIB, images), an engine wired to
them with small timings, and helpers that turn catalogue tracks into wanted items."""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from engine.bootstrap import Engine
from engine.db.repositories.wanted import NewWantedItem, WantedItems
from engine.secrets import MemorySecretStore
from tests.emulators.catalogue import Catalogue, CatTrack, demo_catalogue
from tests.emulators.images import ImageEmulator
from tests.emulators.lrclib import LrclibEmulator
from tests.emulators.shares import FORMATS, Peer, SharedFile, windows_safe
from tests.emulators.slskd import SlskdEmulator
from tests.support.emulator_fixtures import fast_slskd, serve


def short_catalogue() -> Catalogue:
    """The demo catalogue with 40–75 s tracks: the emulator encodes every file it serves for
    real, and encoding time grows with length (the matching rules do not care)."""
    catalogue = demo_catalogue()
    for track_id, track in list(catalogue.tracks.items()):
        seconds = 40 + zlib.crc32(track_id.encode()) % 36
        catalogue.tracks[track_id] = replace(track, duration_ms=seconds * 1000 + 400)
    return catalogue


CATALOGUE = short_catalogue()
TERMINAL_ITEM_STATES = ("done", "owned", "dead_letter", "removed")
#: Small timings so every fault plays out in a second or two.
FAST_SETTINGS: dict[str, Any] = {
    "slskd.timeout_s": 2.0, "search.budget_count": 200, "search.budget_window_s": 10,
    "search.timeout_s": 5.0, "download.verify_size": False, "download.size_stable_s": 0.05,
    "download.poll_interval_s": 0.1, "download.pump_interval_s": 0.3,
    "download.search_poll_s": 0.02, "download.file_wait_s": 2.0,
    "download.stuck_queued_s": 1.0, "download.no_progress_s": 2.0,
    "retry.base_seconds": 0.2, "retry.max_seconds": 1.0, "retry.max_attempts": 3,
    "download.postprocess_attempts": 2,
}


@pytest.fixture
def slskd_emu(tmp_path: Path) -> Iterator[SlskdEmulator]:
    yield from serve(fast_slskd(CATALOGUE, tmp_path / "slskd-downloads"))


@pytest.fixture
def lrclib_emu() -> Iterator[LrclibEmulator]:
    yield from serve(LrclibEmulator(CATALOGUE))


@pytest.fixture
def images_emu() -> Iterator[ImageEmulator]:
    yield from serve(ImageEmulator())


@dataclass
class Rig:
    engine: Engine
    slskd: SlskdEmulator
    lrclib: LrclibEmulator
    images: ImageEmulator
    music: Path
    catalogue: Catalogue
    start_engine: Callable[[], Awaitable[Engine]] | None = None

    async def restart(self) -> Engine:
        """A new engine with workers on the same database (the old one must be stopped)."""
        assert self.start_engine is not None
        self.engine = await self.start_engine()
        return self.engine

    @property
    def wanted(self) -> WantedItems:
        return self.engine.services["acquisition"].wanted  # type: ignore[attr-defined]

    def new_item(self, track: CatTrack, **overrides: Any) -> NewWantedItem:
        album = self.catalogue.album_of(track)
        values: dict[str, Any] = dict(
            title=track.title, artists=tuple(self.catalogue.artist_names(track)),
            source="spotify", album=album.name,
            album_artist=self.catalogue.artists[album.artist_ids[0]].name,
            duration_ms=track.duration_ms, track_number=track.track_number,
            track_total=len(album.track_ids), disc_number=track.disc_number, disc_total=1,
            release_date=album.release_date, isrc=track.isrc, spotify_track_id=track.id,
            spotify_album_id=album.id, spotify_artist_ids=track.artist_ids,
            cover_url=self.images.image_url(f"{album.id}-640.jpg"), genre="Electronic",
            copyright=album.copyright)
        values.update(overrides)
        return NewWantedItem(**values)

    async def want(self, tracks: list[CatTrack], **overrides: Any) -> list[int]:
        result = await self.wanted.upsert_many([self.new_item(t, **overrides) for t in tracks])
        return list(result.ids)

    async def settle(self, item_ids: list[int], timeout_s: float = 30.0,
                     states: tuple[str, ...] = TERMINAL_ITEM_STATES) -> dict[int, Any]:
        """Wait until every item reached one of ``states``; returns id → WantedItemView."""
        deadline = asyncio.get_running_loop().time() + timeout_s
        while True:
            views = {i: await self.wanted.get(i) for i in item_ids}
            if all(v is not None and v.state in states for v in views.values()):
                return views
            if asyncio.get_running_loop().time() > deadline:
                pending = {i: (v.state, v.last_error) for i, v in views.items()
                           if v is None or v.state not in states}
                raise AssertionError(f"items did not settle: {pending}")
            await asyncio.sleep(0.1)


async def configure(engine: Engine, slskd: SlskdEmulator, lrclib: LrclibEmulator,
                    music: Path, **extra: Any) -> None:
    assert engine.settings is not None
    values = {"slskd.url": slskd.url, "slskd.downloads_dir": str(slskd.downloads_dir),
              "lyrics.lrclib_url": lrclib.url, "library.music_dir": str(music),
              **FAST_SETTINGS, **extra}
    for name, value in values.items():
        await engine.settings.set(name, value)
    await engine.settings.set_secret("slskd.api_key", slskd.api_key)


@pytest.fixture
async def rig_factory(engine_factory: Callable[..., Awaitable[Engine]], slskd_emu: SlskdEmulator,
                      lrclib_emu: LrclibEmulator, images_emu: ImageEmulator,
                      tmp_path: Path) -> Callable[..., Awaitable[Rig]]:
    """Configure the database with workers off, then start the engine that runs the pipeline
    (so start-up reconcile already sees the test's library folder)."""
    secrets = MemorySecretStore()
    music = tmp_path / "Music"
    music.mkdir()

    async def make(**extra: Any) -> Rig:
        setup = await engine_factory(workers_enabled=False, secret_store=secrets)
        await configure(setup, slskd_emu, lrclib_emu, music, **extra)
        await setup.stop()
        def start() -> Awaitable[Engine]:
            return engine_factory(secret_store=secrets, workers_enabled=True)

        return Rig(await start(), slskd_emu, lrclib_emu, images_emu, music, CATALOGUE, start)

    return make


def library_audio(music: Path) -> list[Path]:
    """Audio files in the library, hidden staging excluded."""
    return sorted(p for p in music.rglob("*") if p.is_file() and p.suffix not in (".lrc", ".jpg")
                  and not any(part.startswith(".") for part in p.relative_to(music).parts))


def isolate(rig: Rig, track: CatTrack, peers: list[tuple[str, str]]) -> list[str]:
    """Make ``track`` available only from the given (name, format key) peers, fastest first,
    under tidy album folders, so a test knows exactly which file is tried in which order."""
    for peer in rig.slskd.shares.peers.values():
        peer.files = [f for f in peer.files if f.track_id != track.id]
    artist = windows_safe(rig.catalogue.artist_names(track)[0])
    album = windows_safe(rig.catalogue.album_of(track).name)
    length = round(track.duration_ms / 1000)
    names = []
    for index, (name, format_key) in enumerate(peers):
        fmt = FORMATS[format_key]
        leaf = f"{track.track_number:02d} - {windows_safe(track.title)}.{fmt.extension}"
        shared = SharedFile(f"@@{name}\\Music\\{artist}\\{album}\\{leaf}",
                            length * fmt.bytes_per_second + 4096, fmt, length, track.id)
        rig.slskd.shares.peers[name] = Peer(name, upload_speed=8_000_000 // (index + 1),
                                            files=[shared])
        names.append(name)
    return names


async def wait_for_row(rig: Rig, item_id: int, predicate: Callable[[Any], bool],
                       timeout_s: float = 10.0) -> Any:
    acquisition = rig.engine.services["acquisition"]
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        row = await acquisition.downloads.for_item(item_id)  # type: ignore[attr-defined]
        if row is not None and predicate(row):
            return row
        assert asyncio.get_running_loop().time() < deadline, f"row stuck: {row}"
        await asyncio.sleep(0.05)
