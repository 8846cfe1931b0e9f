"""One track end to end: searched, matched, downloaded, verified, tagged, covered, organised."""

from __future__ import annotations

from engine.library.artwork import existing_cover_size
from engine.library.models import LibraryFileInfo
from engine.library.tags import read_tags
from tests.acquisition.conftest import isolate, library_audio, wait_for_row


async def test_one_track_reaches_the_library(rig_factory) -> None:
    rig = await rig_factory()
    track = next(iter(rig.catalogue.tracks.values()))
    [item_id] = await rig.want([track])
    views = await rig.settle([item_id])
    view = views[item_id]
    assert view.state == "done", view.last_error
    files = library_audio(rig.music)
    assert [str(f) for f in files] == [view.library_path]
    tags = read_tags(files[0])
    assert tags.title == track.title and tags.isrc == track.isrc
    assert existing_cover_size(files[0]) is not None


async def test_owned_track_is_not_searched(rig_factory) -> None:
    rig = await rig_factory()
    track = list(rig.catalogue.tracks.values())[1]
    owned = rig.music / "already.flac"
    owned.write_bytes(b"")
    await rig.engine.services["acquisition"].library.upsert([LibraryFileInfo(
        str(owned), track.title, tuple(rig.catalogue.artist_names(track)), None, None, 60.0,
        track.isrc, None, "flac", None, None, None, 0, 0)])
    [item_id] = await rig.want([track])
    view = (await rig.settle([item_id]))[item_id]
    assert (view.state, view.library_path) == ("owned", str(owned))
    assert rig.slskd.search_posts == []


async def test_finished_file_is_picked_up_after_slskd_forgot_the_transfer(rig_factory) -> None:
    rig = await rig_factory(**{"download.stuck_queued_s": 60.0})
    track = list(rig.catalogue.tracks.values())[2]
    [peer] = isolate(rig, track, [("forgetful", "flac16")])
    rig.slskd.stuck_queued_users.add(peer)
    [item_id] = await rig.want([track])
    await wait_for_row(rig, item_id, lambda r: r.state == "queued_remotely")
    # slskd finishes the file while the engine is not looking, then restarts and forgets it.
    await rig.engine.stop()
    rig.slskd.stuck_queued_users.clear()
    [transfer] = [t for t in rig.slskd.transfers if t.username == peer]
    transfer.phases = transfer.phases[:2]
    rig.slskd._materialise_finished()
    rig.slskd.restart(wipe=True)
    await rig.restart()
    view = (await rig.settle([item_id]))[item_id]
    assert view.state == "done", view.last_error
    assert len([t for t in rig.slskd.transfers if t.username == peer]) == 0  # not asked again
