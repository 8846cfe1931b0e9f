"""Hostile remote file names and hostile metadata never put anything outside the library root,
and never make Harmony touch a file outside slskd's downloads folder."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from engine.domain.models import SoulseekFile, TrackQuery
from engine.errors import HarmonyError
from engine.library.sanitise import is_safe_component
from tests.acquisition.conftest import Rig, library_audio
from tests.emulators.shares import FORMATS, Peer, SharedFile

RTL = "\u202e"
CASES = [  # (remote file name, wanted title, wanted artist)
    ("@@h\\Music\\CON.mp3", "CON", "NUL"),
    ("@@h\\Music\\ab.mp3", "nul\x00inside", "Artist\x00X"),
    ("@@h\\Music\\" + "ä" * 120 + ".mp3", "ö" * 300, "Long"),
    (f"@@h\\Music\\{RTL}3pm.exe.mp3", f"{RTL}gpj.exe", f"{RTL}Evil"),
    ("@@h\\Music\\x.mp3", "..\\..\\x", "../../etc"),
]
ESCAPING = "@@h\\..\\..\\escape.mp3"


def _offer(rig: Rig, remote: str, length: int) -> SoulseekFile:
    fmt = FORMATS["mp3_320"]
    shared = SharedFile(remote, length * fmt.bytes_per_second, fmt, length, None)
    peer = rig.slskd.shares.peers.setdefault("hostile", Peer("hostile", upload_speed=5_000_000))
    peer.files.append(shared)
    return SoulseekFile("hostile", remote, shared.size, "mp3", 320, length_s=length)


async def test_hostile_names_stay_inside_the_library(rig_factory, tmp_path: Path) -> None:
    rig = await rig_factory(**{"retry.max_attempts": 1})
    downloads = rig.engine.facades["downloads"]
    ids = []
    for index, (remote, title, artist) in enumerate([*CASES, (ESCAPING, "Escape", "Esc")]):
        file = _offer(rig, remote, 50 + index)
        track = TrackQuery(title, (artist,), album=f"{RTL}Album/../..", duration_ms=(50 + index)
                           * 1000)
        ids.append(await downloads.download_file(file, track))
    views = await rig.settle(ids, timeout_s=30)
    *safe_ids, escaping_id = ids
    for item_id in safe_ids:
        assert views[item_id].state == "done", views[item_id].last_error
        path = Path(views[item_id].library_path)
        assert path.resolve().is_relative_to(rig.music.resolve())
        relative = PurePosixPath(path.relative_to(rig.music).as_posix())
        assert all(is_safe_component(part) for part in relative.parts), relative
        assert all(len(part.encode()) <= 255 for part in relative.parts)
    escaped = views[escaping_id]
    assert escaped.state == "dead_letter" and escaped.last_error == "verify.unsafe_name"
    assert len(library_audio(rig.music)) == len(safe_ids)
    # The emulated slskd wrote that one outside its own folder; Harmony left it alone.
    assert (rig.slskd.downloads_dir.parent / "escape.mp3").is_file()
    for file in rig.music.rglob("*"):
        assert file.resolve().is_relative_to(rig.music.resolve())


async def test_nul_in_a_remote_name_is_refused_before_anything_is_stored(rig_factory) -> None:
    rig = await rig_factory()
    file = _offer(rig, "@@h\\Music\\a\x00b.mp3", 50)
    with pytest.raises(HarmonyError) as caught:
        await rig.engine.facades["downloads"].download_file(file, TrackQuery("T", ("A",)))
    assert caught.value.code == "downloads.invalid_file_name"
    assert await rig.engine.facades["downloads"].list() == []
