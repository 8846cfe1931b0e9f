"""Spotify Web API JSON shapes (external-apis.md §B.6) built from the shared catalogue."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from tests.emulators.catalogue import CatAlbum, Catalogue, CatArtist, CatPlaylist, CatTrack

IMAGE_SIZES = (640, 300, 64)  # Spotify's album sizes, widest first (§D.1)


class Shapes:
    """Builds JSON objects whose hrefs, paging links and images point back at ``base_url``."""

    def __init__(self, catalogue: Catalogue, base_url: str, *, dev_mode: bool = True) -> None:
        self.cat = catalogue
        self.base = base_url.rstrip("/")
        self.dev_mode = dev_mode
        #: Album ids whose images list is empty (a data pathology of §E.2.11).
        self.albums_without_images: set[str] = set()
        #: Track ids served without ``external_ids`` (no ISRC).
        self.tracks_without_isrc: set[str] = set()

    def api(self, path: str) -> str:
        return f"{self.base}/v1/{path}"

    # -- small objects -------------------------------------------------------------------
    def artist_ref(self, artist: CatArtist) -> dict[str, Any]:
        return {"external_urls": {"spotify": f"https://open.spotify.com/artist/{artist.id}"},
                "href": self.api(f"artists/{artist.id}"), "id": artist.id, "name": artist.name,
                "type": "artist", "uri": f"spotify:artist:{artist.id}"}

    def artist_full(self, artist: CatArtist) -> dict[str, Any]:
        full = {**self.artist_ref(artist), "genres": list(artist.genres),
                "images": self.images(f"artist-{artist.id}")}
        if not self.dev_mode:
            full |= {"followers": {"href": None, "total": 1000}, "popularity": 50}
        return full

    def images(self, key: str) -> list[dict[str, Any]]:
        return [{"url": f"{self.base}/image/{key}-{size}.jpg", "height": size, "width": size}
                for size in IMAGE_SIZES]

    def album_images(self, album: CatAlbum) -> list[dict[str, Any]]:
        return [] if album.id in self.albums_without_images else self.images(album.id)

    def album_simple(self, album: CatAlbum, group: str | None = None) -> dict[str, Any]:
        precision = {4: "year", 7: "month"}.get(len(album.release_date), "day")
        simple = {
            "album_type": album.album_type, "total_tracks": len(album.track_ids),
            "external_urls": {"spotify": f"https://open.spotify.com/album/{album.id}"},
            "href": self.api(f"albums/{album.id}"), "id": album.id,
            "images": self.album_images(album), "name": album.name,
            "release_date": album.release_date, "release_date_precision": precision,
            "type": "album", "uri": f"spotify:album:{album.id}",
            "artists": [self.artist_ref(self.cat.artists[a]) for a in album.artist_ids],
        }
        if group is not None:
            simple["album_group"] = group
        if not self.dev_mode:
            simple["available_markets"] = ["GB", "US"]
        return simple

    def track_simple(self, track: CatTrack) -> dict[str, Any]:
        return {
            "artists": [self.artist_ref(self.cat.artists[a]) for a in track.artist_ids],
            "disc_number": track.disc_number, "duration_ms": track.duration_ms,
            "explicit": track.explicit,
            "external_urls": {"spotify": f"https://open.spotify.com/track/{track.id}"},
            "href": self.api(f"tracks/{track.id}"), "id": track.id, "is_local": False,
            "name": track.title, "preview_url": None, "track_number": track.track_number,
            "type": "track", "uri": f"spotify:track:{track.id}",
        }

    def track_full(self, track: CatTrack) -> dict[str, Any]:
        full = {**self.track_simple(track),
                "album": self.album_simple(self.cat.album_of(track))}
        if track.id not in self.tracks_without_isrc:
            full["external_ids"] = {"isrc": track.isrc}
        if not self.dev_mode:
            full |= {"popularity": 42, "available_markets": ["GB", "US"]}
        return full

    def album_full(self, album: CatAlbum) -> dict[str, Any]:
        tracks = [self.track_simple(self.cat.tracks[t]) for t in album.track_ids]
        return {**self.album_simple(album),
                "copyrights": [{"text": album.copyright, "type": "P"}],
                "external_ids": {"upc": "0" + album.id[:11].encode().hex()[:11]},
                "genres": [], "label": album.label,
                "tracks": self.page(tracks, f"albums/{album.id}/tracks", {}, 0, 50)}

    def user(self, user_id: str) -> dict[str, Any]:
        user = {"display_name": user_id.replace("-", " ").title(),
                "external_urls": {"spotify": f"https://open.spotify.com/user/{user_id}"},
                "href": self.api(f"users/{user_id}"), "id": user_id, "images": [],
                "type": "user", "uri": f"spotify:user:{user_id}"}
        if not self.dev_mode:
            user |= {"country": "GB", "email": f"{user_id}@example.invalid", "product": "premium",
                     "followers": {"href": None, "total": 3}}
        return user

    def playlist_simple(self, playlist: CatPlaylist, total: int) -> dict[str, Any]:
        contents_key = "items" if self.dev_mode else "tracks"
        return {
            "collaborative": False, "description": None,
            "external_urls": {"spotify": f"https://open.spotify.com/playlist/{playlist.id}"},
            "href": self.api(f"playlists/{playlist.id}"), "id": playlist.id, "images": [],
            "name": playlist.name, "owner": self.user(playlist.owner_id),
            "public": playlist.public, "snapshot_id": f"snap{playlist.snapshot}",
            "type": "playlist", "uri": f"spotify:playlist:{playlist.id}",
            contents_key: {"href": self.api(f"playlists/{playlist.id}/{contents_key}"),
                           "total": total},
        }

    def episode(self, number: int) -> dict[str, Any]:
        return {"id": f"episode{number:017d}", "name": f"Podcast episode {number}",
                "type": "episode", "duration_ms": 1_800_000,
                "uri": f"spotify:episode:episode{number:017d}", "is_local": False}

    @staticmethod
    def local_track(number: int) -> dict[str, Any]:
        return {"id": None, "name": f"Home Recording {number}", "type": "track",
                "is_local": True, "duration_ms": 123_000, "artists": [
                    {"id": None, "name": "Me", "type": "artist", "uri": None}],
                "album": {"id": None, "name": "Tapes", "images": []},
                "uri": f"spotify:local:Me:Tapes:Home+Recording+{number}:123"}

    # -- paging ----------------------------------------------------------------------------
    def page(self, items: list[Any], path: str, params: dict[str, str], offset: int,
             limit: int) -> dict[str, Any]:
        """An offset paging object over ``items`` (the full list), links pointing at us."""

        def link(at: int) -> str:
            return self.api(path) + "?" + urlencode({**params, "offset": at, "limit": limit})

        window = items[offset:offset + limit]
        return {"href": link(offset), "items": window, "limit": limit,
                "next": link(offset + limit) if offset + limit < len(items) else None,
                "offset": offset, "previous": link(max(0, offset - limit)) if offset else None,
                "total": len(items)}
