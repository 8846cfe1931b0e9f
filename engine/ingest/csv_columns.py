"""Which CSV column means what (Exportify headers old and new, plain sheets); cell values."""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.ingest.spotify_links import SPOTIFY_ID, first_link
from engine.ingest.track_text import parse_clock

# Normalised header name -> field. Exportify today writes "Track URI", "Track Name",
# "Artist URI(s)", "Artist Name(s)", "Album Name", "Album Release Date", "Disc Number",
# "Track Number", "Track Duration (ms)", "ISRC"; its first versions wrote "Spotify URI" and
# "Artist Name"; its spreadsheet fork writes "Spotify ID", "Artist IDs", "Duration (ms)".
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "uri": ("track uri", "spotify uri", "spotify id", "track id", "spotify url", "track url",
            "uri", "url", "spotify link", "link"),
    "title": ("track name", "title", "name", "track", "song", "song name", "song title",
              "track title"),
    "artists": ("artist name(s)", "artist name", "artist names", "artist", "artists",
                "artist(s)", "performer", "interpret"),
    "artist_ids": ("artist uri(s)", "artist ids", "artist uris"),
    "album": ("album name", "album", "album title"),
    "release": ("album release date", "release date", "year", "release year"),
    "disc": ("disc number", "disc", "disc no", "disc #"),
    "track_number": ("track number", "track no", "track #", "tracknumber"),
    "duration_ms": ("track duration (ms)", "duration (ms)", "duration_ms", "duration ms"),
    "duration": ("duration", "length", "time", "track duration"),
    "isrc": ("isrc",),
}
_ALIAS_TO_FIELD = {alias: name for name, aliases in COLUMN_ALIASES.items() for alias in aliases}
_ISRC = re.compile(r"^[A-Z]{2}[A-Z0-9]{3}\d{7}$")
_YEAR = re.compile(r"^\s*(\d{4})")
# Exportify joins artists with ", " and escapes commas inside a name as "\,".
_ARTIST_SEPARATOR = re.compile(r"(?<!\\),")


@dataclass(frozen=True, slots=True)
class ColumnMap:
    positions: dict[str, int]

    def has(self, name: str) -> bool:
        return name in self.positions

    def cell(self, row: list[str], name: str) -> str:
        position = self.positions.get(name)
        if position is None or position >= len(row):
            return ""
        return row[position].strip()


def normalise_header(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").strip().strip("\"'").casefold().split())


def map_columns(header: list[str]) -> ColumnMap:
    positions: dict[str, int] = {}
    for position, cell in enumerate(header):
        name = _ALIAS_TO_FIELD.get(normalise_header(cell))
        if name is not None and name not in positions:  # the first matching column wins
            positions[name] = position
    return ColumnMap(positions)


def split_artist_names(cell: str, artist_id_count: int) -> tuple[str, ...]:
    # With a single artist ID a comma belongs to the name ("Tyler, The Creator").
    names = [cell] if artist_id_count == 1 else _ARTIST_SEPARATOR.split(cell)
    cleaned = (name.replace("\\,", ",").strip() for name in names)
    return tuple(name for name in cleaned if name)


def count_artist_ids(cell: str) -> int:
    return len([part for part in re.split(r"[,;\s]+", cell) if part])


def spotify_track_id(cell: str) -> str | None:
    cell = cell.strip()
    if SPOTIFY_ID.match(cell):
        return cell
    if cell.startswith("spotify:track:") and SPOTIFY_ID.match(cell[14:]):
        return cell[14:]  # what Exportify writes in every row: skip the general link search
    match = first_link(cell)
    return match.spotify_id if match and match.kind == "track" else None


def normalise_isrc(cell: str) -> str | None:
    isrc = cell.replace("-", "").replace(" ", "").upper()
    return isrc if _ISRC.match(isrc) else None


def parse_duration_ms(milliseconds_cell: str, clock_cell: str) -> int | None:
    value = _positive_number(milliseconds_cell)
    if value is not None:
        return round(value)
    if ":" in clock_cell:
        return parse_clock(clock_cell.strip()) if re.fullmatch(r"\d{1,2}(:\d{1,2}){1,2}",
                                                               clock_cell.strip()) else None
    seconds = _positive_number(clock_cell)
    if seconds is None:
        return None
    return round(seconds) if seconds > 10_000 else round(seconds * 1000)  # ms or seconds


def parse_year(cell: str) -> int | None:
    match = _YEAR.match(cell)
    return int(match.group(1)) if match and 1000 <= int(match.group(1)) <= 2100 else None


def parse_small_int(cell: str) -> int | None:
    cell = cell.strip().split("/")[0]  # "3/12" as taggers write track numbers
    return int(cell) if cell.isdecimal() and 0 < int(cell) < 10_000 else None


def _positive_number(cell: str) -> float | None:
    try:
        value = float(cell.strip().replace(",", "."))
    except ValueError:
        return None
    return value if 0 < value < 360_000_000 else None  # below 100 hours, above nothing
