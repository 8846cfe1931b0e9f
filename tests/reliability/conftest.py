"""Fixtures for the reliability suite: loopback emulators serving one seeded catalogue big enough
for the full-size runs, and the size switch (``HARMONY_RELIABILITY_FULL=1`` in
``make test-reliability``; ``make test`` runs the reduced sizes)."""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.emulators.catalogue import Catalogue, demo_catalogue
from tests.emulators.images import ImageEmulator
from tests.emulators.lrclib import LrclibEmulator
from tests.emulators.slskd import SlskdEmulator
from tests.emulators.spotify import SpotifyEmulator
from tests.support.emulator_fixtures import fast_slskd, serve

FULL = os.environ.get("HARMONY_RELIABILITY_FULL") == "1"


def reliability_catalogue() -> Catalogue:
    """18 artists × 3 albums × 10 tracks (540 tracks) lasting 40–75 s each: the emulator
    encodes every file it serves for real, and short tracks keep that cheap."""
    catalogue = demo_catalogue(albums_per_artist=3)
    for track_id, track in list(catalogue.tracks.items()):
        seconds = 40 + zlib.crc32(track_id.encode()) % 36
        catalogue.tracks[track_id] = replace(track, duration_ms=seconds * 1000 + 400)
    return catalogue


CATALOGUE = reliability_catalogue()


def album_ordered_tracks(count: int) -> list[Any]:
    """The first ``count`` catalogue tracks, album by album (how playlists of albums look)."""
    tracks = [CATALOGUE.tracks[t] for album in CATALOGUE.albums.values()
              for t in album.track_ids]
    return tracks[:count]


@pytest.fixture
def slskd_emu(tmp_path: Path) -> Iterator[SlskdEmulator]:
    yield from serve(fast_slskd(CATALOGUE, tmp_path / "slskd-downloads"))


@pytest.fixture
def lrclib_emu() -> Iterator[LrclibEmulator]:
    yield from serve(LrclibEmulator(CATALOGUE))


@pytest.fixture
def images_emu() -> Iterator[ImageEmulator]:
    yield from serve(ImageEmulator())


@pytest.fixture
def spotify_emu() -> Iterator[SpotifyEmulator]:
    yield from serve(SpotifyEmulator(CATALOGUE))


@pytest.fixture
def music(tmp_path: Path) -> Path:
    folder = tmp_path / "Music"
    folder.mkdir()
    return folder
