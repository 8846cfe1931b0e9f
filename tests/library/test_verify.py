"""Download verification on real files: good ones pass, truncated/wrong/preview/junk ones fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.library.verify import duration_tolerance, file_signature, verify_download
from tests.library.conftest import FORMATS


@pytest.mark.parametrize("fmt", FORMATS)
def test_complete_file_of_the_right_length_passes(make_audio, fmt: str) -> None:
    path = make_audio(fmt, 20.0)
    result = verify_download(path, expected_size=path.stat().st_size, expected_duration_s=21.0)
    assert result.ok, result.message
    assert result.format == fmt
    assert result.duration_s == pytest.approx(20.0, abs=0.2)


def test_missing_and_empty_files_fail(tmp_path: Path) -> None:
    assert verify_download(tmp_path / "nope.mp3").code == "verify.missing"
    empty = tmp_path / "empty.flac"
    empty.write_bytes(b"")
    assert verify_download(empty).code == "verify.empty"


@pytest.mark.parametrize("fmt", FORMATS)
def test_truncated_file_fails_on_announced_size(make_audio, fmt: str) -> None:
    path = make_audio(fmt, 20.0)
    full_size = path.stat().st_size
    path.write_bytes(path.read_bytes()[: full_size // 2])
    result = verify_download(path, expected_size=full_size, expected_duration_s=20.0)
    assert result.code == "verify.size_mismatch"
    assert "truncated" in result.message


def test_larger_than_announced_fails(make_audio) -> None:
    path = make_audio("flac", 5.0)
    result = verify_download(path, expected_size=path.stat().st_size - 1)
    assert result.code == "verify.size_mismatch"


@pytest.mark.parametrize("fmt", ["mp3", "wav"])
def test_truncated_file_without_announced_size_is_implausible(make_audio, fmt: str) -> None:
    path = make_audio(fmt, 30.0)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    result = verify_download(path)
    assert result.code == "verify.size_implausible"


def test_wrong_version_length_fails(make_audio) -> None:
    path = make_audio("ogg", 60.0)
    result = verify_download(path, expected_duration_s=75.0)
    assert result.code == "verify.duration_mismatch"
    assert "preview" not in result.message


def test_preview_clip_is_named_as_such(make_audio) -> None:
    path = make_audio("mp3", 30.0)
    result = verify_download(path, expected_duration_s=214.0)
    assert result.code == "verify.duration_mismatch"
    assert "preview" in result.message


def test_tolerance_grows_with_track_length(make_audio) -> None:
    path = make_audio("flac", 600.0)  # silent FLAC stays tiny
    assert duration_tolerance(600.0, 3.0) == pytest.approx(12.0)
    assert verify_download(path, expected_duration_s=610.0).ok
    assert verify_download(path, expected_duration_s=615.0).code == "verify.duration_mismatch"
    short = make_audio("flac", 60.0, name="short")
    assert verify_download(short, expected_duration_s=62.5).ok
    assert verify_download(short, expected_duration_s=64.0).code == "verify.duration_mismatch"


@pytest.mark.parametrize("content", [b"<html>not found</html>" * 50, bytes(range(256)) * 40])
def test_non_audio_with_audio_extension_is_unreadable(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fake.mp3"
    path.write_bytes(content)
    assert verify_download(path, expected_size=len(content)).code == "verify.unreadable"


def test_file_signature_tracks_size_and_mtime(make_audio, tmp_path: Path) -> None:
    assert file_signature(tmp_path / "absent.mp3") is None
    path = make_audio("wav", 1.0)
    size, mtime_ns = file_signature(path)
    assert size == path.stat().st_size and mtime_ns == path.stat().st_mtime_ns
    with open(path, "ab") as handle:
        handle.write(b"\0" * 10)
    assert file_signature(path)[0] == size + 10
