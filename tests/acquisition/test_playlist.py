"""A 50-track playlist through the whole pipeline, with failing peers and wrong versions shared
next to the right files: every track ends done (correct tags, cover, lyrics, path) or dead letter
with a reason, and no wrong version is ever downloaded."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from engine.library.artwork import existing_cover_size
from engine.library.lyrics_file import lrc_path_for, read_plain_lyrics
from engine.library.naming import library_target
from engine.library.tags import read_tags
from engine.services.acquisition import tags_for
from tests.acquisition.conftest import Rig, library_audio


def _busy_peers(rig: Rig, count: int) -> list[str]:
    peers = sorted(rig.slskd.shares.peers.values(), key=lambda p: -len(p.files))
    return [p.username for p in peers if p.online][:count]


async def test_fifty_track_playlist(rig_factory) -> None:
    rig = await rig_factory()
    rejecting, stuck = _busy_peers(rig, 2)
    rig.slskd.rejecting_users[rejecting] = "Too many files"
    rig.slskd.stuck_queued_users.add(stuck)
    playlist = next(iter(rig.catalogue.playlists.values()))
    tracks = [rig.catalogue.tracks[t] for t in playlist.track_ids]
    ids = await rig.want(tracks)
    views = await rig.settle(ids, timeout_s=60)
    acquisition = rig.engine.services["acquisition"]
    states = Counter(v.state for v in views.values())
    assert states["done"] >= 45, states
    template = rig.engine.settings.get("library.naming_template")
    for track, item_id in zip(tracks, ids, strict=True):
        view = views[item_id]
        if view.state == "dead_letter":
            assert view.last_error, "a dead letter must say why"
            continue
        assert view.state == "done"
        row = await acquisition.downloads.for_item(item_id)
        shared = rig.slskd.shares.file(row.username, row.remote_path)
        assert shared is not None and shared.track_id == track.id
        assert shared.version == "original", f"wrong version {shared.filename}"
        assert row.username not in (rejecting, stuck)
        path = Path(view.library_path)
        assert path == library_target(rig.music, template, tags_for(view), path.suffix[1:])
        tags = read_tags(path)
        assert (tags.title, tags.artists, tags.album, tags.isrc, tags.track_number) == (
            track.title, tuple(rig.catalogue.artist_names(track)), view.album, track.isrc,
            track.track_number)
        assert tags.spotify_track_id == track.id
        assert existing_cover_size(path) is not None
        assert (path.parent / "cover.jpg").is_file()
        kind = rig.lrclib.kind_of[track.id]
        if kind == "synced":
            assert lrc_path_for(path).read_text(encoding="utf-8").startswith("[ti:")
        elif kind == "plain":
            assert read_plain_lyrics(path)
        assert row.lyrics_status in ("synced", "plain", "instrumental", "none")
    done_paths = [v.library_path for v in views.values() if v.state == "done"]
    assert sorted(done_paths) == [str(p) for p in library_audio(rig.music)]
    assert not any((rig.music / ".harmony-staging").glob("*/*"))
    metrics = await rig.engine.facades["matching"].metrics()
    assert metrics.saved_total > 0 and metrics.discarded_total > 0
