"""Identity evidence: is this file the wanted recording (title, artist, album, version)?"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from engine.domain.models import TrackQuery
from engine.matching import versions
from engine.matching.normalize import clean_title, featured_artists, strip_featuring, tokens
from engine.matching.paths import count_phrase, find_phrase, find_phrase_in, locate

# Words a file name carries that say nothing about which recording it is.
NOISE_WORDS = frozenset(
    {"flac", "mp3", "m4a", "ogg", "opus", "wav", "aac", "alac", "kbps", "kbit", "k", "vbr",
     "cbr", "v0", "v2", "320", "256", "192", "128", "16bit", "24bit", "44", "48", "96", "khz",
     "hq", "hd", "hi", "res", "hires", "lossless", "cd", "cd1", "cd2", "disc", "disk", "web",
     "vinyl", "rip", "track", "bonus", "remaster", "remastered", "digital", "version", "original",
     "album", "single", "explicit", "official", "audio", "video", "lyrics", "lyric", "feat",
     "ft", "featuring", "with", "and", "the", "a", "from", "www", "com", "net", "org", "mix",
     "edit", "stereo", "mono", "deluxe", "edition", "ep", "lp", "promo", "retail", "proper",
     "by", "of", "x", "vs", "remastering", "full", "ost", "soundtrack"}
)
_VERSION_VOCAB = frozenset(
    {"live", "remix", "remixes", "remixed", "rmx", "rework", "bootleg", "mixed", "radio",
     "extended", "acoustic", "unplugged", "instrumental", "instrumentals", "inst", "instr",
     "karaoke", "acapella", "acappella", "cappella", "capella", "demo", "slowed", "reverb",
     "sped", "speed", "up", "spedup", "nightcore", "8d", "cover", "covers", "tribute", "clean",
     "censored", "vip", "part", "en", "vivo", "ao", "concert", "off", "vocal", "vocals", "only",
     "minus", "one", "backing", "in", "style", "originally", "performed", "long", "club",
     "rough", "hour", "hours"}
)
_NO_TAGS: frozenset[str] = frozenset()
_ALBUM_NOISE = frozenset({"deluxe", "edition", "expanded", "remastered", "remaster", "anniversary",
                          "special", "version", "bonus", "tracks", "super", "collectors"})


@dataclass(frozen=True, slots=True)
class WantedProfile:
    """The wanted track pre-normalised once per ranking call."""

    title: tuple[str, ...]
    title_text: str
    artists: tuple[tuple[str, ...], ...]  # primary first; variants without a leading "the"
    featured: tuple[tuple[str, ...], ...]
    album: tuple[str, ...]
    versions: frozenset[str]
    excused: frozenset[str]
    duration_s: float | None
    track_number: int | None
    known_words: frozenset[str] = field(default_factory=frozenset)
    # Noise, version vocabulary and known names in one set: checked for every residual word.
    explained_words: frozenset[str] = field(default_factory=frozenset)
    # Distinct artist word sequences looked up in paths, and (needle index, score, hits needed)
    # in the order artist evidence tries them: primary, primary without "the", other credited…,
    # featured.
    artist_needles: tuple[tuple[str, ...], ...] = ()
    artist_plan: tuple[tuple[int, float, int], ...] = ()
    # The same word sequences with their letters joined ("".join), for the substring test that
    # rejects most lookups (see paths.find_phrase_in), worked out once instead of per name:
    # the title, the known names stem_evidence removes (in its order, empty ones left out),
    # and per artist needle whether it is counted (the title itself) and its joined letters.
    title_compact: str = ""
    known_names: tuple[tuple[tuple[str, ...], str], ...] = ()
    needle_tests: tuple[tuple[tuple[str, ...], str, bool], ...] = ()

    @property
    def is_short(self) -> bool:
        return len("".join(self.title)) <= 5


def wanted_profile(track: TrackQuery) -> WantedProfile:
    """Normalise the wanted track: base title, version words, artist variants, album words."""
    base, decorations = versions.split_title(clean_title(track.title))
    title = tokens(base)
    wanted_versions = versions.detect(tokens(decorations)) | {
        tag for tag in versions.detect(title) if tag.startswith("part")
    }
    artists = _artist_variants(track.artists)
    featured = tuple(tokens(n) for n in featured_artists(track.title)) + tuple(
        a for a in artists[1:]
    )
    album_base = clean_title(track.album or "")
    album = tuple(w for w in tokens(versions.split_title(album_base)[0]) if w not in _ALBUM_NOISE)
    album_versions = versions.detect(tokens(track.album or ""))
    known = set(tokens(track.title)) | set(tokens(track.album or ""))
    for names in artists + featured:
        known.update(names)
    needles, plan = _artist_plan(title, artists, featured)
    return WantedProfile(
        title=title,
        title_text=" ".join(title),
        artists=artists,
        featured=featured,
        album=album,
        versions=wanted_versions,
        excused=album_versions,
        duration_s=track.duration_ms / 1000 if track.duration_ms else None,
        track_number=track.track_number,
        known_words=frozenset(known),
        explained_words=NOISE_WORDS | _VERSION_VOCAB | known,
        artist_needles=needles,
        artist_plan=plan,
        title_compact="".join(title),
        known_names=tuple((names, "".join(names)) for names in (*artists, *featured, album)
                          if names),
        needle_tests=tuple((needle, "".join(needle), needle == title) for needle in needles),
    )


def _artist_variants(names: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    variants: list[tuple[str, ...]] = []
    for name in names:
        words = tokens(strip_featuring(name))
        if words:
            variants.append(words)
    return tuple(variants)


def _artist_plan(
    title: tuple[str, ...],
    artists: tuple[tuple[str, ...], ...],
    featured: tuple[tuple[str, ...], ...],
) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[int, float, int], ...]]:
    """Primary 1.0 (0.95 without a leading "the"), other credited 0.85 (0.8), featured 0.7."""
    order: list[tuple[tuple[str, ...], float]] = []
    for rank, names in enumerate(artists):
        order.append((names, 1.0 if rank == 0 else 0.85))
        if len(names) > 1 and names[0] == "the":
            order.append((names[1:], 0.95 if rank == 0 else 0.8))
    order.extend((names, 0.7) for names in featured)
    needles = tuple(dict.fromkeys(names for names, _ in order))
    # A self-titled song ("Metallica" by Metallica) needs the name twice: once is the title.
    plan = tuple(
        (needles.index(names), score, 2 if names == title else 1) for names, score in order
    )
    return needles, plan


# What a file name alone says, shared by every file of that name in a response: the title's
# (start, length) or None, per artist needle its hits (see WantedProfile.needle_tests), the
# version words and the unexplained extra words. A plain tuple: made once per distinct name,
# most of a realistic response's names.
StemEvidence = tuple[tuple[int, int] | None, tuple[int, ...], frozenset[str], tuple[str, ...]]


class FolderEvidence(NamedTuple):
    """What a file's nearest folders say; shared by every file in those folders."""

    title_in_folder: bool
    artist_hits: tuple[int, ...]
    album: float
    version_tags: frozenset[str]


def stem_evidence(wanted: WantedProfile, words: tuple[str, ...]) -> StemEvidence:
    """Title as whole words, artist needles, version words and extra words (neither noise,
    numbers, version words nor known names, left after removing the title and known names)."""
    # Runs once per distinct file name, most of which hold neither the title nor any known
    # name: the phrase lookups are inlined, each ended by one substring test of joined letters
    # (every way of matching a phrase puts its letters together there, see paths.locate).
    joined = "".join(words)
    compact = wanted.title_compact
    span = locate(words, wanted.title, compact) if compact and compact in joined else None
    residual, rest = words, joined
    if span is not None:
        residual = words[: span[0]] + words[span[0] + span[1] :]
        rest = "".join(residual)
    for names, compact in wanted.known_names:
        if compact in rest:
            found = locate(residual, names, compact)
            if found is not None:
                residual = residual[: found[0]] + residual[found[0] + found[1] :]
                rest = "".join(residual)
    tags = _NO_TAGS
    if not versions.TRIGGERS.isdisjoint(words):  # the residual's words are the name's
        tags = _version_tags(words, residual)
    hits = tuple([
        count_phrase(words, needle) if counted
        else 1 if compact in joined and locate(words, needle, compact) is not None else 0
        for needle, compact, counted in wanted.needle_tests
    ])
    explained = wanted.explained_words
    return span, hits, tags, tuple([
        w for w in residual if w not in explained and not w.isdigit() and len(w) > 1])


def _version_tags(words: tuple[str, ...], residual: tuple[str, ...]) -> frozenset[str]:
    found = versions.detect(residual)
    tags = {t for t in found if not t.startswith("part")} if found else set()
    if "part" in words:  # "part N" counts wherever it stands in the name, title included
        tags |= {t for t in versions.detect(words) if t.startswith("part")}
    return frozenset(tags)


def _find(
    hay: tuple[str, ...], joined: str, needle: tuple[str, ...], compact: str
) -> tuple[int, int] | None:
    # paths.find_phrase_in with the needle's joined letters known: most lookups end at "in".
    if not compact or compact not in joined:
        return None
    return find_phrase_in(hay, joined, needle)


def folder_evidence(wanted: WantedProfile, folders: tuple[tuple[str, ...], ...]) -> FolderEvidence:
    """Title in the nearest folder, artist needles, album in any folder, strong version words."""
    # Each folder's letters are joined once for the substring tests that end most lookups.
    joined = ["".join(folder) for folder in folders]
    title_in_folder = bool(folders) and _find(
        folders[0], joined[0], wanted.title, wanted.title_compact) is not None
    # A self-titled song ("Metallica" by Metallica) needs the name twice, so count it there;
    # elsewhere 1 means "present". File name and folder hits are added up.
    hits = tuple([
        sum([count_phrase(hay, needle) for hay in folders]) if counted
        else 1 if _found_in_any(folders, joined, needle, compact) else 0
        for needle, compact, counted in wanted.needle_tests
    ])
    album = 0.0
    if wanted.album and _found_in_any(folders, joined, wanted.album, "".join(wanted.album)):
        album = 1.0
    tags: set[str] = set()
    for folder in folders:
        if versions.has_trigger(folder):  # removing known names never adds a version word
            tags |= versions.detect(_remove_known(folder, wanted)) & versions.FOLDER_FAMILIES
    return FolderEvidence(title_in_folder, hits, album, frozenset(tags))


def _found_in_any(
    hays: tuple[tuple[str, ...], ...], joined: list[str], needle: tuple[str, ...], compact: str
) -> bool:
    return any(_find(hay, text, needle, compact) is not None
               for hay, text in zip(hays, joined, strict=True))


def artist_score(
    wanted: WantedProfile, in_stem: tuple[int, ...], in_folders: tuple[int, ...]
) -> float:
    for index, score, needed in wanted.artist_plan:
        if in_stem[index] + in_folders[index] >= needed:
            return score
    return 0.0


def _remove_known(folder: tuple[str, ...], wanted: WantedProfile) -> tuple[str, ...]:
    words = list(folder)
    for names in (wanted.album, *wanted.artists):
        found = find_phrase(tuple(words), names) if names else None
        if found is not None:
            del words[found[0] : found[0] + found[1]]
    return tuple(words)
