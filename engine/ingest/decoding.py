"""Turn dropped bytes into text: BOMs, BOM-less UTF-16, a cp1252/latin-1 fallback, binary junk."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from engine.ingest import reasons

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters that never occur in a text list (tab, newlines, form feed and \x1a, the DOS
# end-of-file marker of old lists, are allowed); U+FFFD means an earlier tool already lost bytes.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f\ufffd]")
# Share of control characters above which text is really binary; real lists have none.
_MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    legacy: bool  # True when neither a BOM nor valid UTF-8 told us the encoding


def decode_bytes(data: bytes, file: str) -> DecodedText:
    """Decode ``data`` or raise ImportRejected(``import.binary_file``)."""
    decoded = _decode_with_bom(data) or _decode_utf16_without_bom(data) or _decode_plain(data)
    if decoded is None or looks_binary(decoded.text):
        raise reasons.refuse(reasons.BINARY_FILE, file=file)
    return decoded


def _decode_with_bom(data: bytes) -> DecodedText | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data[len(bom):].decode(encoding), encoding, legacy=False)
            except UnicodeDecodeError:
                return None
    return None


def _decode_utf16_without_bom(data: bytes) -> DecodedText | None:
    """Some Windows tools write UTF-16 without a BOM: ASCII text then has every other byte NUL."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if odd_nuls > 0.7 * half and even_nuls == 0:
        encoding = "utf-16-le"
    elif even_nuls > 0.7 * half and odd_nuls == 0:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return DecodedText(data.decode(encoding), encoding, legacy=False)
    except UnicodeDecodeError:
        return None


def _decode_plain(data: bytes) -> DecodedText | None:
    if b"\x00" in data:
        return None  # NUL bytes never occur in 8-bit text
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", legacy=False)
    except UnicodeDecodeError:
        pass
    try:
        return DecodedText(data.decode("cp1252"), "cp1252", legacy=True)
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return DecodedText(data.decode("latin-1"), "latin-1", legacy=True)


def looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = sum(1 for _ in _CONTROL_CHARS.finditer(text))
    return controls > max(2, len(text) * _MAX_CONTROL_SHARE)
