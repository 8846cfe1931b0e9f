"""Soulseek peers sharing the demo catalogue, and the Soulseek way of searching their shares.

Seeded and deterministic: the same catalogue and seed always give the same peers, paths, formats
and quirks. Peers share albums under realistic Windows-style paths (``@@music\\Artist\\(2011)
Album [FLAC]\\01 - Title.flac``, scene folders, flat dumps), in several formats and bitrates, next
to the traps a matcher must survive: wrong versions (live, remix, radio edit, karaoke,
instrumental) with their own durations, junk (.nfo, .jpg, .cue, .m3u) and 30-second previews.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tests.emulators.catalogue import CatAlbum, Catalogue, CatTrack


@dataclass(frozen=True)
class AudioFormat:
    """How a file is encoded: what the peer announces and what the emulator writes."""

    extension: str
    bit_rate: int | None = None  # kbit/s, lossy only
    bit_depth: int | None = None  # lossless only
    sample_rate: int | None = None
    vbr: bool | None = None
    label: str = ""  # what uploaders put in folder names

    @property
    def bytes_per_second(self) -> int:
        if self.bit_rate:
            return self.bit_rate * 125
        # FLAC compresses PCM to roughly 60 %.
        return int((self.bit_depth or 16) * (self.sample_rate or 44100) * 2 / 8 * 0.6)


FORMATS: dict[str, AudioFormat] = {
    "flac16": AudioFormat("flac", bit_depth=16, sample_rate=44100, label="FLAC"),
    "flac24": AudioFormat("flac", bit_depth=24, sample_rate=96000, label="24-96 FLAC"),
    "mp3_320": AudioFormat("mp3", bit_rate=320, vbr=False, label="MP3 320"),
    "mp3_v0": AudioFormat("mp3", bit_rate=245, vbr=True, label="V0"),
    "mp3_192": AudioFormat("mp3", bit_rate=192, vbr=False, label="192kbps"),
    "m4a": AudioFormat("m4a", bit_rate=256, vbr=False, label="AAC 256"),
    "ogg": AudioFormat("ogg", bit_rate=320, vbr=True, label="OGG q10"),
    "opus": AudioFormat("opus", bit_rate=160, vbr=True, label="Opus"),
}

#: (suffix added to the title, how the duration changes: (min, max) seconds added)
WRONG_VERSIONS: dict[str, tuple[str, tuple[int, int]]] = {
    "live": (" (Live)", (15, 60)),
    "remix": (" (Club Remix)", (70, 160)),
    "radio_edit": (" (Radio Edit)", (-70, -35)),
    "karaoke": (" (Karaoke Version)", (-4, 4)),
    "instrumental": (" (Instrumental)", (-2, 3)),
}

_INVALID = re.compile(r'[<>:"/\\|?*]')
_PEER_WORDS = ("vinyl crate flac lossless groove wax record tape bass hifi audio sound beat "
               "night soul music deep echo ghost").split()


@dataclass
class SharedFile:
    """One shared file. ``track_id`` is None for junk; ``version`` names a wrong version."""

    filename: str
    size: int
    fmt: AudioFormat | None
    length: int | None  # seconds, as announced; also what the emulator writes
    track_id: str | None = None
    version: str = "original"
    locked: bool = False
    omit_attributes: bool = False  # peers that send no bitrate/length at all

    @property
    def extension(self) -> str:
        return self.filename.rsplit(".", 1)[-1].lower() if "." in self.filename else ""

    @property
    def is_audio(self) -> bool:
        return self.fmt is not None


@dataclass
class Peer:
    username: str
    has_free_upload_slot: bool = True
    upload_speed: int = 1_000_000  # bytes/s
    queue_length: int = 0
    upload_slots: int = 2
    online: bool = True
    description: str = ""
    files: list[SharedFile] = field(default_factory=list)


@dataclass
class Shares:
    peers: dict[str, Peer] = field(default_factory=dict)

    def file(self, username: str, filename: str) -> SharedFile | None:
        peer = self.peers.get(username)
        if peer is None:
            return None
        return next((f for f in peer.files if f.filename == filename), None)

    def search(self, query: str) -> list[tuple[Peer, list[SharedFile]]]:
        """Peers (online ones only) with the files whose full path matches ``query``."""
        include, exclude = parse_query(query)
        if not include:
            return []
        hits = []
        for peer in self.peers.values():
            if not peer.online:
                continue
            files = [f for f in peer.files if path_matches(f.filename, include, exclude)]
            if files:
                hits.append((peer, files))
        return hits

    def files_of_track(self, track_id: str, version: str = "original"
                       ) -> list[tuple[Peer, SharedFile]]:
        return [(p, f) for p in self.peers.values() for f in p.files
                if f.track_id == track_id and f.version == version]


def parse_query(query: str) -> tuple[list[str], list[str]]:
    """Soulseek query terms: single characters are dropped, ``-term`` excludes, ``*term`` is a
    wildcard (a lone ``*`` is dropped)."""
    include, exclude = [], []
    for term in query.lower().split():
        if term.startswith("-"):
            if len(term) > 2:
                exclude.append(term[1:])
        elif len(term) > 1:
            include.append(term)
    return include, exclude


#: The words of a path, as the wildcard sees them (separators, punctuation and ``_`` split).
_WORDS = re.compile(r"[^\W_]+")


def term_matches(term: str, lowered_path: str, words: Sequence[str]) -> bool:
    """A plain term anywhere in the path; ``*xyz`` any word ending in ``xyz`` (Soulseek's
    wildcard, which Harmony sends for artists whose names the server blocks: ``*eatles``)."""
    if term.startswith("*"):
        rest = term[1:]
        return any(word.endswith(rest) for word in words)
    return term in lowered_path


def path_matches(path: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    lowered = path.lower()
    wildcards = any(t.startswith("*") for t in (*include, *exclude))
    words = _WORDS.findall(lowered) if wildcards else ()
    return all(term_matches(t, lowered, words) for t in include) and \
        not any(term_matches(t, lowered, words) for t in exclude)


def windows_safe(name: str) -> str:
    """What uploaders' file systems force on names: no ``/ : ? *`` etc."""
    return _INVALID.sub("-", name).strip(" .")


class _SharesBuilder:
    """Hands albums to peers with per-peer habits (path style, preferred format)."""

    def __init__(self, catalogue: Catalogue, rng: random.Random) -> None:
        self.cat = catalogue
        self.rng = rng
        self.shares = Shares()

    def new_peer(self, index: int) -> Peer:
        rng = self.rng
        name = f"{rng.choice(_PEER_WORDS)}{rng.choice(_PEER_WORDS)}{rng.randint(1, 999)}"
        free = rng.random() > 0.3
        peer = Peer(username=f"{name}_{index}", has_free_upload_slot=free,
                    upload_speed=rng.choice((0, 40_000, 250_000, 900_000, 2_500_000, 8_000_000)),
                    queue_length=0 if free else rng.choice((3, 12, 40, 250, 1500)),
                    upload_slots=rng.randint(1, 6), description=f"Shares of {name}")
        self.shares.peers[peer.username] = peer
        return peer

    def track_file(self, folder: str, track: CatTrack, fmt: AudioFormat, style: str,
                   version: str = "original") -> SharedFile:
        artist = windows_safe(self.cat.artist_names(track)[0])
        suffix, (low, high) = WRONG_VERSIONS.get(version, ("", (0, 0)))
        title = windows_safe(track.title + suffix)
        length = max(30, round(track.duration_ms / 1000) + self.rng.randint(low, high))
        if style == "scene":
            slug = f"{artist}-{title}".lower().replace(" ", "_")
            leaf = f"{track.track_number:02d}-{slug}.{fmt.extension}"
        elif style == "flat":
            leaf = f"{artist} - {title}.{fmt.extension}"
        else:
            leaf = f"{track.track_number:02d} - {title}.{fmt.extension}"
        size = length * fmt.bytes_per_second + self.rng.randint(2_000, 90_000)
        return SharedFile(f"{folder}\\{leaf}", size, fmt, length, track.id, version)

    def album_folder(self, album: CatAlbum, fmt: AudioFormat, style: str, root: str) -> str:
        artist = windows_safe(self.cat.artists[album.artist_ids[0]].name)
        name, year = windows_safe(album.name), album.release_date[:4]
        if style == "scene":
            group = self.rng.choice(("GRP", "WEB", "FATHEAD", "MOD", "JUST"))
            slug = f"{artist}-{name}-{year}-{group}".replace(" ", "_")
            return f"{root}\\{slug}"
        if style == "flat":
            return f"{root}\\Music\\{artist}"
        return f"{root}\\{artist}\\({year}) {name} [{fmt.label}]"

    def share_album(self, peer: Peer, album: CatAlbum, fmt: AudioFormat, style: str) -> None:
        root = self.rng.choice(("@@music", "@@shared", "C:\\Users\\me\\Music", "@@xkqzv"))
        folder = self.album_folder(album, fmt, style, root)
        tracks = [self.cat.tracks[t] for t in album.track_ids]
        for track in tracks:
            peer.files.append(self.track_file(folder, track, fmt, style))
        if style != "flat":
            self.add_junk(peer, folder, album)

    def add_junk(self, peer: Peer, folder: str, album: CatAlbum) -> None:
        name = windows_safe(album.name)
        junk = [("folder.jpg", 85_000), (f"{name}.nfo", 2_400), (f"{name}.m3u", 600)]
        if self.rng.random() < 0.5:
            junk.append((f"{name}.cue", 1_800))
        for leaf, size in junk:
            peer.files.append(SharedFile(f"{folder}\\{leaf}", size, None, None))

    def share_wrong_versions(self, peer: Peer, track: CatTrack) -> None:
        artist = windows_safe(self.cat.artist_names(track)[0])
        for version in WRONG_VERSIONS:
            fmt = FORMATS[self.rng.choice(("mp3_320", "mp3_192", "flac16"))]
            folder = f"@@music\\{artist}\\Singles & Versions"
            peer.files.append(self.track_file(folder, track, fmt, "flat", version))

    def share_preview(self, peer: Peer, track: CatTrack) -> None:
        artist = windows_safe(self.cat.artist_names(track)[0])
        leaf = f"{artist} - {windows_safe(track.title)} (preview).mp3"
        peer.files.append(SharedFile(f"@@dl\\previews\\{leaf}", 30 * 40_000, FORMATS["mp3_320"],
                                     30, track.id, "preview"))


def build_shares(catalogue: Catalogue, *, seed: int = 11, peers_per_album: int = 3) -> Shares:
    """Peers sharing every album of ``catalogue`` several times, plus traps on each track."""
    rng = random.Random(seed)
    builder = _SharesBuilder(catalogue, rng)
    pool = [builder.new_peer(i) for i in range(max(8, len(catalogue.albums) // 2))]
    format_keys = list(FORMATS)
    for album in catalogue.albums.values():
        for peer in rng.sample(pool, min(peers_per_album, len(pool))):
            fmt = FORMATS[rng.choice(format_keys)]
            style = rng.choice(("tidy", "tidy", "scene", "flat"))
            builder.share_album(peer, album, fmt, style)
    versions_peer, previews_peer = builder.new_peer(len(pool)), builder.new_peer(len(pool) + 1)
    for track in catalogue.tracks.values():
        builder.share_wrong_versions(versions_peer, track)
        builder.share_preview(previews_peer, track)
    _add_pathological(builder, pool[0])
    return builder.shares


def _add_pathological(builder: _SharesBuilder, peer: Peer) -> None:
    """One peer whose files lack attributes, use forward slashes or are locked."""
    first = next(iter(builder.cat.tracks.values()))
    artist = windows_safe(builder.cat.artist_names(first)[0])
    fmt = FORMATS["mp3_320"]
    length = round(first.duration_ms / 1000)
    bare = SharedFile(f"@@odd/{artist}/{windows_safe(first.title)}.mp3",
                      length * fmt.bytes_per_second, fmt, length, first.id, omit_attributes=True)
    locked = SharedFile(f"@@odd\\locked\\{artist} - {windows_safe(first.title)}.flac",
                        length * 100_000, FORMATS["flac16"], length, first.id, locked=True)
    peer.files.extend([bare, locked])
