"""The library index (``library_files``): what is already on disk, for "skip owned" and stats.

The scan (engine.library.scan) reads files; this repository stores what it found and answers
"do we already have this recording?" by Spotify ID, ISRC, or normalised artist + title with a
duration within ±3 s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert

from engine.db.repositories.wanted import WantedItemView, match_key
from engine.db.session import Database
from engine.db.tables import LibraryFile
from engine.library.models import LibraryFileInfo

OWNED_DURATION_TOLERANCE_S = 3.0
ROW_COLUMNS = ("path", "title", "artists", "album", "album_artist", "duration_s", "isrc",
               "spotify_track_id", "match_key", "format", "bitrate", "size", "mtime_ns")


def _upsert_file() -> object:
    """One cached statement run as an executemany (``_row`` gives ``ROW_COLUMNS``): a
    ``.values(rows)`` statement of 1,000 rows was 13,000 parameters compiled anew on the event
    loop for every slice of a scan."""
    statement = insert(LibraryFile)
    return statement.on_conflict_do_update(
        index_elements=["path"],
        set_={column: statement.excluded[column] for column in ROW_COLUMNS if column != "path"})


UPSERT_FILE = _upsert_file()


@dataclass(frozen=True)
class IndexStats:
    files: int
    total_bytes: int


class LibraryIndex:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def upsert(self, infos: Sequence[LibraryFileInfo]) -> None:
        """Insert or refresh files (batched; safe to call again with the same files)."""
        for start in range(0, len(infos), 1000):
            rows = [_row(info) for info in infos[start:start + 1000]]
            if not rows:
                continue
            async with self._db.session() as session:
                await session.execute(UPSERT_FILE, rows)

    async def remove(self, paths: Iterable[str]) -> None:
        paths = list(paths)
        for start in range(0, len(paths), 1000):
            async with self._db.session() as session:
                await session.execute(delete(LibraryFile).where(
                    LibraryFile.path.in_(paths[start:start + 1000])))

    async def known_signatures(self) -> dict[str, tuple[int, int]]:
        """path → (size, mtime_ns): what an incremental scan can skip."""
        async with self._db.session() as session:
            rows = (await session.execute(select(LibraryFile.path, LibraryFile.size,
                                                 LibraryFile.mtime_ns))).all()
        return {path: (int(size), int(mtime)) for path, size, mtime in rows}

    async def find_owned(self, item: WantedItemView) -> str | None:
        """The path of a library file that is this recording, or None."""
        async with self._db.session() as session:
            for column, value in ((LibraryFile.spotify_track_id, item.spotify_track_id),
                                  (LibraryFile.isrc, item.isrc)):
                if value:
                    path = await session.scalar(select(LibraryFile.path)
                                                .where(column == value).limit(1))
                    if path:
                        return str(path)
            rows = (await session.execute(
                select(LibraryFile.path, LibraryFile.duration_s).where(
                    LibraryFile.match_key == match_key(item.artists, item.title)).limit(20))).all()
        for path, duration in rows:
            if item.duration_ms is None or duration is None or \
                    abs(duration - item.duration_ms / 1000) <= OWNED_DURATION_TOLERANCE_S:
                return str(path)
        return None

    async def stats(self) -> IndexStats:
        async with self._db.session() as session:
            count, size = (await session.execute(
                select(func.count(), func.coalesce(func.sum(LibraryFile.size), 0)))).one()
        return IndexStats(int(count), int(size))


def _row(info: LibraryFileInfo) -> dict[str, object]:
    artists = list(info.artists or ())
    return {"path": str(info.path), "title": info.title, "artists": artists,
            "album": info.album, "album_artist": info.album_artist,
            "duration_s": info.duration_s, "isrc": (info.isrc or "").upper() or None,
            "spotify_track_id": info.spotify_track_id,
            "match_key": match_key(artists, info.title) if info.title and artists else None,
            "format": info.format, "bitrate": info.bitrate, "size": info.size,
            "mtime_ns": info.mtime_ns}
