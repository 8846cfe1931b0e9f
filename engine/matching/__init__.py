"""Matching engine: picks the right Soulseek file for a wanted track — identity, then quality,
then peer — and plans the searches that find it. Pure Python + rapidfuzz; no I/O, no Qt.

Public API
----------
* ``rank(track, candidates, settings=DEFAULT, peer_failures=None, banned=None)``
  → ``list[RankedCandidate]`` best first. The first ``Decision.ACCEPT`` is downloaded first,
  the other accepted ones are alternates in order. Deterministic; CPU-bound, so callers run it
  in an executor. ``peer_failures`` maps username → recent failures; ``banned`` is a set of
  usernames.
* ``clear_caches()`` empties the bounded process-wide parse/normalisation caches (benchmarks).
* ``MatchingSettings`` (frozen) with ``DEFAULT``; ``MatchingSettings.from_mapping(dict)`` takes
  plain field names or the settings system's ``matching.*`` / ``quality.*`` keys.
* ``QualityProfile`` (``engine.matching.quality``): ordered tiers of format rules plus bounds.
* ``plan_searches(items, settings)`` → ``SearchPlan`` (``primary``, ``fallbacks``,
  ``search_count``, ``max_search_count``, ``searches_needed(cache)``), ``SearchCache`` protocol,
  ``LruSearchCache``, ``cache_key`` (``engine.matching.planning``).
* CLI (fixed interface): ``python -m engine.matching rank < cases.jsonl > results.jsonl``.

How a candidate is judged
-------------------------
1. Junk (rejected outright): non-audio extension, file ≤ 64 KiB, zero length, "preview" /
   "snippet" / "sample" in the name, a 25–35 s file for a longer track, a lossless file below
   300 kbit/s of size, a lossy file whose size is below 0.5× or above 1.6× (+64 kbit/s) of its
   reported bitrate × length.
2. Identity, from the file name and its three nearest folders after normalisation (NFKC,
   case-fold, Latin/Greek accents folded, CJK/Cyrillic kept, stylised names KoЯn/A$AP/P!nk,
   "&"/"+"/"and"/"n'" unified, "Pt. II" = "part 2", track-number prefixes and scene names
   removed, Spotify suffixes such as " - Remastered 2011" or ' - From "…"' dropped):
   title as whole words in the file name (1.0; a folder 0.75; rapidfuzz fallback ≥ 0.82 × 0.9),
   artist as whole words anywhere in the path (primary 1.0, other credited 0.85, featured 0.7;
   missing → rejected), album in a folder, duration. Confidence =
   0.45·title + 0.30·artist + 0.20·duration + 0.05·album, minus 0.08 per soft version
   difference and 0.6 × the share of unexplained extra words next to the title.
3. Versions must agree: live, remix/mix/edit, extended, acoustic, unplugged, instrumental,
   karaoke, a cappella, demo, slowed, sped up, nightcore, 8D, cover/tribute, "part N", hour-long
   loops are hard (an unwanted one or a missing wanted one rejects); radio edit and clean are soft.
   Version words in the wanted album excuse (but do not require) the same words in candidates.
4. Duration: full credit within max(3 s, 1 % of the track); linear decline to 3× that;
   rejected beyond. Unknown on either side scores 0.5.
5. Decision: accept when nothing rejects it and confidence ≥ 0.65 (the settings default).
   Rejected candidates' confidence is halved, so every score ≥ 0.65 is an accept.
6. Order: accepted first; confidence ≥ 0.85 ("strong") before weaker; a peer with one recent
   failure after others; quality tier then format order; free slot; 650 KiB/s speed bucket;
   confidence; peer score; bitrate; a stable hash of (user, path).

Default quality profile: lossless (FLAC > ALAC > WAV > AIFF) > MP3/OGG ≥ 315 kbit/s (320) >
MP3 ≥ 220 (V0) / AAC ≥ 250 / OGG ≥ 250 / Opus ≥ 160 > the rest; minimum 128 kbit/s; lossless
16–24 bit, 44.1–192 kHz. Unknown lossy bitrate: estimated from size and length (minus 64 KiB of
tags), otherwise ranked in the last tier (``UnknownBitrate.LOWEST``; ``REJECT`` and
``ASSUME_OK`` are the alternatives).

Peers: score = 0.4·free slot + 0.4·speed (log scale, full at 5 MB/s) + 0.2·0.94^queue.
One recent failure downranks the peer, two skip it; banned users are rejected.

Speed: a response's files share folders and names, so one ranking looks up each file's name and
folder part as strings and computes identity evidence once per distinct name and once per
distinct folder chain (``identity_memo``), quality and peer verdicts once per distinct format and
peer state (``memo``), and the fuzzy fallbacks as one ``rapidfuzz.process.cdist`` row over the
distinct names and chains (``fuzzy``); junk is rejected before any identity work. A realistic
response still brings a new name and length for almost every file, so the judgement (``judge``)
leaves out the two reasons that are a file's own — the note on its length and the one naming
its extra words — and is made once per distinct evidence shape and length score, with its
finished decision, rounded confidence and reasons; the ranker puts the file's own two reasons
in their places. Path parses and tokens live in bounded process-wide LRU caches
(``clear_caches()``), which also serve the other tracks of an album search. The observable
output is pinned by golden rankings (``tests/matching/test_golden.py``) and by
``tests/matching/test_equivalence.py``, which demands identical rankings from the frozen
pre-optimisation ranker in ``tests/matching/reference`` on random and synthetic responses.

Search planning: "artist album" once for ≥ 2 wanted tracks of one album, "artist title" for
the rest; fallbacks per item: "artist title" (album items), title alone (titles ≥ 6 chars) and
a diacritics-free variant. Terms the server silently blocks (setting ``blocked_search_terms``)
get a "*" for their first letter. Queries are deduplicated by ``cache_key`` (sorted case-folded
words; accents kept, as the server treats them as different searches).
"""

from engine.matching.planning import LruSearchCache, SearchCache, SearchPlan, plan_searches
from engine.matching.quality import QualityProfile, UnknownBitrate
from engine.matching.ranker import clear_caches, rank
from engine.matching.settings import DEFAULT, MatchingSettings

__all__ = [
    "DEFAULT",
    "LruSearchCache",
    "MatchingSettings",
    "QualityProfile",
    "SearchCache",
    "SearchPlan",
    "UnknownBitrate",
    "clear_caches",
    "plan_searches",
    "rank",
]
