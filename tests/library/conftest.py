"""Fixtures for the library file tests: real audio files and real images."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from engine.library.models import TrackTags
from tests.support.audio import write_audio

FORMATS = ("mp3", "flac", "ogg", "opus", "m4a", "wav")

FULL_TAGS = TrackTags(
    title="Señorita (Remastered)",
    artists=("Artist One", "Artist Two", "美空ひばり"),
    album_artist="Artist One",
    album="Album / Deluxe",
    date="2019-05-01",
    track_number=3,
    track_total=12,
    disc_number=1,
    disc_total=2,
    isrc="USUM71900001",
    spotify_track_id="6v3KW9xbzN5yKLt9YKDYA2",
    spotify_album_id="2p8wKTpeYvZ3x6kKsmLyYc",
    spotify_artist_ids=("7n2wHs1TKAczGzO7Dd2rGr", "0C8ZW7ezQVs4URX5aX7Kqx"),
    genre="Pop",
    copyright="℗ 2019 Some Label",
)


@pytest.fixture
def make_audio(tmp_path: Path) -> Callable[..., Path]:
    """``make_audio("flac", 3.0, name="x")`` writes a real audio file under ``tmp_path``."""

    def make(fmt: str, duration_s: float = 2.0, *, name: str = "track",
             folder: Path | None = None) -> Path:
        return write_audio((folder or tmp_path / "files") / f"{name}.{fmt}", duration_s, fmt)

    return make


def image_bytes(width: int, height: int, fmt: str = "JPEG", mode: str = "RGB") -> bytes:
    """A real image of the given size and format, made with Pillow."""
    colour = (30, 120, 200, 128) if mode == "RGBA" else (30, 120, 200)
    buffer = io.BytesIO()
    Image.new(mode, (width, height), colour).save(buffer, format=fmt)
    return buffer.getvalue()


def image_size(data: bytes) -> tuple[str, tuple[int, int]]:
    with Image.open(io.BytesIO(data)) as image:
        return image.format, image.size
