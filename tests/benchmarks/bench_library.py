"""Memory with a 50,000-file library index loaded (what an incremental scan keeps in memory),
against the same process before loading it."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

from engine.db.repositories.library import LibraryIndex
from engine.db.session import Database
from engine.library.models import LibraryFileInfo
from tests.benchmarks.support import bench_database

FILES = 50_000

_MEASURE = r"""
import asyncio, json, sys, psutil
from engine.db.session import Database
from engine.db.repositories.library import LibraryIndex
from engine.dsn import validate_database_url
async def main():
    db = Database(validate_database_url(sys.argv[1]), kind="server")
    index = LibraryIndex(db)
    await index.stats()  # connect and warm up before the baseline reading
    before = psutil.Process().memory_info().rss
    known = await index.known_signatures()
    after = psutil.Process().memory_info().rss
    await db.dispose()
    print(json.dumps({"files": len(known), "before": before, "after": after}))
asyncio.run(main())
"""


async def _fill(url) -> None:
    database = Database(url, kind="server")
    infos = [LibraryFileInfo(path=f"/music/Artist {n // 120}/Album {n // 12}/{n:05d} - Song.flac",
                             title=f"Song {n}", artists=(f"Artist {n // 120}",),
                             album=f"Album {n // 12}", album_artist=f"Artist {n // 120}",
                             duration_s=200.0 + n % 100, isrc=f"QZAAA{n:07d}",
                             spotify_track_id=None, format="flac", bitrate=900,
                             sample_rate=44100, bit_depth=16, size=30_000_000 + n,
                             mtime_ns=1_700_000_000_000_000_000 + n)
             for n in range(FILES)]
    await LibraryIndex(database).upsert(infos)
    await database.dispose()


def run() -> dict[str, float]:
    with bench_database() as url:
        asyncio.run(_fill(url))
        result = subprocess.run([sys.executable, "-c", _MEASURE, url.render_as_string(False)],
                                capture_output=True, text=True, check=True,
                                cwd=Path(__file__).resolve().parents[2])
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["files"] == FILES
    mb = 1024 * 1024
    return {"rss_mb_50k_library": round(data["after"] / mb, 1),
            "rss_mb_before_library": round(data["before"] / mb, 1),
            "rss_mb_library_delta": round((data["after"] - data["before"]) / mb, 1)}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
