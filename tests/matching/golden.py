"""Golden rankings: the ranker's full output (order, decisions, confidences, reasons) on the
labelled set and on seeded synthetic responses, pinned so speed work cannot change a decision.

Regenerate only for an intended behaviour change, and say so in the commit:
``python -m tests.matching.golden``.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any

from engine.domain.models import RankedCandidate
from engine.matching import MatchingSettings, QualityProfile, UnknownBitrate, rank
from engine.matching.cli import parse_candidate, parse_track
from tests.matching.evaluation import load_cases
from tests.matching.synthetic import (
    TRACKS,
    album_response,
    album_tracks,
    response_set,
    seeded_candidates,
)

GOLDEN_CASES = Path(__file__).parent / "data" / "golden_rankings.jsonl"
GOLDEN_SYNTHETIC = Path(__file__).parent / "data" / "golden_synthetic.json"
SEED = 7

# A second configuration, so caches keyed on the wrong inputs would show up as differences.
STRICT = MatchingSettings(
    accept_threshold=0.8, require_artist_evidence=False, title_fuzzy_min=0.75,
    artist_fuzzy_min=0.8, duration_tolerance_s=1.0,
    quality=QualityProfile.from_formats(("mp3", "flac"), unknown_bitrate=UnknownBitrate.REJECT),
)


def snapshot(ranked: list[RankedCandidate]) -> list[list[Any]]:
    """Everything a caller can observe, best first."""
    return [[r.input_index, r.decision.value, r.confidence, list(r.reasons)] for r in ranked]


def case_snapshots() -> list[dict[str, Any]]:
    """One line per labelled case and configuration."""
    lines: list[dict[str, Any]] = []
    for case in load_cases():
        track = parse_track(case["track"])
        files = [parse_candidate(c, i) for i, c in enumerate(case["candidates"])]
        for name, settings in (("default", MatchingSettings()), ("strict", STRICT)):
            lines.append({"id": case["id"], "settings": name,
                          "ranking": snapshot(rank(track, files, settings))})
    return lines


def synthetic_snapshots() -> dict[str, dict[str, Any]]:
    """Digest (and the top ten, to read a difference) of each seeded synthetic ranking."""
    rng = random.Random(SEED)
    out: dict[str, dict[str, Any]] = {}
    for number, track in enumerate(TRACKS):
        sets = {"seeded": seeded_candidates(track, 600, rng), "response": response_set(track, rng)}
        for kind, files in sets.items():
            users = sorted({f.username for f in files})
            failures = {users[0]: 1, users[1]: 2, users[2]: 1}
            for name, settings in (("default", MatchingSettings()), ("strict", STRICT)):
                ranking = snapshot(rank(track, files, settings, failures, {users[3]}))
                out[f"{number}-{kind}-{name}"] = _entry(ranking)
    album_rng = random.Random(SEED + 1)
    for number in (0, 2, 4):
        album = album_tracks(TRACKS[number], 6, album_rng)
        files = album_response(album, album_rng, files=600, folders=50)
        for position, track in enumerate(album):
            out[f"{number}-album-{position}"] = _entry(snapshot(rank(track, files)))
    return out


def _entry(ranking: list[list[Any]]) -> dict[str, Any]:
    text = json.dumps(ranking, ensure_ascii=False)
    return {"sha256": hashlib.sha256(text.encode()).hexdigest(), "top": ranking[:10]}


def main() -> None:
    with GOLDEN_CASES.open("w", encoding="utf-8") as handle:
        for line in case_snapshots():
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    GOLDEN_SYNTHETIC.write_text(
        json.dumps(synthetic_snapshots(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
