"""Rematching a finished item: the new download replaces the old file at its library path (no
" (2)" copy beside it), the index and the wanted item follow, lyrics and cover stay consistent,
and every step of the swap survives a kill at any point."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from engine.library.atomic import PARTIAL_PREFIX
from engine.library.organise import remove_partial_files
from engine.services.acquisition_organise import (
    describe,
    place_in_library,
    place_sidecars,
    retire_previous,
)
from tests.acquisition.conftest import Rig, isolate, library_audio
from tests.support.audio import write_audio


def _track(rig: Rig, index: int) -> Any:
    """A track LRCLIB has synced lyrics for (so each download gets its own ``.lrc``)."""
    return rig.lrclib.tracks_of_kind("synced")[index]


def _leftovers(music: Path) -> list[Path]:
    """Anything a half-done swap could leave: partial temp files, " (n)" copies."""
    return [p for p in music.rglob("*") if p.name.startswith(PARTIAL_PREFIX)
            or any(f" ({n})" in p.name for n in range(2, 10))]


async def _rematch_away_from_first(rig: Rig, item_id: int) -> tuple[Any, Any]:
    """Ban the file the item got, rematch, and wait until the item is done again."""
    acquisition = rig.engine.services["acquisition"]
    before = await acquisition.downloads.for_item(item_id)
    matching = rig.engine.facades["matching"]
    await matching.ban_file(before.username, before.remote_path, item_id)
    await matching.rematch(item_id)
    assert (await rig.wanted.get(item_id)).state == "searching"
    view = (await rig.settle([item_id]))[item_id]
    return view, await acquisition.downloads.for_item(item_id)


async def test_rematch_replaces_the_file_under_the_same_name(rig_factory) -> None:
    rig = await rig_factory()
    track = _track(rig, 0)
    isolate(rig, track, [("first", "flac16"), ("second", "flac16")])
    second = rig.slskd.shares.peers["second"]
    second.files = [replace(second.files[0], length=second.files[0].length + 2)]  # tell apart
    [item_id] = await rig.want([track])
    done = (await rig.settle([item_id]))[item_id]
    assert done.state == "done", done.last_error
    old = Path(done.library_path)
    old_length = describe(old).duration_s
    assert old.with_suffix(".lrc").is_file()
    old_inode = old.stat().st_ino

    view, row = await _rematch_away_from_first(rig, item_id)
    assert view.state == "done", view.last_error
    assert (row.username, row.organised_path, view.library_path) == ("second", str(old), str(old))
    assert library_audio(rig.music) == [old]  # replaced in place: no " (2)" beside it
    assert old.stat().st_ino != old_inode
    assert describe(old).duration_s == old_length + 2  # the second peer's recording
    assert _leftovers(rig.music) == []
    assert sorted(p.name for p in old.parent.iterdir()) == sorted(
        [old.name, old.with_suffix(".lrc").name, "cover.jpg"])
    index = await rig.engine.services["acquisition"].library.known_signatures()
    assert list(index) == [str(old)] and index[str(old)][0] == old.stat().st_size


async def test_rematch_to_another_format_moves_the_item_to_the_new_file(rig_factory) -> None:
    rig = await rig_factory()
    track = _track(rig, 1)
    isolate(rig, track, [("lossless", "flac16"), ("lossy", "mp3_320")])
    [item_id] = await rig.want([track])
    done = (await rig.settle([item_id]))[item_id]
    old = Path(done.library_path)
    assert old.suffix == ".flac"

    view, row = await _rematch_away_from_first(rig, item_id)
    new = Path(view.library_path)
    assert (view.state, row.username, new.suffix) == ("done", "lossy", ".mp3")
    assert new.parent == old.parent and not old.exists()
    assert library_audio(rig.music) == [new] and _leftovers(rig.music) == []
    assert new.with_suffix(".lrc").is_file() and (new.parent / "cover.jpg").is_file()
    index = await rig.engine.services["acquisition"].library.known_signatures()
    assert list(index) == [str(new)]
    assert row.organised_path == str(new)


async def test_rematch_that_finds_nothing_keeps_the_old_file(rig_factory) -> None:
    rig = await rig_factory(**{"retry.max_attempts": 1})
    track = _track(rig, 2)
    isolate(rig, track, [("only", "flac16")])
    [item_id] = await rig.want([track])
    old = Path((await rig.settle([item_id]))[item_id].library_path)
    content = old.read_bytes()
    view, _row = await _rematch_away_from_first(rig, item_id)  # its only file is banned now
    assert view.state in ("failed", "dead_letter")
    assert library_audio(rig.music) == [old] and old.read_bytes() == content


# -- the swap itself, interrupted at every step (what a kill leaves is run again) -----------------

def _staged(tmp_path: Path, fmt: str = "flac", seconds: float = 3.0) -> tuple[Path, Path]:
    staging = tmp_path / "Music" / ".harmony-staging" / "7"
    staged = write_audio(staging / f"audio.{fmt}", seconds)
    staged.with_suffix(".lrc").write_text("[00:01.00]new\n", encoding="utf-8")
    return staged, staged.with_name("keep" + staged.suffix)


def _old_file(music: Path, relative: str, seconds: float = 2.0) -> Path:
    old = write_audio(music / relative, seconds)
    old.with_suffix(".lrc").write_text("[00:01.00]old\n", encoding="utf-8")
    (old.parent / "cover.jpg").write_bytes(b"cover")
    return old


def test_same_name_swap_is_atomic_and_can_run_again_from_each_step(tmp_path: Path) -> None:
    music = tmp_path / "Music"
    relative = PurePosixPath("Artist/Album/01 - Song.flac")
    old = _old_file(music, str(relative))
    staged, keep = _staged(tmp_path)
    new_size = staged.stat().st_size
    # A kill inside the swap, before the rename: the old file is untouched, a partial is left.
    os.link(staged, old.parent / f"{PARTIAL_PREFIX}killed.flac")
    assert old.stat().st_size != new_size
    final = place_in_library(staged, keep, music, relative, old)
    assert final == old and old.stat().st_size == new_size and not staged.exists()
    assert remove_partial_files(music) == [old.parent / f"{PARTIAL_PREFIX}killed.flac"]
    # A kill after the swap, before the database knew: the rerun finds it done.
    assert place_in_library(staged, keep, music, relative, old) == old
    assert os.path.samefile(old, keep)
    place_sidecars(staged, staged.parent, final)
    assert old.with_suffix(".lrc").read_text(encoding="utf-8") == "[00:01.00]new\n"
    assert library_audio(music) == [old] and _leftovers(music) == []


def test_swap_after_a_kill_between_rename_and_clean_up(tmp_path: Path) -> None:
    music = tmp_path / "Music"
    relative = PurePosixPath("Artist/Album/01 - Song.flac")
    old = _old_file(music, str(relative))
    staged, keep = _staged(tmp_path)
    os.link(staged, keep)
    os.replace(old, old.with_name("gone"))  # the state right after the rename …
    os.link(staged, old)  # … with staged still there
    old.with_name("gone").unlink()
    assert place_in_library(staged, keep, music, relative, old) == old
    assert not staged.exists() and os.path.samefile(old, keep)


def test_other_name_places_first_then_retires_the_old_file(tmp_path: Path) -> None:
    music = tmp_path / "Music"
    old = _old_file(music, "Artist/Album/01 - Song.mp3")
    relative = PurePosixPath("Artist/Album/01 - Song.flac")
    staged, keep = _staged(tmp_path)
    staged.with_suffix(".lrc").unlink()  # this download found no lyrics
    final = place_in_library(staged, keep, music, relative, old)
    assert final == music / str(relative) and old.exists()  # a kill here loses nothing
    place_sidecars(staged, staged.parent, final)
    # A kill after the rerun placed nothing new: the same file is found again by its link.
    assert place_in_library(staged, keep, music, relative, old) == final
    retire_previous(old, final, music)
    retire_previous(old, final, music)  # again, as after a kill before the database update
    assert not old.exists() and final.exists()
    assert final.with_suffix(".lrc").read_text(encoding="utf-8") == "[00:01.00]old\n"
    assert library_audio(music) == [final] and _leftovers(music) == []


def test_an_album_folder_left_with_only_its_cover_goes_too(tmp_path: Path) -> None:
    music = tmp_path / "Music"
    old = _old_file(music, "Old Artist/Old Album/01 - Song.flac")
    keeper = _old_file(music, "Other Artist/Album/01 - Other.flac")
    relative = PurePosixPath("Artist/Album/01 - Song.flac")
    staged, keep = _staged(tmp_path)
    final = place_in_library(staged, keep, music, relative, old)
    place_sidecars(staged, staged.parent, final)
    retire_previous(old, final, music)
    assert not (music / "Old Artist").exists()
    assert final.with_suffix(".lrc").read_text(encoding="utf-8") == "[00:01.00]new\n"
    assert keeper.exists() and (keeper.parent / "cover.jpg").exists()
