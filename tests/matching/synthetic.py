"""Seeded search-response generators shared by the matching benchmark and the golden test."""

from __future__ import annotations

import random

from engine.domain.models import SoulseekFile, TrackQuery
from engine.matching import normalize

TRACKS = [
    TrackQuery("Karma Police", ("Radiohead",), "OK Computer", 264_000),
    TrackQuery("Bohemian Rhapsody - Remastered 2011", ("Queen",), "A Night at the Opera", 354_000),
    TrackQuery("夜に駆ける", ("YOASOBI",), "THE BOOK", 261_000),
    TrackQuery("Uptown Funk (feat. Bruno Mars)", ("Mark Ronson", "Bruno Mars"), "Uptown Special",
               270_000),
    TrackQuery("Группа крови", ("Кино",), "Группа крови", 286_000),
]
_DECORATIONS = ["", "", "", " (Live)", " (Remix)", " (Instrumental)", " [FLAC]", " (Remastered)"]
_OTHERS = ["Tribute Band", "Various Artists", "DJ Nobody", "Anna Stone"]


def seeded_candidates(track: TrackQuery, count: int, rng: random.Random) -> list[SoulseekFile]:
    """Search-response-like files: most mention the track, many are wrong versions or noise.
    Every file is drawn independently, so folders rarely repeat (a worst case for caching)."""
    files: list[SoulseekFile] = []
    title = normalize.clean_title(track.title)
    for _ in range(count):
        artist = track.primary_artist if rng.random() < 0.7 else rng.choice(_OTHERS)
        album = track.album if rng.random() < 0.6 else f"Greatest Hits {rng.randrange(1, 4)}"
        name = title if rng.random() < 0.8 else f"Song {rng.randrange(100)}"
        ext = rng.choice(["flac", "mp3", "mp3", "m4a", "ogg", "jpg"])
        length = (track.duration_ms or 240_000) // 1000 + rng.choice([0, 0, 1, -2, 30, -200])
        path = (f"@@{rng.choice(['abc', 'qwe', 'zz9'])}\\Music\\{artist}\\{album}\\"
                f"{rng.randrange(1, 20):02d} - {name}{rng.choice(_DECORATIONS)}.{ext}")
        files.append(SoulseekFile(
            username=f"user{rng.randrange(500)}", filename=path,
            size=rng.randrange(2_000_000, 45_000_000), extension=ext,
            bitrate=rng.choice([None, 128, 192, 256, 320]) if ext != "flac" else None,
            bit_depth=16 if ext == "flac" else None, sample_rate=44100 if ext == "flac" else None,
            length_s=length if rng.random() < 0.85 else None,
            has_free_slot=rng.random() < 0.6, upload_speed=rng.randrange(0, 8_000_000),
            queue_length=rng.randrange(0, 40),
        ))
    return files


_SYLLABLES = ["ka", "lo", "mi", "ra", "ne", "to", "su", "vi", "da", "re", "on", "el", "an", "us"]
_FOLDER_STYLES = ["{artist}\\{year} - {album}", "{artist} - {album} ({year}) [FLAC]",
                  "{artist}\\{album}", "Music\\{artist} - {album}", "{album}",
                  "Various Artists\\Best of {year}", "{artist}\\{album} (Live)",
                  "{artist}\\{album}\\CD1", "Karaoke Hits Vol. {n}"]
_FILE_STYLES = ["{n:02d} - {title}", "{n:02d}. {artist} - {title}", "{artist} - {title}",
                "{n:02d} {title}", "{n:02d}-{artist_}-{title_}-web-{year}-grp"]


def _song_name(rng: random.Random) -> str:
    words = ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randrange(2, 4)))
             for _ in range(rng.randrange(1, 4))]
    return " ".join(w.capitalize() for w in words)


def response_set(track: TrackQuery, rng: random.Random, files: int = 2_000,
                 folders: int = 150) -> list[SoulseekFile]:
    """One track's search response as shares return it: ``files`` files in ``folders`` album
    folders (whole albums, covers and cue sheets included), the wanted song in many of them."""
    title = normalize.clean_title(track.title)
    per_folder = max(files // folders, 1)
    out: list[SoulseekFile] = []
    # slskd reports slot, speed and queue once per peer's response, not per file.
    peers: dict[str, tuple[int, bool, int]] = {}
    for index in range(folders):
        user = f"peer{rng.randrange(folders // 2)}"
        peer = peers.setdefault(
            user, (rng.randrange(0, 8_000_000), rng.random() < 0.6, rng.randrange(0, 40)))
        artist = track.primary_artist if rng.random() < 0.8 else rng.choice(_OTHERS)
        year = rng.randrange(1970, 2024)
        folder = rng.choice(_FOLDER_STYLES).format(
            artist=artist, album=track.album or "Singles", year=year, n=index)
        root = f"@@{user[-3:]}\\{rng.choice(['Music', 'Shared', 'mp3'])}\\{folder}"
        count = per_folder if index < folders - 1 else files - len(out)
        wanted_at = rng.randrange(count)
        ext = rng.choice(["flac", "flac", "mp3", "mp3", "m4a", "ogg"])
        for number in range(count):
            name = title if number == wanted_at else _song_name(rng)
            style = rng.choice(_FILE_STYLES)
            stem = style.format(n=number + 1, title=name, artist=artist, year=year,
                                title_=name.replace(" ", "_"), artist_=artist.replace(" ", "_"))
            suffix = rng.choice(_DECORATIONS) if number == wanted_at else ""
            file_ext = "jpg" if number == count - 1 and count > 3 else ext
            out.append(_response_file(track, rng, user, f"{root}\\{stem}{suffix}.{file_ext}",
                                      file_ext, peer, number == wanted_at))
    return out


def _response_file(track: TrackQuery, rng: random.Random, user: str, path: str, ext: str,
                   peer: tuple[int, bool, int], wanted: bool) -> SoulseekFile:
    seconds = (track.duration_ms or 240_000) // 1000
    length = seconds + rng.choice([0, 0, 1, -1, 2]) if wanted else rng.randrange(120, 420)
    lossless = ext == "flac"
    bitrate = None if lossless else rng.choice([192, 256, 320, 320, None])
    kbps = 900 if lossless else bitrate or 256
    return SoulseekFile(
        username=user, filename=path, size=kbps * 125 * length + rng.randrange(30_000, 90_000),
        extension=ext, bitrate=bitrate, bit_depth=16 if lossless else None,
        sample_rate=44100 if lossless else None, length_s=length,
        upload_speed=peer[0], has_free_slot=peer[1], queue_length=peer[2],
    )


def album_tracks(track: TrackQuery, count: int, rng: random.Random) -> list[TrackQuery]:
    """``track`` and ``count - 1`` more songs of its album (invented titles and lengths)."""
    others = [TrackQuery(_song_name(rng), track.artists, track.album,
                         rng.randrange(150, 400) * 1000) for _ in range(count - 1)]
    return [track, *others]


def album_response(album: list[TrackQuery], rng: random.Random, files: int = 2_000,
                   folders: int = 150) -> list[SoulseekFile]:
    """An album search's response: ``folders`` copies of the album (one naming style and format
    per folder, as rips are), so the same titles recur across folders and peers."""
    first = album[0]
    out: list[SoulseekFile] = []
    peers: dict[str, tuple[int, bool, int]] = {}
    for index in range(folders):
        user = f"peer{rng.randrange(folders // 2)}"
        peer = peers.setdefault(
            user, (rng.randrange(0, 8_000_000), rng.random() < 0.6, rng.randrange(0, 40)))
        artist = first.primary_artist if rng.random() < 0.9 else rng.choice(_OTHERS)
        year = rng.randrange(1970, 2024)
        folder = rng.choice(_FOLDER_STYLES[:4]).format(
            artist=artist, album=first.album or "Singles", year=year, n=index)
        root = f"@@{user[-3:]}\\{rng.choice(['Music', 'Shared', 'mp3'])}\\{folder}"
        style, ext = rng.choice(_FILE_STYLES), rng.choice(["flac", "flac", "mp3", "mp3", "m4a"])
        count = files // folders if index < folders - 1 else files - len(out)
        for number in range(count):
            track = album[number % len(album)]
            name = normalize.clean_title(track.title)
            stem = style.format(n=number % len(album) + 1, title=name, artist=artist, year=year,
                                title_=name.replace(" ", "_"), artist_=artist.replace(" ", "_"))
            file_ext = "jpg" if number == len(album) else ext
            if file_ext == "jpg":
                stem = "folder"
            out.append(_response_file(track, rng, user, f"{root}\\{stem}.{file_ext}", file_ext,
                                      peer, True))
    return out
