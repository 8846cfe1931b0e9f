"""Exportify-style CSV (comma, semicolon or tab separated; quoted; with or without BOM)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from engine.ingest import reasons
from engine.ingest.batch import ParseBatch
from engine.ingest.csv_columns import (
    ColumnMap,
    count_artist_ids,
    map_columns,
    normalise_header,
    normalise_isrc,
    parse_duration_ms,
    parse_small_int,
    parse_year,
    split_artist_names,
    spotify_track_id,
)
from engine.ingest.models import ImportedTrack
from engine.ingest.spotify_links import scan_links

_DELIMITERS = (",", ";", "\t")
_HEADER_HINTS = frozenset({"track name", "track uri", "spotify uri", "spotify id",
                           "artist name(s)", "artist name", "title", "artist", "isrc"})


def looks_like_csv_header(line: str) -> bool:
    delimiter = pick_delimiter(line)
    cells = {normalise_header(cell) for cell in line.split(delimiter)}
    return len(cells) > 1 and bool(cells & _HEADER_HINTS)


def pick_delimiter(header_line: str) -> str:
    """The separator the header uses most; Excel in many locales saves with ';'."""
    counts = {delimiter: header_line.count(delimiter) for delimiter in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def parse_csv(text: str, file: str) -> ParseBatch:
    batch = ParseBatch(file)
    text = text.lstrip("\ufeff")
    delimiter, text = _excel_separator_hint(text)
    rows = _rows(text, delimiter or pick_delimiter(_first_line(text)), batch)
    header = next((row for _, row in rows if any(cell.strip() for cell in row)), None)
    if header is None:
        batch.reject(None, "", reasons.EMPTY_FILE)
        return batch
    columns = map_columns(header)
    if columns.has("title") and columns.has("artists"):
        for number, row in rows:
            _add_track_row(batch, columns, row, number)
    elif columns.has("uri"):
        for number, row in rows:
            _add_link_row(batch, columns, row, number)
    else:
        _add_links_from_any_cell(batch, header, rows, delimiter or ",")
    return batch


def _add_track_row(batch: ParseBatch, columns: ColumnMap, row: list[str], number: int) -> None:
    if not any(cell.strip() for cell in row):
        return
    uri = columns.cell(row, "uri")
    title = columns.cell(row, "title")
    artists = split_artist_names(columns.cell(row, "artists"),
                                 count_artist_ids(columns.cell(row, "artist_ids")))
    spotify_id = spotify_track_id(uri)
    if not title or not artists:
        _reject_incomplete_row(batch, row, number, uri, spotify_id, title)
        return
    batch.add_track(ImportedTrack(
        artists=artists, title=title, album=columns.cell(row, "album") or None,
        duration_ms=parse_duration_ms(columns.cell(row, "duration_ms"),
                                      columns.cell(row, "duration")),
        spotify_id=spotify_id, isrc=normalise_isrc(columns.cell(row, "isrc")),
        track_number=parse_small_int(columns.cell(row, "track_number")),
        disc_number=parse_small_int(columns.cell(row, "disc")),
        year=parse_year(columns.cell(row, "release")), source="csv", file=batch.file,
        line=number))


def _reject_incomplete_row(batch: ParseBatch, row: list[str], number: int, uri: str,
                           spotify_id: str | None, title: str) -> None:
    if spotify_id is not None:  # the ID alone is enough: backfill fills in the rest
        _add_link_row_from_text(batch, uri, number)
    elif uri.casefold().startswith("spotify:local:"):
        batch.reject(number, _row_text(row), reasons.LOCAL_FILE_ENTRY)
    else:
        missing = "track name" if not title else "artist"
        batch.reject(number, _row_text(row), reasons.MISSING_FIELDS, fields=missing)


def _add_link_row(batch: ParseBatch, columns: ColumnMap, row: list[str], number: int) -> None:
    uri = columns.cell(row, "uri")
    if not uri:
        if any(cell.strip() for cell in row):
            batch.reject(number, _row_text(row), reasons.MISSING_FIELDS, fields="Spotify link")
        return
    if spotify_track_id(uri) and not scan_links(uri).links:  # a bare 22-character ID
        uri = f"spotify:track:{uri}"
    _add_link_row_from_text(batch, uri, number)


def _add_link_row_from_text(batch: ParseBatch, text: str, number: int) -> None:
    scan = scan_links(text)
    for match in scan.links:
        batch.add_link(match, number)
    for code, params in scan.problems:
        batch.reject(number, text, code, **params)
    if not scan.links and not scan.problems:
        batch.reject(number, text, reasons.UNPARSEABLE_LINE)


def _add_links_from_any_cell(batch: ParseBatch, header: list[str],
                             rows: Iterator[tuple[int, list[str]]], delimiter: str) -> None:
    """Without a known header a CSV may still be a list of links; otherwise it is refused."""
    found_any = False
    for number, row in [(1, header), *rows]:
        for cell in row:
            scan = scan_links(cell)
            for match in scan.links:
                batch.add_link(match, number)
                found_any = True
    if not found_any:
        batch.reject(1, delimiter.join(header), reasons.MISSING_COLUMNS)


def _rows(text: str, delimiter: str, batch: ParseBatch) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) per record; a broken tail becomes one rejection."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            batch.reject(start, "", reasons.UNPARSEABLE_FILE, kind=f"CSV ({error})")
            return
        yield start, row
        start = reader.line_num + 1


def _excel_separator_hint(text: str) -> tuple[str | None, str]:
    first = _first_line(text)
    if first.casefold().startswith("sep=") and len(first.strip()) == 5:
        return first.strip()[4], text[len(first):].lstrip("\r\n")
    return None, text


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0].rstrip("\r")


def _row_text(row: list[str]) -> str:
    return ",".join(row)
