"""The speed shortcuts (fast paths, early rejects, memos) give the answers of the long way."""

from __future__ import annotations

import dataclasses
import random
from concurrent.futures import ThreadPoolExecutor

from engine.domain.models import SoulseekFile, TrackQuery
from engine.matching import clear_caches, rank
from engine.matching.memo import QualityMemo
from engine.matching.normalize import fold, tokens
from engine.matching.paths import find_phrase, parse_path
from engine.matching.quality import QualityProfile, UnknownBitrate, assess, codec_of
from engine.matching.versions import _detect, detect
from tests.matching.synthetic import TRACKS, response_set

_WORDS = ["ac", "dc", "acdc", "the", "live", "part", "2", "hour", "1", "mix", "radio", "edit",
          "夜に駆ける", "夜に", "駆ける", "a", "cappella", "love", "lovesong", "song", "x"]


def _slow_find(hay: tuple[str, ...], needle: tuple[str, ...]) -> tuple[int, int] | None:
    """The lookup without the substring reject: whole words, CJK inside a word, joined runs."""
    if not needle or not hay:
        return None
    for start in range(len(hay) - len(needle) + 1):
        if hay[start : start + len(needle)] == needle:
            return start, len(needle)
    compact = "".join(needle)
    if any("\u3040" <= ch <= "\u9fff" for ch in compact):
        for start, word in enumerate(hay):
            if compact in word:
                return start, 1
    if len(compact) < 3:
        return None
    for start in range(len(hay)):
        for length in range(1, min(4, len(hay) - start) + 1):
            joined = "".join(hay[start : start + length])
            if joined == compact:
                return start, length
            if len(joined) >= len(compact):
                break
    return None


def test_phrase_lookup_matches_the_exhaustive_search() -> None:
    rng = random.Random(5)
    for _ in range(20_000):
        hay = tuple(rng.choice(_WORDS) for _ in range(rng.randrange(0, 7)))
        needle = tuple(rng.choice(_WORDS) for _ in range(rng.randrange(0, 3)))
        assert find_phrase(hay, needle) == _slow_find(hay, needle), (hay, needle)


def test_ascii_fast_path_folds_like_the_unicode_path() -> None:
    # An accented tail sends the same text through NFKC, homoglyph repair and mark stripping.
    rng = random.Random(6)
    alphabet = "abcXYZ019 _-.&+$!'()[]"
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 16)))
        assert fold(text + " é") == fold(text) + " e", text
    assert tokens("A$AP Rocky & P!nk") == ("asap", "rocky", "and", "pink")
    assert tokens("KoЯn_-_Freak_On_A_Leash") == ("korn", "freak", "on", "a", "leash")


def test_version_detection_shortcut_agrees_with_the_full_scan() -> None:
    rng = random.Random(7)
    vocabulary = [*_WORDS, "instrumental", "sped", "up", "original", "remix", "hours", "10"]
    for _ in range(5_000):
        words = tuple(rng.choice(vocabulary) for _ in range(rng.randrange(0, 6)))
        assert detect(words) == _detect.__wrapped__(words), words


def test_quality_memo_tells_apart_every_field_assess_reads() -> None:
    base = SoulseekFile("u", "a\\b.mp3", 8_000_000, "mp3", None, None, None, 240)
    variants = [
        base, dataclasses.replace(base, size=4_000_000), dataclasses.replace(base, length_s=120),
        dataclasses.replace(base, bitrate=320), dataclasses.replace(base, bitrate=192),
        dataclasses.replace(base, bitrate=320, is_variable_bitrate=True),
        dataclasses.replace(base, extension=""), dataclasses.replace(base, extension="ogg"),
        dataclasses.replace(base, filename="a\\b.m4a", extension="", bit_depth=16),
        dataclasses.replace(base, extension="flac", bit_depth=24, sample_rate=96_000),
        dataclasses.replace(base, extension="flac", bit_depth=32, sample_rate=96_000),
        dataclasses.replace(base, extension="flac", bit_depth=16, sample_rate=384_000),
        dataclasses.replace(base, length_s=None), dataclasses.replace(base, extension="wma"),
    ]
    for profile in (QualityProfile(), QualityProfile(unknown_bitrate=UnknownBitrate.REJECT)):
        memo = QualityMemo(profile)
        for file in variants * 2:
            verdict = assess(file, profile)
            assert memo.entry(file, codec_of(file)) == (
                verdict.reject, verdict.label, verdict.tier, verdict.rule, -verdict.bitrate), file


def test_a_files_verdict_does_not_depend_on_the_files_ranked_with_it() -> None:
    # Memos share work between files of one response; no verdict may leak between them.
    track = TRACKS[0]
    files = response_set(track, random.Random(8), files=300, folders=25)
    together = {r.input_index: r for r in rank(track, files)}
    for index, file in enumerate(files):
        alone = rank(track, [file])[0]
        shared = together[index]
        assert (alone.decision, alone.confidence, alone.reasons) == (
            shared.decision, shared.confidence, shared.reasons), file.filename


def test_rankings_do_not_depend_on_what_the_caches_hold() -> None:
    track = TrackQuery("Karma Police", ("Radiohead",), "OK Computer", 264_000)
    files = response_set(track, random.Random(9), files=400, folders=30)
    clear_caches()
    cold = rank(track, files)
    warm = rank(track, files)
    rank(TRACKS[2], files)  # another track over the same paths in between
    assert rank(track, files) == cold == warm
    assert parse_path(files[0].filename) is parse_path(files[0].filename)


def test_concurrent_rankings_in_an_executor_match_sequential_ones() -> None:
    # Callers rank in executor threads; the shared caches must not mix their answers.
    rng = random.Random(10)
    jobs = [(track, response_set(track, rng, files=300, folders=25)) for track in TRACKS] * 2
    sequential = [rank(track, files) for track, files in jobs]
    clear_caches()
    with ThreadPoolExecutor(max_workers=4) as pool:
        concurrent = list(pool.map(lambda job: rank(*job), jobs))
    assert concurrent == sequential
