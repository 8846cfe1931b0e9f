"""Hostile input: generated remote file names and tag values through naming and organise.

10,000 names in ``make test-reliability`` (1,000 in ``make test``): every destination stays
inside the library root and every path component is a valid name on Linux, macOS and Windows;
a sample is really moved into a library on disk.
"""

import os
import re
from pathlib import Path, PureWindowsPath

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.library.models import TrackTags
from engine.library.naming import DEFAULT_TEMPLATE, library_target
from engine.library.organise import organise_file
from engine.library.sanitise import safe_extension
from tests.support.results import record_result

FULL = os.environ.get("HARMONY_RELIABILITY_FULL") == "1"
NAMES = 10_000 if FULL else 1_000
BATCH = 50
HOSTILE_PARTS = ["..", ".", "CON", "con.mp3", "NUL", "aux", "COM1", "LPT9", "\x00", "\u202e",
                 "\u202d", "a/b", "a\\b", "<>:\"|?*", " ", "...", "\t", "\n", "~", "$HOME",
                 "..\\..\\..\\Windows\\System32", "../../../etc/passwd", "é" * 200, "x" * 300,
                 "🎵" * 80, "\ufeff", "trailing. ", "COM\u00b9", "\u0000\u0001\u001f"]
RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.I)
hostile_text = st.one_of(st.sampled_from(HOSTILE_PARTS), st.text(min_size=0, max_size=120),
                         st.lists(st.sampled_from(HOSTILE_PARTS), min_size=1, max_size=4)
                         .map("".join))
remote_names = st.builds(lambda folders, name, ext: "\\".join([*folders, f"{name}.{ext}"]),
                         st.lists(hostile_text, max_size=4), hostile_text,
                         st.one_of(st.sampled_from(["mp3", "flac", "FLAC", "m4a", "..",
                                                    "exe", "mp3 ", "\x00mp3"]),
                                   st.text(max_size=12)))
tags = st.builds(TrackTags, title=hostile_text, artists=st.lists(hostile_text, max_size=3)
                 .map(tuple), album_artist=st.one_of(st.none(), hostile_text),
                 album=st.one_of(st.none(), hostile_text),
                 date=st.one_of(st.none(), st.sampled_from(["2019", "19", "x", "2019-05-01"])),
                 track_number=st.one_of(st.none(), st.integers(-5, 10_000)),
                 disc_number=st.one_of(st.none(), st.integers(-1, 99)),
                 disc_total=st.one_of(st.none(), st.integers(0, 99)))
TRIED = {"names": 0, "escapes": 0, "invalid": 0}


def _problems(root: Path, target: Path) -> list[str]:
    problems = []
    if root.resolve() not in target.resolve().parents:
        problems.append("escape")
    for part in target.relative_to(root).parts:
        if (len(part.encode()) > 255 or part in ("", ".", "..") or part != part.rstrip(". ")
                or RESERVED.match(part) or any(c in part for c in '<>:"/\\|?*')
                or any(ord(c) < 32 or 0x202a <= ord(c) <= 0x202e for c in part)):
            problems.append(f"invalid component {part!r}")
    return problems


@settings(max_examples=NAMES // BATCH, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(remote_names, tags), min_size=BATCH, max_size=BATCH))
def test_no_remote_name_escapes_or_produces_an_invalid_name(tmp_path_factory, batch) -> None:
    root = tmp_path_factory.getbasetemp() / "library"
    for remote, track_tags in batch:
        ext = safe_extension(PureWindowsPath(remote).suffix) or "bin"
        target = library_target(root, DEFAULT_TEMPLATE, track_tags, ext)
        problems = _problems(root, target)
        TRIED["names"] += 1
        TRIED["escapes"] += problems.count("escape")
        TRIED["invalid"] += len(problems) - problems.count("escape")
        assert problems == [], (remote, track_tags, target)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(tags, min_size=5, max_size=5))
def test_real_files_land_inside_the_library(tmp_path_factory, batch) -> None:
    base = tmp_path_factory.mktemp("organise")
    root = base / "library"
    for n, track_tags in enumerate(batch):
        source = base / f"download-{n}.mp3"
        source.write_bytes(b"ID3" + bytes(n))
        target = library_target(root, DEFAULT_TEMPLATE, track_tags, "mp3")
        result = organise_file(source, root, target.relative_to(root))
        assert root.resolve() in Path(result.path).resolve().parents
        assert Path(result.path).exists() and not source.exists()
    leftovers = [p for p in root.rglob("*") if p.name.startswith(".harmony-partial-")]
    assert leftovers == []


def test_record_totals() -> None:
    """Runs after the property tests in this module (file order) and records their totals."""
    assert TRIED["names"] >= NAMES
    record_result("hostile_names_tried", TRIED["names"])
    record_result("escapes", TRIED["escapes"])
    record_result("invalid_names", TRIED["invalid"])
