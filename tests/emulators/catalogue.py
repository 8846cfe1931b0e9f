"""The shared music catalogue every emulator serves: Spotify's metadata and Soulseek's shares
both derive from it, so an end-to-end run can find on Soulseek what Spotify lists.

Seeded and deterministic. Names deliberately include the traps matching must survive:
non-Latin scripts, stylised names, featured artists, version suffixes.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

_B62 = string.ascii_letters + string.digits


def spotify_id(rng: random.Random) -> str:
    return "".join(rng.choice(_B62) for _ in range(22))


@dataclass(frozen=True)
class CatArtist:
    id: str
    name: str
    genres: tuple[str, ...] = ()


@dataclass(frozen=True)
class CatTrack:
    id: str
    title: str
    artist_ids: tuple[str, ...]
    album_id: str
    duration_ms: int
    track_number: int
    disc_number: int
    isrc: str
    explicit: bool = False


@dataclass(frozen=True)
class CatAlbum:
    id: str
    name: str
    artist_ids: tuple[str, ...]
    album_type: str  # album | single | compilation
    release_date: str  # YYYY-MM-DD (or YYYY)
    track_ids: tuple[str, ...]
    label: str = "Harmony Test Records"
    copyright: str = "℗ Harmony Test Records"
    #: The artist-album relation: album | single | compilation | appears_on
    group: str = "album"


@dataclass
class CatPlaylist:
    id: str
    name: str
    owner_id: str
    track_ids: list[str]
    public: bool = True
    snapshot: int = 1


@dataclass
class Catalogue:
    artists: dict[str, CatArtist] = field(default_factory=dict)
    albums: dict[str, CatAlbum] = field(default_factory=dict)
    tracks: dict[str, CatTrack] = field(default_factory=dict)
    playlists: dict[str, CatPlaylist] = field(default_factory=dict)
    liked_track_ids: list[str] = field(default_factory=list)
    followed_artist_ids: list[str] = field(default_factory=list)
    user_id: str = "harmony-user"

    def artist_names(self, track: CatTrack) -> list[str]:
        return [self.artists[a].name for a in track.artist_ids]

    def album_of(self, track: CatTrack) -> CatAlbum:
        return self.albums[track.album_id]

    def albums_of_artist(self, artist_id: str) -> list[CatAlbum]:
        return [a for a in self.albums.values() if artist_id in a.artist_ids]

    def add_album(self, artist_id: str, name: str, titles: list[str], *, release_date: str,
                  album_type: str = "album", rng: random.Random | None = None,
                  durations_ms: list[int] | None = None) -> CatAlbum:
        """Add an album (e.g. a "new release" between two watchlist checks) and its tracks."""
        rng = rng or random.Random(hash((artist_id, name)) & 0xFFFF)
        album_id = spotify_id(rng)
        track_ids = []
        for number, title in enumerate(titles, start=1):
            duration = durations_ms[number - 1] if durations_ms else rng.randint(150, 330) * 1000
            track = CatTrack(spotify_id(rng), title, (artist_id,), album_id, duration, number, 1,
                             _isrc(rng))
            self.tracks[track.id] = track
            track_ids.append(track.id)
        album = CatAlbum(album_id, name, (artist_id,), album_type, release_date, tuple(track_ids),
                         group=album_type)
        self.albums[album_id] = album
        return album


def _isrc(rng: random.Random) -> str:
    return "QZ" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(3)) + \
        f"{rng.randint(20, 26):02d}{rng.randint(0, 99999):05d}"


_ARTISTS = [
    ("Daft Punk", ("electronic",)), ("Röyksopp", ("electronic",)), ("KoЯn", ("nu metal",)),
    ("A$AP Rocky", ("hip hop",)), ("P!nk", ("pop",)), ("AC/DC", ("hard rock",)),
    ("Guns N' Roses", ("hard rock",)), ("坂本龍一", ("ambient",)), ("Кино", ("post-punk",)),
    ("Μίκης Θεοδωράκης", ("greek",)), ("Sigur Rós", ("post-rock",)), ("Beyoncé", ("r&b",)),
    ("The Beatles", ("rock",)), ("Simon & Garfunkel", ("folk",)), ("Nirvana", ("grunge",)),
    ("Massive Attack", ("trip hop",)), ("Björk", ("art pop",)), ("Mötley Crüe", ("glam metal",)),
]
_WORDS = ("Midnight Light Echo River Glass Heart Silver Paper Storm Golden Quiet Neon Ocean "
          "Electric Velvet Shadow Fire Northern Summer Winter Dream City Wild Blue Broken Falling "
          "Sunrise Lonely Open Road Satellite Mirror Ghost Stone Rain Color Sugar Young").split()


def _title(rng: random.Random) -> str:
    return " ".join(rng.sample(_WORDS, rng.choice((1, 2, 2, 3))))


def demo_catalogue(seed: int = 7, albums_per_artist: int = 2, tracks_per_album: int = 10,
                   playlist_size: int = 50) -> Catalogue:
    """A deterministic catalogue: artists × albums × tracks, one playlist, liked songs."""
    rng = random.Random(seed)
    cat = Catalogue()
    for name, genres in _ARTISTS:
        artist = CatArtist(spotify_id(rng), name, genres)
        cat.artists[artist.id] = artist
    for artist in list(cat.artists.values()):
        for index in range(albums_per_artist):
            titles = [_title(rng) for _ in range(tracks_per_album)]
            year = rng.randint(1975, 2024)
            cat.add_album(artist.id, f"{_title(rng)} {index + 1}" if index else _title(rng),
                          titles, release_date=f"{year}-{rng.randint(1, 12):02d}-"
                          f"{rng.randint(1, 28):02d}", rng=rng)
    all_ids = list(cat.tracks)
    playlist = CatPlaylist(spotify_id(rng), "Harmony Mix", cat.user_id,
                           rng.sample(all_ids, min(playlist_size, len(all_ids))))
    cat.playlists[playlist.id] = playlist
    cat.liked_track_ids = rng.sample(all_ids, min(25, len(all_ids)))
    cat.followed_artist_ids = list(cat.artists)[:6]
    return cat
