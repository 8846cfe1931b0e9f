"""Browser and desktop link files: Windows ``.url`` (InternetShortcut) and macOS ``.webloc``."""

from __future__ import annotations

import plistlib
import re

from engine.ingest import reasons
from engine.ingest.batch import ParseBatch
from engine.ingest.spotify_links import scan_links

_URL_KEY = re.compile(r"^\s*URL\s*=\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)


def parse_url_shortcut(text: str, file: str) -> ParseBatch:
    batch = ParseBatch(file)
    match = _URL_KEY.search(text)
    if match is None:
        batch.reject(None, text[:200], reasons.UNPARSEABLE_FILE, kind="an Internet shortcut")
        return batch
    line = text.count("\n", 0, match.start()) + 1
    _add_url(batch, match.group(1), line)
    return batch


def parse_webloc(data: bytes, file: str) -> ParseBatch:
    """XML or binary plist with a ``URL`` key; a damaged one is searched for links as text."""
    batch = ParseBatch(file)
    url = _plist_url(data)
    if url is None:
        text = data.decode("utf-8", errors="replace")
        if scan_links(text).links:
            _add_url(batch, text, None)
        else:
            batch.reject(None, text[:200], reasons.UNPARSEABLE_FILE, kind="a web location")
        return batch
    _add_url(batch, url, None)
    return batch


def _plist_url(data: bytes) -> str | None:
    try:
        content = plistlib.loads(data)
    # plistlib raises many kinds (ExpatError, ValueError, OverflowError, …) on hostile input;
    # any of them means the same here: not a readable plist.
    except Exception:
        return None
    url = content.get("URL") if isinstance(content, dict) else None
    return url if isinstance(url, str) else None


def _add_url(batch: ParseBatch, url: str, line: int | None) -> None:
    scan = scan_links(url)
    for match in scan.links:
        batch.add_link(match, line)
    for code, params in scan.problems:
        batch.reject(line, url, code, **params)
    if not scan.links and not scan.problems:
        batch.reject(line, url, reasons.UNSUPPORTED_URL, url=url)
