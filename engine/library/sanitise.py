"""Turning untrusted text (tags, remote file names) into one safe path component on any OS."""

from __future__ import annotations

import re
import unicodedata

MAX_COMPONENT_BYTES = 255
# Windows refuses these as a name's stem, whatever the case or extension ("con.tar.gz").
WINDOWS_RESERVED_STEMS = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{device}{digit}" for device in ("COM", "LPT") for digit in "123456789¹²³"}
)
WINDOWS_INVALID_CHARS = frozenset('<>:"/\\|?*')
# Bidirectional controls make "evil\u202egpj.mp3" display as "evilmp3.jpg".
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_WHITESPACE_RUN = re.compile(r"\s+")
_EXTENSION_CHARS = re.compile(r"[^a-z0-9]")
_MAX_EXTENSION_CHARS = 10


# Cc (controls incl. NUL; tab/CR/LF become spaces below), Cs (lone surrogates: they cannot be
# encoded and crash os calls) and the bidi controls, as one regex because names can be long.
_DROPPED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff" + "".join(sorted(BIDI_CONTROLS)) + "]"
)
_WINDOWS_INVALID = re.compile(r'[<>:"/\\|?*]')


def _is_dropped(char: str) -> bool:
    return char not in "\t\n\r" and _DROPPED.match(char) is not None


def _clean_characters(value: str) -> str:
    text = _DROPPED.sub("", value)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _WHITESPACE_RUN.sub(" ", _WINDOWS_INVALID.sub("_", text))


def _trim(value: str) -> str:
    # Leading dots would hide the file (and make "." / ".."); Windows drops trailing dots/spaces.
    return value.lstrip(" .").rstrip(" .")


def is_blank(value: str) -> bool:
    """True when nothing of ``value`` would survive sanitisation (only dots, spaces, controls)."""
    return not _trim(_clean_characters(value))


def is_reserved_name(name: str) -> bool:
    """True for Windows device names, with or without extensions, in any case."""
    stem = name.split(".", 1)[0].rstrip(" ")
    return stem.upper() in WINDOWS_RESERVED_STEMS


def truncate_utf8(value: str, max_bytes: int) -> str:
    """The longest prefix of ``value`` whose UTF-8 encoding fits ``max_bytes`` (whole chars)."""
    encoded = value.encode("utf-8")
    if len(encoded) <= max_bytes:
        return value
    return encoded[:max(0, max_bytes)].decode("utf-8", errors="ignore")


def safe_extension(extension: str) -> str:
    """Lowercase ASCII letters and digits only (``".MP3"`` → ``"mp3"``); ``"bin"`` if none."""
    cleaned = _EXTENSION_CHARS.sub("", extension.lower())[:_MAX_EXTENSION_CHARS]
    return cleaned or "bin"


def sanitise_component(value: str | None, *, fallback: str, suffix: str = "") -> str:
    """One safe path component: ``value`` cleaned, plus ``suffix`` (e.g. ``".mp3"``) kept intact.

    Never empty, never ``.``/``..``, no separators, control or bidi characters, no Windows-invalid
    characters or reserved names, no trailing dots/spaces, at most 255 UTF-8 bytes in total.
    """
    budget = MAX_COMPONENT_BYTES - len(suffix.encode("utf-8"))
    stem = _trim(_clean_characters(value or ""))
    if not stem:
        stem = fallback
    if is_reserved_name(stem + suffix):
        stem = "_" + stem
    stem = _trim(truncate_utf8(stem, budget))
    if not stem or is_reserved_name(stem + suffix):
        stem = _trim(truncate_utf8(_clean_characters(fallback), budget)) or "_"
    return stem + suffix


def is_safe_component(name: str) -> bool:
    """The invariant :func:`sanitise_component` guarantees (used by checks and tests)."""
    return bool(
        name
        and name not in (".", "..")
        and len(name.encode("utf-8")) <= MAX_COMPONENT_BYTES
        and not any(char in WINDOWS_INVALID_CHARS or _is_dropped(char) for char in name)
        and name == name.rstrip(" .")
        and not name.startswith((" ", "."))
        and not is_reserved_name(name)
    )
