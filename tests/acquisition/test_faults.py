"""Every emulator fault leads to the right behaviour: the next alternate (peer blamed), a retry
later (slskd trouble, nothing blamed), or a dead letter with the last error once the attempt
budget is spent."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.acquisition.conftest import Rig, isolate, wait_for_row
from tests.emulators.server import Fault

_TRANSFERS = r"/api/v0/transfers/downloads/[^/]+"


def _track(rig: Rig, index: int = 3) -> Any:
    return list(rig.catalogue.tracks.values())[index]


async def _failures(rig: Rig, username: str) -> int:
    failures = await rig.engine.services["acquisition"].peers.recent_failures(1.0)
    return failures.get(username, 0)


async def _finished_by(rig: Rig, item_id: int) -> str:
    view = (await rig.settle([item_id]))[item_id]
    assert view.state == "done", view.last_error
    row = await rig.engine.services["acquisition"].downloads.for_item(item_id)
    return row.username


async def test_rejected_file_moves_on_to_the_next_peer(rig_factory) -> None:
    rig = await rig_factory()
    track = _track(rig)
    first, second = isolate(rig, track, [("rejecter", "flac16"), ("helpful", "flac16")])
    rig.slskd.rejecting_users[first] = "Too many megabytes"
    [item_id] = await rig.want([track])
    assert await _finished_by(rig, item_id) == second
    assert await _failures(rig, first) == 1
    candidates = await rig.engine.facades["matching"].candidates(item_id)
    failed = next(c for c in candidates if c.username == first)
    assert failed.tried and failed.failed
    assert any("Rejected" in reason for reason in failed.reasons)


async def test_peer_going_offline_errors_and_the_alternate_finishes(rig_factory) -> None:
    rig = await rig_factory(**{"download.stuck_queued_s": 60.0})
    track = _track(rig, 4)
    first, second = isolate(rig, track, [("flaky", "mp3_320"), ("steady", "mp3_320")])
    rig.slskd.stuck_queued_users.add(first)
    [item_id] = await rig.want([track])
    await wait_for_row(rig, item_id, lambda r: r.state == "queued_remotely")
    rig.slskd.set_peer_online(first, False)
    assert await _finished_by(rig, item_id) == second
    assert await _failures(rig, first) == 1


async def test_stuck_in_remote_queue_is_cancelled_at_slskd(rig_factory) -> None:
    rig = await rig_factory()
    track = _track(rig, 5)
    first, second = isolate(rig, track, [("slowpoke", "flac16"), ("quick", "ogg")])
    rig.slskd.stuck_queued_users.add(first)
    [item_id] = await rig.want([track])
    assert await _finished_by(rig, item_id) == second
    stuck = [t for t in rig.slskd.transfers if t.username == first]
    assert stuck and stuck[0].state(rig.slskd.now()) == "Completed, Cancelled"


async def test_truncated_file_fails_verification_and_is_not_kept(rig_factory) -> None:
    rig = await rig_factory()
    track = _track(rig, 6)
    first, second = isolate(rig, track, [("cutter", "mp3_320"), ("whole", "mp3_320")])
    original = rig.slskd.new_transfer

    def truncating(username: str, filename: str, size: int) -> Any:
        transfer = original(username, filename, size)
        transfer.truncate = username == first
        return transfer

    rig.slskd.new_transfer = truncating  # type: ignore[method-assign]
    [item_id] = await rig.want([track])
    assert await _finished_by(rig, item_id) == second
    events = await rig.engine.activity.recent(types=("download",), status="failed")
    assert any(e.details.get("kind") == "verify" and e.details.get("username") == first
               for e in events)
    leftovers = [p for p in rig.slskd.downloads_dir.rglob("*") if p.is_file()]
    assert leftovers == []  # the bad copy is deleted, the good one was moved


async def test_every_peer_failing_ends_in_dead_letter_with_the_last_error(rig_factory) -> None:
    rig = await rig_factory(**{"retry.max_attempts": 2})
    track = _track(rig, 7)
    for name in isolate(rig, track, [("nope1", "flac16"), ("nope2", "mp3_320")]):
        rig.slskd.rejecting_users[name] = "Banned"
    [item_id] = await rig.want([track])
    view = (await rig.settle([item_id]))[item_id]
    assert view.state == "dead_letter"
    # the code, then slskd's own state and reason as detail
    assert (view.last_error or "").startswith("transfer.rejected: Completed, Rejected")
    rows = await rig.engine.facades["downloads"].list()
    row = next(r for r in rows if r.wanted_item_id == item_id)
    assert (row.state, row.retry_count) == ("dead_letter", 2)


async def test_slskd_errors_and_rate_limits_are_retried_without_blaming_peers(
        rig_factory) -> None:
    rig = await rig_factory()
    track = _track(rig, 8)
    [peer] = isolate(rig, track, [("only", "flac16")])
    rig.slskd.inject(_TRANSFERS, Fault(status=500, body="boom", times=2), method="POST")
    rig.slskd.rate_limit(r"/api/v0/searches", retry_after=0.05, times=1, method="POST")
    [item_id] = await rig.want([track])
    assert await _finished_by(rig, item_id) == peer
    assert await _failures(rig, peer) == 0


async def test_slskd_timeouts_are_retried(rig_factory) -> None:
    rig = await rig_factory(**{"slskd.timeout_s": 0.3})
    track = _track(rig, 9)
    [peer] = isolate(rig, track, [("lagged", "flac16")])
    rig.slskd.inject(_TRANSFERS, Fault(delay_s=0.8, times=1), method="POST")
    [item_id] = await rig.want([track])
    assert await _finished_by(rig, item_id) == peer


async def test_not_logged_in_waits_and_resumes(rig_factory) -> None:
    rig = await rig_factory()
    track = _track(rig, 10)
    [peer] = isolate(rig, track, [("patient", "flac16")])
    rig.slskd.set_logged_in(False)
    [item_id] = await rig.want([track])
    await wait_for_row(rig, item_id, lambda r: r.state == "searching")
    for _ in range(100):  # until slskd has refused a search (409, not logged in)
        if rig.slskd.search_posts:
            break
        await asyncio.sleep(0.05)
    assert rig.slskd.search_starts == []
    assert (await rig.wanted.get(item_id)).state == "searching"
    rig.slskd.set_logged_in(True)
    assert await _finished_by(rig, item_id) == peer


async def test_slskd_restart_loses_the_transfer_and_it_is_asked_for_again(rig_factory) -> None:
    rig = await rig_factory(**{"download.stuck_queued_s": 60.0})
    track = _track(rig, 11)
    [peer] = isolate(rig, track, [("survivor", "flac16")])
    rig.slskd.stuck_queued_users.add(peer)
    [item_id] = await rig.want([track])
    await wait_for_row(rig, item_id, lambda r: r.state == "queued_remotely")
    rig.slskd.stuck_queued_users.clear()
    rig.slskd.restart(wipe=True)
    assert await _finished_by(rig, item_id) == peer
    assert await _failures(rig, peer) == 0
