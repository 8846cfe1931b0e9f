"""Album progress: "<Album>: n of m tracks" once the release's wanted items reach done/owned —
at once when complete, after a quiet period for partial progress, never twice for one count."""

from __future__ import annotations

import asyncio

from tests.watchlist.conftest import Harness, today, wait_until


async def _new_release(wl: Harness, titles: list[str]) -> list[int]:
    artist_id = await wl.watch()
    await wl.run_job(artist_id)
    wl.emu.add_album(wl.artist_id(), "Progress Report", titles, release_date=today())
    await wl.run_job(artist_id)
    items = sorted(await wl.wanted.list(), key=lambda i: i.track_number or 0)
    assert [i.title for i in items] == titles
    return [i.id for i in items]


def _progress(wl: Harness) -> list[tuple[int, int]]:
    return [(n.params["have"], n.params["total"]) for n in wl.coded("watchlist.album_progress")]


async def test_completion_is_announced_once(wl: Harness) -> None:
    ids = await _new_release(wl, ["One", "Two", "Three"])
    for item_id in ids:  # a quick burst: one message, for the complete album
        await wl.wanted.transition(item_id, "done", library_path=f"/music/{item_id}.flac")
    await wait_until(lambda: _has(wl, 1))
    await asyncio.sleep(0.5)  # longer than the quiet period: nothing else arrives
    assert _progress(wl) == [(3, 3)]
    note = wl.coded("watchlist.album_progress")[0]
    assert note.params["album"] == "Progress Report" and note.params["artist"] == wl.artist_name()

    await wl.wanted.transition(ids[0], "owned")  # no change in the count: no message
    await asyncio.sleep(0.5)
    assert _progress(wl) == [(3, 3)]


async def test_partial_progress_after_a_quiet_period(wl: Harness) -> None:
    ids = await _new_release(wl, ["A", "B", "C", "D"])
    await wl.wanted.transition(ids[0], "searching")  # not in the library: ignored
    await wl.wanted.transition(ids[0], "done")
    await wl.wanted.transition(ids[1], "owned")
    await wait_until(lambda: _has(wl, 1))
    assert _progress(wl) == [(2, 4)]

    await wl.wanted.transition(ids[2], "done")
    await wl.wanted.transition(ids[3], "done")
    await wait_until(lambda: _has(wl, 2))
    await asyncio.sleep(0.5)
    assert _progress(wl) == [(2, 4), (4, 4)]


async def _has(wl: Harness, count: int) -> bool:
    return len(wl.coded("watchlist.album_progress")) >= count
