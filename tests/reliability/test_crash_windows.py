"""The crash window between a download's last commit and its wanted item's: a row that ended
(completed, dead letter, owned) while the engine died before the item followed must not leave
the item "downloading" forever — the next engine's pump brings the item level with its row."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import text

from engine.db.repositories import downloads as dl
from engine.db.repositories.wanted import NewWantedItem
from engine.secrets import MemorySecretStore
from tests.acquisition.conftest import configure


async def test_items_catch_up_with_downloads_that_ended_before_a_crash(
        engine_factory, slskd_emu, lrclib_emu, music: Path) -> None:
    """Regression: the 500-track kill run left 3 items "downloading" whose rows were already
    "completed" (killed between the organise commit and the item's transition)."""
    store = MemorySecretStore()
    setup = await engine_factory(workers_enabled=False, secret_store=store)
    await configure(setup, slskd_emu, lrclib_emu, music)
    acq = setup.services["acquisition"]
    result = await acq.wanted.upsert_many([NewWantedItem(f"Song {n}", ("Artist",), "import")
                                           for n in range(4)])
    done, dead, owned, untouched = result.ids
    endings = {done: (dl.COMPLETED, "downloading", {"organised_path": str(music / "a.flac")}),
               dead: (dl.DEAD_LETTER, "searching", {"last_error": "every peer refused"}),
               owned: (dl.OWNED, "searching", {"organised_path": str(music / "b.mp3")}),
               untouched: (dl.COMPLETED, "new", {"organised_path": str(music / "c.mp3")})}
    for item_id, (row_state, item_state, values) in endings.items():
        row = await acq.downloads.ensure(item_id)
        await acq.downloads.update(row.id, state=row_state, **values)
        await acq.wanted.transition(item_id, item_state)
    assert setup.database is not None
    async with setup.database.session() as session:  # the crash happened a while ago
        for table in ("downloads", "wanted_items"):
            await session.execute(text(f"UPDATE {table} SET updated_at = now() - "
                                       "interval '1 minute'"))
    await setup.stop()
    engine = await engine_factory(workers_enabled=True, secret_store=store)
    wanted = engine.services["acquisition"].wanted
    for _ in range(100):
        views = {i: await wanted.get(i) for i in (done, dead, owned)}
        if [v.state for v in views.values()] == ["done", "dead_letter", "owned"]:
            break
        await asyncio.sleep(0.1)
    assert views[done].library_path == str(music / "a.flac")
    assert views[dead].state == "dead_letter" and views[dead].last_error == "every peer refused"
    assert views[owned].library_path == str(music / "b.mp3")
    assert (await wanted.get(untouched)).state != "done"  # wanted again: not an ended round
