"""M3U/M3U8 as players write them: EXTINF names, Windows and file:// paths, streams, links."""

from __future__ import annotations

from engine.ingest import parse_paths, parse_text
from engine.ingest.m3u_parser import parse_file_name


def test_vlc_style_m3u8(data_dir) -> None:
    preview = parse_paths([data_dir / "player_vlc.m3u8"])

    assert [(t.artists, t.title, t.album, t.duration_ms, t.track_number, t.line)
            for t in preview.accepted] == [
        (("Daft Punk",), "One More Time", None, 320_000, 1, 4),
        (("Nena",), "99 Luftballons", None, 232_000, None, 6),
        (("Die Ärzte",), "Schrei nach Liebe", None, 255_000, 5, 10),
        (("Kraftwerk",), "Das Model", "Die Mensch-Maschine", None, 4, 11),
        (("Peter Fox",), "Haus am See", None, None, None, 12),
    ]
    assert all(t.source == "m3u" for t in preview.accepted)
    assert [(link.kind, link.line) for link in preview.links] == [("track", 13)]
    assert [(r.line, r.reason) for r in preview.rejected] == [
        (8, "import.unsupported_url"), (14, "import.missing_fields")]


def test_winamp_m3u_in_cp1252_with_windows_paths(data_dir) -> None:
    preview = parse_paths([data_dir / "winamp_windows.m3u"])

    assert [(t.artists, t.title, t.duration_ms, t.track_number) for t in preview.accepted] == [
        (("Queen",), "Bohemian Rhapsody", 354_000, 11),
        (("Toto",), "Africa", 295_000, None),
        (("Falco",), "Rock Me Amadeus", None, 3),
    ]
    assert [note.code for note in preview.notes] == ["import.legacy_encoding"]


def test_extinf_with_attributes_and_album_tag() -> None:
    text = ('#EXTM3U\n#EXTINF:215 tvg-logo="x.png" group-title="Rock",Кино - Звезда\n'
            "#EXTALB:Звезда по имени Солнце\nD:\\Music\\kino.mp3\n")

    [track] = parse_text(text).accepted

    assert (track.artists, track.title, track.album, track.duration_ms) == (
        ("Кино",), "Звезда", "Звезда по имени Солнце", 215_000)


def test_a_stream_with_a_display_name_is_kept_a_bare_stream_is_not() -> None:
    text = "#EXTM3U\n#EXTINF:-1,Toto - Africa\nhttp://host/a.mp3\nhttp://host/b.mp3\n"

    preview = parse_text(text)

    assert [(t.title, t.duration_ms) for t in preview.accepted] == [("Africa", None)]
    assert [(r.line, r.reason) for r in preview.rejected] == [(4, "import.unsupported_url")]


def test_file_names() -> None:
    assert parse_file_name("50 Cent - In da Club.mp3").artists == ("50 Cent",)
    assert parse_file_name("03 - Nena - 99 Luftballons.mp3").track_number == 3
    assert parse_file_name("1-03 Kino - Zvezda.flac").title == "Zvezda"
    assert parse_file_name("Album/01 Title.flac") is None  # no artist folder: no guess
    assert parse_file_name("C:\\Music\\Daft Punk - One More Time.mp3").title == "One More Time"
