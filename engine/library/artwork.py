"""Embedding cover art (ID3 APIC, FLAC picture, MP4 covr, Vorbis/Opus picture) and cover.jpg."""

from __future__ import annotations

import base64
import binascii
import io
from dataclasses import dataclass
from pathlib import Path

from mutagen import FileType, MutagenError
from mutagen.flac import FLAC, Picture
from mutagen.id3 import APIC
from mutagen.mp4 import MP4Cover
from PIL import Image, UnidentifiedImageError

from engine.errors import FileProcessingError
from engine.library.atomic import write_bytes_atomic
from engine.library.audiofile import open_audio
from engine.library.models import CoverOutcome
from engine.library.tags import TagKind, save_audio, tag_kind

# Embedded art at least this big on its short edge is kept (product §2.3).
KEEP_EXISTING_MIN_EDGE = 1000
FOLDER_COVER_NAME = "cover.jpg"
_FRONT_COVER = 3
_PICTURE_KEY = "METADATA_BLOCK_PICTURE"
_JPEG_QUALITY = 92


@dataclass(frozen=True, slots=True)
class CoverImage:
    """Image bytes checked by Pillow, in a format every tag family accepts (JPEG or PNG)."""

    data: bytes
    mime: str
    width: int
    height: int

    @property
    def short_edge(self) -> int:
        return min(self.width, self.height)


def load_cover(image_bytes: bytes) -> CoverImage:
    """Validate ``image_bytes``; anything but JPEG/PNG is converted to JPEG."""
    try:
        with Image.open(io.BytesIO(image_bytes)) as image:
            image.load()
            if image.format == "JPEG":
                return CoverImage(image_bytes, "image/jpeg", *image.size)
            if image.format == "PNG":
                return CoverImage(image_bytes, "image/png", *image.size)
            return CoverImage(_to_jpeg(image), "image/jpeg", *image.size)
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise FileProcessingError(
            f"The cover image is not a readable picture: {exc}", code="artwork.invalid_image"
        ) from exc


def _to_jpeg(image: Image.Image) -> bytes:
    if image.mode not in ("RGB", "L"):
        # Flatten transparency onto white: JPEG has no alpha channel.
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=_JPEG_QUALITY)
    return buffer.getvalue()


def _image_size(data: bytes) -> tuple[int, int] | None:
    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.size
    except (UnidentifiedImageError, OSError, ValueError):
        return None  # broken embedded art counts as no art


def _embedded_images(audio: FileType, kind: TagKind) -> list[bytes]:
    tags = audio.tags
    if kind is TagKind.ID3:
        return [frame.data for frame in tags.getall("APIC")]
    if kind is TagKind.MP4:
        return [bytes(cover) for cover in tags.get("covr") or []]
    if isinstance(audio, FLAC):
        return [picture.data for picture in audio.pictures]
    images = []
    for encoded in tags.get(_PICTURE_KEY, []) or []:
        try:
            images.append(Picture(base64.b64decode(encoded)).data)
        except (binascii.Error, ValueError, MutagenError):  # foreign junk is no art
            continue
    return images


def _largest_size(audio: FileType, kind: TagKind) -> tuple[int, int] | None:
    sizes = [size for data in _embedded_images(audio, kind) if (size := _image_size(data))]
    return max(sizes, key=lambda size: min(size), default=None)


def existing_cover_size(path: Path | str) -> tuple[int, int] | None:
    """``(width, height)`` of the biggest embedded picture, ``None`` when there is none."""
    audio = open_audio(path)
    if audio.tags is None:
        return None
    return _largest_size(audio, tag_kind(audio))


def _flac_picture(cover: CoverImage) -> Picture:
    picture = Picture()
    picture.type = _FRONT_COVER
    picture.mime = cover.mime
    picture.desc = "Cover"
    picture.width, picture.height = cover.width, cover.height
    picture.depth = 24
    picture.data = cover.data
    return picture


def _replace_pictures(audio: FileType, kind: TagKind, cover: CoverImage) -> None:
    tags = audio.tags
    if kind is TagKind.ID3:
        tags.delall("APIC")
        tags.add(APIC(encoding=3, mime=cover.mime, type=_FRONT_COVER, desc="Cover",
                      data=cover.data))
    elif kind is TagKind.MP4:
        image_format = MP4Cover.FORMAT_PNG if cover.mime == "image/png" else MP4Cover.FORMAT_JPEG
        tags["covr"] = [MP4Cover(cover.data, imageformat=image_format)]
    elif isinstance(audio, FLAC):
        audio.clear_pictures()
        audio.add_picture(_flac_picture(cover))
    else:
        if "COVERART" in tags:
            del tags["COVERART"]  # legacy field; two covers confuse players
        encoded = base64.b64encode(_flac_picture(cover).write()).decode("ascii")
        tags[_PICTURE_KEY] = [encoded]


def embed_cover(path: Path | str, image_bytes: bytes, mime: str | None = None) -> CoverOutcome:
    """Embed the front cover unless the file already has art ≥ 1000 px or bigger than ours.

    ``mime`` is informative only: the real type is read from the bytes. Idempotent.
    """
    del mime  # Pillow tells us the truth; remote Content-Type headers lie
    cover = load_cover(image_bytes)
    audio = open_audio(path)
    kind = tag_kind(audio)
    existing = _largest_size(audio, kind)
    if existing is not None:
        existing_edge = min(existing)
        if existing_edge >= KEEP_EXISTING_MIN_EDGE or existing_edge > cover.short_edge:
            return CoverOutcome.KEPT_EXISTING
    _replace_pictures(audio, kind, cover)
    save_audio(audio, kind)
    return CoverOutcome.EMBEDDED


def write_folder_cover(folder: Path | str, image_bytes: bytes) -> CoverOutcome:
    """Write ``cover.jpg`` in ``folder`` unless one at least as big is already there."""
    cover = load_cover(image_bytes)
    target = Path(folder) / FOLDER_COVER_NAME
    if target.exists():
        size = _image_size(target.read_bytes())
        if size is not None and min(size) >= cover.short_edge:
            return CoverOutcome.KEPT_EXISTING
    if cover.mime == "image/jpeg":
        data = cover.data
    else:
        with Image.open(io.BytesIO(cover.data)) as image:
            data = _to_jpeg(image)
    write_bytes_atomic(target, data)
    return CoverOutcome.WRITTEN
