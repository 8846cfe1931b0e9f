"""Plain-text lists in several languages, with numbering, bullets, comments and durations."""

from __future__ import annotations

import pytest

from engine.ingest import parse_paths, parse_text


def summary(preview) -> list[tuple[tuple[str, ...], str, int | None]]:
    return [(t.artists, t.title, t.duration_ms) for t in preview.accepted]


@pytest.mark.parametrize(("line", "artists", "title"), [
    ("Nena - 99 Luftballons", ("Nena",), "99 Luftballons"),
    ("Nena – 99 Luftballons", ("Nena",), "99 Luftballons"),
    ("Nena — 99 Luftballons", ("Nena",), "99 Luftballons"),
    ("Nena–99 Luftballons", ("Nena",), "99 Luftballons"),
    ("99 Luftballons by Nena", ("Nena",), "99 Luftballons"),
    ("Stand by Me by Ben E. King", ("Ben E. King",), "Stand by Me"),
    ("1. Nena - 99 Luftballons", ("Nena",), "99 Luftballons"),
    ("01) Nena - 99 Luftballons", ("Nena",), "99 Luftballons"),
    ("#3 Nena - 99 Luftballons", ("Nena",), "99 Luftballons"),
    ("[12] Nena - 99 Luftballons", ("Nena",), "99 Luftballons"),
    ("• Nena - 99 Luftballons", ("Nena",), "99 Luftballons"),
    ("- Nena - 99 Luftballons", ("Nena",), "99 Luftballons"),
    ("* Jay-Z - 99 Problems", ("Jay-Z",), "99 Problems"),
    ("JAY-Z - 4:44", ("JAY-Z",), "4:44"),
    ("50 Cent - In da Club", ("50 Cent",), "In da Club"),
    ("Earth, Wind & Fire - September", ("Earth, Wind & Fire",), "September"),
    ("Seeed feat. Cee-Lo Green - Molotov", ("Seeed", "Cee-Lo Green"), "Molotov"),
    ('"Queen" - "Bohemian Rhapsody"', ("Queen",), "Bohemian Rhapsody"),
    ("Toto\tAfrica", ("Toto",), "Africa"),  # two cells pasted from a spreadsheet
])
def test_line_shapes(line: str, artists: tuple[str, ...], title: str) -> None:
    [track] = parse_text(line).accepted

    assert (track.artists, track.title, track.source) == (artists, title, "text")


@pytest.mark.parametrize(("line", "title", "duration_ms"), [
    ("Toto - Africa 4:55", "Africa", 295_000),
    ("Toto - Africa (4:55)", "Africa", 295_000),
    ("Toto - Africa [4:55]", "Africa", 295_000),
    ("Yes - Close to the Edge 1:18:42", "Close to the Edge", 4_722_000),
    ("Toto - Africa 4:75", "Africa 4:75", None),  # not a clock: nothing is thrown away
])
def test_a_trailing_duration_is_read(line: str, title: str, duration_ms: int | None) -> None:
    [track] = parse_text(line).accepted

    assert (track.title, track.duration_ms) == (title, duration_ms)


def test_album_and_year_after_pipes() -> None:
    [track] = parse_text("Rammstein - Du hast | Sehnsucht | 1997").accepted

    assert (track.title, track.album, track.year) == ("Du hast", "Sehnsucht", 1997)


def test_german_list_with_comments_blank_lines_and_one_bad_line(data_dir) -> None:
    preview = parse_paths([data_dir / "text_de.txt"])

    assert summary(preview) == [
        (("Nena",), "99 Luftballons", None),
        (("Die Toten Hosen",), "Tage wie diese", 256_000),
        (("Peter Fox",), "Haus am See", None),
        (("Rammstein",), "Du hast", None),
        (("Seeed", "Cee-Lo Green"), "Molotov", None),
        (("Kraftwerk",), "Das Model", 218_000),
    ]
    assert [(r.line, r.reason, r.text) for r in preview.rejected] == [
        (10, "import.unparseable_line", "nur ein Satz ohne Trenner")]
    assert [(d.line, d.matched_by, d.kept_line) for d in preview.duplicates] == [
        (9, "artist_title_duration", 6)]
    assert preview.accepted[3].album == "Sehnsucht"


def test_japanese_list_with_full_width_dash(data_dir) -> None:
    preview = parse_paths([data_dir / "text_ja.txt"])

    assert summary(preview) == [
        (("宇多田ヒカル",), "First Love", None),
        (("YOASOBI",), "夜に駆ける", None),
        (("米津玄師",), "Lemon", None),
        (("ずっと真夜中でいいのに。",), "秒針を噛む", 257_000),
    ]
    assert preview.rejected == ()


def test_cyrillic_list_in_utf16_with_bom(data_dir) -> None:
    preview = parse_paths([data_dir / "text_ru_utf16.txt"])

    assert summary(preview) == [
        (("Кино",), "Группа крови", None),
        (("Сплин",), "Выхода нет", None),
        (("ДДТ",), "Осень", 343_000),
        (("Кино",), "Звезда по имени Солнце", None),
    ]
    assert preview.notes == ()


def test_pasted_text_names_its_source_in_rejections() -> None:
    preview = parse_text("just words\nNena - 99 Luftballons", source="clipboard")

    assert [(r.file, r.line) for r in preview.rejected] == [("clipboard", 1)]
    assert preview.accepted[0].file == "clipboard"


def test_prose_around_links_is_not_a_rejection() -> None:
    preview = parse_text("Hör dir das an: https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M")

    assert [link.kind for link in preview.links] == ["playlist"]
    assert preview.rejected == ()


def test_pasted_content_is_sniffed_as_csv_or_m3u() -> None:
    csv_paste = '"Track Name","Artist Name(s)"\n"Africa","Toto"\n'
    m3u_paste = "#EXTM3U\n#EXTINF:295,Toto - Africa\nAfrica.mp3\n"

    assert [t.source for t in parse_text(csv_paste).accepted] == ["csv"]
    assert [(t.source, t.duration_ms) for t in parse_text(m3u_paste).accepted] == [("m3u", 295_000)]
