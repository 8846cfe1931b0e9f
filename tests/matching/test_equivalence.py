"""The optimised ranker gives exactly the answers of the pre-optimisation ranker, kept frozen in
``tests/matching/reference``: same files, order, decisions, confidences and reasons, on random
tracks and responses (hypothesis) and on the seeded synthetic responses, under several settings.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.domain.models import SoulseekFile, TrackQuery
from engine.matching import MatchingSettings, QualityProfile, UnknownBitrate, rank
from engine.matching.normalize import tokens
from engine.matching.paths import name_words, parse_path
from tests.matching.golden import STRICT
from tests.matching.reference.normalize import tokens as reference_tokens
from tests.matching.reference.paths import parse_path as reference_parse_path
from tests.matching.reference.ranker import rank as reference_rank
from tests.matching.synthetic import (
    TRACKS,
    album_response,
    album_tracks,
    response_set,
    seeded_candidates,
)

PROPERTY = settings(max_examples=250, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Words that exercise every kind of evidence: titles, artists ("the", spelled without spaces,
# stylised, CJK, Cyrillic), version words (hard, soft, qualified mixes, parts, loops), noise,
# preview words, numbers and separators.
_WORDS = [
    "Karma", "Police", "Radiohead", "The", "Beatles", "AC/DC", "ACDC", "AC DC", "KoЯn", "A$AP",
    "P!nk", "夜に駆ける", "YOASOBI", "Группа", "крови", "Кино", "Love", "Song", "Lovesong",
    "Live", "Remix", "Original Mix", "Radio Edit", "Extended", "Acoustic", "Unplugged",
    "Instrumental", "Karaoke", "A Cappella", "Demo", "Slowed", "Sped Up", "Nightcore", "8D",
    "Cover", "Tribute", "Clean", "Pt. 2", "Part II", "10 Hours", "Remastered", "FLAC", "320",
    "feat.", "ft.", "Bruno Mars", "&", "and", "+", "x", "vs", "Preview", "sample", "01", "1-02",
    "(Live)", "[FLAC]", "-", "_", ".", "Deluxe Edition", "OK Computer", "Greatest Hits", "Vol. 3",
    "CD1", "Disc 2", "é", "Beyoncé", "Sigur Rós", "'", "’", "Zzyzx", "Qwerty", "Uiop",
]
_EXTENSIONS = ["flac"] * 4 + ["mp3"] * 4 + ["m4a", "ogg", "opus", "wav", "aac", "wma", "jpg",
                                             "cue", ""]
_USERS = ["alice", "bob", "carol", "dave", "eve"]


def _phrase(draw: st.DrawFn, low: int, high: int) -> str:
    return " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=low, max_size=high)))


_TITLE_WORDS = ["Karma", "Police", "Love", "Song", "Lovesong", "夜に駆ける", "Группа", "крови",
                "Bohemian", "Rhapsody", "Zzyzx", "Qwerty", "The", "Up", "Mix", "One", "x"]
_DECORATIONS = ["", "", "", " (Live)", " - Remastered 2011", " (feat. Bruno Mars)", " Pt. 2",
                " (Radio Edit)", " [Acoustic]", " - From \"Film\""]
_ARTISTS = ["Radiohead", "The Beatles", "AC/DC", "KoЯn", "A$AP Rocky", "P!nk", "YOASOBI", "Кино",
            "Bruno Mars", "Mark Ronson", "Sigur Rós", "Beyoncé", "Karma", "Lovesong"]


@st.composite
def tracks(draw: st.DrawFn) -> TrackQuery:
    words = draw(st.lists(st.sampled_from(_TITLE_WORDS), min_size=1, max_size=3))
    return TrackQuery(
        title=" ".join(words) + draw(st.sampled_from(_DECORATIONS)),
        artists=tuple(draw(st.lists(st.sampled_from(_ARTISTS), min_size=1, max_size=3)
                           | st.just([]))),
        album=draw(st.builds(_phrase, st.just(draw), st.just(0), st.just(4)) | st.none()),
        duration_ms=draw(st.integers(20_000, 600_000) | st.none()),
        track_number=draw(st.integers(1, 20) | st.none()),
    )


def _mention(draw: st.DrawFn, parts: list[str]) -> str:
    # Mostly the track's own words (so many files match, exactly or fuzzily), else anything.
    pool = [*parts, _phrase(draw, 0, 3), draw(st.text(max_size=12))]
    return " ".join(draw(st.lists(st.sampled_from(pool), min_size=0, max_size=4)))


@st.composite
def files(draw: st.DrawFn, track: TrackQuery, folders: list[str]) -> SoulseekFile:
    title = track.title
    typo = title[:-1] + "x" if len(title) > 4 else title
    base = title.split(" (")[0].split(" - ")[0]
    name = _mention(draw, [base, base, title, typo, *track.artists, track.album or "", "-",
                           *(artist[:2] + artist[3:] for artist in track.artists)])
    extension = draw(st.sampled_from(_EXTENSIONS))
    separator = draw(st.sampled_from(["\\", "\\", "/", "\\\\"]))
    bitrate = draw(st.sampled_from([320, 320, 256, 192, 245, 128, 96, 0, 1411]) | st.none())
    length = draw(st.sampled_from(_lengths(track)) | st.none() | st.integers(-1, 700))
    # Mostly a size that fits the bitrate and length, so most files get past the junk checks.
    fitting = (bitrate or 900) * 125 * (length or 240) + draw(st.integers(0, 90_000))
    return SoulseekFile(
        username=draw(st.sampled_from(_USERS)),  # few peers: their states repeat
        filename=(f"{draw(st.sampled_from(folders))}{separator}{name}"
                  + (f".{extension}" if extension else "")),
        size=draw(st.sampled_from([fitting] * 8 + [0, 60_000, 900_000, 40_000_000])),
        extension=draw(st.sampled_from([extension, extension, "", extension.upper()])),
        bitrate=bitrate,
        bit_depth=draw(st.sampled_from([16, 24, 32]) | st.none()),
        sample_rate=draw(st.sampled_from([44_100, 48_000, 96_000, 384_000]) | st.none()),
        length_s=length,
        is_variable_bitrate=draw(st.none() | st.booleans()),
        has_free_slot=draw(st.booleans()),
        upload_speed=draw(st.sampled_from([700_000, 50_000, 2_000_000, 9_000_000, 0, -5])),
        queue_length=draw(st.sampled_from([0, 1, 7, 250, -2])),
    )


def _lengths(track: TrackQuery) -> list[int]:
    seconds = (track.duration_ms or 240_000) // 1000
    return [seconds + delta for delta in (0, 1, -2, 5, 9, 30, -100)] + [30]


@st.composite
def cases(draw: st.DrawFn) -> tuple[TrackQuery, list[SoulseekFile]]:
    track = draw(tracks())
    # Few folders and peers, so files share them (the ranker's memos) as real responses do.
    # Misspelt artists (a letter dropped, as in "Radiohed") reach the fuzzy artist fallback.
    typos = [artist[:2] + artist[3:] for artist in track.artists if len(artist) > 4]
    pieces = [*track.artists, *typos, track.album or "", "Music", "CD1", "Live at Wembley",
              "Various", _phrase(draw, 1, 3)]
    folders = [
        "@@" + draw(st.sampled_from(_USERS)) + "\\"
        + "\\".join(draw(st.lists(st.sampled_from(pieces), min_size=0, max_size=5)))
        for _ in range(draw(st.integers(1, 4)))
    ]
    return track, draw(st.lists(files(track, folders), min_size=1, max_size=30))


_SETTINGS = [
    MatchingSettings(),
    STRICT,
    MatchingSettings(title_fuzzy_min=0.5, artist_fuzzy_min=0.5, extra_words_reject_ratio=0.3,
                     peer_skip_after_failures=1, duration_tolerance_ratio=0.05,
                     quality=QualityProfile(unknown_bitrate=UnknownBitrate.ASSUME_OK)),
    MatchingSettings(artist_fuzzy_min=0.0, title_fuzzy_min=0.0, accept_threshold=0.3,
                     strong_threshold=0.5, soft_version_penalty=0.3),
]


def assert_same(track: TrackQuery, candidates: list[SoulseekFile], *args: object) -> None:
    optimised = rank(track, candidates, *args)  # type: ignore[arg-type]
    reference = reference_rank(track, candidates, *args)  # type: ignore[arg-type]
    # RankedCandidate equality covers the file, confidence, decision, reasons and input index.
    assert optimised == reference


@PROPERTY
@given(case=cases(), which=st.sampled_from(range(len(_SETTINGS))),
       failures=st.dictionaries(st.sampled_from(_USERS), st.integers(0, 3), max_size=3),
       banned=st.sets(st.sampled_from(_USERS), max_size=2))
def test_random_responses_rank_as_the_reference_does(
    case: tuple[TrackQuery, list[SoulseekFile]], which: int, failures: dict[str, int],
    banned: set[str],
) -> None:
    assert_same(*case, _SETTINGS[which], failures, banned)


def test_synthetic_responses_rank_as_the_reference_does() -> None:
    rng = random.Random(11)
    for number, track in enumerate(TRACKS):
        sets = [seeded_candidates(track, 400, rng), response_set(track, rng, 400, 30)]
        for candidates in sets:
            users = sorted({f.username for f in candidates})
            failures, banned = {users[0]: 1, users[1]: 2}, {users[2]}
            assert_same(track, candidates, _SETTINGS[number % len(_SETTINGS)], failures, banned)
        album = album_tracks(track, 4, rng)
        shared = album_response(album, rng, files=300, folders=25)
        for wanted in album:
            assert_same(wanted, shared)


_PATH_PIECES = ["\\", "/", ".", " ", "a", "B", "1", "_", "-", "é", "夜", "CD1", "01 - ", "(", ")",
                ".flac", "x.y.z"]


@PROPERTY
@given(pieces=st.lists(st.sampled_from(_PATH_PIECES), max_size=20))
def test_paths_parse_as_the_reference_does(pieces: list[str]) -> None:
    path = "".join(pieces)
    assert parse_path(path) == reference_parse_path(path)


@PROPERTY
@given(pieces=st.lists(st.sampled_from(_PATH_PIECES[2:]), min_size=1, max_size=20))
def test_names_parse_as_the_reference_does(pieces: list[str]) -> None:
    # The ranker parses a path's file name alone (not empty, no separators) with name_words.
    name = "".join(pieces)
    assert name_words(name) == reference_parse_path("@@u\\dir\\" + name).stem_words


# Apostrophes, part spellings, "&"/"+", case and accents: what the tokeniser's shortcuts skip;
# look-alikes, Cyrillic, CJK, combining marks, "İ" and the Kelvin sign: what folding's skip.
_TEXT_PIECES = ["'", "`", "’", "pt", "PT", "Pt.", "part", "prt", "rt", " ", "2", "ii", "IV", "x",
                "&", "+", "and", "n", "é", "É", "ß", "Я", "$", "!", "_", "-", ".", "a", "P", "t",
                "Кино", "и", "Ø", "ø", "Σ", "\u0301", "\u0306", "İ", "\u212a", "夜", "が", "ﬁ"]


@PROPERTY
@given(pieces=st.lists(st.sampled_from(_TEXT_PIECES), max_size=16))
def test_text_tokenises_as_the_reference_does(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert tokens(text) == reference_tokens(text)
