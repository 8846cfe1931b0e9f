"""Cover embedding per format (replace only small art) and cover.jpg written once per folder."""

from __future__ import annotations

import base64
from pathlib import Path

import mutagen
import pytest
from mutagen.flac import Picture
from mutagen.id3 import ID3

from engine.errors import FileProcessingError
from engine.library.artwork import embed_cover, existing_cover_size, write_folder_cover
from engine.library.models import CoverOutcome
from engine.library.tags import read_tags, write_tags
from tests.library.conftest import FORMATS, FULL_TAGS, image_bytes, image_size


@pytest.mark.parametrize("fmt", FORMATS)
def test_embeds_into_a_file_without_art(make_audio, fmt: str) -> None:
    path = make_audio(fmt)
    assert existing_cover_size(path) is None
    assert embed_cover(path, image_bytes(640, 640), "image/jpeg") is CoverOutcome.EMBEDDED
    assert existing_cover_size(path) == (640, 640)


@pytest.mark.parametrize("fmt", FORMATS)
def test_small_existing_art_is_replaced_big_art_kept(make_audio, fmt: str) -> None:
    path = make_audio(fmt)
    embed_cover(path, image_bytes(300, 300))
    assert embed_cover(path, image_bytes(1200, 1000, "PNG")) is CoverOutcome.EMBEDDED
    assert existing_cover_size(path) == (1200, 1000)
    assert embed_cover(path, image_bytes(1400, 1400)) is CoverOutcome.KEPT_EXISTING
    assert existing_cover_size(path) == (1200, 1000)


@pytest.mark.parametrize("fmt", ["mp3", "flac", "opus", "m4a"])
def test_small_art_is_not_replaced_by_even_smaller_art(make_audio, fmt: str) -> None:
    path = make_audio(fmt)
    embed_cover(path, image_bytes(800, 800))
    assert embed_cover(path, image_bytes(64, 64)) is CoverOutcome.KEPT_EXISTING
    assert existing_cover_size(path) == (800, 800)


@pytest.mark.parametrize("fmt", FORMATS)
def test_cover_embedding_keeps_tags_and_is_idempotent(make_audio, fmt: str) -> None:
    path = make_audio(fmt)
    write_tags(path, FULL_TAGS)
    cover = image_bytes(500, 500)
    embed_cover(path, cover)
    first = path.read_bytes()
    embed_cover(path, cover)
    assert path.read_bytes() == first
    assert read_tags(path) == FULL_TAGS


def test_format_specific_containers(make_audio) -> None:
    cover = image_bytes(320, 320)
    mp3, flac, opus, m4a = (make_audio(fmt) for fmt in ("mp3", "flac", "opus", "m4a"))
    for path in (mp3, flac, opus, m4a):
        embed_cover(path, cover)
    apic = ID3(mp3).getall("APIC")
    assert len(apic) == 1 and apic[0].type == 3 and apic[0].mime == "image/jpeg"
    pictures = mutagen.File(flac).pictures
    assert len(pictures) == 1 and pictures[0].type == 3 and pictures[0].width == 320
    block = mutagen.File(opus).tags["METADATA_BLOCK_PICTURE"]
    assert len(block) == 1 and Picture(base64.b64decode(block[0])).data == cover
    assert bytes(mutagen.File(m4a).tags["covr"][0]) == cover


def test_other_image_formats_are_converted_to_jpeg(make_audio) -> None:
    path = make_audio("mp3")
    embed_cover(path, image_bytes(400, 300, "WEBP"), "image/webp")
    apic = ID3(path).getall("APIC")[0]
    assert apic.mime == "image/jpeg"
    assert image_size(apic.data) == ("JPEG", (400, 300))


@pytest.mark.parametrize("data", [b"", b"<html>403</html>", image_bytes(50, 50)[:40]])
def test_invalid_image_bytes_are_refused(make_audio, data: bytes) -> None:
    path = make_audio("flac")
    with pytest.raises(FileProcessingError) as caught:
        embed_cover(path, data)
    assert caught.value.code == "artwork.invalid_image"
    assert existing_cover_size(path) is None


def test_folder_cover_written_once_and_upgraded_only_when_bigger(tmp_path: Path) -> None:
    album = tmp_path / "Artist" / "2001 - Album"
    album.mkdir(parents=True)
    assert write_folder_cover(album, image_bytes(640, 640)) is CoverOutcome.WRITTEN
    first = (album / "cover.jpg").read_bytes()
    assert write_folder_cover(album, image_bytes(640, 640)) is CoverOutcome.KEPT_EXISTING
    assert write_folder_cover(album, image_bytes(300, 300)) is CoverOutcome.KEPT_EXISTING
    assert (album / "cover.jpg").read_bytes() == first
    assert write_folder_cover(album, image_bytes(1000, 1000)) is CoverOutcome.WRITTEN
    assert image_size((album / "cover.jpg").read_bytes()) == ("JPEG", (1000, 1000))
    assert sorted(p.name for p in album.iterdir()) == ["cover.jpg"]


def test_folder_cover_from_transparent_png_is_a_jpeg(tmp_path: Path) -> None:
    write_folder_cover(tmp_path, image_bytes(600, 600, "PNG", mode="RGBA"))
    assert image_size((tmp_path / "cover.jpg").read_bytes()) == ("JPEG", (600, 600))
