"""Moving files into the library: atomic, collision-safe, idempotent after simulated crashes."""

from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath

import pytest

from engine.errors import FileProcessingError, UnsafePathError
from engine.library.atomic import PARTIAL_PREFIX
from engine.library.models import OrganiseAction
from engine.library.naming import DEFAULT_TEMPLATE, render_relative_path
from engine.library.organise import organise_file, prune_empty_folders, remove_partial_files
from engine.library.tags import read_tags, write_tags
from tests.library.conftest import FULL_TAGS

TARGET = PurePosixPath("Artist One/2019 - Album/03 - Song.flac")


def _all_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    root.mkdir()
    return root


@pytest.mark.parametrize("force_copy", [False, True])
def test_moves_a_tagged_file_into_place(make_audio, library: Path, force_copy: bool) -> None:
    source = make_audio("flac")
    write_tags(source, FULL_TAGS)
    data = source.read_bytes()
    relative = render_relative_path(DEFAULT_TEMPLATE, FULL_TAGS, "flac")
    result = organise_file(source, library, relative, force_copy=force_copy)
    assert result.action is (OrganiseAction.COPIED if force_copy else OrganiseAction.MOVED)
    assert result.path == library.resolve() / relative
    assert result.path.read_bytes() == data and read_tags(result.path) == FULL_TAGS
    assert not source.exists()
    assert _all_files(library) == [str(relative)]


def test_identical_file_already_there_counts_as_done(make_audio, library: Path) -> None:
    source = make_audio("mp3")
    existing = library / TARGET.with_suffix(".mp3")
    existing.parent.mkdir(parents=True)
    shutil.copyfile(source, existing)
    result = organise_file(source, library, TARGET.with_suffix(".mp3"))
    assert result.action is OrganiseAction.ALREADY_PRESENT and result.path == existing
    assert not source.exists()
    assert len(_all_files(library)) == 1


@pytest.mark.parametrize("force_copy", [False, True])
def test_a_different_file_is_never_overwritten(make_audio, library: Path,
                                               force_copy: bool) -> None:
    first = organise_file(make_audio("flac", 1.0, name="a"), library, TARGET)
    second_source = make_audio("flac", 2.0, name="b")
    second_data = second_source.read_bytes()
    second = organise_file(second_source, library, TARGET, force_copy=force_copy)
    assert second.path.name == "03 - Song (2).flac" and second.renamed_for_collision
    assert second.path.read_bytes() == second_data
    assert first.path.read_bytes() != second_data
    third = organise_file(make_audio("flac", 3.0, name="c"), library, TARGET)
    assert third.path.name == "03 - Song (3).flac"


def test_crash_between_copy_and_source_removal_does_not_duplicate(make_audio,
                                                                   library: Path) -> None:
    organise_file(make_audio("flac", 1.0, name="other"), library, TARGET)  # name taken
    source = make_audio("flac", 2.0, name="src")
    # The crashed run had copied the file to its collision name but not removed the source.
    crashed_copy = library / TARGET.parent / "03 - Song (2).flac"
    shutil.copyfile(source, crashed_copy)
    result = organise_file(source, library, TARGET, force_copy=True)
    assert result.action is OrganiseAction.ALREADY_PRESENT and result.path == crashed_copy
    assert not source.exists()
    assert len(_all_files(library)) == 2


def test_crash_mid_copy_leaves_only_a_recognisable_partial(make_audio, library: Path) -> None:
    source = make_audio("wav", 2.0)
    folder = library / TARGET.parent
    folder.mkdir(parents=True)
    leftover = folder / f"{PARTIAL_PREFIX}deadbeef.flac"
    leftover.write_bytes(source.read_bytes()[:100])
    result = organise_file(source, library, TARGET.with_suffix(".wav"), force_copy=True)
    assert result.path.name == "03 - Song.wav"
    assert remove_partial_files(library) == [leftover]
    assert _all_files(library) == [str(TARGET.with_suffix(".wav"))]


def test_repeat_after_the_move_finished(make_audio, library: Path) -> None:
    source = make_audio("ogg")
    first = organise_file(source, library, TARGET.with_suffix(".ogg"))
    again = organise_file(source, library, TARGET.with_suffix(".ogg"))
    assert again.action is OrganiseAction.ALREADY_PRESENT and again.path == first.path
    with pytest.raises(FileProcessingError) as caught:
        organise_file(source, library, PurePosixPath("Elsewhere/x.ogg"))
    assert caught.value.code == "organise.source_missing"


def test_file_already_at_its_place_is_left_alone(make_audio, library: Path) -> None:
    placed = organise_file(make_audio("mp3"), library, TARGET.with_suffix(".mp3")).path
    result = organise_file(placed, library, TARGET.with_suffix(".mp3"))
    assert result.action is OrganiseAction.ALREADY_PRESENT and placed.exists()


@pytest.mark.parametrize("relative", [
    "../outside.mp3", "a/../../outside.mp3", "/tmp/abs.mp3", "CON.mp3", "a/NUL/x.mp3",
    "a/b\x00c.mp3", "x/trailing./y.mp3", "..\\..\\x.mp3", "evil\u202egpj.mp3",
])
def test_unsafe_relative_targets_are_refused(make_audio, library: Path, relative: str) -> None:
    source = make_audio("mp3")
    with pytest.raises(UnsafePathError):
        organise_file(source, library, relative)
    assert source.exists() and _all_files(library) == []


def test_prune_empty_download_folders(tmp_path: Path) -> None:
    downloads = tmp_path / "downloads"
    leaf = downloads / "user" / "Album"
    leaf.mkdir(parents=True)
    (downloads / "keep.txt").write_text("x")
    prune_empty_folders(leaf, downloads)
    assert not (downloads / "user").exists() and downloads.exists()
