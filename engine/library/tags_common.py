"""Small helpers shared by the per-format tag writers ("n/total" pairs, integer parsing)."""

from __future__ import annotations


def format_pair(number: int | None, total: int | None) -> str | None:
    """``"3/12"``, ``"3"`` or ``None`` (a total without a number says nothing)."""
    if not number:
        return None
    return f"{number}/{total}" if total else str(number)


def parse_int(text: str | None) -> int | None:
    """Leading integer of ``text`` ("03" → 3, "3/12" → 3), ``None`` when there is none."""
    if not text:
        return None
    digits = ""
    for char in text.strip():
        if not char.isdigit():
            break
        digits += char
    return int(digits) if digits and int(digits) > 0 else None


def parse_pair(text: str | None) -> tuple[int | None, int | None]:
    """``"3/12"`` → ``(3, 12)``; ``"3"`` → ``(3, None)``."""
    if not text:
        return None, None
    number, _, total = text.partition("/")
    return parse_int(number), parse_int(total)
