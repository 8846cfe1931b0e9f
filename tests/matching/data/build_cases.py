"""Builds cases.jsonl, the labelled matching test set (seeded; rerun to regenerate).

Each case is a wanted track and Soulseek-style candidates written the way real shares name files
(backslash paths, track-number prefixes, scene names, folder-only artists), every candidate
labelled by hand-written rules: right / wrong_version / wrong_song / wrong_artist / junk.
``best`` lists the right candidates of the best quality class (identity first, then quality);
an empty ``best`` means no candidate is acceptable.

Usage: python tests/matching/data/build_cases.py > tests/matching/data/cases.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass

# (artists, title, album, year, seconds, file-system spelling of the artist)
CATALOGUE: list[tuple[tuple[str, ...], str, str, int, int, str]] = [
    (("Queen",), "Bohemian Rhapsody", "A Night at the Opera", 1975, 354, "Queen"),
    (("Radiohead",), "Karma Police", "OK Computer", 1997, 264, "Radiohead"),
    (("Daft Punk",), "One More Time", "Discovery", 2001, 320, "Daft Punk"),
    (("Fleetwood Mac",), "Dreams", "Rumours", 1977, 257, "Fleetwood Mac"),
    (("Nirvana",), "Come as You Are", "Nevermind", 1991, 219, "Nirvana"),
    (("Adele",), "Hello", "25", 2015, 295, "Adele"),
    (("Jamiroquai",), "Light Years", "Emergency on Planet Earth", 1993, 353, "Jamiroquai"),
    (("Snow Patrol",), "Run", "Final Straw", 2003, 355, "Snow Patrol"),
    (("George Harrison",), "Dark Horse", "Dark Horse", 1974, 234, "George Harrison"),
    (("Pink Floyd",), "Another Brick in the Wall, Pt. 2", "The Wall", 1979, 239, "Pink Floyd"),
    (("Kendrick Lamar",), "HUMBLE.", "DAMN.", 2017, 177, "Kendrick Lamar"),
    (("Beyoncé",), "Halo", "I Am... Sasha Fierce", 2008, 261, "Beyonce"),
    (("KoЯn",), "Freak on a Leash", "Follow the Leader", 1998, 255, "Korn"),
    (("P!nk",), "So What", "Funhouse", 2008, 215, "Pink"),
    (("A$AP Rocky", "Skepta"), "Praise the Lord (Da Shine)", "Testing", 2018, 205, "ASAP Rocky"),
    (("AC/DC",), "Highway to Hell", "Highway to Hell", 1979, 208, "ACDC"),
    (("Guns N' Roses",), "Sweet Child O' Mine", "Appetite for Destruction", 1987, 356,
     "Guns N Roses"),
    (("Simon & Garfunkel",), "The Boxer", "Bridge over Troubled Water", 1970, 308,
     "Simon and Garfunkel"),
    (("Mark Ronson", "Bruno Mars"), "Uptown Funk (feat. Bruno Mars)", "Uptown Special", 2014, 270,
     "Mark Ronson"),
    (("The Beatles",), "Let It Be", "Let It Be", 1970, 243, "Beatles"),
    (("Sia",), "Chandelier", "1000 Forms of Fear", 2014, 216, "Sia"),
    (("Oasis",), "Live Forever", "Definitely Maybe", 1994, 276, "Oasis"),
    (("Bee Gees",), "Stayin' Alive", "Saturday Night Fever", 1977, 285, "Bee Gees"),
    (("Gorillaz",), "Feel Good Inc.", "Demon Days", 2005, 221, "Gorillaz"),
    (("Eminem",), "Lose Yourself", "8 Mile", 2002, 326, "Eminem"),
    (("Sigur Rós",), "Hoppípolla", "Takk...", 2005, 268, "Sigur Ros"),
    (("ROSALÍA",), "MALAMENTE", "El Mal Querer", 2018, 150, "Rosalia"),
    (("Stromae",), "Alors on danse", "Cheese", 2010, 206, "Stromae"),
    (("Édith Piaf",), "La Vie en rose", "La Vie en rose", 1947, 187, "Edith Piaf"),
    (("Rammstein",), "Du hast", "Sehnsucht", 1997, 234, "Rammstein"),
    (("Die Ärzte",), "Schrei nach Liebe", "Die Bestie in Menschengestalt", 1993, 254,
     "Die Ärzte"),
    (("Кино",), "Группа крови", "Группа крови", 1988, 286, "Кино"),
    (("Земфира",), "Хочешь?", "Прости меня моя любовь", 2000, 228, "Земфира"),
    (("宇多田ヒカル",), "First Love", "First Love", 1999, 257, "宇多田ヒカル"),
    (("YOASOBI",), "夜に駆ける", "THE BOOK", 2021, 261, "YOASOBI"),
    (("米津玄師",), "Lemon", "STRAY SHEEP", 2020, 255, "米津玄師"),
    (("BTS",), "Dynamite", "BE", 2020, 199, "BTS"),
    (("IU",), "좋은 날", "Real", 2010, 234, "아이유 IU"),
    (("周杰倫",), "晴天", "葉惠美", 2003, 269, "周杰倫"),
    (("Μελίνα Μερκούρη",), "Τα παιδιά του Πειραιά", "Never on Sunday", 1960, 200,
     "Μελίνα Μερκούρη"),
    (("فيروز",), "كيفك انت", "كيفك انت", 1991, 300, "فيروز"),
    (("Sezen Aksu",), "Gülümse", "Gülümse", 1991, 262, "Sezen Aksu"),
    (("Björk",), "Jóga", "Homogenic", 1997, 305, "Bjork"),
    (("Czesław Niemen",), "Dziwny jest ten świat", "Dziwny jest ten świat", 1967, 215,
     "Czeslaw Niemen"),
    (("Sơn Tùng M-TP",), "Lạc Trôi", "Lạc Trôi", 2017, 233, "Son Tung M-TP"),
    (("Caetano Veloso",), "Sozinho", "Prenda Minha", 1998, 204, "Caetano Veloso"),
]
OTHER_ARTISTS = ["Tribute Band", "Lena Park", "The Covers Collective", "DJ Nobody", "Kidz Bop",
                 "Anna Stone", "Mad Sound", "Ostrava Strings"]


@dataclass
class Case:
    track: dict
    cands: list[dict]
    labels: list[str]
    tiers: list[int]


def size_for(ext: str, kbps: int, seconds: int) -> int:
    return int(kbps * 1000 / 8 * seconds) + 40_000


def cand(rng: random.Random, path: str, ext: str, seconds: int | None, *, kbps: int | None = None,
         depth: int | None = None, rate: int | None = None, size: int | None = None,
         report_bitrate: bool = True) -> dict:
    if size is None:
        base = 880 if ext in ("flac", "alac") else (kbps or 256)
        size = size_for(ext, base, seconds or 240)
    return {
        "username": f"user{rng.randrange(10_000)}",
        "filename": path,
        "size": size,
        "extension": ext,
        "bitrate": kbps if report_bitrate else None,
        "bit_depth": depth,
        "sample_rate": rate,
        "length": seconds,
        "has_free_slot": rng.random() < 0.7,
        "upload_speed": rng.choice([80_000, 400_000, 900_000, 2_500_000, 6_000_000]),
        "queue_length": rng.choice([0, 0, 1, 4, 12, 60]),
    }


def folder(rng: random.Random, artist: str, album: str, year: int, ext: str) -> str:
    share = f"@@{rng.choice(['abcde', 'music', 'qwe12'])}"
    style = rng.randrange(5)
    if style == 0:
        return f"{share}\\Music\\{artist}\\{year} - {album}"
    if style == 1:
        return f"{share}\\Downloads\\{artist} - {album} ({year}) [{ext.upper()}]"
    if style == 2:
        return f"{share}\\{artist}\\{album}"
    if style == 3:
        return f"{share}\\Music\\{artist}\\[{year}] {album}\\CD1"
    return f"{share}\\complete\\{artist} - {album} ({year}) WEB"


def filename(rng: random.Random, artist: str, title: str, number: int, ext: str,
             with_artist: bool | None = None) -> str:
    style = rng.randrange(6)
    if with_artist:
        style = rng.choice([1, 4])
    if style == 0:
        return f"{number:02d} - {title}.{ext}"
    if style == 1:
        return f"{number:02d}. {artist} - {title}.{ext}"
    if style == 2:
        return f"{number:02d} {title}.{ext}"
    if style == 3:
        return f"1-{number:02d} {title}.{ext}"
    if style == 4:
        return f"{artist} - {title}.{ext}"
    return f"({number:02d}) {title}.{ext}"


RIGHT_KINDS = {  # kind → (ext, kbps, depth, rate, expected quality tier)
    "flac": ("flac", None, 16, 44100, 0),
    "flac24": ("flac", None, 24, 96000, 0),
    "mp3_320": ("mp3", 320, None, None, 1),
    "mp3_v0": ("mp3", 245, None, None, 2),
    "aac256": ("m4a", 256, None, None, 2),
    "mp3_192": ("mp3", 192, None, None, 3),
}


class Builder:
    """Accumulates candidates for one case with their labels and quality tiers."""

    def __init__(self, rng: random.Random, entry: tuple, title: str | None = None,
                 album: str | None = None, seconds: int | None = None) -> None:
        artists, base_title, base_album, year, secs, fs_artist = entry
        self.rng, self.artists, self.fs_artist, self.year = rng, artists, fs_artist, year
        self.title = title or base_title
        self.album = album or base_album
        self.seconds = seconds or secs
        self.number = rng.randrange(1, 14)
        self.case = Case(
            track={"title": self.title, "artists": list(artists), "album": self.album,
                   "duration_ms": self.seconds * 1000 + rng.randrange(0, 999),
                   "track_number": self.number, "year": year, "isrc": None},
            cands=[], labels=[], tiers=[],
        )

    def add(self, candidate: dict, label: str, tier: int = 9) -> None:
        self.case.cands.append(candidate)
        self.case.labels.append(label)
        self.case.tiers.append(tier)

    def right(self, kind: str, file_title: str | None = None, seconds: int | None = None,
              album: str | None = None, with_artist: bool | None = None) -> None:
        ext, kbps, depth, rate, tier = RIGHT_KINDS[kind]
        path = self.path(file_title or _plain(self.title), ext, album, with_artist)
        self.add(cand(self.rng, path, ext, seconds or self.seconds, kbps=kbps, depth=depth,
                      rate=rate), "right", tier)

    def path(self, file_title: str, ext: str, album: str | None = None,
             with_artist: bool | None = None, artist: str | None = None) -> str:
        artist = artist or self.fs_artist
        where = folder(self.rng, artist, album or self.album, self.year, ext)
        name = filename(self.rng, artist, file_title, self.number, ext, with_artist)
        return f"{where}\\{name}"

    def wrong(self, label: str, file_title: str, ext: str = "flac", seconds: int | None = None,
              album: str | None = None, artist: str | None = None, kbps: int | None = None) -> None:
        path = self.path(file_title, ext, album, None, artist)
        depth, rate = (16, 44100) if ext == "flac" else (None, None)
        kbps = kbps or (None if ext == "flac" else 320)
        self.add(cand(self.rng, path, ext, seconds or self.seconds, kbps=kbps, depth=depth,
                      rate=rate), label)


def _plain(title: str) -> str:
    # How shares usually spell a Spotify title: no featuring credit, no "?" (Windows).
    for marker in (" (feat.", " (with"):
        if marker in title:
            title = title.split(marker)[0]
    return title.replace("?", "").replace("/", "-")


def trap_plain(b: Builder) -> None:
    b.right("flac")
    b.right("mp3_320")
    b.wrong("wrong_artist", _plain(b.title), "flac", artist=b.rng.choice(OTHER_ARTISTS),
            album="Greatest Covers")
    b.add(cand(b.rng, b.path("cover", "jpg"), "jpg", None, size=120_000), "junk")


def trap_live(b: Builder) -> None:
    t = _plain(b.title)
    live_album = f"Live at Wembley {b.year + 9}"
    b.wrong("wrong_version", t, "flac", seconds=b.seconds + 25, album=live_album)
    b.wrong("wrong_version", f"{t} (Live)", "flac", seconds=b.seconds + 2)
    b.right("mp3_v0")


def trap_remix(b: Builder) -> None:
    t = _plain(b.title)
    b.wrong("wrong_version", f"{t} (DJ Nobody Remix)", "flac", seconds=b.seconds + 1)
    b.wrong("wrong_version", f"{t} (Extended Mix)", "flac", seconds=b.seconds + 120)
    b.right("mp3_320")


def trap_versions_zoo(b: Builder) -> None:
    t = _plain(b.title)
    zoo = [f"{t} (Instrumental)", f"{t} (Acapella)", f"{t} (Slowed + Reverb)",
           f"{t} (Sped Up)", f"{t} [8D Audio]", f"{t} (Nightcore)", f"{t} (Karaoke Version)",
           f"{t} - Acoustic", f"{t} (Demo)", f"{t} (Off Vocal)", f"{t} (Cover)"]
    for name in b.rng.sample(zoo, 4):
        b.wrong("wrong_version", name, "flac", seconds=b.seconds + b.rng.choice([0, 1, -2]))
    b.right("mp3_192")


def trap_none_right(b: Builder) -> None:
    t = _plain(b.title)
    b.wrong("wrong_version", f"{t} (Karaoke Version)", "mp3")
    b.wrong("wrong_version", f"{t} (Instrumental)", "flac")
    b.wrong("wrong_artist", t, "flac", artist="Tribute Band", album=f"A Tribute to {b.fs_artist}")
    b.wrong("wrong_version", f"{t} (Nightcore)", "mp3", seconds=b.seconds - 40)


def trap_preview(b: Builder) -> None:
    t = _plain(b.title)
    b.add(cand(b.rng, b.path(t, "flac"), "flac", 30, depth=16, rate=44100), "junk")
    b.add(cand(b.rng, b.path(f"{t} (Preview)", "mp3"), "mp3", None, kbps=320), "junk")
    b.right("mp3_v0")


def trap_fake_size(b: Builder) -> None:
    t = _plain(b.title)
    b.add(cand(b.rng, b.path(t, "flac"), "flac", b.seconds, depth=16, rate=44100,
               size=2_900_000), "junk")
    b.add(cand(b.rng, b.path(t, "mp3"), "mp3", b.seconds, kbps=320, size=1_000_000), "junk")
    b.right("mp3_320")


def trap_duration(b: Builder) -> None:
    t = _plain(b.title)
    b.wrong("wrong_version", t, "flac", seconds=b.seconds + 45, album=f"{b.album} (Demos)")
    b.wrong("wrong_version", t, "flac", seconds=b.seconds - 30)
    b.right("mp3_320")


def trap_unknown_meta(b: Builder) -> None:
    t = _plain(b.title)
    path = b.path(t, "mp3", with_artist=True)
    b.add(cand(b.rng, path, "mp3", None, kbps=None, size=size_for("mp3", 320, b.seconds)),
          "right", 3)
    b.wrong("wrong_artist", t, "flac", artist=b.rng.choice(OTHER_ARTISTS), album="Hits")


def trap_superset(b: Builder) -> None:
    t = _plain(b.title)
    b.wrong("wrong_song", f"{t} Reprise Medley", "flac", seconds=b.seconds + 4)
    b.wrong("wrong_song", f"The {t} Years Interlude", "flac", seconds=b.seconds + 1)
    b.right("mp3_320")


def trap_va(b: Builder) -> None:
    t = _plain(b.title)
    share = b.rng.choice(["@@va01", "@@sharez"])
    where = f"{share}\\Compilations\\VA - Hits of {b.year}"
    path = f"{where}\\{b.number:02d} - {b.fs_artist} - {t}.mp3"
    b.add(cand(b.rng, path, "mp3", b.seconds, kbps=320), "right", 1)
    other = f"{where}\\{b.number + 1:02d} - Anna Stone - {t}.mp3"
    b.add(cand(b.rng, other, "mp3", b.seconds + 10, kbps=320), "wrong_artist")


def trap_scene(b: Builder) -> None:
    def scene(text: str) -> str:
        return "_".join(text.replace("'", "").replace("?", "").split())

    t = _plain(b.title)
    artist, album = scene(b.fs_artist), scene(b.album)
    grp = b.rng.choice(["JUST", "MOD", "dh"])
    folder_name = f"MP3\\{artist}-{album}-WEB-{b.year}-{grp}"
    path = f"@@scene\\{folder_name}\\{b.number:02d}-{artist.lower()}-{scene(t).lower()}-{grp}.mp3"
    b.add(cand(b.rng, path, "mp3", b.seconds, kbps=320), "right", 1)
    bad = f"@@scene\\MP3\\Various-Covers-WEB-{b.year}-{grp}\\03-tribute_band-{scene(t)}-{grp}.mp3"
    b.add(cand(b.rng, bad, "mp3", b.seconds, kbps=320), "wrong_artist")


def trap_other_song(b: Builder) -> None:
    b.wrong("wrong_song", "Intro", "flac", seconds=60)
    b.wrong("wrong_song", f"Something Else Entirely {b.rng.randrange(9)}", "flac", seconds=199)
    b.right("mp3_v0", with_artist=True)


TRAPS = [trap_live, trap_remix, trap_versions_zoo, trap_none_right, trap_preview, trap_fake_size,
         trap_duration, trap_unknown_meta, trap_superset, trap_va, trap_scene, trap_other_song]


def wanted_live(rng: random.Random, entry: tuple) -> Builder:
    city = rng.choice(["Paris", "Tokyo", "Berlin"])
    b = Builder(rng, entry, title=f"{_plain(entry[1])} - Live in {city}",
                album=f"Live in {city}", seconds=entry[4] + 18)
    t = _plain(entry[1])
    b.wrong("wrong_version", t, "flac", seconds=entry[4], album=entry[2])
    b.right("mp3_320", file_title=f"{t} (Live)", album=f"Live in {city}")
    b.right("mp3_192", file_title=t, album=f"{entry[5]} - Live in {city}")
    return b


def wanted_remix(rng: random.Random, entry: tuple) -> Builder:
    t = _plain(entry[1])
    b = Builder(rng, entry, title=f"{t} (Tiësto Remix)", album=f"{t} (Remixes)",
                seconds=entry[4] + 60)
    b.wrong("wrong_version", t, "flac", seconds=entry[4], album=entry[2])
    b.wrong("wrong_version", f"{t} (Mad Sound Remix)", "flac", seconds=entry[4] + 60)
    b.right("mp3_320", file_title=f"{t} (Tiesto Remix)")
    return b


def wanted_radio_edit(rng: random.Random, entry: tuple) -> Builder:
    t = _plain(entry[1])
    b = Builder(rng, entry, title=f"{t} - Radio Edit")
    b.right("flac", file_title=t)
    b.wrong("wrong_version", f"{t} (Extended Mix)", "flac", seconds=entry[4] + 150)
    b.right("mp3_320", file_title=f"{t} (Radio Edit)")
    return b


def wanted_remaster(rng: random.Random, entry: tuple) -> Builder:
    t = _plain(entry[1])
    suffix = rng.choice([" - Remastered 2011", " - 2009 Remaster", " - Remastered",
                         ' - From "The Movie"'])
    b = Builder(rng, entry, title=f"{t}{suffix}")
    b.right("flac24", file_title=f"{t} (Remastered)")
    b.wrong("wrong_version", f"{t} (Live)", "flac", seconds=entry[4] + 1)
    b.right("mp3_v0", file_title=t)
    return b


def special_cases(rng: random.Random) -> list[Builder]:
    """Hand-written traps that templates cannot express."""
    by_title = {e[1]: e for e in CATALOGUE}
    out: list[Builder] = []
    floyd = Builder(rng, by_title["Another Brick in the Wall, Pt. 2"])
    floyd.wrong("wrong_version", "Another Brick in the Wall (Part 1)", "flac", seconds=191)
    floyd.wrong("wrong_version", "Another Brick in the Wall, Pt. 3", "flac", seconds=78)
    floyd.right("mp3_320", file_title="Another Brick in the Wall (Part II)")
    out.append(floyd)
    oasis = Builder(rng, by_title["Live Forever"])
    oasis.right("mp3_v0", file_title="Live Forever")
    oasis.wrong("wrong_version", "Live Forever (Live)", "flac", seconds=290)
    oasis.wrong("wrong_version", "Live Forever", "flac", seconds=301,
                album="Familiar to Millions (Live)")
    out.append(oasis)
    sia = Builder(rng, by_title["Chandelier"])
    sia.add(cand(rng, "@@x\\Enthusiastic Singers\\Party Hits\\04 - Chandelier.flac", "flac", 216,
                 depth=16, rate=44100), "wrong_artist")
    sia.right("mp3_320", with_artist=True)
    out.append(sia)
    selftitled = Builder(rng, (("Bad Company",), "Bad Company", "Bad Company", 1974, 290,
                               "Bad Company"))
    selftitled.add(cand(rng, "@@y\\Misc\\Bad Company.flac", "flac", 290, depth=16, rate=44100),
                   "wrong_artist")
    selftitled.right("mp3_320", file_title="Bad Company", album="Bad Company")
    out.append(selftitled)
    alone = Builder(rng, by_title["Light Years"])
    alone.wrong("wrong_artist", "Light Years", "flac", artist="Kylie Minogue", album="Light Years",
                seconds=275)
    out.append(alone)
    stay = Builder(rng, by_title["Stayin' Alive"])
    stay.right("flac", file_title="Stayin Alive")
    stay.wrong("wrong_version", "Stayin' Alive (Live)", "flac", seconds=300)
    stay.wrong("wrong_artist", "Staying Alive", "mp3", artist="N-Trance")
    out.append(stay)
    unplugged = Builder(rng, (("Nirvana",), "Where Did You Sleep Last Night",
                              "MTV Unplugged in New York", 1994, 308, "Nirvana"))
    unplugged.right("flac", file_title="Where Did You Sleep Last Night",
                    album="MTV Unplugged in New York")
    unplugged.wrong("wrong_artist", "Where Did You Sleep Last Night", "mp3", artist="Lead Belly",
                    album="Folk Songs")
    out.append(unplugged)
    out.extend(real_paths(rng))
    return out


def real_paths(rng: random.Random) -> list[Builder]:
    """Paths shaped like the real ones quoted in public issue threads (peers-matching.md §4.2)."""
    out: list[Builder] = []
    smile = Builder(rng, (("The Smile",), "Waving a White Flag", "A Light for Attracting Attention",
                          2022, 237, "The Smile"))
    smile.add(cand(rng, "@@kxzwq\\Music\\The Smile - A Light For Attracting Attention (2022) [FLAC]"
                        "\\11 - Waving a White Flag.flac", "flac", 237, depth=16, rate=44100),
              "right", 0)
    smile.add(cand(rng, "@@kxzwq\\Music\\The Smile - A Light For Attracting Attention (2022) [FLAC]"
                        "\\10 - We Don't Know What Tomorrow Brings.flac", "flac", 232, depth=16,
                   rate=44100), "wrong_song")
    out.append(smile)
    ovo = Builder(rng, (("Ab Ovo",), "The Story", "Ab Ovo", 2004, 250, "Ab Ovo"))
    ovo.add(cand(rng, "@@pq\\Music\\Peter Gabriel - OVO 2000\\01. The story of OVO.flac", "flac",
                 262, depth=16, rate=44100), "wrong_artist")
    out.append(ovo)
    umiliani = Builder(rng, (("Piero Umiliani",), "Isola tuttofare", "Le isole dell'amore", 1970,
                             151, "Piero Umiliani"))
    umiliani.add(cand(rng, "@@zzk\\Soundtracks\\Piero Umiliani - [2012] Le isole dell'amore"
                           "\\10 - Isola tuttofare.flac", "flac", 151, depth=16, rate=44100),
                 "right", 0)
    umiliani.add(cand(rng, "@@zzk\\Soundtracks\\Piero Umiliani - [2012] Le isole dell'amore"
                           "\\11 - Isola tuttofare (Alternate Take).flac", "flac", 149, depth=16,
                      rate=44100), "wrong_version")
    out.append(umiliani)
    cjk = Builder(rng, (("Diverse System",), "噓喰らいの怪物", "AD:PIANO X", 2019, 241,
                        "Diverse System"))
    cjk.add(cand(rng, "@@aa\\Diverse System\\AD：PIANO X\\01 - 噓喰らいの怪物.flac", "flac", 241,
                 depth=16, rate=44100), "right", 0)
    cjk.add(cand(rng, "@@aa\\Diverse System\\AD：PIANO X\\02 - 夜明けの怪物.flac", "flac", 236,
                 depth=16, rate=44100), "wrong_song")
    out.append(cjk)
    forze = Builder(rng, (("Forze DJ Team",), "'98 To Piano", "Hardcore Classics", 1998, 330,
                          "Forze DJ Team"))
    forze.add(cand(rng, "@@bb\\FLAC\\CD1\\18 - Forze DJ Team - '98 To Piano.flac", "flac", 331,
                   depth=16, rate=44100), "right", 0)
    forze.add(cand(rng, "@@bb\\FLAC\\CD1\\17 - Forze DJ Team - Piano Rave.flac", "flac", 300,
                   depth=16, rate=44100), "wrong_song")
    out.append(forze)
    horse = Builder(rng, (("George Harrison",), "Dark Horse", "Dark Horse", 1974, 234,
                          "George Harrison"))
    horse.add(cand(rng, "@@cc\\George Harrison - The Dark Horse Years 1976-1992\\CD2\\"
                        "05 - Dark Horse (Live).flac", "flac", 268, depth=16, rate=44100),
              "wrong_version")
    horse.add(cand(rng, "@@cc\\George Harrison\\1974 - Dark Horse\\09 - Dark Horse.mp3", "mp3",
                   234, kbps=256), "right", 3)
    out.append(horse)
    neon = Builder(rng, (("Steve Aoki",), "Neon Future", "Neon Future I", 2014, 214, "Steve Aoki"))
    neon.add(cand(rng, "@@dd\\Steve Aoki\\Neon Future III\\01 - Neon Future (Part 3).mp3", "mp3",
                  214, kbps=320), "wrong_version")
    neon.add(cand(rng, "@@dd\\Steve Aoki\\Neon Future I\\07 - Neon Future.mp3", "mp3", 215,
                  kbps=320), "right", 1)
    out.append(neon)
    return out


def build(seed: int = 4) -> list[dict]:
    rng = random.Random(seed)
    builders: list[tuple[str, Builder]] = []
    for index, entry in enumerate(CATALOGUE):
        plain = Builder(rng, entry)
        trap_plain(plain)
        builders.append(("plain", plain))
        for k in range(3):
            trap = TRAPS[(index * 3 + k) % len(TRAPS)]
            b = Builder(rng, entry)
            trap(b)
            builders.append((trap.__name__.removeprefix("trap_"), b))
    wanted_traps = [wanted_live, wanted_remix, wanted_radio_edit, wanted_remaster]
    for index, entry in enumerate(CATALOGUE):
        if index % 2 == 0:
            make = wanted_traps[(index // 2) % len(wanted_traps)]
            builders.append((make.__name__, make(rng, entry)))
    builders.extend(("special", b) for b in special_cases(rng))
    return [_finish(f"case-{n:03d}", trap, b, rng) for n, (trap, b) in enumerate(builders)]


def _finish(case_id: str, trap: str, b: Builder, rng: random.Random) -> dict:
    order = list(range(len(b.case.cands)))
    rng.shuffle(order)
    cands = [b.case.cands[i] for i in order]
    labels = [b.case.labels[i] for i in order]
    tiers = [b.case.tiers[i] for i in order]
    right_tiers = [t for t, label in zip(tiers, labels, strict=True) if label == "right"]
    best_tier = min(right_tiers, default=None)
    best = [i for i, (t, label) in enumerate(zip(tiers, labels, strict=True))
            if label == "right" and t == best_tier]
    return {"id": case_id, "trap": trap, "track": b.case.track, "candidates": cands,
            "labels": labels, "best": best}


if __name__ == "__main__":
    for case in build():
        sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")
