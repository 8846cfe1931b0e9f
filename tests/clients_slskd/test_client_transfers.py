"""Downloads, uploads and users through SlskdClient, with real files and injected faults."""

from __future__ import annotations

import asyncio

import mutagen
import pytest

from engine.clients.slskd import SlskdClient
from engine.clients.slskd_models import Transfer, expected_local_path
from engine.domain.models import DownloadState
from engine.errors import IntegrationError
from tests.clients_slskd.conftest import wait_for_transfer
from tests.emulators.shares import Peer, SharedFile
from tests.emulators.slskd import SlskdEmulator

HAPPY_PATH = ["Queued, Locally", "Requested", "Queued, Remotely", "Initializing", "InProgress",
              "Completed, Succeeded"]


def shared_copy(emu: SlskdEmulator, fmt: str = "flac", version: str = "original"
                ) -> tuple[Peer, SharedFile]:
    return next((p, f) for track_id in emu.catalogue.tracks
                for p, f in emu.shares.files_of_track(track_id, version)
                if f.fmt is not None and f.fmt.extension == fmt and p.online and not f.locked)


def advance_into(emu: SlskdEmulator, state: str) -> None:
    """Move the (frozen) emulator clock to the middle of the newest transfer's ``state``."""
    for phase in emu.transfers[-1].phases:
        if phase.state == state:
            emu.advance(phase.duration_s / 2)
            return
        emu.advance(phase.duration_s)


async def enqueue_one(client: SlskdClient, peer: Peer, shared: SharedFile) -> Transfer:
    result = await client.enqueue(peer.username, [(shared.filename, shared.size)])
    assert result.failed == () and len(result.enqueued) == 1
    return result.enqueued[0]


def finished(transfer: Transfer) -> bool:
    return transfer.state.is_terminal


async def test_download_walks_the_real_state_sequence(emulator: SlskdEmulator,
                                                      client: SlskdClient) -> None:
    emulator.time_scale = 1000.0  # frozen unless the test moves the clock
    peer, shared = shared_copy(emulator)
    queued = await enqueue_one(client, peer, shared)
    seen = []
    for phase in emulator.transfers[-1].phases:
        transfer = await client.get_download(peer.username, queued.id)
        seen.append(transfer.raw_state)
        if phase.state == "InProgress":
            emulator.advance(phase.duration_s / 2)
            halfway = await client.get_download(peer.username, queued.id)
            assert 0 < halfway.bytes_transferred < shared.size
            assert halfway.percent_complete == pytest.approx(50, abs=1)
            emulator.advance(phase.duration_s / 2)
        else:
            emulator.advance(phase.duration_s)
    done = await client.get_download(peer.username, queued.id)
    seen.append(done.raw_state)
    assert seen == HAPPY_PATH
    assert (done.bytes_transferred, done.percent_complete) == (shared.size, 100.0)
    assert done.started_at is not None and done.ended_at is not None


@pytest.mark.parametrize("fmt", ["flac", "mp3", "ogg", "opus", "m4a"])
async def test_download_writes_a_real_file_with_the_right_duration(
        emulator: SlskdEmulator, client: SlskdClient, fmt: str) -> None:
    peer, shared = shared_copy(emulator, fmt)
    queued = await enqueue_one(client, peer, shared)
    assert queued.state is DownloadState.QUEUED_LOCALLY and queued.size == shared.size
    seen: list[str] = []
    done = await wait_for_transfer(client, peer.username, queued.id, finished, seen=seen)
    assert done.state is DownloadState.SUCCEEDED
    assert [s for s in HAPPY_PATH if s in seen] == seen  # never out of order
    local = expected_local_path(emulator.downloads_dir, shared.filename)
    assert local.is_file()
    audio = mutagen.File(local)
    assert audio is not None and abs(audio.info.length - shared.length) < 1.0


async def test_wrong_version_lands_with_its_own_duration(emulator: SlskdEmulator,
                                                         client: SlskdClient) -> None:
    peer, shared = shared_copy(emulator, "mp3", "radio_edit")
    track = emulator.catalogue.tracks[shared.track_id or ""]
    queued = await enqueue_one(client, peer, shared)
    await wait_for_transfer(client, peer.username, queued.id, finished)
    audio = mutagen.File(expected_local_path(emulator.downloads_dir, shared.filename))
    assert abs(audio.info.length - shared.length) < 1.0
    assert track.duration_ms / 1000 - audio.info.length > 30


async def test_listings_flatten_and_filter(emulator: SlskdEmulator, client: SlskdClient) -> None:
    peer, shared = shared_copy(emulator)
    junk = next(f for f in peer.files if f.fmt is None)
    result = await client.enqueue(peer.username, [(shared.filename, shared.size),
                                                  (junk.filename, junk.size)])
    assert len(result.enqueued) == 2
    listed = await client.list_downloads()
    assert {t.filename for t in listed} == {shared.filename, junk.filename}
    assert {t.id for t in await client.user_downloads(peer.username)} == \
        {t.id for t in result.enqueued}
    assert await client.user_downloads("nobody-here") == []
    assert await client.get_download(peer.username, "00000000-0000-0000-0000-000000000000") \
        is None
    again = await client.enqueue(peer.username, [(shared.filename, shared.size)])
    assert again.enqueued == () and again.failed == (shared.filename,)  # already active


async def test_cancel_and_remove(emulator: SlskdEmulator, client: SlskdClient) -> None:
    emulator.stuck_all_queued = True
    peer, shared = shared_copy(emulator)
    queued = await enqueue_one(client, peer, shared)
    await client.cancel_download(peer.username, queued.id)
    cancelled = await client.get_download(peer.username, queued.id)
    assert cancelled is not None and cancelled.state is DownloadState.CANCELLED
    await client.cancel_download(peer.username, queued.id, remove=True)
    assert await client.list_downloads() == []
    assert [t.id for t in await client.list_downloads(include_removed=True)] == [queued.id]


async def test_clear_completed(emulator: SlskdEmulator, client: SlskdClient) -> None:
    peer, shared = shared_copy(emulator)
    queued = await enqueue_one(client, peer, shared)
    await wait_for_transfer(client, peer.username, queued.id, finished)
    await client.clear_completed_downloads()
    assert await client.list_downloads() == []


async def test_stuck_queued_remotely_with_queue_position(emulator: SlskdEmulator,
                                                         client: SlskdClient) -> None:
    peer, shared = shared_copy(emulator)
    emulator.stuck_queued_users.add(peer.username)
    queued = await enqueue_one(client, peer, shared)
    await wait_for_transfer(client, peer.username, queued.id,
                            lambda t: t.state is DownloadState.QUEUED_REMOTELY)
    emulator.advance(10_000)
    stuck = await client.get_download(peer.username, queued.id)
    assert stuck is not None and stuck.state is DownloadState.QUEUED_REMOTELY
    assert stuck.enqueued_at is not None
    assert await client.queue_position(peer.username, queued.id) == peer.queue_length + 1
    assert (await client.get_download(peer.username, queued.id)).place_in_queue == \
        peer.queue_length + 1


async def test_peer_going_offline_mid_transfer_errors(emulator: SlskdEmulator,
                                                      client: SlskdClient) -> None:
    emulator.time_scale = 1000.0
    peer, shared = shared_copy(emulator)
    queued = await enqueue_one(client, peer, shared)
    advance_into(emulator, "InProgress")
    assert (await client.get_download(peer.username, queued.id)).state is \
        DownloadState.IN_PROGRESS
    emulator.time_scale = 0.004
    emulator.set_peer_online(peer.username, False)
    failed = await client.get_download(peer.username, queued.id)
    assert failed is not None and failed.state is DownloadState.ERRORED
    assert failed.exception == "Transfer failed: Remote connection closed"
    assert failed.bytes_transferred < shared.size
    later = await enqueue_one(client, peer, next(f for f in peer.files if f.fmt is not None
                                                 and f is not shared))
    offline = await wait_for_transfer(client, peer.username, later.id, finished)
    assert (offline.state, offline.exception) == \
        (DownloadState.ERRORED, f"User {peer.username} appears to be offline")


@pytest.mark.parametrize("reason", ["File not shared.", "Banned", "Too many files"])
async def test_peer_rejects(emulator: SlskdEmulator, client: SlskdClient, reason: str) -> None:
    peer, shared = shared_copy(emulator)
    emulator.rejecting_users[peer.username] = reason
    queued = await enqueue_one(client, peer, shared)
    rejected = await wait_for_transfer(client, peer.username, queued.id, finished)
    assert (rejected.state, rejected.exception) == \
        (DownloadState.REJECTED, f"Transfer rejected: {reason}")


async def test_restart_loses_in_flight_transfers(emulator: SlskdEmulator,
                                                 client: SlskdClient) -> None:
    emulator.stuck_all_queued = True
    peer, shared = shared_copy(emulator)
    queued = await enqueue_one(client, peer, shared)
    emulator.restart(requeue=True)
    old = await client.get_download(peer.username, queued.id)
    assert old is not None and old.state is DownloadState.ERRORED
    assert old.exception == "Application shut down"
    current = await client.list_downloads()
    assert len(current) == 1 and current[0].id != queued.id  # re-enqueued under a new id
    emulator.restart(wipe=True)
    assert await client.get_download(peer.username, current[0].id) is None
    assert await client.list_downloads() == []


async def test_truncated_file_is_shorter_than_a_whole_one(emulator: SlskdEmulator,
                                                          client: SlskdClient) -> None:
    peer, shared = shared_copy(emulator)
    queued = await enqueue_one(client, peer, shared)
    await wait_for_transfer(client, peer.username, queued.id, finished)
    whole = expected_local_path(emulator.downloads_dir, shared.filename)
    emulator.truncate_files = True
    await client.clear_completed_downloads()
    again = await enqueue_one(client, peer, shared)
    done = await wait_for_transfer(client, peer.username, again.id, finished)
    assert done.state is DownloadState.SUCCEEDED  # slskd does not notice
    copies = sorted(whole.parent.glob(f"{whole.stem}*{whole.suffix}"))
    assert len(copies) == 2  # the second landed beside the first with a _<ticks> suffix
    truncated = next(c for c in copies if c != whole)
    assert truncated.stat().st_size < whole.stat().st_size


async def test_enqueue_when_not_logged_in_fails_without_retrying(emulator: SlskdEmulator,
                                                                 client: SlskdClient) -> None:
    emulator.set_logged_in(False)
    peer, shared = shared_copy(emulator)
    with pytest.raises(IntegrationError) as caught:
        await client.enqueue(peer.username, [(shared.filename, shared.size)])
    assert caught.value.code == "slskd.not_logged_in"
    assert len([r for r in emulator.requests if r.method == "POST"]) == 1


async def test_concurrent_enqueues_beyond_two_get_429_and_are_retried(
        emulator: SlskdEmulator, client: SlskdClient) -> None:
    emulator.enqueue_post_delay_s = 0.05
    peer = next(p for p in emulator.shares.peers.values() if len(p.files) > 6)
    audio = [f for f in peer.files if f.fmt is not None][:4]
    results = await asyncio.gather(*(client.enqueue(peer.username, [(f.filename, f.size)])
                                     for f in audio))
    assert all(len(r.enqueued) == 1 for r in results)
    posts = [r for r in emulator.requests if r.method == "POST"]
    assert len(posts) > len(audio)  # some were refused with 429 and sent again


async def test_uploads_active_and_all(client: SlskdClient) -> None:
    everything = await client.list_uploads()
    active = await client.list_uploads(active_only=True)
    assert {u.state for u in everything} == {DownloadState.SUCCEEDED, DownloadState.IN_PROGRESS}
    assert [u.state for u in active] == [DownloadState.IN_PROGRESS]
    assert all(u.direction == "Upload" for u in everything)


async def test_users_info_and_status(emulator: SlskdEmulator, client: SlskdClient) -> None:
    peer, _ = shared_copy(emulator)
    info = await client.user_info(peer.username)
    assert (info.has_free_upload_slot, info.queue_length, info.upload_slots) == \
        (peer.has_free_upload_slot, peer.queue_length, peer.upload_slots)
    assert (await client.user_status(peer.username)).presence == "Online"
    emulator.set_peer_online(peer.username, False)
    with pytest.raises(IntegrationError) as caught:
        await client.user_info(peer.username)
    assert caught.value.code == "slskd.peer_offline"
    emulator.set_logged_in(False)
    with pytest.raises(IntegrationError) as caught:
        await client.user_status("anyone")
    assert caught.value.code == "slskd.not_logged_in"
