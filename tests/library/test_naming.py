"""Naming template rendering, validation and the library-root containment check."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest

from engine.errors import ConfigurationError, UnsafePathError
from engine.library.models import TrackTags
from engine.library.naming import (
    DEFAULT_TEMPLATE,
    ensure_inside_root,
    library_target,
    preview_template,
    render_relative_path,
    validate_template,
)
from engine.library.sanitise import MAX_COMPONENT_BYTES, sanitise_component

ALBUM = TrackTags(title="Paranoid Android", artists=("Radiohead",), album="OK Computer",
                  date="1997-05-21", track_number=2, track_total=12)


def test_default_template_preview() -> None:
    assert preview_template(DEFAULT_TEMPLATE) == (
        "Radiohead/1997 - OK Computer/02 - Paranoid Android.flac"
    )


def test_disc_prefix_only_on_multi_disc_albums() -> None:
    single = TrackTags(title="T", artists=("A",), album="B", date="2000", track_number=5,
                       disc_number=1, disc_total=1)
    multi = TrackTags(title="T", artists=("A",), album="B", date="2000", track_number=5,
                      disc_number=2, disc_total=3)
    assert render_relative_path(DEFAULT_TEMPLATE, single, "mp3").name == "05 - T.mp3"
    assert render_relative_path(DEFAULT_TEMPLATE, multi, "mp3").name == "2-05 - T.mp3"


def test_missing_values_take_their_separator_along() -> None:
    tags = TrackTags(title="Song", artists=("Artist",), album="Album")
    assert str(render_relative_path(DEFAULT_TEMPLATE, tags, "ogg")) == "Artist/Album/Song.ogg"
    assert str(render_relative_path(DEFAULT_TEMPLATE, TrackTags(), "ogg")) == (
        "Unknown Artist/Unknown Album/Unknown Title.ogg"
    )


def test_album_artist_falls_back_to_first_artist_and_artist_joins_all() -> None:
    tags = TrackTags(title="T", artists=("A", "B"), album="X")
    assert str(render_relative_path("{albumartist}/{artist} - {title}.{ext}", tags, "mp3")) == (
        "A/A, B - T.mp3"
    )
    assert str(render_relative_path("{isrc} {title}.{ext}", ALBUM, "MP3")) == "Paranoid Android.mp3"


def test_extension_is_sanitised() -> None:
    assert render_relative_path(DEFAULT_TEMPLATE, ALBUM, ".FL/AC\x00").suffix == ".flac"
    assert render_relative_path(DEFAULT_TEMPLATE, ALBUM, "...").suffix == ".bin"


@pytest.mark.parametrize("template", [
    "{foo}/{title}.{ext}", "{title}", "{title}.mp3", "/{title}.{ext}", "a//{title}.{ext}",
    "{title!r}.{ext}", "{track:zz}.{ext}", "a\\{title}.{ext}", "{title.__class__}.{ext}",
    "{title[0]}.{ext}", "{title", "", "   ", "{title:{album}}.{ext}",
])
def test_invalid_templates_are_rejected_clearly(template: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        validate_template(template)
    assert caught.value.code == "config.naming_template"
    assert caught.value.message.startswith(("Invalid naming", "Invalid format"))


def test_format_specs_work() -> None:
    assert preview_template("{albumartist}/{track:03}. {title:.8}.{ext}", ext="mp3") == (
        "Radiohead/002. Paranoid.mp3"
    )


HOSTILE = [
    ("..\\..\\x", "_.._x"),
    ("../../etc/passwd", "_.._etc_passwd"),
    ("CON", "_CON"),
    ("con.mp3", "_con.mp3"),
    ("Lpt1", "_Lpt1"),
    ("NUL\x00byte", "NULbyte"),
    ("evil\u202egpj.exe", "evilgpj.exe"),
    ("...", "Unknown"),
    (" . . ", "Unknown"),
    ("trailing. . ", "trailing"),
    ('a<b>c:d"e|f?g*h', "a_b_c_d_e_f_g_h"),
    ("tab\tand\nnewline", "tab and newline"),
]


@pytest.mark.parametrize(("hostile", "expected"), HOSTILE)
def test_hostile_component_values(hostile: str, expected: str) -> None:
    assert sanitise_component(hostile, fallback="Unknown") == expected


def test_300_byte_names_are_cut_on_a_character_boundary_keeping_the_extension() -> None:
    name = sanitise_component("ö" * 150, fallback="x", suffix=".flac")
    assert name.endswith(".flac")
    assert len(name.encode("utf-8")) <= MAX_COMPONENT_BYTES
    assert set(name[: -len(".flac")]) == {"ö"}
    emoji = sanitise_component("😀" * 100, fallback="x", suffix=".mp3")
    assert len(emoji.encode("utf-8")) == 251 + 4 - 3 and set(emoji[:-4]) == {"😀"}


def test_hostile_tags_stay_inside_the_root(tmp_path: Path) -> None:
    tags = TrackTags(title="..\\..\\x", artists=("../..",), album="/etc", date="1999")
    target = library_target(tmp_path, DEFAULT_TEMPLATE, tags, "mp3")
    assert target.is_relative_to(tmp_path.resolve())
    # Separators become "_", leading dots go (no hidden files, no "." or "..").
    assert target.relative_to(tmp_path.resolve()).parts == ("_", "1999 - _etc", "_.._x.mp3")


@pytest.mark.parametrize("relative", ["../x.mp3", "a/../../x.mp3", "/etc/passwd", "", "."])
def test_escaping_relative_paths_raise(tmp_path: Path, relative: str) -> None:
    with pytest.raises(UnsafePathError):
        ensure_inside_root(tmp_path, PurePosixPath(relative))


def test_symlink_pointing_outside_is_caught(tmp_path: Path) -> None:
    root = tmp_path / "library"
    outside = tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    os.symlink(outside, root / "Artist")
    with pytest.raises(UnsafePathError):
        ensure_inside_root(root, PurePosixPath("Artist/Album/x.mp3"))
