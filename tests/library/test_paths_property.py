"""Property tests: hostile tag values and remote names never escape the root or break a name."""

from __future__ import annotations

import os
import tempfile
import unicodedata
from pathlib import Path, PurePosixPath

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.library.models import TrackTags
from engine.library.naming import (
    DEFAULT_TEMPLATE,
    ensure_inside_root,
    parse_template,
    render_relative_path,
)
from engine.library.organise import organise_file

# Independent of engine.library.sanitise on purpose: the rules as the product states them.
RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in "123456789"}
FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)} | {"\x7f"}
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
HOSTILE_PIECES = [
    "..", ".", "/", "\\", "..\\..\\", "../", "CON", "con.mp3", "LPT9", "NUL", "\x00", "\x1f",
    "\u202e", "\u2066", " ", "...", ". .", "<>", ":", "|?*", "\ud800", "é", "e\u0301", "😀",
    "漢字", "\t\n", "COM1.", "aux .txt",
]
hostile_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(HOSTILE_PIECES), max_size=12).map("".join),
    st.lists(st.sampled_from([*HOSTILE_PIECES, "a", "B", "ö"]), max_size=80).map("".join),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=200, max_size=400),
)
hostile_tags = st.builds(
    TrackTags,
    title=st.none() | hostile_text,
    artists=st.lists(hostile_text, max_size=3).map(tuple),
    album_artist=st.none() | hostile_text,
    album=st.none() | hostile_text,
    date=st.none() | st.text(max_size=12),
    track_number=st.none() | st.integers(min_value=-5, max_value=10**6),
    disc_number=st.none() | st.integers(min_value=-5, max_value=10**6),
    disc_total=st.none() | st.integers(min_value=-5, max_value=100),
    isrc=st.none() | hostile_text,
)
TEMPLATES = [parse_template(t) for t in (
    DEFAULT_TEMPLATE,
    "{artist}/{album} [{isrc}]/{disc}{track} {title}.{ext}",
    "{title}.{ext}",
)]
ROOT = Path(tempfile.gettempdir()).resolve() / "harmony-property-root"


def assert_valid_component(name: str) -> None:
    assert name and name not in (".", "..")
    assert len(name.encode("utf-8")) <= 255
    assert not (set(name) & (FORBIDDEN | BIDI))
    assert not any(unicodedata.category(char) == "Cs" for char in name)
    assert not name.endswith((" ", ".")) and not name.startswith(" ")
    assert name.split(".", 1)[0].rstrip(" ").upper() not in RESERVED


def assert_inside_root(relative: PurePosixPath) -> None:
    joined = os.path.normpath(os.path.join(ROOT, *relative.parts))
    assert joined.startswith(str(ROOT) + os.sep)
    assert ensure_inside_root(ROOT, relative).is_relative_to(ROOT)


def _everywhere(value: str, number: int | None) -> TrackTags:
    """One hostile value in every text field at once (cheaper to generate than six)."""
    return TrackTags(title=value, artists=(value, value[::-1]), album_artist=value or None,
                     album=value[: len(value) // 2], date=value[:10], isrc=value[-12:],
                     track_number=number, disc_number=number, disc_total=number)


# 200 examples × 50 values = 10,000 hostile values; batching keeps Hypothesis' per-example
# overhead (the bulk of the run time) down.
@settings(max_examples=200, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(batch=st.lists(st.tuples(hostile_text, st.none() | st.integers(-5, 10**6)),
                      min_size=50, max_size=50),
       template_index=st.integers(0, 2))
def test_rendered_paths_are_always_safe(batch: list[tuple[str, int | None]],
                                        template_index: int) -> None:
    for value, number in batch:
        tags = _everywhere(value, number)
        relative = render_relative_path(TEMPLATES[template_index], tags, value)
        for part in relative.parts:
            assert_valid_component(part)
        assert_inside_root(relative)


@settings(max_examples=200, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(tags=hostile_tags)
def test_real_files_land_under_the_rendered_name(tmp_path: Path, tags: TrackTags) -> None:
    library = tmp_path / "library"
    source = tmp_path / "incoming.mp3"
    payload = os.urandom(16)
    source.write_bytes(payload)
    relative = render_relative_path(DEFAULT_TEMPLATE, tags, "mp3")
    result = organise_file(source, library, relative)
    assert result.path.read_bytes() == payload
    assert result.path.resolve().is_relative_to(library.resolve())
    assert result.path.parent == (library / relative).parent.resolve()
    assert os.listdir(result.path.parent).count(result.path.name) == 1
