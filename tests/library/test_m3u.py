"""Playlist export as .m3u8 with relative paths."""

from __future__ import annotations

from pathlib import Path

from engine.library.m3u import write_m3u8
from engine.library.models import M3UEntry


def test_playlist_content_with_paths_relative_to_its_folder(tmp_path: Path) -> None:
    library = tmp_path / "Music"
    playlist = library / "Playlists" / "Road Trip ☀.m3u8"
    entries = [
        ("Artist/2001 - Album/01 - Song.flac", 201.6, "Artist - Song"),
        M3UEntry(library / "Björk/1997 - Homogenic/02 - Jóga.mp3", None, "Björk - Jóga"),
        ("Other/x.ogg", 12.4, "Line\nbreak - Title"),
    ]
    write_m3u8(playlist, entries, library_root=library)
    assert playlist.read_bytes().decode("utf-8") == (
        "#EXTM3U\n"
        "#EXTINF:202,Artist - Song\n"
        "../Artist/2001 - Album/01 - Song.flac\n"
        "#EXTINF:-1,Björk - Jóga\n"
        "../Björk/1997 - Homogenic/02 - Jóga.mp3\n"
        "#EXTINF:12,Line break - Title\n"
        "../Other/x.ogg\n"
    )
    assert [p.name for p in playlist.parent.iterdir()] == [playlist.name]


def test_playlist_beside_the_library_and_refresh(tmp_path: Path) -> None:
    library = tmp_path / "Music"
    playlist = tmp_path / "Mix.m3u8"
    write_m3u8(playlist, [(library / "A/a.mp3", 60, "A - a")])
    write_m3u8(playlist, [(library / "A/a.mp3", 60, "A - a"), (library / "B/b.mp3", 61, "B - b")])
    assert playlist.read_text("utf-8").splitlines() == [
        "#EXTM3U", "#EXTINF:60,A - a", "Music/A/a.mp3", "#EXTINF:61,B - b", "Music/B/b.mp3",
    ]


def test_empty_playlist_is_just_the_header(tmp_path: Path) -> None:
    playlist = write_m3u8(tmp_path / "empty.m3u8", [])
    assert playlist.read_text("utf-8") == "#EXTM3U\n"
