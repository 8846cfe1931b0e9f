"""The library naming template: validation, rendering to a safe relative path, live preview.

``{disc}`` renders as ``""`` on single-disc albums (disc total unknown or 1 and disc number ≤ 1)
and as ``"N-"`` on multi-disc albums, so ``{disc}{track:02}`` gives ``07`` or ``2-07``.
A placeholder with no value renders as ``""`` and takes the separator after it along
(``{year} - {album}`` without a year is just the album). Components left empty fall back to
"Unknown Artist" / "Unknown Album" / "Unknown Title".
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from engine.errors import ConfigurationError, UnsafePathError
from engine.library.models import TrackTags
from engine.library.sanitise import is_blank, safe_extension, sanitise_component

DEFAULT_TEMPLATE = "{albumartist}/{year} - {album}/{disc}{track:02} - {title}.{ext}"
PLACEHOLDERS = frozenset(
    {"albumartist", "artist", "album", "year", "track", "disc", "title", "ext", "isrc"}
)
_NUMERIC = frozenset({"track"})
_FALLBACKS = {"albumartist": "Unknown Artist", "artist": "Unknown Artist", "album": "Unknown Album",
              "year": "Unknown Album", "title": "Unknown Title"}
_LEADING_SEPARATOR = re.compile(r"^\s*[-–—_,;]*\s*")
_TRAILING_SEPARATOR = re.compile(r"\s*[-–—_,;]*\s*$")
SAMPLE_TAGS = TrackTags(
    title="Paranoid Android", artists=("Radiohead",), album_artist="Radiohead",
    album="OK Computer", date="1997-05-21", track_number=2, track_total=12,
    disc_number=1, disc_total=1, isrc="GBAYE9700202",
)

_MULTI_DISC_SAMPLE = TrackTags(title="Track", artists=("Artist",), album="Album", date="2001",
                               track_number=7, disc_number=2, disc_total=2)


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    spec: str


_Token = str | _Field  # literal text or a placeholder


@dataclass(frozen=True, slots=True)
class NamingTemplate:
    """A validated template: folder components, then the file name stem (``.{ext}`` implied)."""

    source: str
    folders: tuple[tuple[_Token, ...], ...]
    file_stem: tuple[_Token, ...]


def parse_template(template: str) -> NamingTemplate:
    """Validate ``template``; ``ConfigurationError`` (code ``config.naming_template``) if bad."""
    components = _split_components(_tokenise(template), template)
    last = components[-1]
    if len(last) < 2 or last[-1] != _Field("ext", "") or not str(last[-2]).endswith("."):
        _reject(template, "the file name must end with .{ext}")
    stem = (*last[:-2], last[-2][:-1]) if last[-2] != "." else last[:-2]
    parsed = NamingTemplate(template, tuple(components[:-1]), tuple(t for t in stem if t != ""))
    # Format specs are checked against real values: full, multi-disc and empty tags.
    for tags in (SAMPLE_TAGS, _MULTI_DISC_SAMPLE, TrackTags()):
        _render_all(parsed, tags)
    return parsed


def validate_template(template: str) -> None:
    """For the Settings form: raise ``ConfigurationError`` with a readable reason, or pass."""
    parse_template(template)


def _reject(template: str, reason: str) -> None:
    raise ConfigurationError(
        f"Invalid naming template {template!r}: {reason}",
        code="config.naming_template", params={"template": template, "reason": reason},
    )


def _tokenise(template: str) -> list[_Token]:
    if not template.strip():
        _reject(template, "it is empty")
    if "\\" in template:
        _reject(template, "use / to separate folders")
    tokens: list[_Token] = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        _reject(template, str(exc))
    for literal, name, spec, conversion in parsed:
        if literal:
            tokens.append(literal)
        if name is None:
            continue
        if name not in PLACEHOLDERS:
            known = ", ".join(sorted(PLACEHOLDERS))
            _reject(template, f"unknown placeholder {{{name}}} (known: {known})")
        if conversion:
            _reject(template, f"conversions like !{conversion} are not supported")
        tokens.append(_Field(name, spec or ""))
    return tokens


def _split_components(tokens: list[_Token], template: str) -> list[tuple[_Token, ...]]:
    components: list[list[_Token]] = [[]]
    for token in tokens:
        if isinstance(token, _Field):
            components[-1].append(token)
            continue
        first, *rest = token.split("/")
        components[-1].append(first)
        for piece in rest:
            components.append([piece])
    if any(not "".join(str(t) for t in c).strip() for c in components):
        _reject(template, "it has an empty folder name (leading, trailing or double /)")
    return [tuple(t for t in component if t != "") for component in components]


def placeholder_values(tags: TrackTags) -> dict[str, str | int | None]:
    """What each placeholder stands for, before sanitisation."""
    multi_disc = (tags.disc_total or 1) > 1 or (tags.disc_number or 1) > 1
    artists = [artist for artist in tags.artists if _meaningful(artist)]
    return {
        "albumartist": _meaningful(tags.album_artist) or (artists[0] if artists else None),
        "artist": ", ".join(artists) or None,
        "album": _meaningful(tags.album),
        "year": str(tags.year) if tags.year else None,
        "track": tags.track_number,
        "disc": f"{tags.disc_number or 1}-" if multi_disc else None,
        "title": _meaningful(tags.title),
        "isrc": _meaningful(tags.isrc),
    }


def _meaningful(value: str | None) -> str | None:
    # Text of only dots, spaces or control characters is "unknown", so its separator goes too.
    return None if value is None or is_blank(value) else value


def _render_component(tokens: tuple[_Token, ...], values: dict[str, str | int | None]) -> str:
    out = ""
    drop_leading_separator = False
    for token in tokens:
        if isinstance(token, str):
            out += _LEADING_SEPARATOR.sub("", token, 1) if drop_leading_separator else token
            drop_leading_separator = False
            continue
        value = values.get(token.name)
        if value in (None, ""):
            drop_leading_separator = True
            continue
        if token.name not in _NUMERIC:
            value = str(value)
        try:
            out += format(value, token.spec)
        except (ValueError, TypeError) as exc:
            raise ConfigurationError(
                f"Invalid format {{{token.name}:{token.spec}}}: {exc}",
                code="config.naming_template", params={"reason": str(exc)},
            ) from exc
        drop_leading_separator = False
    return _TRAILING_SEPARATOR.sub("", out, 1) if drop_leading_separator else out


def _fallback(tokens: tuple[_Token, ...]) -> str:
    names = [token.name for token in tokens if isinstance(token, _Field)]
    return next((_FALLBACKS[name] for name in names if name in _FALLBACKS), "Unknown")


def _render_all(template: NamingTemplate, tags: TrackTags, ext: str = "mp3") -> PurePosixPath:
    values = placeholder_values(tags)
    folders = [
        sanitise_component(_render_component(tokens, values), fallback=_fallback(tokens))
        for tokens in template.folders
    ]
    stem = _render_component(template.file_stem, values)
    file_name = sanitise_component(
        stem, fallback=_fallback(template.file_stem), suffix="." + safe_extension(ext)
    )
    return PurePosixPath(*folders, file_name)


def render_relative_path(
    template: str | NamingTemplate, tags: TrackTags, ext: str
) -> PurePosixPath:
    """The sanitised relative path for a track (every component is safe on every OS)."""
    parsed = template if isinstance(template, NamingTemplate) else parse_template(template)
    return _render_all(parsed, tags, ext)


def preview_template(
    template: str, sample_tags: TrackTags | None = None, ext: str = "flac"
) -> str:
    """The Settings live example: ``Radiohead/1997 - OK Computer/02 - Paranoid Android.flac``."""
    return str(render_relative_path(template, sample_tags or SAMPLE_TAGS, ext))


def ensure_inside_root(library_root: Path | str, relative: PurePosixPath | str) -> Path:
    """Absolute path of ``relative`` under the root; ``UnsafePathError`` if it would leave it."""
    root = Path(library_root).resolve()
    relative_path = PurePosixPath(relative)
    if relative_path.is_absolute() or Path(relative).is_absolute() or ".." in relative_path.parts:
        raise UnsafePathError(params={"path": str(relative)})
    target = (root / Path(*relative_path.parts)).resolve()
    if target == root or not target.is_relative_to(root):
        raise UnsafePathError(params={"path": str(relative)})
    return target


def library_target(library_root: Path | str, template: str | NamingTemplate, tags: TrackTags,
                   ext: str) -> Path:
    """Render, sanitise and check in one call: the absolute destination inside the root."""
    return ensure_inside_root(library_root, render_relative_path(template, tags, ext))
