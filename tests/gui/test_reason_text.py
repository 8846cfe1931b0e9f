"""The matching ranker's reasons read in the user's language: every reason the ranker really
writes for the labelled cases and the seeded synthetic responses is translated in German with
its numbers and names kept, English shows the engine's words, and the Matching and Search pages
use the translation."""

from __future__ import annotations

import dataclasses
import random
import re
import xml.etree.ElementTree as ET
from functools import cache

from PySide6.QtCore import QModelIndex, Qt

from engine.domain.models import SoulseekFile, TrackQuery
from engine.facade.contracts import SearchResultRow
from engine.matching import MatchingSettings, rank
from harmony_desktop.i18n import TRANSLATIONS_DIR
from harmony_desktop.models.matching_model import CandidatesModel
from harmony_desktop.models.search_model import SearchResultsModel
from harmony_desktop.reason_text import PATTERNS, reason_text
from tests.gui.fakes import FakeService
from tests.matching.golden import SEED, STRICT, case_snapshots
from tests.matching.synthetic import TRACKS, seeded_candidates

# The quality label the ranker appends to every file's reasons ("MP3 320", "MP3 ~256 VBR",
# "FLAC 16/44.1", "JPG ~12"): a format name and numbers, the same in every language, so it is
# the one kind of reason that stays unchanged ("MP3 bitrate unknown" has words and is
# translated).
QUALITY_LABEL = re.compile(r"[A-Z0-9]+(?: ~?\d+(?: VBR)?| \d+/\d+(?:\.\d+)?)?")
PLACEHOLDER = re.compile(r"\{\d+\}")
NUMBER = re.compile(r"\d+(?:\.\d+)?")

TRACK = TrackQuery(title="Karma Police", artists=("Radiohead",), album="OK Computer",
                   duration_ms=264_000)


def _file(name: str, **fields: object) -> SoulseekFile:
    values: dict[str, object] = {"username": "peer", "filename": f"Radiohead\\{name}",
                                 "size": 30_000_000, "extension": name.rsplit(".", 1)[-1],
                                 "length_s": 264, "upload_speed": 1_000_000}
    values.update(fields)
    return SoulseekFile(**values)  # type: ignore[arg-type]


# Files for the engine's reasons that the labelled and synthetic sets happen not to contain.
RARE_FILES = (
    _file("Karma Police.mp3", size=10, bitrate=320),  # file too small (10 bytes)
    _file("Karma Police.mp3", length_s=0, bitrate=320),  # zero length
    _file("Karma Police.flac", bit_depth=32, sample_rate=44_100),  # bit depth out of bounds
    _file("Karma Police.flac", bit_depth=16, sample_rate=8_000),  # sample rate out of bounds
)


@cache
def ranker_reasons() -> frozenset[str]:
    """Every distinct reason the ranker writes for the matching tests' cases: the labelled
    set (default and strict settings), the seeded synthetic responses with failed and banned
    peers, and the rare files above."""
    found: set[str] = set()
    for line in case_snapshots():
        for _index, _decision, _confidence, reasons in line["ranking"]:
            found.update(reasons)
    rng = random.Random(SEED)
    for track in TRACKS:
        files = seeded_candidates(track, 300, rng)
        users = sorted({f.username for f in files})
        failures = {users[0]: 1, users[1]: 2, users[2]: 3}
        for settings in (MatchingSettings(), STRICT):
            for candidate in rank(track, files, settings, failures, {users[3]}):
                found.update(candidate.reasons)
    for candidate in rank(TRACK, list(RARE_FILES)):
        found.update(candidate.reasons)
    return frozenset(found)


def test_every_pattern_matches_a_reason_the_ranker_writes() -> None:
    reasons = ranker_reasons()
    assert len(reasons) > 300
    unmatched = [source for pattern, source in PATTERNS
                 if not any(pattern.fullmatch(reason) for reason in reasons)]
    assert not unmatched


async def test_german_translates_every_reason_and_keeps_its_numbers(language) -> None:
    language("de")
    labels = 0
    for reason in sorted(ranker_reasons()):
        text = reason_text(reason)
        if QUALITY_LABEL.fullmatch(reason):
            labels += 1
            assert text == reason
            continue
        assert text != reason, reason
        assert not PLACEHOLDER.search(text), (reason, text)
        assert sorted(NUMBER.findall(text.replace(",", "."))) == \
            sorted(NUMBER.findall(reason)), (reason, text)
    assert labels  # the exception is real, not a pattern that never matches


async def test_german_examples(language) -> None:
    language("de")
    assert reason_text("title not found") == "Titel nicht gefunden"
    assert reason_text("duration +12 s") == "Länge +12 s"
    assert reason_text("extra words: live remastered") == "zusätzliche Wörter: live remastered"
    assert reason_text("peer failed 2 times") == "Peer 2-mal gescheitert"
    # decimal numbers take the language's separator; counts and file-name words stay
    assert reason_text("free slot, 1.2 MB/s") == "freier Slot, 1,2 MB/s"
    assert reason_text("queue 4, 0.3 MB/s, 2 recent failures") == \
        "Warteschlange 4, 0,3 MB/s, zuletzt 2 Fehlschläge"
    assert reason_text("bitrate 128 < 192") == "Bitrate 128 unter 192"
    assert reason_text("format WMA not in quality profile") == \
        "Format WMA nicht im Qualitätsprofil"
    assert reason_text("size too small for 320 kbit/s") == "zu klein für 320 kbit/s"
    assert reason_text("preview clip (30 s)") == "Hörprobe (30 s)"
    assert reason_text("version mismatch: live") == "andere Version: live"
    assert reason_text("low confidence 0.42") == "geringe Konfidenz 0,42"
    assert reason_text("extra words: 2.0 mix") == "zusätzliche Wörter: 2.0 mix"
    assert reason_text("MP3 bitrate unknown") == "MP3, Bitrate unbekannt"
    # braces in a captured file-name word are data, not placeholders
    assert reason_text("extra words: {0} {x}") == "zusätzliche Wörter: {0} {x}"
    assert reason_text("title differs") == "title differs"  # not a ranker phrase


async def test_english_gives_back_the_engines_words(language) -> None:
    language("en")
    for reason in ranker_reasons():
        assert reason_text(reason) == reason


def test_both_catalogues_hold_every_pattern() -> None:
    sources = {source for _pattern, source in PATTERNS}
    for language in ("de", "en"):
        root = ET.parse(TRANSLATIONS_DIR / f"harmony_{language}.ts").getroot()
        [context] = [c for c in root.iter("context") if c.findtext("name") == "Reasons"]
        catalogue = {m.findtext("source"): m.findtext("translation")
                     for m in context.iter("message")}
        assert set(catalogue) == sources
        if language == "en":
            assert all(catalogue[source] == source for source in sources)


def _column(model, title: str) -> int:
    for column in range(model.columnCount(QModelIndex())):
        if model.headerData(column, Qt.Orientation.Horizontal) == title:
            return column
    raise AssertionError(f"no column {title!r}")


async def test_the_pages_show_reasons_in_german(language) -> None:
    language("de")
    [first, *_] = await FakeService().matching.candidates(1)
    row = dataclasses.replace(first, reasons=("title not found", "duration -3 s", "user.banned",
                                              "failed: transfer.lost", "FLAC 16/44.1"))
    candidates = CandidatesModel()
    candidates.set_rows([row])
    cell = candidates.data(candidates.index(0, _column(candidates, "Gründe")))
    assert cell == "Titel nicht gefunden, Länge -3 s, Von dir gesperrt, Fehlgeschlagen: " \
                   "slskd hat die Übertragung wiederholt verloren, FLAC 16/44.1"
    result = SearchResultRow("s1", "soulseek", "file", 0.5, "Karma Police", ("Radiohead",),
                             None, 264.0, file=RARE_FILES[0], confidence=0.3,
                             reasons=("preview clip", "peer banned"))
    search = SearchResultsModel()
    search.set_rows([result])
    tip = search.data(search.index(0, _column(search, "Konfidenz")),
                      Qt.ItemDataRole.ToolTipRole)
    assert tip == "Hörprobe\nPeer gesperrt"
