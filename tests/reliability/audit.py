"""The end conditions every reliability run is judged by, read from the database and the disk.

* every wanted item ``done`` or ``dead_letter`` with a reason; none missing (lost items);
* each done item's file exists, and no two items share one;
* no duplicate file in the library, by content hash or by wanted item (Spotify track ID tag);
* no partial file: ``.harmony-partial-*``, staging leftovers, unreadable audio, strays;
* no stuck work: no pipeline job still queued or running once everything settled, no job
  ``picked`` by a worker whose heartbeat is dead, no download row outside a terminal state.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text

from engine.bootstrap import Engine
from engine.db.repositories import downloads as dl
from engine.library.tags import read_tags
from engine.services.acquisition import STAGING_FOLDER

TERMINAL = ("done", "dead_letter")
AUDIO_SUFFIXES = {".mp3", ".flac", ".ogg", ".opus", ".m4a", ".wav"}


@dataclass
class Audit:
    states: Counter[str] = field(default_factory=Counter)
    lost_items: list[str] = field(default_factory=list)
    unexplained_dead_letters: list[int] = field(default_factory=list)
    duplicate_files: list[str] = field(default_factory=list)
    partial_files: list[str] = field(default_factory=list)
    stuck_jobs: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"lost_items": len(self.lost_items), "duplicate_files": len(self.duplicate_files),
                "partial_files": len(self.partial_files), "stuck_jobs": len(self.stuck_jobs)}

    @property
    def clean(self) -> bool:
        return not (self.lost_items or self.unexplained_dead_letters or self.duplicate_files
                    or self.partial_files or self.stuck_jobs)

    def report(self) -> str:
        return (f"states={dict(self.states)} lost={self.lost_items[:10]} "
                f"unexplained={self.unexplained_dead_letters[:10]} "
                f"duplicates={self.duplicate_files[:10]} partial={self.partial_files[:10]} "
                f"stuck={self.stuck_jobs[:10]}")


async def settle(engine: Engine, item_ids: Sequence[int], timeout_s: float,
                 states: Sequence[str] = TERMINAL) -> Counter[str]:
    """Wait until every item is in one of ``states`` (one query per poll); the final counts."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        counts = await item_states(engine, item_ids)
        if sum(counts[s] for s in states) == len(item_ids):
            return counts
        if asyncio.get_running_loop().time() > deadline:
            return counts
        await asyncio.sleep(0.5)


async def item_states(engine: Engine, item_ids: Sequence[int]) -> Counter[str]:
    rows = await _fetch(engine, "SELECT state FROM wanted_items WHERE id = ANY(:ids)",
                        ids=list(item_ids))
    counts = Counter(row["state"] for row in rows)
    if len(rows) < len(item_ids):
        counts["missing"] = len(item_ids) - len(rows)
    return counts


async def audit(engine: Engine, item_ids: Sequence[int], music: Path, *,
                lease_s: float = 2.0) -> Audit:
    result = Audit()
    done_paths = await _audit_items(engine, item_ids, result)
    await _audit_jobs(engine, item_ids, lease_s, result)
    await asyncio.get_running_loop().run_in_executor(None, _audit_files, music, done_paths,
                                                     result)
    return result


async def drained_audit(engine: Engine, item_ids: Sequence[int], music: Path) -> Audit:
    """Jobs that end an item's round may still be finishing when the item settles: give them
    a few seconds, then judge."""
    for _ in range(20):
        result = await audit(engine, item_ids, music)
        if not result.stuck_jobs:
            break
        await asyncio.sleep(0.5)
    return result


async def _audit_items(engine: Engine, item_ids: Sequence[int], result: Audit) -> set[str]:
    rows = await _fetch(engine, "SELECT id, state, last_error, library_path FROM wanted_items "
                        "WHERE id = ANY(:ids)", ids=list(item_ids))
    seen = {row["id"] for row in rows}
    result.lost_items += [f"{i}: missing" for i in item_ids if i not in seen]
    paths: Counter[str] = Counter()
    for row in rows:
        result.states[row["state"]] += 1
        if row["state"] not in TERMINAL:
            result.lost_items.append(f"{row['id']}: {row['state']} ({row['last_error']})")
        elif row["state"] == "dead_letter" and not (row["last_error"] or "").strip():
            result.unexplained_dead_letters.append(row["id"])
        elif row["state"] == "done":
            path = row["library_path"]
            if not path or not Path(path).is_file():
                result.lost_items.append(f"{row['id']}: done without a file ({path})")
            else:
                paths[path] += 1
    result.lost_items += [f"{p}: shared by {n} items" for p, n in paths.items() if n > 1]
    return set(paths)


async def _audit_jobs(engine: Engine, item_ids: Sequence[int], lease_s: float,
                      result: Audit) -> None:
    jobs = await _fetch(engine, "SELECT id, entrypoint, status::text AS status, dedupe_key, "
                        "heartbeat < now() - make_interval(secs => :dead) AS dead "
                        "FROM pgqueuer WHERE status IN ('queued', 'picked')", dead=3 * lease_s)
    for job in jobs:
        pipeline = (job["dedupe_key"] or "").startswith("acq:")
        if pipeline or (job["status"] == "picked" and job["dead"]):
            result.stuck_jobs.append(f"job {job['id']} {job['entrypoint']} {job['status']} "
                                     f"{job['dedupe_key']}")
    rows = await _fetch(engine, "SELECT id, wanted_item_id, state FROM downloads "
                        "WHERE wanted_item_id = ANY(:ids)", ids=list(item_ids))
    result.stuck_jobs += [f"download {r['id']} {r['state']}" for r in rows
                          if r["state"] not in dl.TERMINAL]


def _audit_files(music: Path, done_paths: set[str], result: Audit) -> None:
    result.partial_files += [str(p) for p in music.rglob(".harmony-partial-*")]
    staging = music / STAGING_FOLDER
    if staging.is_dir():
        result.partial_files += [str(p) for p in staging.rglob("*") if p.is_file()]
    by_hash: dict[str, list[Path]] = defaultdict(list)
    by_track: dict[str, list[Path]] = defaultdict(list)
    for path in library_audio(music):
        by_hash[hashlib.sha256(path.read_bytes()).hexdigest()].append(path)
        try:
            track_id = read_tags(path).spotify_track_id
        except Exception as exc:  # a torn or unreadable file is a partial file
            result.partial_files.append(f"{path} unreadable: {type(exc).__name__}")
            continue
        by_track[track_id or f"untagged:{path}"].append(path)
    extra: set[Path] = set()
    for group in [*by_hash.values(), *by_track.values()]:
        keep = next((p for p in group if str(p) in done_paths), sorted(group)[0])
        extra.update(p for p in group if p != keep)
    result.duplicate_files += sorted(str(p) for p in extra)
    strays = [p for group in by_hash.values() for p in group
              if str(p) not in done_paths and p not in extra]
    result.partial_files += [f"{p} (no done item)" for p in strays]


def library_audio(music: Path) -> list[Path]:
    """Audio files in the library (staging, playlists, covers and lyrics excluded)."""
    return sorted(p for p in music.rglob("*") if p.is_file() and p.suffix.lower() in
                  AUDIO_SUFFIXES and not any(part.startswith(".")
                                             for part in p.relative_to(music).parts))


async def _fetch(engine: Engine, sql: str, **params: Any) -> list[Any]:
    assert engine.database is not None
    async with engine.database.session() as session:
        return list((await session.execute(text(sql), params)).mappings().all())
