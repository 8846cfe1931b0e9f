"""Version words: detection with word boundaries, and symmetric agreement rules."""

from __future__ import annotations

import pytest

from engine.matching import versions
from engine.matching.normalize import tokens


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Song (Live)", "live"),
        ("Song - Live at Wembley", "live"),
        ("Canción (En Vivo)", "live"),
        ("Song (DJ Remix)", "remix"),
        ("Song (Club Mix)", "remix"),
        ("Song (Edit)", "remix"),
        ("Song RMX", "remix"),
        ("Song (Radio Edit)", "radio edit"),
        ("Song (Extended Mix)", "extended"),
        ("Song (Acoustic Version)", "acoustic"),
        ("Song (Unplugged)", "unplugged"),
        ("Song (Instrumental)", "instrumental"),
        ("曲 (Off Vocal)", "instrumental"),
        ("Song (Karaoke Version)", "karaoke"),
        ("Song (In the Style of Queen)", "karaoke"),
        ("Song (Acapella)", "a cappella"),
        ("Song (A Cappella)", "a cappella"),
        ("Song (Demo)", "demo"),
        ("Song (Slowed + Reverb)", "slowed"),
        ("Song (Sped Up)", "sped up"),
        ("Song (Nightcore)", "nightcore"),
        ("Song [8D Audio]", "8d"),
        ("Song (Cover)", "cover"),
        ("Tribute to Someone", "cover"),
        ("Song (Clean)", "clean"),
        ("Song 10 Hours", "loop"),
        ("Song, Pt. 2", "part 2"),
        ("Song (Part II)", "part 2"),
    ],
)
def test_detects_version_families(text: str, family: str) -> None:
    assert family in versions.detect(tokens(text))


@pytest.mark.parametrize(
    "text",
    ["Staying Alive", "Undercover", "Demons", "Special Edition", "Mixtape", "Original Mix",
     "Album Version", "Delivery", "Olive"],
)
def test_no_version_inside_other_words_or_neutral_phrases(text: str) -> None:
    assert not versions.detect(tokens(text)) - {"clean"}


def test_split_title_keeps_leading_brackets_in_the_base() -> None:
    assert versions.split_title("(I Can't Get No) Satisfaction") == (
        "(I Can't Get No) Satisfaction", "")
    base, decorations = versions.split_title("Song (Live) - Remastered")
    assert base == "Song"
    assert "Live" in decorations


def test_unwanted_version_is_a_hard_mismatch() -> None:
    verdict = versions.compare(frozenset(), frozenset(), frozenset({"live"}))
    assert verdict.hard == ("version mismatch: live",)


def test_wanted_version_missing_is_a_hard_mismatch() -> None:
    verdict = versions.compare(frozenset({"remix"}), frozenset(), frozenset())
    assert verdict.hard == ("version missing: remix",)


def test_radio_edit_and_clean_are_soft() -> None:
    verdict = versions.compare(frozenset({"radio edit"}), frozenset(), frozenset({"clean"}))
    assert verdict.ok
    assert set(verdict.soft) == {"version mismatch: clean", "version missing: radio edit"}


def test_album_versions_excuse_but_do_not_require() -> None:
    live_album = frozenset({"live"})
    assert versions.compare(frozenset(), live_album, frozenset({"live"})).ok
    assert versions.compare(frozenset(), live_album, frozenset()).ok


def test_parts_must_agree() -> None:
    assert not versions.compare(frozenset({"part 2"}), frozenset(), frozenset({"part 1"})).ok
    assert versions.compare(frozenset({"part 2"}), frozenset(), frozenset({"part 2"})).ok


def test_acoustic_and_unplugged_are_interchangeable() -> None:
    assert versions.compare(frozenset({"unplugged"}), frozenset(), frozenset({"acoustic"})).ok
