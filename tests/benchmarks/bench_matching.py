"""Matching benchmark: candidates ranked per second against a naive rapidfuzz baseline measured
in the same run on the same seeded candidates, accuracy of both on the labelled set, and the
peak memory of ranking 10 000 candidates for one track.

Run: ``python -m tests.benchmarks.bench_matching`` (prints JSON); ``run()`` returns the dict.
"""

from __future__ import annotations

import json
import random
import time
import tracemalloc
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz, process

from engine.domain.models import Decision, SoulseekFile, TrackQuery
from engine.matching import normalize, paths, rank, versions
from engine.matching.cli import parse_candidate, parse_track
from tests.matching.evaluation import evaluate, load_cases

SEED = 20240604
TRACKS = [
    TrackQuery("Karma Police", ("Radiohead",), "OK Computer", 264_000),
    TrackQuery("Bohemian Rhapsody - Remastered 2011", ("Queen",), "A Night at the Opera", 354_000),
    TrackQuery("夜に駆ける", ("YOASOBI",), "THE BOOK", 261_000),
    TrackQuery("Uptown Funk (feat. Bruno Mars)", ("Mark Ronson", "Bruno Mars"), "Uptown Special",
               270_000),
    TrackQuery("Группа крови", ("Кино",), "Группа крови", 286_000),
]
_DECORATIONS = ["", "", "", " (Live)", " (Remix)", " (Instrumental)", " [FLAC]", " (Remastered)"]
_OTHERS = ["Tribute Band", "Various Artists", "DJ Nobody", "Anna Stone"]


def seeded_candidates(track: TrackQuery, count: int, rng: random.Random) -> list[SoulseekFile]:
    """Search-response-like files: most mention the track, many are wrong versions or noise."""
    files: list[SoulseekFile] = []
    title = normalize.clean_title(track.title)
    for _ in range(count):
        artist = track.primary_artist if rng.random() < 0.7 else rng.choice(_OTHERS)
        album = track.album if rng.random() < 0.6 else f"Greatest Hits {rng.randrange(1, 4)}"
        name = title if rng.random() < 0.8 else f"Song {rng.randrange(100)}"
        ext = rng.choice(["flac", "mp3", "mp3", "m4a", "ogg", "jpg"])
        length = (track.duration_ms or 240_000) // 1000 + rng.choice([0, 0, 1, -2, 30, -200])
        path = (f"@@{rng.choice(['abc', 'qwe', 'zz9'])}\\Music\\{artist}\\{album}\\"
                f"{rng.randrange(1, 20):02d} - {name}{rng.choice(_DECORATIONS)}.{ext}")
        files.append(SoulseekFile(
            username=f"user{rng.randrange(500)}", filename=path,
            size=rng.randrange(2_000_000, 45_000_000), extension=ext,
            bitrate=rng.choice([None, 128, 192, 256, 320]) if ext != "flac" else None,
            bit_depth=16 if ext == "flac" else None, sample_rate=44100 if ext == "flac" else None,
            length_s=length if rng.random() < 0.85 else None,
            has_free_slot=rng.random() < 0.6, upload_speed=rng.randrange(0, 8_000_000),
            queue_length=rng.randrange(0, 40),
        ))
    return files


def naive_pick(track: TrackQuery, files: Sequence[SoulseekFile], cutoff: float = 80) -> int | None:
    """The baseline: token_set_ratio of the file name against "artist title", best one wins."""
    query = f"{track.primary_artist} {track.title}"
    names = [f.filename.replace("/", "\\").rsplit("\\", 1)[-1] for f in files]
    best = process.extractOne(query, names, scorer=fuzz.token_set_ratio, score_cutoff=cutoff)
    return None if best is None else int(best[2])


def engine_pick(track: TrackQuery, files: Sequence[SoulseekFile]) -> int | None:
    ranked = rank(track, files)
    return next((r.input_index for r in ranked if r.decision is Decision.ACCEPT), None)


def _clear_caches() -> None:
    # Cold caches in every measured run, so repeated runs do not flatter the engine.
    normalize._tokens_cached.cache_clear()
    paths._stem_words.cache_clear()
    paths._folder_words.cache_clear()
    paths._find_phrase.cache_clear()
    versions._detect.cache_clear()


def _throughput(pick: Callable[[TrackQuery, Sequence[SoulseekFile]], object],
                batches: list[tuple[TrackQuery, list[SoulseekFile]]]) -> float:
    _clear_caches()
    total = sum(len(files) for _, files in batches)
    started = time.perf_counter()
    for track, files in batches:
        pick(track, files)
    return total / (time.perf_counter() - started)


def _accuracy(pick: Callable[[TrackQuery, Sequence[SoulseekFile]], int | None]) -> float:
    def from_case(case: dict) -> int | None:
        track = parse_track(case["track"])
        files = [parse_candidate(c, i) for i, c in enumerate(case["candidates"])]
        return pick(track, files)

    return evaluate(load_cases(), from_case).identity_accuracy


def _peak_memory_mb(track: TrackQuery, files: list[SoulseekFile]) -> float:
    _clear_caches()
    tracemalloc.start()
    try:
        rank(track, files)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1_048_576


def run() -> dict[str, float]:
    """Seeded, self-contained; no assertions on absolute times."""
    rng = random.Random(SEED)
    batches = [(t, seeded_candidates(t, 2_000, rng)) for t in TRACKS]
    ours = _throughput(engine_pick, batches)
    naive = _throughput(naive_pick, batches)
    big_track = TRACKS[0]
    big = seeded_candidates(big_track, 10_000, rng)
    _clear_caches()
    started = time.perf_counter()
    rank(big_track, big)
    seconds_10k = time.perf_counter() - started
    return {
        "matching_candidates_per_s": round(ours, 1),
        "matching_naive_candidates_per_s": round(naive, 1),
        "matching_speedup_vs_naive": round(ours / naive, 4),
        "matching_rank_10k_s": round(seconds_10k, 4),
        # tracemalloc peak (Python allocations) while ranking 10 000 candidates for one track.
        "matching_rss_mb_10k": round(_peak_memory_mb(big_track, big), 2),
        "matching_accuracy": round(_accuracy(engine_pick), 4),
        "matching_naive_accuracy": round(_accuracy(naive_pick), 4),
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
