"""One track end to end: searched, matched, downloaded, verified, tagged, covered, organised."""

from __future__ import annotations

from engine.library.artwork import existing_cover_size
from engine.library.tags import read_tags
from tests.acquisition.conftest import library_audio


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
