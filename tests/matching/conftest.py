"""Fixtures for the matching tests: a factory for Soulseek files and a standard wanted track."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from engine.domain.models import SoulseekFile, TrackQuery

FileFactory = Callable[..., SoulseekFile]


@pytest.fixture
def make_file() -> FileFactory:
    def factory(filename: str, **overrides: object) -> SoulseekFile:
        ext = filename.rsplit(".", 1)[-1].lower()
        length = overrides.pop("length_s", 354)
        lossless = ext in {"flac", "wav"}
        defaults: dict[str, object] = {
            "username": "peer",
            "filename": filename,
            "extension": ext,
            "bitrate": None if lossless else 320,
            "bit_depth": 16 if lossless else None,
            "sample_rate": 44100 if lossless else None,
            "length_s": length,
            "has_free_slot": True,
            "upload_speed": 1_000_000,
            "queue_length": 0,
        }
        defaults.update(overrides)
        if "size" not in defaults:
            kbps = 900 if lossless else int(defaults["bitrate"] or 320)  # type: ignore[call-overload]
            defaults["size"] = int(kbps * 125 * int(length or 300)) + 30_000  # type: ignore[call-overload]
        return SoulseekFile(**defaults)  # type: ignore[arg-type]

    return factory


@pytest.fixture
def queen() -> TrackQuery:
    return TrackQuery(
        title="Bohemian Rhapsody - Remastered 2011",
        artists=("Queen",),
        album="A Night at the Opera (Deluxe Edition)",
        duration_ms=354_320,
        track_number=11,
    )
