"""LRCLIB loopback emulator (external-apis.md §C): /api/get with the server's normalisation and
±2 s duration window, /api/get/{id}, /api/search, and its JSON/plain-text error shapes.

Records come from the catalogue: by position, tracks get synced+plain lyrics, plain only,
an instrumental record, a record under a different album name (only /api/search finds it with
an album given), or nothing at all.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from tests.emulators.catalogue import Catalogue, CatTrack, demo_catalogue
from tests.emulators.server import EmulatorServer, Request, Response

KINDS = ("synced", "plain", "instrumental", "other_album", "missing")
_PUNCT = re.compile(r"[`~!@#$%^&*()_|+\-=?;:\",.<>{}\[\]\\/]")


def normalise(text: str) -> str:
    """LRCLIB's matching key: ASCII-folded, lower-case, punctuation to spaces, no apostrophes."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    folded = folded.lower().replace("'", "").replace("’", "")
    return " ".join(_PUNCT.sub(" ", folded).split())


def synced_text(track: CatTrack) -> str:
    lines = [f"{track.title} line {n}" for n in range(1, 5)]
    return "\n".join(f"[00:{10 + 5 * i:02d}.{i * 7:02d}] {line}" for i, line in enumerate(lines))


def plain_text(track: CatTrack) -> str:
    return "\n".join(f"{track.title} line {n}" for n in range(1, 5))


def _not_found() -> Response:
    return Response.json({"message": "Failed to find specified track", "name": "TrackNotFound",
                          "statusCode": 404}, 404)


class LrclibEmulator(EmulatorServer):
    def __init__(self, catalogue: Catalogue | None = None) -> None:
        super().__init__("lrclib")
        self.catalogue = catalogue or demo_catalogue()
        self.kind_of: dict[str, str] = {}  # track id -> one of KINDS
        self.records: dict[int, dict[str, Any]] = {}
        for index, track in enumerate(self.catalogue.tracks.values()):
            kind = KINDS[index % len(KINDS)]
            self.kind_of[track.id] = kind
            if kind != "missing":
                self.records[len(self.records) + 1] = self._record(len(self.records) + 1,
                                                                   track, kind)
        self.route("GET", r"/api/get/?", self._get)
        self.route("GET", r"/api/get/(?P<id>\d+)/?", self._get_by_id)
        self.route("GET", r"/api/search/?", self._search)

    def tracks_of_kind(self, kind: str) -> list[CatTrack]:
        return [self.catalogue.tracks[t] for t, k in self.kind_of.items() if k == kind]

    def _record(self, record_id: int, track: CatTrack, kind: str) -> dict[str, Any]:
        album = self.catalogue.album_of(track).name
        return {"id": record_id, "name": track.title, "trackName": track.title,
                "artistName": ", ".join(self.catalogue.artist_names(track)),
                "albumName": album + " (Deluxe Edition)" if kind == "other_album" else album,
                "duration": track.duration_ms / 1000, "instrumental": kind == "instrumental",
                "plainLyrics": None if kind == "instrumental" else plain_text(track),
                "syncedLyrics": synced_text(track) if kind in ("synced", "other_album")
                else None}

    def _get(self, request: Request) -> Response:
        q = request.query
        if "track_name" not in q or "artist_name" not in q:
            missing = "track_name" if "track_name" not in q else "artist_name"
            return Response.text(f"Failed to deserialize query string: missing field "
                                 f"`{missing}`", 400)
        duration = None
        if "duration" in q:
            try:
                duration = float(q["duration"])
            except ValueError:
                return Response.text("Failed to deserialize query string: duration", 400)
            if not 1 <= duration <= 3600:
                return Response.json({"message": "duration: must be between 1 and 3600",
                                      "name": "ValidationError", "statusCode": 400}, 400)
        track, artist = normalise(q["track_name"]), normalise(q["artist_name"])
        album = normalise(q["album_name"]) if q.get("album_name") else None
        if not track or not artist:
            return _not_found()
        for record_id in sorted(self.records):
            record = self.records[record_id]
            if normalise(record["trackName"]) != track or \
                    normalise(record["artistName"]) != artist:
                continue
            if album is not None and normalise(record["albumName"]) != album:
                continue
            if duration is not None and abs(record["duration"] - duration) > 2:
                continue
            return Response.json(record)
        return _not_found()

    def _get_by_id(self, request: Request) -> Response:
        record = self.records.get(int(request.params["id"]))
        return Response.json(record) if record else _not_found()

    def _search(self, request: Request) -> Response:
        q = request.query
        words = normalise(q.get("q", "")).split()
        track = normalise(q.get("track_name", ""))
        if not words and not track:
            return Response.json([])
        artist = normalise(q.get("artist_name", ""))
        found = []
        for record in self.records.values():
            haystack = normalise(f"{record['trackName']} {record['artistName']} "
                                 f"{record['albumName']}")
            if all(w in haystack for w in words) and track in normalise(record["trackName"]) \
                    and artist in normalise(record["artistName"]):
                found.append(record)
        return Response.json(found[:20])
