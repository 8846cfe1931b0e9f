"""Exportify CSV: the current header, the first one, the spreadsheet fork, broken files."""

from __future__ import annotations

from engine.ingest import parse_paths, parse_text


def test_current_exportify_export(data_dir) -> None:
    preview = parse_paths([data_dir / "exportify_current.csv"])

    first, lucky, tyler, utada, kino, local = preview.accepted
    assert first == first.__class__(
        artists=("Daft Punk",), title="One More Time", album="Discovery", duration_ms=320_357,
        spotify_id="0DiWol3AO6WpXZgp0goxAV", isrc="GBDUW0000053", track_number=1,
        disc_number=1, year=2001, source="csv", file=str(data_dir / "exportify_current.csv"),
        line=2)
    assert lucky.artists == ("Daft Punk", "Pharrell Williams", "Nile Rodgers")
    assert tyler.artists == ("Tyler, The Creator",)  # Exportify escapes commas in names as \,
    assert (utada.artists, utada.title) == (("宇多田ヒカル",), "First Love")
    assert (kino.artists, kino.album, kino.isrc) == (("Кино",), "Группа крови", "RUA1D0812345")
    # A local file of the playlist: no Spotify ID, but artist and title are enough to search.
    assert (local.artists, local.title, local.spotify_id, local.year) == (
        ("Die Ärzte",), "Schrei nach Liebe", None, None)


def test_current_export_rejects_empty_local_file_and_drops_duplicates(data_dir) -> None:
    preview = parse_paths([data_dir / "exportify_current.csv"])

    assert [(r.line, r.reason) for r in preview.rejected] == [(8, "import.local_spotify_file")]
    assert [(d.line, d.matched_by, d.kept_line) for d in preview.duplicates] == [
        (9, "spotify_id", 2), (10, "isrc", 2)]
    # A row with a valid Track URI but no names is kept as a track link for backfill.
    assert [(link.kind, link.spotify_id, link.line) for link in preview.links] == [
        ("track", "4uLU6hMCjMI75M1A2tKUQC", 11)]


def test_first_exportify_header(data_dir) -> None:
    preview = parse_paths([data_dir / "exportify_legacy.csv"])

    assert [(t.artists, t.title, t.album, t.duration_ms, t.spotify_id, t.track_number)
            for t in preview.accepted] == [
        (("Toto",), "Africa", "Toto IV", 295_893, "2374M0fQpWi3dLnB54qaLX", 10),
        (("Queen",), "Bohemian Rhapsody - Remastered 2011", "A Night At The Opera (2011 Remaster)",
         354_320, "4u7EnebtmKWzUH433cf5Qv", 11),
        (("Queen",), "We Are The Champions - Remastered 2011",
         "News Of The World (2011 Remaster)", 179_200, "1lCRw5FEZ1gPDNPzy1K4zW", 1),
    ]


def test_excel_semicolon_csv_with_bom_and_crlf(data_dir) -> None:
    preview = parse_paths([data_dir / "exportify_fork_excel_semicolon_bom.csv"])

    assert [(t.artists, t.title, t.spotify_id, t.year) for t in preview.accepted] == [
        (("Die Toten Hosen",), "Hier kommt Alex", "6rqhFgbbKwnb9MLmUQDhG6", 1988),
        (("Herbert Grönemeyer",), "Männer", "3ZOEytgrvLwQaqXreDs2Jx", 1984),
        (("The Weeknd", "Jay-Z"), "Mr. Brightside; Live", "0u2P5u6lvoDfwTYjAADbn4", 2019),
    ]
    assert [(r.line, r.reason, r.params) for r in preview.rejected] == [
        (6, "import.missing_fields", {"fields": "artist"})]
    assert preview.notes == ()


def test_csv_without_track_columns_is_rejected_as_a_file(data_dir) -> None:
    preview = parse_paths([data_dir / "missing_columns.csv"])

    assert preview.accepted == () and preview.links == ()
    assert [(r.line, r.reason, r.text) for r in preview.rejected] == [
        (1, "import.missing_columns", "Playlist,Date,Comment")]


def test_headerless_csv_of_links_is_read_cell_by_cell() -> None:
    text = ("spotify:track:4uLU6hMCjMI75M1A2tKUQC,https://open.spotify.com/album/"
            "2noRn2Aes5aoNVsU6iWThc\n")

    preview = parse_text(text, source="links.csv")

    assert [link.kind for link in preview.links] == ["track", "album"]


def test_uri_only_csv_gives_links_and_rejects_rows_without_one() -> None:
    text = "Track URI,Added At\nspotify:track:4uLU6hMCjMI75M1A2tKUQC,2021\n,2022\n"

    preview = parse_text(text, source="uris.csv")

    assert [(link.kind, link.line) for link in preview.links] == [("track", 2)]
    assert [(r.line, r.reason) for r in preview.rejected] == [(3, "import.missing_fields")]


def test_plain_sheet_with_artist_title_and_clock_durations() -> None:
    text = "Artist\tTitle\tLength\tISRC\nToto\tAfrica\t4:55\tus-sm1-82-00567\n"

    [track] = parse_text(text, source="sheet.tsv").accepted

    assert (track.artists, track.title, track.duration_ms, track.isrc) == (
        ("Toto",), "Africa", 295_000, "USSM18200567")


def test_quoted_fields_with_delimiters_quotes_and_newlines() -> None:
    text = ('"Track Name","Artist Name(s)","Album Name"\n'
            '"Hey, Soul Sister","Train","Save Me, San Francisco"\n'
            '"Say ""Hello""","Someone","Multi\nline album"\n'
            '"After","Artist","A"\n')

    preview = parse_text(text, source="quoted.csv")

    assert [(t.title, t.album, t.line) for t in preview.accepted] == [
        ("Hey, Soul Sister", "Save Me, San Francisco", 2),
        ('Say "Hello"', "Multi\nline album", 3),
        ("After", "A", 5),
    ]


def test_an_unterminated_quote_does_not_crash_and_reports_the_file() -> None:
    text = '"Track Name","Artist Name(s)"\n"Africa","Toto"\n"Broken' + "x" * 200_000 + "\n"

    preview = parse_text(text, source="broken.csv")

    assert [t.title for t in preview.accepted] == ["Africa"]
    assert [r.reason for r in preview.rejected] == ["import.unparseable_file"]
