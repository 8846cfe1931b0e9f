"""Ranker behaviour: identity over quality over peer, junk, peers, determinism, settings."""

from __future__ import annotations

import random

from engine.domain.models import Decision, RankedCandidate, TrackQuery
from engine.matching import MatchingSettings, rank
from engine.matching.quality import QualityProfile, UnknownBitrate, assess
from tests.matching.conftest import FileFactory

ALBUM = r"@@share\Music\Queen\1975 - A Night at the Opera"


def first_accepted(ranked: list[RankedCandidate]) -> RankedCandidate | None:
    return next((r for r in ranked if r.decision is Decision.ACCEPT), None)


def test_right_recording_beats_better_bitrate(queen: TrackQuery, make_file: FileFactory) -> None:
    files = [
        make_file(r"@@x\Queen\Live at Wembley '86\05 - Bohemian Rhapsody.flac", length_s=356),
        make_file(rf"{ALBUM}\11 - Bohemian Rhapsody.mp3", bitrate=192),
        make_file(r"@@y\Other Band\Covers\Bohemian Rhapsody.flac"),
    ]
    ranked = rank(queen, files)
    assert ranked[0].input_index == 1
    assert ranked[0].decision is Decision.ACCEPT
    assert "version mismatch: live" in ranked[1].reasons + ranked[2].reasons


def test_lossless_first_among_right_files(queen: TrackQuery, make_file: FileFactory) -> None:
    files = [
        make_file(rf"{ALBUM}\11 - Bohemian Rhapsody.mp3", bitrate=245),
        make_file(rf"{ALBUM}\11 - Bohemian Rhapsody.mp3", bitrate=320),
        make_file(rf"{ALBUM}\11 - Bohemian Rhapsody.flac"),
        make_file(rf"{ALBUM}\11 - Bohemian Rhapsody.ogg", bitrate=160),
    ]
    order = [r.input_index for r in rank(queen, files)]
    assert order == [2, 1, 0, 3]
    assert "FLAC 16/44.1" in rank(queen, files)[0].reasons


def test_reasons_name_duration_and_version(queen: TrackQuery, make_file: FileFactory) -> None:
    ranked = rank(queen, [make_file(rf"{ALBUM}\11 - Bohemian Rhapsody (Live).flac",
                                    length_s=395)])
    reasons = ranked[0].reasons
    assert ranked[0].decision is Decision.REJECT
    assert "version mismatch: live" in reasons
    assert "duration +41 s" in reasons
    assert 0.0 <= ranked[0].confidence < 0.65


def test_junk_never_wins(queen: TrackQuery, make_file: FileFactory) -> None:
    junk = [
        make_file(rf"{ALBUM}\Bohemian Rhapsody.jpg", size=200_000),
        make_file(rf"{ALBUM}\11 - Bohemian Rhapsody.flac", length_s=30),
        make_file(rf"{ALBUM}\11 - Bohemian Rhapsody.flac", size=2_000_000),
        make_file(rf"{ALBUM}\11 - Bohemian Rhapsody.mp3", size=900_000),
        make_file(rf"{ALBUM}\11 - Bohemian Rhapsody.mp3", length_s=0),
        make_file(rf"{ALBUM}\Bohemian Rhapsody (preview).mp3", length_s=None),
    ]
    ranked = rank(queen, junk)
    assert all(r.decision is Decision.REJECT for r in ranked)
    assert {r.reasons[0].split(" ")[0] for r in ranked} >= {"not", "preview", "size", "zero"}


def test_wrong_artist_is_rejected(queen: TrackQuery, make_file: FileFactory) -> None:
    ranked = rank(queen, [make_file(r"@@x\Panic! at the Disco\Live\Bohemian Rhapsody.mp3")])
    assert ranked[0].decision is Decision.REJECT
    assert "artist not found" in ranked[0].reasons


def test_title_starting_with_a_number_still_matches(make_file: FileFactory) -> None:
    track = TrackQuery("99 Luftballons", ("Nena",), "99 Luftballons", 232_000)
    ranked = rank(track, [make_file(r"@@n\Nena\99 Luftballons\01 - 99 Luftballons.mp3",
                                    length_s=232)])
    assert ranked[0].decision is Decision.ACCEPT


def test_peer_failures_downrank_then_skip(queen: TrackQuery, make_file: FileFactory) -> None:
    files = [
        make_file(rf"{ALBUM}\11 - Bohemian Rhapsody.flac", username="flaky"),
        make_file(rf"{ALBUM}\11 - Bohemian Rhapsody.mp3", username="steady"),
    ]
    assert rank(queen, files)[0].file.username == "flaky"
    once = rank(queen, files, peer_failures={"flaky": 1})
    assert [r.file.username for r in once] == ["steady", "flaky"]
    assert once[1].decision is Decision.ACCEPT
    twice = rank(queen, files, peer_failures={"flaky": 2})
    assert twice[1].decision is Decision.REJECT
    assert "peer failed 2 times" in twice[1].reasons
    banned = rank(queen, files, banned={"steady"})
    assert "peer banned" in banned[1].reasons


def test_free_slot_and_speed_break_ties(queen: TrackQuery, make_file: FileFactory) -> None:
    path = rf"{ALBUM}\11 - Bohemian Rhapsody.flac"
    files = [
        make_file(path, username="busy", has_free_slot=False, queue_length=30),
        make_file(path, username="slow", upload_speed=50_000),
        make_file(path, username="fast", upload_speed=8_000_000),
    ]
    assert [r.file.username for r in rank(queen, files)] == ["fast", "slow", "busy"]


def test_ranking_is_deterministic(queen: TrackQuery, make_file: FileFactory) -> None:
    rng = random.Random(7)
    files = [
        make_file(rf"{ALBUM}\11 - Bohemian Rhapsody.{ext}", username=f"u{i}",
                  upload_speed=rng.choice([0, 500_000]))
        for i, ext in enumerate(["flac", "mp3", "flac", "mp3", "ogg"] * 4)
    ]
    first = [(r.input_index, r.confidence, r.reasons) for r in rank(queen, files)]
    shuffled = files[:]
    rng.shuffle(shuffled)
    again = rank(queen, shuffled)
    assert [(shuffled[r.input_index].username, r.confidence) for r in again] == [
        (files[i].username, c) for i, c, _ in first
    ]
    assert first == [(r.input_index, r.confidence, r.reasons) for r in rank(queen, files)]


def test_no_candidates_gives_empty_ranking(queen: TrackQuery) -> None:
    assert rank(queen, []) == []


def test_quality_profile_tiers(make_file: FileFactory) -> None:
    profile = QualityProfile()
    tiers = {
        "flac": assess(make_file("a.flac"), profile).tier,
        "mp3_320": assess(make_file("a.mp3", bitrate=320), profile).tier,
        "ogg_320": assess(make_file("a.ogg", bitrate=320), profile).tier,
        "v0": assess(make_file("a.mp3", bitrate=245, is_variable_bitrate=True), profile).tier,
        "aac": assess(make_file("a.m4a", bitrate=256), profile).tier,
        "mp3_192": assess(make_file("a.mp3", bitrate=192), profile).tier,
    }
    assert tiers == {"flac": 0, "mp3_320": 1, "ogg_320": 1, "v0": 2, "aac": 2, "mp3_192": 3}
    assert assess(make_file("a.mp3", bitrate=96), profile).reject == "bitrate 96 < 128"
    assert assess(make_file("a.m4a", bit_depth=16), profile).label.startswith("ALAC")
    hires = assess(make_file("a.flac", bit_depth=32, sample_rate=384000), profile)
    assert hires.reject == "bit depth 32 out of bounds"


def test_unknown_bitrate_is_estimated_or_handled_explicitly(make_file: FileFactory) -> None:
    estimated = assess(make_file("a.mp3", bitrate=None, size=14_200_000, length_s=354),
                       QualityProfile())
    assert estimated.label.startswith("MP3 ~") and estimated.tier == 1
    unknown = make_file("a.mp3", bitrate=None, length_s=None, size=9_000_000)
    assert assess(unknown, QualityProfile()).tier == 3
    rejecting = QualityProfile(unknown_bitrate=UnknownBitrate.REJECT)
    assert assess(unknown, rejecting).reject == "bitrate unknown"


def test_settings_from_mapping_accepts_settings_keys() -> None:
    settings = MatchingSettings.from_mapping({
        "matching.accept_threshold": 0.7,
        "matching.duration_tolerance_s": 5,
        "quality.formats": ["mp3", "flac"],
        "quality.min_bitrate": 192,
        "unrelated.key": 1,
    })
    assert settings.accept_threshold == 0.7
    assert settings.duration_tolerance_s == 5.0
    assert settings.quality.min_bitrate == 192
    assert [t.name for t in settings.quality.tiers] == ["lossless", "high", "good", "rest"]
    assert settings.quality.tiers[0].rules[0].format == "flac"
    assert MatchingSettings.from_mapping({}) == MatchingSettings()


def test_wider_duration_tolerance_setting_accepts(queen: TrackQuery,
                                                  make_file: FileFactory) -> None:
    file = make_file(rf"{ALBUM}\11 - Bohemian Rhapsody.flac", length_s=366)
    assert rank(queen, [file])[0].decision is Decision.REJECT
    loose = MatchingSettings(duration_tolerance_s=12)
    assert rank(queen, [file], loose)[0].decision is Decision.ACCEPT
