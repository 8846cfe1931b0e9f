"""Limits refuse the whole import, fast, before reading an oversized file."""

from __future__ import annotations

import time

import pytest

from engine.errors import ImportRejected
from engine.ingest import ImportLimits, parse_bytes, parse_paths, parse_text

MiB = 1024 * 1024


def test_defaults_are_the_documented_ones() -> None:
    limits = ImportLimits()

    assert (limits.max_paste_lines, limits.max_file_bytes, limits.max_playlist_links,
            limits.max_tracks) == (200, MiB, 1000, 5000)
    with pytest.raises(ValueError):
        ImportLimits(max_tracks=0)


def test_a_50_mb_file_is_refused_fast_without_reading_it(tmp_path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        chunk = b"Nena - 99 Luftballons\n" * 47_663  # about 1 MiB of real text
        for _ in range(50):
            handle.write(chunk)
    started = time.perf_counter()

    with pytest.raises(ImportRejected) as refused:
        parse_paths([big])

    assert time.perf_counter() - started < 0.5
    assert refused.value.code == "import.file_too_large"
    assert refused.value.params == {"file": str(big), "limit": MiB, "actual": big.stat().st_size}
    assert "limit" in refused.value.message


def test_one_oversized_file_refuses_all_files(tmp_path, data_dir) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * (MiB + 1))

    with pytest.raises(ImportRejected) as refused:
        parse_paths([data_dir / "text_de.txt", big])
    assert refused.value.code == "import.file_too_large"


def test_file_at_exactly_the_limit_is_read(tmp_path) -> None:
    path = tmp_path / "exact.txt"
    line = b"Nena - 99 Luftballons\n"
    path.write_bytes(line + b" " * (200 - len(line)))

    assert len(parse_paths([path], ImportLimits(max_file_bytes=200)).accepted) == 1


def test_in_memory_bytes_have_the_same_size_limit() -> None:
    with pytest.raises(ImportRejected) as refused:
        parse_bytes(b"a - b\n" * 100, "x.txt", ImportLimits(max_file_bytes=599))
    assert refused.value.params["actual"] == 600


def test_paste_over_200_lines_is_refused_blank_lines_do_not_count() -> None:
    ok = "\n\n".join(f"Artist {n} - Title {n}" for n in range(200))
    too_many = ok + "\nArtist 200 - Title 200"

    assert len(parse_text(ok).accepted) == 200
    with pytest.raises(ImportRejected) as refused:
        parse_text(too_many)
    assert (refused.value.code, refused.value.params) == (
        "import.too_many_lines", {"limit": 200, "actual": 201})


def test_too_many_links_refuses_everything(tmp_path) -> None:
    path = tmp_path / "links.txt"
    ids = [f"{n:022d}" for n in range(11)]
    path.write_text("\n".join(f"spotify:playlist:{i}" for i in ids) + "\nNena - 99 Luftballons\n")

    with pytest.raises(ImportRejected) as refused:
        parse_paths([path], ImportLimits(max_playlist_links=10))
    assert (refused.value.code, refused.value.params) == (
        "import.too_many_links", {"limit": 10, "actual": 11})


def test_duplicates_do_not_count_against_the_limits(tmp_path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("Nena - 99 Luftballons\n" * 50 + "spotify:album:2noRn2Aes5aoNVsU6iWThc\n" * 50)

    preview = parse_paths([path], ImportLimits(max_tracks=1, max_playlist_links=1))

    assert (len(preview.accepted), len(preview.links), len(preview.duplicates)) == (1, 1, 98)


def test_too_many_tracks_over_several_files(tmp_path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("".join(f"A{n} - T{n}\n" for n in range(3)))
    second.write_text("".join(f"B{n} - T{n}\n" for n in range(3)))

    with pytest.raises(ImportRejected) as refused:
        parse_paths([first, second], ImportLimits(max_tracks=5))
    assert refused.value.params == {"limit": 5, "actual": 6}


def test_missing_file_folder_and_no_paths(tmp_path) -> None:
    for paths, code in (([tmp_path / "nope.csv"], "import.file_not_found"),
                        ([tmp_path], "import.not_a_file"),
                        ([], "import.no_input")):
        with pytest.raises(ImportRejected) as refused:
            parse_paths(paths)
        assert refused.value.code == code


def test_unreadable_file(tmp_path) -> None:
    import os

    path = tmp_path / "secret.txt"
    path.write_text("Nena - 99 Luftballons\n")
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: use a path that fails on open instead
        path = tmp_path / "dangling.txt"
        path.symlink_to(tmp_path / "gone" / "x.txt")
        expected = "import.file_not_found"
    else:
        expected = "import.unreadable_file"

    with pytest.raises(ImportRejected) as refused:
        parse_paths([path])
    assert refused.value.code == expected
