"""Normalisation tables: stylised names, scripts, featuring, track numbers, scene names."""

from __future__ import annotations

import pytest

from engine.matching.normalize import (
    ascii_fold,
    clean_title,
    featured_artists,
    leading_track_number,
    strip_track_number,
    tokens,
    unscene,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("KoЯn", ("korn",)),
        ("Korn", ("korn",)),
        ("A$AP Rocky", ("asap", "rocky")),
        ("Ke$ha", ("kesha",)),
        ("P!nk", ("pink",)),
        ("AC/DC", ("ac", "dc")),
        ("Guns N' Roses", ("guns", "and", "roses")),
        ("Guns 'n' Roses", ("guns", "and", "roses")),
        ("Simon & Garfunkel", ("simon", "and", "garfunkel")),
        ("Simon + Garfunkel", ("simon", "and", "garfunkel")),
        ("Beyoncé", ("beyonce",)),
        ("Sigur Rós", ("sigur", "ros")),
        ("Björk", ("bjork",)),
        ("Mötley Crüe", ("motley", "crue")),
        ("Czesław Niemen", ("czeslaw", "niemen")),
        ("Sơn Tùng M-TP", ("son", "tung", "m", "tp")),
        ("Straße", ("strasse",)),
        ("ＡＢＣ　Ｄｅｆ", ("abc", "def")),
        ("AD：PIANO X", ("ad", "piano", "x")),
        ("Brick in the Wall, Pt. 2", ("brick", "in", "the", "wall", "part", "2")),
        ("Part II", ("part", "2")),
        ("pt.3", ("part", "3")),
        ("Don't Stop Me Now", ("dont", "stop", "me", "now")),
    ],
)
def test_tokens_fold_latin_and_stylised_names(raw: str, expected: tuple[str, ...]) -> None:
    assert tokens(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Кино", ("кино",)),
        ("Группа крови", ("группа", "крови")),
        ("Зойка й", ("зойка", "й")),
        ("宇多田ヒカル", ("宇多田ヒカル",)),
        ("夜に駆ける", ("夜に駆ける",)),
        ("ガンダム", ("ガンダム",)),
        ("좋은 날", ("좋은", "날")),
        ("Μελίνα Μερκούρη", ("μελινα", "μερκουρη")),
        ("كيفك انت", ("كيفك", "انت")),
    ],
)
def test_tokens_keep_non_latin_scripts_intact(raw: str, expected: tuple[str, ...]) -> None:
    assert tokens(raw) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Bohemian Rhapsody - Remastered 2011", "Bohemian Rhapsody"),
        ("Let It Be - 2009 Remaster", "Let It Be"),
        ("Heroes - 2017 Remastered Version", "Heroes"),
        ('Into the Unknown - From "Frozen 2"', "Into the Unknown"),
        ("Uptown Funk (feat. Bruno Mars)", "Uptown Funk"),
        ("Praise the Lord (Da Shine) [ft. Skepta]", "Praise the Lord (Da Shine)"),
        ("Stay feat. Justin Bieber", "Stay"),
        ("Song (Explicit)", "Song"),
        ("Song - Radio Edit", "Song - Radio Edit"),
        ("Song - Live at Wembley", "Song - Live at Wembley"),
    ],
)
def test_clean_title_drops_only_neutral_decorations(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_featured_artists_are_read_from_the_title() -> None:
    assert featured_artists("Uptown Funk (feat. Bruno Mars)") == ("Bruno Mars",)
    assert featured_artists("Song ft. A & B") == ("A", "B")


@pytest.mark.parametrize(
    ("stem", "expected", "number"),
    [
        ("01 Title", "Title", 1),
        ("01. Title", "Title", 1),
        ("01 - Title", "Title", 1),
        ("1-02 Title", "Title", 2),
        ("(01) Title", "Title", 1),
        ("[07] Title", "Title", 7),
        ("101 Title", "Title", 101),
        ("A1 Title", "Title", None),
        ("Title", "Title", None),
        ("1979", "1979", None),
        ("99 Luftballons", "Luftballons", 99),
    ],
)
def test_track_number_prefixes(stem: str, expected: str, number: int | None) -> None:
    assert strip_track_number(stem) == expected
    assert leading_track_number(stem) == number


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("01-daft_punk-one_more_time-grp", "01-daft punk-one more time"),
        ("Daft_Punk_-_One_More_Time", "Daft Punk - One More Time"),
        ("artist_-_song-remix", "artist - song-remix"),
        ("Normal Name - Title", "Normal Name - Title"),
    ],
)
def test_scene_names_become_words(stem: str, expected: str) -> None:
    assert unscene(stem) == expected


def test_ascii_fold_keeps_case_and_non_latin() -> None:
    assert ascii_fold("Björk Jóga") == "Bjork Joga"
    assert ascii_fold("Кино") == "Кино"
