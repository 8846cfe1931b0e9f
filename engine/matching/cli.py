"""The ranking command line: ``python -m engine.matching rank < cases.jsonl > results.jsonl``.

The JSON shapes are a fixed interface other tools depend on (see the matching issue).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from engine.domain.models import Decision, SoulseekFile, TrackQuery
from engine.matching.ranker import rank
from engine.matching.settings import DEFAULT, MatchingSettings

EXIT_BAD_INPUT = 2


class CaseError(ValueError):
    """A line that cannot be ranked; reported on stderr with the case id."""


def parse_track(raw: Any) -> TrackQuery:
    if not isinstance(raw, Mapping):
        raise CaseError("missing track")
    title = raw.get("title")
    if not isinstance(title, str) or not title.strip():
        raise CaseError("track.title must be a non-empty string")
    artists = raw.get("artists") or []
    if isinstance(artists, str):
        artists = [artists]
    if not isinstance(artists, list) or not all(isinstance(a, str) for a in artists):
        raise CaseError("track.artists must be a list of strings")
    return TrackQuery(
        title=title,
        artists=tuple(artists),
        album=_optional(raw, "album", str),
        duration_ms=_optional(raw, "duration_ms", int),
        track_number=_optional(raw, "track_number", int),
        year=_optional(raw, "year", int),
        isrc=_optional(raw, "isrc", str),
    )


def parse_candidate(raw: Any, position: int) -> SoulseekFile:
    if not isinstance(raw, Mapping):
        raise CaseError(f"candidate {position} is not an object")
    filename = raw.get("filename")
    if not isinstance(filename, str) or not filename:
        raise CaseError(f"candidate {position} has no filename")
    extension = raw.get("extension") or filename.rsplit(".", 1)[-1]
    return SoulseekFile(
        username=str(raw.get("username") or ""),
        filename=filename,
        size=_number(raw, "size", position) or 0,
        extension=str(extension).lower().lstrip("."),
        bitrate=_number(raw, "bitrate", position),
        bit_depth=_number(raw, "bit_depth", position),
        sample_rate=_number(raw, "sample_rate", position),
        length_s=_number(raw, "length", position),
        is_variable_bitrate=raw.get("is_variable_bitrate"),
        has_free_slot=bool(raw.get("has_free_slot", True)),
        upload_speed=_number(raw, "upload_speed", position) or 0,
        queue_length=_number(raw, "queue_length", position) or 0,
    )


def _optional(raw: Mapping[str, Any], key: str, kind: type) -> Any:
    value = raw.get(key)
    if value is None:
        return None
    if kind is int and isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise CaseError(f"track.{key} must be {kind.__name__} or null")
    return value


def _number(raw: Mapping[str, Any], key: str, position: int) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CaseError(f"candidate {position}: {key} must be a number or null")
    return int(value)


def rank_case(case: Mapping[str, Any], settings: MatchingSettings = DEFAULT) -> dict[str, Any]:
    """One input object → one output object (shapes fixed by the interface)."""
    track = parse_track(case.get("track"))
    raw_candidates = case.get("candidates") or []
    if not isinstance(raw_candidates, list):
        raise CaseError("candidates must be a list")
    files = [parse_candidate(c, i) for i, c in enumerate(raw_candidates)]
    ranked = rank(track, files, settings)
    scores = [0.0] * len(files)
    reasons: list[list[str]] = [[] for _ in files]
    for candidate in ranked:
        scores[candidate.input_index] = candidate.confidence
        reasons[candidate.input_index] = list(candidate.reasons)
    accepted = next((c.input_index for c in ranked if c.decision is Decision.ACCEPT), None)
    return {"id": case.get("id"), "accepted": accepted, "scores": scores, "reasons": reasons}


def run_rank(lines: Iterable[str], out: TextIO, err: TextIO) -> int:
    """Answer every good line; report bad ones on ``err``; exit code 2 if any line was bad."""
    failed = False
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        case_id: Any = None
        try:
            case = json.loads(line)
            if not isinstance(case, dict):
                raise CaseError("line is not a JSON object")
            case_id = case.get("id")
            result = rank_case(case)
        except (json.JSONDecodeError, CaseError) as exc:
            failed = True
            message = {"id": case_id, "line": number, "error": str(exc)}
            err.write(json.dumps(message, ensure_ascii=False) + "\n")
            continue
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return EXIT_BAD_INPUT if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m engine.matching")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("rank", help="rank JSONL cases from stdin, write JSONL results to stdout")
    parser.parse_args(argv)
    # Paths carry any script; never let the locale's encoding decide whether a line survives.
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        stream.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
    return run_rank(sys.stdin, sys.stdout, sys.stderr)
