"""Hostile input through the real Imports section (preview, then confirm): random bytes, mutated
real export files and crafted nasties under every import extension. Each one ends in a preview
or a clear refusal (an ``import.*`` code and a message); a confirm either imports everything it
showed or nothing at all — the row counts of every table prove it."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from sqlalchemy import text

from engine.api import HarmonyService
from engine.bootstrap import Engine
from engine.errors import HarmonyError
from tests.ingest.conftest import DATA
from tests.reliability.conftest import FULL
from tests.support.results import record_result

CASES = 400 if FULL else 60
EXTENSIONS = [".csv", ".m3u8", ".m3u", ".txt", ".url", ".webloc", ".bin", ""]
FIXTURES = sorted(p for p in DATA.iterdir() if p.is_file())
SPLICES = [b'"', b"\n", b";", b",", b"\r", b"#EXTINF:-1,", b" - ", b"spotify:track:",
           b"\xff\xfe", b"\xef\xbb\xbf", b"\\,", b"<key>URL</key>", b"\x00", b"\xed\xa0\x80"]


def crafted(rng: random.Random) -> list[tuple[str, bytes]]:
    """Inputs a parser may accept but a database may not store, and other edge shapes."""
    letters = "abcdefghijklmnopqrstuvwxyzäöüß漢字 "
    long_title = "".join(rng.choice(letters) for _ in range(9000))
    return [
        ("long.txt", f"Daft Punk - {long_title}\n".encode()),
        ("long.csv", f"Track Name,Artist Name(s)\n{long_title},Björk\n".encode()),
        ("long-artist.m3u8", f"#EXTM3U\n#EXTINF:200,{long_title} - Song\nx.mp3\n".encode()),
        ("columns.csv", (",".join(f"c{i}" for i in range(5000)) + "\n" +
                         ",".join("v" for _ in range(5000))).encode()),
        ("quotes.csv", b'Track Name,Artist Name(s)\n"unterminated,Artist\n' * 50),
        ("utf16-no-bom.txt", "Daft Punk - One More Time\n".encode("utf-16-le")),
        ("controls.txt", "Art\u0001ist - Ti\u0007tle\nA\u202eB - C\u200bD\n".encode()),
        ("empty.csv", b""),
        ("only-header.csv", b"Track Name,Artist Name(s)\n"),
        ("links.txt", b"https://open.spotify.com/track/" + b"A" * 5000 + b"\n"),
    ]


def mutated(rng: random.Random) -> tuple[str, bytes]:
    source = rng.choice(FIXTURES)
    data = bytearray(source.read_bytes())
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(max(len(data), 1))
        action = rng.choice(("flip", "insert", "delete", "truncate", "splice"))
        if action == "flip" and data:
            data[at] ^= rng.randint(1, 255)
        elif action == "insert":
            data[at:at] = rng.randbytes(rng.randint(1, 16))
        elif action == "delete":
            del data[at:at + rng.randint(1, 32)]
        elif action == "truncate":
            del data[at:]
        else:
            data[at:at] = rng.choice(SPLICES)
    return f"{source.stem}-mutated{rng.choice(EXTENSIONS)}", bytes(data)


def random_bytes(rng: random.Random) -> tuple[str, bytes]:
    return f"random{rng.choice(EXTENSIONS)}", rng.randbytes(rng.randint(0, 4096))


async def test_hostile_files_give_clear_errors_and_never_a_partial_import(
        engine_factory, tmp_path: Path) -> None:
    engine = await engine_factory(workers_enabled=False)
    imports = HarmonyService(engine).imports
    rng = random.Random(20261124)
    inputs = crafted(rng) + [mutated(rng) if n % 2 else random_bytes(rng)
                             for n in range(CASES)]
    outcomes: dict[str, int] = {"refused": 0, "imported": 0, "confirm_refused": 0}
    for index, (name, data) in enumerate(inputs):
        path = tmp_path / f"{index:04d}-{name}"
        path.write_bytes(data)
        before = await _row_counts(engine)
        try:
            preview = await imports.preview_paths([str(path)])
        except HarmonyError as refused:
            _assert_clear(refused, name)
            outcomes["refused"] += 1
            assert await _row_counts(engine) == before, name
            continue
        try:
            summary = await imports.confirm(preview.preview_id)
        except HarmonyError as refused:
            _assert_clear(refused, name)
            outcomes["confirm_refused"] += 1
            assert await _row_counts(engine) == before, f"partial import of {name}"
            continue
        after = await _row_counts(engine)
        outcomes["imported"] += 1
        assert after["ingest_jobs"] == before["ingest_jobs"] + 1, name
        assert after["wanted_items"] == before["wanted_items"] + summary.created, name
    record_result("hostile_imports_tried", len(inputs))
    record_result("hostile_imports_outcomes", outcomes)
    assert outcomes["refused"] and outcomes["imported"], outcomes


def _assert_clear(error: HarmonyError, name: str) -> None:
    assert error.code.startswith("import.") and error.message.strip(), (name, error.code,
                                                                         error.message)


async def _row_counts(engine: Engine) -> dict[str, Any]:
    """Rows per table, every table (imports must touch none when they fail)."""
    assert engine.database is not None
    async with engine.database.session() as session:
        tables = (await session.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))).scalars().all()
        counts = {}
        for table in tables:
            counts[table] = (await session.execute(text(
                f'SELECT count(*) FROM "{table}"'))).scalar_one()
    return counts


async def test_overlong_names_are_rejected_rows_not_a_database_error(engine_factory) -> None:
    """Regression: a 9,000-character title used to pass the preview and then fail the whole
    confirm with PostgreSQL's "index row requires 10352 bytes" (the match key is indexed)."""
    engine = await engine_factory(workers_enabled=False)
    imports = HarmonyService(engine).imports
    long_title = "Ödland " * 1300
    preview = await imports.preview_text(f"Daft Punk - {long_title}\nBjörk - Jóga\n"
                                         f"{'Ж' * 400} - Song\n")
    assert [(r.line, r.code) for r in preview.rejected] == [
        (1, "import.field_too_long"), (3, "import.field_too_long")]
    assert "limit is 300" in preview.rejected[0].message
    assert [(row.artists, row.title) for row in preview.accepted] == [(("Björk",), "Jóga")]
    summary = await imports.confirm(preview.preview_id)
    assert (summary.created, summary.rejected) == (1, 2)
