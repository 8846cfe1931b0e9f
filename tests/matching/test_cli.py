"""The fixed ranking CLI, run as other tools run it: a subprocess reading JSONL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

GOOD = {
    "id": "good",
    "track": {"title": "Karma Police", "artists": ["Radiohead"], "album": "OK Computer",
              "duration_ms": 264_000, "track_number": 6, "year": 1997, "isrc": None,
              "spotify_id": "ignored"},
    "candidates": [
        {"username": "a", "filename": "@@s\\Radiohead\\OK Computer\\06 - Karma Police (Live).flac",
         "size": 30_000_000, "extension": "flac", "bitrate": None, "bit_depth": 16,
         "sample_rate": 44100, "length": 280, "has_free_slot": True, "upload_speed": 1_000_000,
         "queue_length": 0},
        {"username": "b", "filename": "@@s\\Radiohead\\OK Computer\\06 - Karma Police.mp3",
         "size": 10_600_000, "extension": "mp3", "bitrate": 320, "length": 264,
         "has_free_slot": True, "upload_speed": 500_000, "queue_length": 2, "unknown": "x"},
    ],
}
MINIMAL = {"id": "minimal", "track": {"title": "Karma Police", "artists": ["Radiohead"]},
           "candidates": [{"username": "c", "filename": "Radiohead - Karma Police.mp3",
                           "size": 9_000_000}]}


def run_cli(stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "engine.matching", "rank"], input=stdin, capture_output=True,
        text=True, encoding="utf-8", cwd=ROOT, timeout=60, check=False,
    )


def test_good_lines_are_answered_in_the_fixed_shape() -> None:
    result = run_cli(json.dumps(GOOD) + "\n" + json.dumps(MINIMAL) + "\n")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["good", "minimal"]
    good = lines[0]
    assert set(good) == {"id", "accepted", "scores", "reasons"}
    assert good["accepted"] == 1
    assert len(good["scores"]) == 2 and all(0.0 <= s <= 1.0 for s in good["scores"])
    assert good["scores"][1] > good["scores"][0]
    assert "version mismatch: live" in good["reasons"][0]
    assert "MP3 320" in good["reasons"][1]
    assert lines[1]["accepted"] == 0


def test_bad_lines_go_to_stderr_with_exit_2_and_the_rest_is_answered() -> None:
    no_track = {"id": "no-track", "candidates": []}
    bad_title = {"id": "bad-title", "track": {"title": 5, "artists": []}}
    stdin = "\n".join(["{not json", json.dumps(no_track), json.dumps(GOOD), json.dumps(bad_title),
                       ""])
    result = run_cli(stdin)
    assert result.returncode == 2
    answered = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert answered == ["good"]
    errors = [json.loads(line) for line in result.stderr.splitlines()]
    assert [e["id"] for e in errors] == [None, "no-track", "bad-title"]
    assert all(e["error"] for e in errors)


def test_no_acceptable_candidate_gives_null() -> None:
    case = {"id": "none", "track": {"title": "Karma Police", "artists": ["Radiohead"]},
            "candidates": [{"username": "x", "filename": "Other\\Karma Police (Karaoke).mp3",
                            "size": 5_000_000, "bitrate": 320}]}
    result = run_cli(json.dumps(case, ensure_ascii=False) + "\n")
    assert result.returncode == 0
    assert json.loads(result.stdout)["accepted"] is None
