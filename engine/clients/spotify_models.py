"""Frozen DTOs for Spotify data, and the parsers that turn Web API JSON into them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from engine.domain.models import TrackQuery

T = TypeVar("T")
Json = Mapping[str, Any]


class SpotifyConnection(StrEnum):
    """What the Settings screen shows (inventory §1.3)."""

    CONNECTED = "connected"
    UNAUTHENTICATED = "unauthenticated"
    UNCONFIGURED = "unconfigured"


@dataclass(frozen=True, slots=True)
class SpotifyImage:
    url: str
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True, slots=True)
class SpotifyArtist:
    id: str | None
    name: str
    genres: tuple[str, ...] = ()
    images: tuple[SpotifyImage, ...] = ()


@dataclass(frozen=True, slots=True)
class SpotifyAlbum:
    id: str | None
    name: str
    artists: tuple[SpotifyArtist, ...] = ()
    album_type: str = "album"
    album_group: str | None = None  # only in artist-albums answers (adds appears_on)
    release_date: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    release_date_precision: str | None = None
    total_tracks: int | None = None
    images: tuple[SpotifyImage, ...] = ()
    label: str | None = None
    upc: str | None = None

    @property
    def year(self) -> int | None:
        head = (self.release_date or "")[:4]
        return int(head) if head.isdigit() else None


@dataclass(frozen=True, slots=True)
class SpotifyTrack:
    id: str | None
    name: str
    artists: tuple[SpotifyArtist, ...]
    duration_ms: int
    album: SpotifyAlbum | None = None
    track_number: int | None = None
    disc_number: int | None = None
    isrc: str | None = None
    explicit: bool = False
    uri: str | None = None

    @property
    def artist_names(self) -> tuple[str, ...]:
        return tuple(a.name for a in self.artists)

    @property
    def album_images(self) -> tuple[SpotifyImage, ...]:
        return self.album.images if self.album else ()

    @property
    def release_date(self) -> str | None:
        return self.album.release_date if self.album else None

    def to_query(self) -> TrackQuery:
        """The wanted recording, as the matching engine takes it."""
        return TrackQuery(title=self.name, artists=self.artist_names,
                          album=self.album.name if self.album else None,
                          duration_ms=self.duration_ms, track_number=self.track_number,
                          disc_number=self.disc_number,
                          year=self.album.year if self.album else None, isrc=self.isrc,
                          spotify_id=self.id)


@dataclass(frozen=True, slots=True)
class SpotifyUser:
    id: str
    display_name: str | None = None
    product: str | None = None  # extended-mode apps only
    country: str | None = None


@dataclass(frozen=True, slots=True)
class SpotifyPlaylist:
    id: str
    name: str
    owner_id: str
    owner_name: str | None = None
    snapshot_id: str | None = None
    total_items: int = 0
    public: bool | None = None
    collaborative: bool = False
    description: str | None = None
    images: tuple[SpotifyImage, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaylistEntry:
    position: int
    track: SpotifyTrack
    added_at: str | None = None


@dataclass(frozen=True, slots=True)
class PlaylistContents:
    """Playable tracks of a playlist, plus how many entries were skipped and why."""

    playlist_id: str
    entries: tuple[PlaylistEntry, ...]
    skipped_local: int = 0
    skipped_unavailable: int = 0
    skipped_episodes: int = 0

    @property
    def skipped(self) -> int:
        return self.skipped_local + self.skipped_unavailable + self.skipped_episodes

    @property
    def tracks(self) -> tuple[SpotifyTrack, ...]:
        return tuple(e.track for e in self.entries)


@dataclass(frozen=True, slots=True)
class SavedTrack:
    track: SpotifyTrack
    added_at: str | None = None


@dataclass(frozen=True, slots=True)
class AudioFeatures:
    id: str
    tempo: float | None = None
    key: int | None = None
    mode: int | None = None
    energy: float | None = None
    danceability: float | None = None
    valence: float | None = None


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of results (search); ``next_url`` is Spotify's own link, or None at the end."""

    items: tuple[T, ...]
    total: int
    offset: int = 0
    next_url: str | None = None


# -- parsers ---------------------------------------------------------------------------------
def parse_images(raw: Any) -> tuple[SpotifyImage, ...]:
    return tuple(SpotifyImage(i["url"], i.get("width"), i.get("height"))
                 for i in raw or () if isinstance(i, Mapping) and i.get("url"))


def parse_artist(raw: Json) -> SpotifyArtist:
    return SpotifyArtist(raw.get("id"), raw.get("name") or "", tuple(raw.get("genres") or ()),
                         parse_images(raw.get("images")))


def parse_album(raw: Json) -> SpotifyAlbum:
    return SpotifyAlbum(
        id=raw.get("id"), name=raw.get("name") or "",
        artists=tuple(parse_artist(a) for a in raw.get("artists") or ()),
        album_type=raw.get("album_type") or "album", album_group=raw.get("album_group"),
        release_date=raw.get("release_date"),
        release_date_precision=raw.get("release_date_precision"),
        total_tracks=raw.get("total_tracks"), images=parse_images(raw.get("images")),
        label=raw.get("label"), upc=(raw.get("external_ids") or {}).get("upc"))


def parse_track(raw: Json, album: SpotifyAlbum | None = None) -> SpotifyTrack:
    """A full track, or a simplified one (album tracks) with ``album`` supplied by the caller."""
    album_raw = raw.get("album")
    return SpotifyTrack(
        id=raw.get("id"), name=raw.get("name") or "",
        artists=tuple(parse_artist(a) for a in raw.get("artists") or ()),
        duration_ms=int(raw.get("duration_ms") or 0),
        album=parse_album(album_raw) if isinstance(album_raw, Mapping) else album,
        track_number=raw.get("track_number"), disc_number=raw.get("disc_number"),
        isrc=(raw.get("external_ids") or {}).get("isrc"), explicit=bool(raw.get("explicit")),
        uri=raw.get("uri"))


def parse_user(raw: Json) -> SpotifyUser:
    return SpotifyUser(raw["id"], raw.get("display_name"), raw.get("product"), raw.get("country"))


def parse_playlist(raw: Json) -> SpotifyPlaylist:
    owner = raw.get("owner") or {}
    # 2026 Development Mode renamed the contents field from ``tracks`` to ``items``.
    contents = raw.get("items") if isinstance(raw.get("items"), Mapping) else raw.get("tracks")
    return SpotifyPlaylist(
        id=raw["id"], name=raw.get("name") or "", owner_id=owner.get("id") or "",
        owner_name=owner.get("display_name"), snapshot_id=raw.get("snapshot_id"),
        total_items=int((contents or {}).get("total") or 0), public=raw.get("public"),
        collaborative=bool(raw.get("collaborative")), description=raw.get("description"),
        images=parse_images(raw.get("images")))


def parse_audio_features(raw: Json) -> AudioFeatures:
    return AudioFeatures(raw["id"], raw.get("tempo"), raw.get("key"), raw.get("mode"),
                         raw.get("energy"), raw.get("danceability"), raw.get("valence"))


def largest_image(images: tuple[SpotifyImage, ...]) -> SpotifyImage | None:
    """Widest image (then tallest); the first one when dimensions are unknown (§D.1)."""
    if not images:
        return None
    return max(images, key=lambda i: (i.width or 0, i.height or 0, -images.index(i)))
