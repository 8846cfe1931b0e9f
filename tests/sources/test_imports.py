"""Imports through the facade: preview, confirm in one transaction, dedupe, limits, failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from engine.api import HarmonyService
from engine.bootstrap import Engine
from engine.db.repositories.wanted import NewWantedItem, WantedItems
from engine.db.tables import IngestItem, IngestJob, Playlist, PlaylistItem, WantedItem
from engine.errors import ImportRejected
from engine.events import ImportProgress, Notification
from tests.benchmarks.bench_import import exportify_csv

DATA = Path(__file__).parent.parent / "ingest" / "data"


async def count(engine: Engine, table: type) -> int:
    assert engine.database is not None
    async with engine.database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(table)) or 0)


async def test_confirm_persists_every_row_in_one_job(engine: Engine) -> None:
    service = HarmonyService(engine)
    events: list[object] = []
    engine.bus.subscribe(ImportProgress, events.append)
    engine.bus.subscribe(Notification, events.append)
    preview = await service.imports.preview_paths([str(DATA / "exportify_current.csv"),
                                                   str(DATA / "links_with_tracking.txt")])
    assert preview.accepted and preview.links
    assert preview.already_wanted == 0
    summary = await service.imports.confirm(preview.preview_id)
    assert summary.created == len(preview.accepted)
    assert summary.links == len(preview.links)
    assert await count(engine, IngestJob) == 1
    assert await count(engine, WantedItem) == len(preview.accepted)
    assert engine.database is not None
    async with engine.database.session() as session:
        kinds = dict((await session.execute(select(IngestItem.kind, func.count())
                                            .group_by(IngestItem.kind))).all())
        pending = await session.scalar(select(func.count()).select_from(IngestItem).where(
            IngestItem.kind == "link", IngestItem.state == "pending"))
        sources = (await session.scalars(select(WantedItem.sources))).all()
        playlist = await session.scalar(select(Playlist))
    assert kinds["track"] == len(preview.accepted)
    assert kinds["link"] == len(preview.links) == pending
    assert kinds.get("rejected", 0) == len(preview.rejected)
    assert all(s == ["import"] for s in sources)
    assert playlist is not None and playlist.source == "import"
    assert playlist.name == "exportify_current"
    finished = [e for e in events if isinstance(e, Notification)]
    assert finished and finished[0].code == "import.finished"
    assert finished[0].params["created"] == summary.created
    assert [e.state for e in events if isinstance(e, ImportProgress)] == ["running", "finished"]
    entries = await service.activity(types=("import",))
    assert entries[0].details["action"] == "import"
    with pytest.raises(ImportRejected) as gone:
        await service.imports.confirm(preview.preview_id)
    assert gone.value.code == "import.preview_expired"


async def test_already_wanted_rows_are_reported_and_merged(engine: Engine) -> None:
    service = HarmonyService(engine)
    assert engine.database and engine.activity
    wanted = WantedItems(engine.database, engine.activity, engine.bus)
    await wanted.upsert_many([NewWantedItem("Halo", ("Beyoncé",), "playlist",
                                            duration_ms=261_000)])
    preview = await service.imports.preview_text("Beyonce - Halo\nNirvana - Lithium\n")
    assert len(preview.accepted) == 2 and preview.already_wanted == 1
    summary = await service.imports.confirm(preview.preview_id)
    assert (summary.created, summary.merged) == (1, 1)
    assert await count(engine, WantedItem) == 2
    halo = (await wanted.list(text="Halo"))[0]
    assert set(halo.sources) == {"playlist", "import"}
    assert await count(engine, Playlist) == 0  # a paste is not a playlist


async def test_limits_refuse_and_write_nothing(engine: Engine, tmp_path: Path) -> None:
    service = HarmonyService(engine)
    assert engine.settings is not None
    await engine.settings.set("import.max_lines", 3)
    with pytest.raises(ImportRejected) as caught:
        await service.imports.preview_text("\n".join(f"Artist {i} - Song {i}" for i in range(4)))
    assert caught.value.code == "import.too_many_lines"
    await engine.settings.set("import.max_tracks", 5)
    big = tmp_path / "big.txt"
    big.write_text("\n".join(f"Artist {i} - Song {i}" for i in range(6)), encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        await service.imports.preview_paths([str(big)])
    assert caught.value.code == "import.too_many_tracks"
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(ImportRejected):
        await service.imports.preview_paths([str(junk)])
    for table in (IngestJob, IngestItem, WantedItem):
        assert await count(engine, table) == 0


async def test_failure_midway_leaves_nothing(engine: Engine, tmp_path: Path) -> None:
    """A real database error on the 300th wanted item rolls the whole import back."""
    service = HarmonyService(engine)
    assert engine.database is not None
    async with engine.database.session() as session:
        await session.execute(text(
            "CREATE FUNCTION refuse_poison() RETURNS trigger AS $$ BEGIN "
            "IF NEW.title = 'Poison 299' THEN RAISE EXCEPTION 'injected failure'; END IF; "
            "RETURN NEW; END $$ LANGUAGE plpgsql"))
        await session.execute(text(
            "CREATE TRIGGER poison BEFORE INSERT ON wanted_items FOR EACH ROW "
            "EXECUTE FUNCTION refuse_poison()"))
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(f"Band {i} - Poison {i}" for i in range(500)) +
                       "\nhttps://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M\n",
                       encoding="utf-8")
    preview = await service.imports.preview_paths([str(listing)])
    assert len(preview.accepted) == 500
    with pytest.raises(Exception, match="injected failure"):
        await service.imports.confirm(preview.preview_id)
    for table in (IngestJob, IngestItem, WantedItem, Playlist, PlaylistItem):
        assert await count(engine, table) == 0
    async with engine.database.session() as session:
        await session.execute(text("DROP TRIGGER poison ON wanted_items"))
    summary = await service.imports.confirm(preview.preview_id)  # the preview survived
    assert summary.created == 500 and await count(engine, WantedItem) == 500


async def test_ten_thousand_row_exportify_csv(engine: Engine, tmp_path: Path) -> None:
    service = HarmonyService(engine)
    assert engine.settings is not None
    data = exportify_csv()
    await engine.settings.set("import.max_file_bytes", len(data))
    await engine.settings.set("import.max_tracks", 10_000)
    path = tmp_path / "Big Playlist.csv"
    path.write_bytes(data)
    preview = await service.imports.preview_paths([str(path)])
    summary = await service.imports.confirm(preview.preview_id)
    assert summary.created == len(preview.accepted) > 9_900
    assert await count(engine, WantedItem) == summary.created
    assert await count(engine, PlaylistItem) == summary.created
    assert await count(engine, IngestJob) == 1
    again = await service.imports.preview_paths([str(path)])
    assert again.already_wanted == len(again.accepted)
    second = await service.imports.confirm(again.preview_id)
    assert (second.created, second.merged) == (0, len(again.accepted))
    assert await count(engine, WantedItem) == summary.created


async def test_batch_merges_follow_the_repository_identity_rule(engine: Engine) -> None:
    """Re-imports merge in a few queries (wanted_merge); the outcome must equal the
    repository's one-item-at-a-time rule: Spotify ID, then ISRC, then a name with a
    compatible length — including an ISRC a row only gains earlier in the same batch."""
    assert engine.database and engine.activity
    wanted = WantedItems(engine.database, engine.activity, engine.bus)
    existing = await wanted.upsert_many([
        NewWantedItem("Halo", ("Beyoncé",), "playlist", duration_ms=261_000),
        NewWantedItem("Lithium", ("Nirvana",), "playlist", duration_ms=257_000,
                      spotify_track_id="4Lithium0000000000000"),
        NewWantedItem("Gita", ("Moderat",), "watchlist", duration_ms=300_000)])
    halo, lithium, gita = existing.ids
    imports = engine.services["imports"]
    preview = await imports.preview_text(  # type: ignore[attr-defined]
        "Beyonce - Halo\n"  # the same name: merges
        "Moderat - Gita (Live)\n")  # another version: a new item
    _, stored = preview
    batch = [
        NewWantedItem("Halo", ("Beyoncé",), "import", duration_ms=262_000, isrc="usabc0000001"),
        NewWantedItem("Halo (Radio Edit)", ("Beyoncé",), "import", isrc="USABC0000001"),
        NewWantedItem("Lithium - Remastered", ("Nirvana",), "import",
                      spotify_track_id="4Lithium0000000000000", album="Nevermind"),
        NewWantedItem("Gita", ("Moderat",), "import", duration_ms=420_000),  # too long: new
    ]
    from engine.db.repositories.ingest import upsert_wanted_batched

    async with engine.database.session() as session:
        result = await upsert_wanted_batched(session, wanted, batch)
    assert result.ids[:3] == (halo, halo, lithium)
    assert result.ids[3] not in (halo, lithium, gita) and result.created == (result.ids[3],)
    assert set(result.merged) == {halo, lithium}
    merged_halo = await wanted.get(halo)
    merged_lithium = await wanted.get(lithium)
    assert merged_halo is not None and merged_lithium is not None
    assert merged_halo.isrc == "USABC0000001" and set(merged_halo.sources) == {"playlist",
                                                                               "import"}
    assert merged_halo.duration_ms == 261_000  # merging fills gaps, never overwrites
    assert merged_lithium.album == "Nevermind" and merged_lithium.title == "Lithium"
    assert stored.already_wanted == 1


async def test_previews_are_parsed_in_the_helper_process(engine: Engine) -> None:
    """Parsing beside the window in a thread made its paints wait for the GIL (engine.cpu_pool)."""
    cpu = engine.services["cpu"]
    preview = await HarmonyService(engine).imports.preview_paths(
        [str(DATA / "exportify_current.csv")])
    assert preview.accepted
    assert cpu.mode == "process" and cpu.launches == 1  # type: ignore[attr-defined]
    await engine.stop()
    assert cpu.mode == "idle"  # type: ignore[attr-defined]
