"""The matching ranker's reasons for a candidate in the user's language.

The engine explains each candidate with short English phrases (engine/matching: judge, junk,
versions, identity_memo, quality, peers) and must keep them: its frozen reference compares them
word for word. So the GUI translates them here, one pattern per phrase the engine can write;
numbers, file formats, version names and file-name words are captured and put back unchanged.
A reason that matches no pattern (a newer engine's, or a format or bitrate label such as
``MP3 320`` that needs no words) is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from harmony_desktop.formatting import localised_number

translate = QCoreApplication.translate

# Named groups hold numbers the engine wrote with a decimal point: they are shown with the
# user's decimal separator. Other groups (file-name words, version names) stay as written.
_NUMBER = r"(?P<number>-?\d+(?:\.\d+)?)"
_SPEED = r"(?P<speed>\d+\.\d) MB/s"

# (the engine's phrase as a full-match pattern, its catalogue source with {0}, {1} … for the
# captured groups). Where the phrase is written: the comment on each group.
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), source) for pattern, source in (
        # judge.py: identity and length
        ("title not found", QT_TRANSLATE_NOOP("Reasons", "title not found")),
        ("artist not found", QT_TRANSLATE_NOOP("Reasons", "artist not found")),
        (rf"low confidence {_NUMBER}", QT_TRANSLATE_NOOP("Reasons", "low confidence {0}")),
        ("length unknown", QT_TRANSLATE_NOOP("Reasons", "length unknown")),
        (r"duration ([+-]\d+) s", QT_TRANSLATE_NOOP("Reasons", "duration {0} s")),
        # versions.py (the family: live, remix, part 2 … stays as written)
        ("version mismatch: (.+)", QT_TRANSLATE_NOOP("Reasons", "version mismatch: {0}")),
        ("version missing: (.+)", QT_TRANSLATE_NOOP("Reasons", "version missing: {0}")),
        # identity_memo.py: words of the file name that the wanted track lacks
        ("extra words: (.+)", QT_TRANSLATE_NOOP("Reasons", "extra words: {0}")),
        # junk.py and ranker.py: files that never win
        (r"not audio: \.(.*)", QT_TRANSLATE_NOOP("Reasons", "not audio: .{0}")),
        (r"file too small \((\d+) bytes\)",
         QT_TRANSLATE_NOOP("Reasons", "file too small ({0} bytes)")),
        ("zero length", QT_TRANSLATE_NOOP("Reasons", "zero length")),
        ("preview clip", QT_TRANSLATE_NOOP("Reasons", "preview clip")),
        (r"preview clip \((\d+) s\)", QT_TRANSLATE_NOOP("Reasons", "preview clip ({0} s)")),
        (r"size too small for lossless \((\d+) kbit/s\)",
         QT_TRANSLATE_NOOP("Reasons", "size too small for lossless ({0} kbit/s)")),
        (r"size too small for (\d+) kbit/s",
         QT_TRANSLATE_NOOP("Reasons", "size too small for {0} kbit/s")),
        (r"size too large for (\d+) kbit/s",
         QT_TRANSLATE_NOOP("Reasons", "size too large for {0} kbit/s")),
        # quality.py: the profile's rejections and the unknown-bitrate label
        (r"bitrate (\d+) < (\d+)", QT_TRANSLATE_NOOP("Reasons", "bitrate {0} < {1}")),
        ("format (.+) not in quality profile",
         QT_TRANSLATE_NOOP("Reasons", "format {0} not in quality profile")),
        (r"bit depth (\d+) out of bounds",
         QT_TRANSLATE_NOOP("Reasons", "bit depth {0} out of bounds")),
        (r"sample rate (\d+) out of bounds",
         QT_TRANSLATE_NOOP("Reasons", "sample rate {0} out of bounds")),
        ("bitrate unknown", QT_TRANSLATE_NOOP("Reasons", "bitrate unknown")),
        (r"(\S+) bitrate unknown", QT_TRANSLATE_NOOP("Reasons", "{0} bitrate unknown")),
        # peers.py: the skip and the peer's label (slot or queue, speed, recent failures)
        ("peer banned", QT_TRANSLATE_NOOP("Reasons", "peer banned")),
        (r"peer failed (\d+) times", QT_TRANSLATE_NOOP("Reasons", "peer failed {0} times")),
        (f"free slot, {_SPEED}", QT_TRANSLATE_NOOP("Reasons", "free slot, {0} MB/s")),
        (f"free slot, {_SPEED}, (1) recent failure",
         QT_TRANSLATE_NOOP("Reasons", "free slot, {0} MB/s, {1} recent failure")),
        (rf"free slot, {_SPEED}, (\d+) recent failures",
         QT_TRANSLATE_NOOP("Reasons", "free slot, {0} MB/s, {1} recent failures")),
        (rf"queue (-?\d+), {_SPEED}", QT_TRANSLATE_NOOP("Reasons", "queue {0}, {1} MB/s")),
        (rf"queue (-?\d+), {_SPEED}, (1) recent failure",
         QT_TRANSLATE_NOOP("Reasons", "queue {0}, {1} MB/s, {2} recent failure")),
        (rf"queue (-?\d+), {_SPEED}, (\d+) recent failures",
         QT_TRANSLATE_NOOP("Reasons", "queue {0}, {1} MB/s, {2} recent failures")),
    )
)


def reason_text(reason: str) -> str:
    """One ranker reason in the user's language; unknown text is returned unchanged."""
    for pattern, source in PATTERNS:
        match = pattern.fullmatch(reason)
        if match is not None:
            # The groups are arguments, never part of the format string: braces in a file
            # name cannot break the formatting.
            return translate("Reasons", source).format(*_arguments(pattern, match))
    return reason


def _arguments(pattern: re.Pattern[str], match: re.Match[str]) -> list[str]:
    numeric = set(pattern.groupindex.values())
    return [localised_number(text) if index in numeric else text
            for index, text in enumerate(match.groups(), start=1)]
