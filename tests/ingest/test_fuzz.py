"""Hostile input: random bytes and mutated real files give a preview or ImportRejected, only."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.errors import ImportRejected
from engine.ingest import ImportLimits, ImportPreview, parse_bytes, parse_text
from tests.ingest.conftest import DATA

FUZZ = settings(max_examples=300, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])
NAMES = ["x.csv", "x.m3u8", "x.txt", "x.url", "x.webloc", "x.bin"]
FIXTURES = sorted(path for path in DATA.iterdir() if path.is_file())
LIMITS = ImportLimits(max_file_bytes=64 * 1024)


def check(run) -> None:
    try:
        preview = run()
    except ImportRejected as refused:
        assert refused.code.startswith("import.") and refused.message
        return
    assert isinstance(preview, ImportPreview)
    for track in preview.accepted:
        assert track.title.strip() and track.artists and all(a.strip() for a in track.artists)
        assert track.duration_ms is None or track.duration_ms > 0
    assert all(link.kind in {"track", "album", "playlist"} for link in preview.links)
    assert all(row.reason.startswith("import.") for row in preview.rejected)
    json.dumps(preview.to_cli_json())


@st.composite
def mutated_fixture(draw: st.DrawFn) -> tuple[str, bytes]:
    path = draw(st.sampled_from(FIXTURES))
    data = bytearray(path.read_bytes())
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "splice"]))
        if action == "flip" and data:
            data[position] ^= draw(st.integers(1, 255))
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
        elif action == "delete":
            del data[position:position + draw(st.integers(1, 32))]
        elif action == "truncate":
            del data[position:]
        else:
            data[position:position] = draw(st.sampled_from(
                [b'"', b"\n", b";", b",", b"\r", b"#EXTINF:", b" - ", b"spotify:track:",
                 b"\xff\xfe", b"\xef\xbb\xbf", b"\\,", b"<key>URL</key>"]))
    return path.name, bytes(data)


def _each_name(name: str):
    @FUZZ
    @given(data=st.binary(max_size=2048))
    def random_bytes(data: bytes) -> None:
        check(lambda: parse_bytes(data, name, LIMITS))
    return random_bytes


test_random_bytes_as_csv = _each_name("x.csv")
test_random_bytes_as_m3u = _each_name("x.m3u8")
test_random_bytes_as_text = _each_name("x.txt")
test_random_bytes_as_url_shortcut = _each_name("x.url")
test_random_bytes_as_webloc = _each_name("x.webloc")


@FUZZ
@given(sample=mutated_fixture(), name=st.sampled_from(NAMES))
def test_mutated_real_files_under_any_extension(sample: tuple[str, bytes], name: str) -> None:
    original_name, data = sample
    check(lambda: parse_bytes(data, f"{original_name}-{name}", LIMITS))


@FUZZ
@given(text=st.text(max_size=600))
def test_random_pasted_text(text: str) -> None:
    check(lambda: parse_text(text, "paste", LIMITS))


@FUZZ
@given(lines=st.lists(st.sampled_from([
    "Nena - 99 Luftballons", "1. A – B 3:45", "spotify:track:4uLU6hMCjMI75M1A2tKUQC", "by",
    " - ", "#EXTM3U", '"Track Name","Artist Name(s)"', "x | y | 2001", "—", "[1] ", "• - -",
    "https://open.spotify.com/intl-de/", "0:00", "by by by", "\ufeff", "sep=;"]), max_size=30),
    joiner=st.sampled_from(["\n", "\r\n", " ", ";", ","]))
def test_structured_nonsense(lines: list[str], joiner: str) -> None:
    check(lambda: parse_text(joiner.join(lines), "paste", LIMITS))
