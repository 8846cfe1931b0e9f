"""Text normalisation shared by the ranker and the search planner: one canonical token form."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Latin letters that NFKD does not decompose but people type without their stroke or ligature.
_LATIN_SPECIALS = str.maketrans(
    {
        "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i", "ß": "ss",
    }
)

# Translating with a table looks every character up in it: find the few that it changes first.
_LATIN_SPECIAL_RE = re.compile("[" + "".join(map(chr, _LATIN_SPECIALS)) + "]")

# Cyrillic (and Greek) letters used as Latin look-alikes in stylised names such as "KoЯn".
# Applied only inside words that also contain Latin letters, so real Cyrillic names stay intact.
_HOMOGLYPHS = str.maketrans(
    {
        "Я": "R", "я": "r", "И": "N", "и": "n", "А": "A", "а": "a", "В": "B", "Е": "E",
        "е": "e", "К": "K", "к": "k", "М": "M", "Н": "H", "О": "O", "о": "o", "Р": "P",
        "р": "p", "С": "C", "с": "c", "Т": "T", "т": "t", "Х": "X", "х": "x", "У": "Y",
        "у": "y", "Ь": "b", "Ш": "W", "ш": "w", "Λ": "A", "Σ": "E", "Δ": "A", "Ø": "O",
    }
)

# The characters that table changes: text without any needs no repair at all.
_LOOKALIKE_RE = re.compile("[" + "".join(map(chr, _HOMOGLYPHS)) + "]")

# Underscores split words too ("artist_-_title"), so a token is a run of \w without "_".
_TOKEN_RE = re.compile(r"[^\W_]+|&|\+")
_LAST_COMBINING_MARK = "\u036f"
_MIXED_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_ASCII_LOWER = re.compile(r"[a-z]")
# "$" and "!" inside a word are letters in disguise: A$AP, Ke$ha, P!nk.
_DOLLAR_IN_WORD = re.compile(r"(?<=\w)\$|\$(?=\w)")
_BANG_IN_WORD = re.compile(r"(?<=\w)!(?=\w)")
_APOSTROPHES = re.compile(r"[\'’‘`´]")
_AND_TOKENS = frozenset({"&", "+", "and", "n", "et", "und", "y"})
_FEAT_WORDS = r"(?:feat\.?|ft\.?|featuring|with|w/)"
_FEAT_BRACKET = re.compile(rf"[\(\[]\s*{_FEAT_WORDS}\s+[^\)\]]*[\)\]]", re.IGNORECASE)
_FEAT_TAIL = re.compile(r"\s+(?:feat\.?|ft\.?|featuring)\s+.*$", re.IGNORECASE)
_PART_RE = re.compile(
    r"\b(?:pt|part|prt)\.?\s*(\d+|[ivx]+)\b", re.IGNORECASE
)
_ROMAN = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10
}

# Spotify appends " - <decoration>" to titles; these decorations name no other recording.
_NEUTRAL_SUFFIX = re.compile(
    r"\s+-\s+(?:(?:\d{4}\s+)?(?:digital(?:ly)?\s+)?remaster(?:ed)?(?:\s+\d{4})?(?:\s+version)?"
    r"|from\s+[\"“].*|mono(?:\s+version)?|stereo(?:\s+version)?|bonus\s+track"
    r"|original\s+(?:mix|version)|album\s+version|single\s+version)\s*$",
    re.IGNORECASE,
)
_NEUTRAL_BRACKET = re.compile(
    r"[\(\[]\s*(?:(?:\d{4}\s+)?(?:digital(?:ly)?\s+)?remaster(?:ed)?(?:\s+\d{4})?(?:\s+version)?"
    r"|explicit|clean|from\s+[^\)\]]*|bonus\s+track|deluxe[^\)\]]*|original\s+(?:mix|version)"
    r"|album\s+version|single\s+version|mono|stereo)\s*[\)\]]",
    re.IGNORECASE,
)

# Leading track numbers: "01 ", "01.", "01 - ", "1-02 ", "101 ", "(01) ", "[01] ", "A1 ", "CD1-03".
_TRACK_PREFIX = re.compile(
    r"^\s*(?:(?:cd|disc|disk)\s*\d+\s*[-_. ]\s*)?"
    r"(?:[\(\[]\s*\d{1,3}\s*[\)\]]|[a-d]?\d{1,2}(?:\s*[-.]\s*\d{1,3})?|\d{3})"
    r"(?=[\s._\-)\]]|$)\s*[-._)\]]*\s*",
    re.IGNORECASE,
)
_LEADING_NUMBER = re.compile(r"^\s*[\(\[]?\s*(?:\d{1,2}\s*[-.]\s*)?(\d{1,3})(?=[\s._\-)\]])")
# Scene names end in "-group" and use "_" or "." as spaces: "artist_-_title-web-2011-grp".
_SCENE_TAIL = re.compile(r"-(?:[a-z0-9]{2,12})$", re.IGNORECASE)
_SCENE_SPACES = re.compile(r"[_.]+")
# A trailing "-word" that carries meaning is not a release group.
_KEEP_TAILS = frozenset(
    {"remix", "rmx", "mix", "edit", "live", "demo", "acoustic", "instrumental", "karaoke",
     "acapella", "cover", "nightcore", "slowed", "extended", "unplugged", "version", "dub"}
)


def fold(text: str) -> str:
    """NFKC, stylised-name repair, accent folding (Latin/Greek only), casefold."""
    if text.isascii():
        # Most shared paths are ASCII, where NFKC, the homoglyph and Latin tables and mark
        # stripping change nothing: skip them (same result, several times faster).
        return _disguised_letters(text).casefold()
    text = unicodedata.normalize("NFKC", text)
    # Homoglyph repair only touches words holding a character beyond the Latin/Greek marks and
    # one whose lower case is a Latin letter; it changes only look-alikes. str.lower() maps
    # character by character, so without a Latin letter in the lowered text no word qualifies
    # (most CJK and Cyrillic names): two C-level searches spare a Python call per word.
    if _LOOKALIKE_RE.search(text) and _ASCII_LOWER.search(text.lower()):
        text = _MIXED_WORD_RE.sub(_repair_mixed_script, text)
    text = _disguised_letters(text)
    if _LATIN_SPECIAL_RE.search(text):
        text = text.translate(_LATIN_SPECIALS)
    return _strip_marks(text).casefold()


def _disguised_letters(text: str) -> str:
    if "$" in text:
        text = _DOLLAR_IN_WORD.sub("s", text)
    if "!" in text:
        text = _BANG_IN_WORD.sub("i", text)
    return text


def _repair_mixed_script(match: re.Match[str]) -> str:
    word = match.group(0)
    # A Latin letter in the lowered word is a character whose lower case lies in "a".."z"
    # (str.lower() maps each character on its own, and the only mapping to several characters,
    # "İ" → "i̇", starts with its Latin letter).
    if _ASCII_LOWER.search(word.lower()) and max(word) > _LAST_COMBINING_MARK:
        return word.translate(_HOMOGLYPHS)
    return word


def _strip_marks(text: str) -> str:
    # Decompose, then drop combining marks only after Latin or Greek bases: kana voicing marks
    # (が → か + ゙) and Cyrillic й must survive, or CJK/Cyrillic names would be destroyed.
    decomposed = unicodedata.normalize("NFKD", text)
    if not any(map(unicodedata.combining, decomposed)):
        # No mark to drop (most Cyrillic and CJK text): the loop would keep every character.
        return unicodedata.normalize("NFC", decomposed)
    out: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch) and out and _is_latin_or_greek(out[-1]):
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _is_latin_or_greek(ch: str) -> bool:
    return ord(ch) < 0x400


def tokens(text: str) -> tuple[str, ...]:
    """Canonical tokens: folded words with "&"/"+"/"and"/"n'" unified and parts numbered."""
    return _tokens_cached(text)


@lru_cache(maxsize=65536)
def _tokens_cached(text: str) -> tuple[str, ...]:
    folded = fold(text)
    # File names are mostly ASCII without apostrophes: skip the substitution when it cannot
    # match (the only ASCII apostrophes are ' and `).
    if "'" in folded or "`" in folded or not folded.isascii():
        folded = _APOSTROPHES.sub("", folded)
    folded = folded.replace("&", " & ").replace("+", " + ")
    # Every part spelling holds "pt" or "rt" (pt, part, prt); folded text is lower case.
    if "pt" in folded or "rt" in folded:
        folded = _PART_RE.sub(lambda m: f" part {_part_number(m.group(1))} ", folded)
    words = _TOKEN_RE.findall(folded)
    if _AND_TOKENS.isdisjoint(words):
        return tuple(words)
    return tuple("and" if w in _AND_TOKENS else w for w in words)


def clear_caches() -> None:
    _tokens_cached.cache_clear()


def _part_number(raw: str) -> str:
    raw = raw.lower()
    return str(_ROMAN.get(raw, raw)) if not raw.isdigit() else str(int(raw))


def normalize(text: str) -> str:
    """One space-joined canonical string (see :func:`tokens`)."""
    return " ".join(tokens(text))


def strip_featuring(text: str) -> str:
    """Remove "(feat. X)", "[ft. X]" and trailing " feat. X" from a title or artist string."""
    text = _FEAT_BRACKET.sub(" ", text)
    return _FEAT_TAIL.sub("", text).strip()


def featured_artists(title: str) -> tuple[str, ...]:
    """Names listed after feat./ft./featuring in a title."""
    found = re.findall(rf"{_FEAT_WORDS}\s+([^\)\]\-]+)", title, flags=re.IGNORECASE)
    names: list[str] = []
    for chunk in found:
        names.extend(p.strip() for p in re.split(r",|&| and | x ", chunk) if p.strip())
    return tuple(names)


def strip_neutral_decorations(title: str) -> str:
    """Drop decorations that name no other recording: remasters, "From …", explicit, mono."""
    previous = None
    while previous != title:
        previous = title
        title = _NEUTRAL_SUFFIX.sub("", title)
        title = _NEUTRAL_BRACKET.sub(" ", title).strip()
    return re.sub(r"\s{2,}", " ", title)


def clean_title(title: str) -> str:
    """The wanted title without featuring credits and neutral Spotify decorations."""
    return strip_neutral_decorations(strip_featuring(title))


def strip_track_number(stem: str) -> str:
    """Remove a leading track number such as "01 ", "01.", "1-02 ", "(01)", "A1 "."""
    stripped = _TRACK_PREFIX.sub("", stem, count=1)
    return stripped if stripped.strip() else stem


def leading_track_number(stem: str) -> int | None:
    """The track number at the start of a file name, if any ("1-02" → 2)."""
    match = _LEADING_NUMBER.match(stem)
    return int(match.group(1)) if match else None


def unscene(stem: str) -> str:
    """Turn scene style ("artist_-_title-web-2011-grp") into words; plain names pass through."""
    if " " in stem.strip():
        return stem
    if "_" not in stem and stem.count(".") < 2:
        return stem
    tail = _SCENE_TAIL.search(stem)
    if tail and stem.count("-") >= 2 and tail.group(0)[1:].casefold() not in _KEEP_TAILS:
        stem = stem[: tail.start()]
    return _SCENE_SPACES.sub(" ", stem)


def ascii_fold(text: str) -> str:
    """The text with Latin diacritics removed but case and punctuation kept (for queries)."""
    return _strip_marks(unicodedata.normalize("NFKC", text).translate(_LATIN_SPECIALS))


def has_non_ascii_latin(text: str) -> bool:
    return ascii_fold(text) != unicodedata.normalize("NFKC", text)
