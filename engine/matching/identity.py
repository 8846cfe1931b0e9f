"""Identity evidence: is this file the wanted recording (title, artist, album, version)?"""

from __future__ import annotations

from dataclasses import dataclass, field

from engine.domain.models import TrackQuery
from engine.matching import versions
from engine.matching.normalize import clean_title, featured_artists, strip_featuring, tokens
from engine.matching.paths import PathEvidence, count_phrase, find_phrase

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
    )


def _artist_variants(names: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    variants: list[tuple[str, ...]] = []
    for name in names:
        words = tokens(strip_featuring(name))
        if words:
            variants.append(words)
    return tuple(variants)


@dataclass(slots=True)
class IdentityEvidence:
    """What the path says about identity; scores in [0, 1]."""

    title: float = 0.0
    title_span: tuple[int, int] | None = None
    artist: float = 0.0
    album: float = 0.0
    version_tags: frozenset[str] = frozenset()
    extra_words: tuple[str, ...] = ()


def title_evidence(
    wanted: WantedProfile, path: PathEvidence
) -> tuple[float, tuple[int, int] | None]:
    """1.0 for the whole title in the file name, 0.75 in a folder only, 0 when absent."""
    span = find_phrase(path.stem_words, wanted.title)
    if span is not None:
        return 1.0, span
    if any(find_phrase(folder, wanted.title) for folder in path.folders[:1]):
        return 0.75, None
    return 0.0, None


def artist_evidence(wanted: WantedProfile, path: PathEvidence) -> float:
    """1.0 when the primary artist is in the path as whole words, 0.85 for another credited
    artist, 0.7 for a featured one; a self-titled song needs the name twice."""
    for rank, names in enumerate(wanted.artists):
        if _artist_in_path(names, wanted.title, path):
            return 1.0 if rank == 0 else 0.85
        without_the = names[1:] if len(names) > 1 and names[0] == "the" else None
        if without_the and _artist_in_path(without_the, wanted.title, path):
            return 0.95 if rank == 0 else 0.8
    if any(_artist_in_path(n, wanted.title, path) for n in wanted.featured):
        return 0.7
    return 0.0


def _artist_in_path(names: tuple[str, ...], title: tuple[str, ...], path: PathEvidence) -> bool:
    if names == title:
        total = count_phrase(path.stem_words, names) + sum(
            count_phrase(f, names) for f in path.folders
        )
        return total >= 2
    if find_phrase(path.stem_words, names):
        return True
    return any(find_phrase(folder, names) for folder in path.folders)


def album_evidence(wanted: WantedProfile, path: PathEvidence) -> float:
    if not wanted.album:
        return 0.0
    return 1.0 if any(find_phrase(f, wanted.album) for f in path.folders) else 0.0


def residual_words(
    wanted: WantedProfile, path: PathEvidence, span: tuple[int, int] | None
) -> list[str]:
    """File-name words left after removing the title match and every known name."""
    words = list(path.stem_words)
    if span is not None:
        del words[span[0] : span[0] + span[1]]
    for names in (*wanted.artists, *wanted.featured, wanted.album):
        found = find_phrase(tuple(words), names) if names else None
        if found is not None:
            del words[found[0] : found[0] + found[1]]
    return words


def candidate_versions(
    wanted: WantedProfile, path: PathEvidence, residual: list[str]
) -> frozenset[str]:
    """Version words in what remains of the file name, plus strong ones from its folders."""
    tags = {t for t in versions.detect(residual) if not t.startswith("part")}
    tags |= {t for t in versions.detect(path.stem_words) if t.startswith("part")}
    for folder in path.folders:
        leftover = _remove_known(folder, wanted)
        tags |= versions.detect(leftover) & versions.FOLDER_FAMILIES
    return frozenset(tags)


def _remove_known(folder: tuple[str, ...], wanted: WantedProfile) -> tuple[str, ...]:
    words = list(folder)
    for names in (wanted.album, *wanted.artists):
        found = find_phrase(tuple(words), names) if names else None
        if found is not None:
            del words[found[0] : found[0] + found[1]]
    return tuple(words)


def extra_words(residual: list[str], wanted: WantedProfile) -> tuple[str, ...]:
    """Residual words that are neither noise, numbers, version words nor known names."""
    return tuple(
        w for w in residual
        if w not in NOISE_WORDS and w not in _VERSION_VOCAB and w not in wanted.known_words
        and not w.isdigit() and len(w) > 1
    )
