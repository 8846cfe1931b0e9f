"""Encodings and junk: UTF-8 with/without BOM, UTF-16, cp1252 with a note, binary refused."""

from __future__ import annotations

import random

import pytest

from engine.errors import ImportRejected
from engine.ingest import parse_bytes, parse_paths, parse_text

LINE = "Die Ärzte - Schrei nach Liebe\nMotörhead – Ace of Spades\n"


@pytest.mark.parametrize("data", [
    LINE.encode("utf-8"),
    b"\xef\xbb\xbf" + LINE.encode("utf-8"),
    b"\xff\xfe" + LINE.encode("utf-16-le"),
    b"\xfe\xff" + LINE.encode("utf-16-be"),
    LINE.encode("utf-16-le"),  # no BOM, as some Windows tools write it
    LINE.encode("utf-16-be"),
    b"\xff\xfe\x00\x00" + LINE.encode("utf-32-le"),
])
def test_unicode_encodings_decode_without_a_note(data: bytes) -> None:
    preview = parse_bytes(data, "list.txt")

    assert [(t.artists[0], t.title) for t in preview.accepted] == [
        ("Die Ärzte", "Schrei nach Liebe"), ("Motörhead", "Ace of Spades")]
    assert preview.notes == ()


def test_cp1252_file_is_read_with_a_note(data_dir) -> None:
    preview = parse_paths([data_dir / "cp1252_list.txt"])

    assert [t.artists[0] for t in preview.accepted] == [
        "Die Ärzte", "Herbert Grönemeyer", "Motörhead", "Beyoncé"]
    assert preview.accepted[1].title == "Männer"  # the en dash 0x96 split it
    [note] = preview.notes
    assert note.code == "import.legacy_encoding" and "cp1252" in note.message


def test_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    preview = parse_bytes("Sigur Rós - Hoppípolla\n".encode("latin-1") + b"\x81\n", "x.txt")

    assert preview.accepted[0].artists == ("Sigur Rós",)
    assert "latin-1" in preview.notes[0].message


@pytest.mark.parametrize("name", ["cover.txt", "cover.csv", "cover.m3u", "cover.url", "paste"])
def test_binary_junk_is_refused_for_the_whole_file(tmp_path, name: str) -> None:
    junk = b"\x89PNG\r\n\x1a\n" + random.Random(7).randbytes(4096)
    path = tmp_path / name
    path.write_bytes(junk)

    with pytest.raises(ImportRejected) as refused:
        parse_paths([path])

    assert refused.value.code == "import.binary_file"
    assert refused.value.params == {"file": str(path)}


def test_text_with_a_single_nul_byte_is_binary() -> None:
    with pytest.raises(ImportRejected) as refused:
        parse_bytes(b"Nena - 99 Luftballons\x00\n", "x.txt")
    assert refused.value.code == "import.binary_file"


def test_pasted_control_characters_are_refused() -> None:
    with pytest.raises(ImportRejected) as refused:
        parse_text("\x01\x02\x03\x04 Nena - 99 Luftballons")
    assert refused.value.code == "import.binary_file"


def test_empty_file_is_reported(tmp_path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"\xef\xbb\xbf\n\n")

    preview = parse_paths([path])

    assert [(r.file, r.line, r.reason) for r in preview.rejected] == [
        (str(path), None, "import.empty_file")]
