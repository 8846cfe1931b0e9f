"""Library index on real tagged files, owned items, the Library section, .m3u8 export and
``harmony import`` saving through a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from engine.api import HarmonyService
from engine.bootstrap import Engine
from engine.db.repositories.wanted import NewWantedItem, WantedItems
from engine.db.tables import IngestJob, WantedItem
from engine.errors import ConfigurationError
from engine.library.models import TrackTags
from engine.library.tags import write_tags
from tests.support.audio import write_audio

REPO = Path(__file__).resolve().parents[2]


def wanted_repo(engine: Engine) -> WantedItems:
    assert engine.database and engine.activity
    return WantedItems(engine.database, engine.activity, engine.bus)


def tagged(path: Path, seconds: float, tags: TrackTags) -> Path:
    write_audio(path, seconds)
    write_tags(path, tags)
    return path


async def test_scan_indexes_files_and_marks_owned(engine: Engine, music_dir: Path) -> None:
    by_isrc = tagged(music_dir / "A" / "01 - One.flac", 3.0,
                     TrackTags(title="Totally Other Title", artists=("X",), isrc="GBAYE0601498"))
    by_name = tagged(music_dir / "Björk" / "02 - Jóga.mp3", 4.0,
                     TrackTags(title="Jóga", artists=("Björk",), album="Homogenic"))
    tagged(music_dir / "C" / "03 - Long.ogg", 3.0, TrackTags(title="Long Song", artists=("C",)))
    wanted = wanted_repo(engine)
    ids = (await wanted.upsert_many([
        NewWantedItem("Song By Code", ("Someone",), "import", isrc="GBAYE0601498"),
        NewWantedItem("Joga", ("Bjork",), "import", duration_ms=5500),
        NewWantedItem("Long Song", ("C",), "import", duration_ms=40_000),
        NewWantedItem("Long Song", ("C",), "playlist", spotify_track_id="1" * 22,
                      duration_ms=3000),  # on disk, but its download is already running
    ])).ids
    await wanted.transition(ids[3], "downloading")
    report = await engine.services["library_scan"].scan()  # type: ignore[attr-defined]
    assert (report.changed, report.removed, report.owned) == (3, 0, 2)
    states = [(await wanted.get(i)) for i in ids]
    assert [s.state for s in states] == ["owned", "owned", "new", "downloading"]  # type: ignore[union-attr]
    assert states[0].library_path == str(by_isrc)  # type: ignore[union-attr]
    assert states[1].library_path == str(by_name)  # type: ignore[union-attr]

    library = HarmonyService(engine).library
    stats = await library.stats()
    assert stats.files == 3 and stats.total_bytes > 0 and stats.music_dir == str(music_dir)
    assert stats.last_scan_at is not None and stats.wanted["owned"] == 2

    os.remove(by_isrc)
    again = await engine.services["library_scan"].scan()  # type: ignore[attr-defined]
    assert (again.changed, again.removed, again.unchanged) == (0, 1, 2)
    assert (await library.stats()).files == 2

    await library.scan_now()
    assert engine.queue is not None
    assert (await engine.queue.sizes()).get("library_scan") == 1


def test_template_preview(engine: Engine) -> None:
    library = HarmonyService(engine).library
    assert library.preview_template("{artist} - {title}.{ext}").endswith(".flac")
    with pytest.raises(ConfigurationError) as bad:
        library.preview_template("{artist}/{nonsense")
    assert bad.value.code == "config.naming_template"


async def test_playlist_file_lists_arrived_tracks_in_order(engine: Engine, music_dir: Path,
                                                           tmp_path: Path) -> None:
    listing = tmp_path / "Road Trip.txt"
    listing.write_text("Alpha - First 3:20\nBeta - Second\nGamma - Third 2:00\n",
                       encoding="utf-8")
    service = HarmonyService(engine)
    preview = await service.imports.preview_paths([str(listing)])
    await service.imports.confirm(preview.preview_id)
    target = music_dir / "Playlists" / "Road Trip.m3u8"
    assert target.read_text(encoding="utf-8") == "#EXTM3U\n"  # written at import, empty yet
    wanted = wanted_repo(engine)
    items = {i.title: i.id for i in await wanted.list()}
    first = music_dir / "Alpha" / "Album" / "01 - First.flac"
    third = music_dir / "Gamma" / "Album" / "03 - Third.flac"
    await wanted.transition(items["Third"], "done", library_path=str(third))
    await wanted.transition(items["First"], "done", library_path=str(first))
    await engine.services["playlist_export"].flush()  # type: ignore[attr-defined]
    assert target.read_text(encoding="utf-8").splitlines() == [
        "#EXTM3U", "#EXTINF:200,Alpha - First", "../Alpha/Album/01 - First.flac",
        "#EXTINF:120,Gamma - Third", "../Gamma/Album/03 - Third.flac"]
    row = next(p for p in await service.spotify.playlists() if p.name == "Road Trip")
    assert row.m3u_path == str(target) and row.done == 2 and row.track_count == 3


async def test_harmony_import_saves_through_a_subprocess(fresh_db_url: URL, tmp_path: Path,
                                                         engine_factory: object) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text("Daft Punk - One More Time\nNirvana - Lithium\nnot a track line\n",
                       encoding="utf-8")
    env = {**os.environ, "HARMONY_DATABASE_URL": fresh_db_url.render_as_string(False),
           "HARMONY_HOME": str(tmp_path / "home"), "HARMONY_SECRETS": "memory"}
    command = [sys.executable, "-c", "import sys; from harmony_desktop.cli import main; "
               "sys.exit(main())", "import", str(listing), "--json"]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert len(document["accepted"]) == 2 and len(document["rejected"]) == 1
    assert document["saved"]["created"] == 2
    engine = await engine_factory(workers_enabled=False)  # type: ignore[operator]
    assert engine.database is not None
    async with engine.database.session() as session:
        titles = set((await session.scalars(select(WantedItem.title))).all())
        jobs = await session.scalar(select(func.count()).select_from(IngestJob))
    assert titles == {"One More Time", "Lithium"} and jobs == 1
    dry = subprocess.run([*command, "--dry-run"], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=60)
    assert dry.returncode == 0 and set(json.loads(dry.stdout)) == {"accepted", "links",
                                                                    "rejected"}


async def test_tags_are_read_in_chunks_in_the_helper_process(engine: Engine, music_dir: Path,
                                                             monkeypatch) -> None:
    """Chunk borders lose nothing: five files, two per helper call, one of them unreadable."""
    from engine.services import library_scan

    monkeypatch.setattr(library_scan, "READ_CHUNK", 2)
    for number in range(4):
        tagged(music_dir / "Album" / f"{number:02d} - Song {number}.flac", 1.0,
               TrackTags(title=f"Song {number}", artists=("Chunked",)))
    (music_dir / "Album" / "99 - Broken.mp3").write_bytes(b"not audio at all")
    service = engine.services["library_scan"]
    report = await service.scan()  # type: ignore[attr-defined]
    assert (report.changed, report.failed, report.unchanged) == (4, 1, 0)
    cpu = engine.services["cpu"]
    assert cpu.mode == "process" and cpu.launches == 1  # type: ignore[attr-defined]
    indexed = await service.index.known_signatures()  # type: ignore[attr-defined]
    assert sorted(Path(p).name for p in indexed) == [f"{n:02d} - Song {n}.flac"
                                                     for n in range(4)]
    again = await service.scan()  # type: ignore[attr-defined]
    assert (again.changed, again.failed, again.unchanged) == (0, 1, 4)  # the broken one retried
