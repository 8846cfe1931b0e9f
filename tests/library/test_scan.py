"""Incremental library scan on real tagged files."""

from __future__ import annotations

import os
import time
from pathlib import Path

from engine.library.models import TrackTags
from engine.library.scan import scan_library
from engine.library.tags import write_tags
from tests.library.conftest import FORMATS, FULL_TAGS


def _build_library(root: Path, make_audio) -> dict[str, Path]:
    files = {}
    for index, fmt in enumerate(FORMATS):
        path = make_audio(fmt, 3.0, name=f"{index:02} - Song", folder=root / "Artist" / "Album")
        write_tags(path, FULL_TAGS)
        files[fmt] = path
    (root / "Artist" / "Album" / "cover.jpg").write_bytes(b"\xff\xd8not scanned")
    (root / "Artist" / "Album" / "03 - Song.lrc").write_text("[00:01.00]x")
    (root / ".harmony-partial-abc.flac").write_bytes(b"partial")
    (root / ".hidden").mkdir()
    make_audio("mp3", 1.0, name="ignored", folder=root / ".hidden")
    return files


def _signatures(result_files) -> dict[str, tuple[int, int]]:
    return {info.path: (info.size, info.mtime_ns) for info in result_files}


def test_first_scan_reads_every_audio_file(tmp_path: Path, make_audio) -> None:
    root = tmp_path / "music"
    files = _build_library(root, make_audio)
    broken = root / "Artist" / "broken.mp3"
    broken.write_bytes(b"this is no mp3 at all" * 10)
    result = scan_library(root, {})
    by_format = {info.format: info for info in result.added_or_changed}
    assert sorted(by_format) == sorted(FORMATS)
    flac = by_format["flac"]
    assert flac.path == str(files["flac"]) and flac.artists == FULL_TAGS.artists
    assert flac.title == FULL_TAGS.title and flac.album == FULL_TAGS.album
    assert flac.isrc == FULL_TAGS.isrc and flac.spotify_track_id == FULL_TAGS.spotify_track_id
    assert flac.sample_rate == 8000 and flac.bit_depth == 16
    assert abs(flac.duration_s - 3.0) < 0.01 and flac.size == files["flac"].stat().st_size
    assert by_format["mp3"].bitrate == 8
    assert [failure.path for failure in result.failed] == [str(broken)]
    assert result.removed == [] and result.unchanged == 0


def test_second_scan_only_reads_changes(tmp_path: Path, make_audio) -> None:
    root = tmp_path / "music"
    files = _build_library(root, make_audio)
    known = _signatures(scan_library(root, {}).added_or_changed)
    known[str(root / "gone" / "deleted.mp3")] = (123, 456)
    write_tags(files["opus"], TrackTags(title="Retagged"))
    files["wav"].unlink()
    result = scan_library(root, known)
    assert [info.path for info in result.added_or_changed] == [str(files["opus"])]
    assert result.added_or_changed[0].title == "Retagged"
    assert result.removed == sorted([str(files["wav"]), str(root / "gone" / "deleted.mp3")])
    assert result.unchanged == len(FORMATS) - 2


def test_unchanged_files_are_never_opened_and_scan_is_fast(tmp_path: Path) -> None:
    root = tmp_path / "big"
    known = {}
    for folder_index in range(100):
        folder = root / f"Artist {folder_index}"
        folder.mkdir(parents=True)
        for track in range(100):
            path = folder / f"{track:02} - Track.flac"
            path.write_bytes(b"")  # unreadable if opened: proves the scan skipped it
            stat = path.stat()
            known[str(path)] = (stat.st_size, stat.st_mtime_ns)
    started = time.perf_counter()
    result = scan_library(root, known)
    elapsed = time.perf_counter() - started
    assert result.unchanged == 10_000
    assert result.added_or_changed == [] and result.failed == [] and result.removed == []
    assert elapsed < 5.0, f"10,000 unchanged files took {elapsed:.1f} s"


def test_missing_root_scans_as_empty_and_reports_known_files_removed(tmp_path: Path) -> None:
    gone = str(tmp_path / "nowhere" / "a.mp3")
    result = scan_library(tmp_path / "nowhere", {gone: (1, 1)})
    assert result.removed == [gone] and result.added_or_changed == []


def test_symlinked_folders_are_not_followed(tmp_path: Path, make_audio) -> None:
    root = tmp_path / "music"
    make_audio("mp3", 1.0, name="a", folder=root)
    os.symlink(root, root / "loop")
    result = scan_library(root, {})
    assert [Path(info.path).name for info in result.added_or_changed] == ["a.mp3"]
