"""Identity evidence: is this file the wanted recording (title, artist, album, version)?"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from engine.domain.models import TrackQuery
from engine.matching import versions
from engine.matching.normalize import clean_title, featured_artists, strip_featuring, tokens
from engine.matching.paths import count_phrase, find_phrase, find_phrase_in

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
    # the title, the known names residual_words removes (in its order, empty ones left out),
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


@dataclass(slots=True)
class IdentityEvidence:
    """What the path says about identity; scores in [0, 1]."""

    title: float = 0.0
    title_span: tuple[int, int] | None = None
    artist: float = 0.0
    album: float = 0.0
    version_tags: frozenset[str] = frozenset()
    extra_words: tuple[str, ...] = ()


class StemEvidence(NamedTuple):
    """What a file name alone says; shared by every file of that name in a response."""

    title_span: tuple[int, int] | None
    artist_hits: tuple[int, ...]  # per artist needle, see _needle_hits
    version_tags: frozenset[str]
    extra_words: tuple[str, ...]


class FolderEvidence(NamedTuple):
    """What a file's nearest folders say; shared by every file in those folders."""

    title_in_folder: bool
    artist_hits: tuple[int, ...]
    album: float
    version_tags: frozenset[str]


def stem_evidence(wanted: WantedProfile, words: tuple[str, ...]) -> StemEvidence:
    """Title as whole words, artist needles, version words and unexplained extra words."""
    joined = "".join(words)
    span = _find(words, joined, wanted.title, wanted.title_compact)
    residual = residual_words(wanted, words, span)
    found = versions.detect(residual)
    tags = {t for t in found if not t.startswith("part")} if found else set()
    if "part" in words:  # "part N" counts wherever it stands in the name, title included
        tags |= {t for t in versions.detect(words) if t.startswith("part")}
    hits = tuple([
        count_phrase(words, needle) if counted
        else 0 if _find(words, joined, needle, compact) is None else 1
        for needle, compact, counted in wanted.needle_tests
    ])
    return StemEvidence(span, hits, frozenset(tags), extra_words(residual, wanted))


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


def combine(wanted: WantedProfile, stem: StemEvidence, folder: FolderEvidence) -> IdentityEvidence:
    """One file's evidence from its name's and its folders'."""
    in_folder = 0.75 if folder.title_in_folder else 0.0
    title = 1.0 if stem.title_span is not None else in_folder
    return IdentityEvidence(
        title=title,
        title_span=stem.title_span,
        artist=artist_score(wanted, stem.artist_hits, folder.artist_hits),
        album=folder.album,
        version_tags=(stem.version_tags | folder.version_tags
                      if folder.version_tags else stem.version_tags),
        extra_words=stem.extra_words,
    )


def artist_score(
    wanted: WantedProfile, in_stem: tuple[int, ...], in_folders: tuple[int, ...]
) -> float:
    for index, score, needed in wanted.artist_plan:
        if in_stem[index] + in_folders[index] >= needed:
            return score
    return 0.0


def residual_words(
    wanted: WantedProfile, words: tuple[str, ...], span: tuple[int, int] | None
) -> tuple[str, ...]:
    """File-name words left after removing the title match and every known name."""
    hay = words
    if span is not None:
        hay = words[: span[0]] + words[span[0] + span[1] :]
    joined = "".join(hay)
    for names, compact in wanted.known_names:
        found = _find(hay, joined, names, compact)
        if found is not None:
            hay = hay[: found[0]] + hay[found[0] + found[1] :]
            joined = "".join(hay)
    return hay


def _remove_known(folder: tuple[str, ...], wanted: WantedProfile) -> tuple[str, ...]:
    words = list(folder)
    for names in (wanted.album, *wanted.artists):
        found = find_phrase(tuple(words), names) if names else None
        if found is not None:
            del words[found[0] : found[0] + found[1]]
    return tuple(words)


def extra_words(residual: tuple[str, ...], wanted: WantedProfile) -> tuple[str, ...]:
    """Residual words that are neither noise, numbers, version words nor known names."""
    explained = wanted.explained_words
    return tuple([w for w in residual if w not in explained and not w.isdigit() and len(w) > 1])
