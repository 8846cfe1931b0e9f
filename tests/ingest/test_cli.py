"""``harmony import`` as other tools call it: subprocess, exact JSON keys, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from engine.ingest import ImportPreview
from engine.ingest.cli import main, main_async

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "engine.ingest", "import", *args], cwd=REPO,
                          capture_output=True, text=True, encoding="utf-8", timeout=60,
                          check=False)


def test_dry_run_json_is_exactly_the_contract(data_dir) -> None:
    done = run_cli(str(data_dir / "exportify_current.csv"),
                   str(data_dir / "links_with_tracking.txt"), "--dry-run", "--json")

    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)  # one object, nothing else on stdout
    assert set(document) == {"accepted", "links", "rejected"}
    assert all(set(row) == {"artists", "title", "album", "duration_ms", "spotify_id", "isrc",
                            "source"} for row in document["accepted"])
    assert all(set(row) == {"kind", "spotify_id"} for row in document["links"])
    assert all(set(row) == {"file", "line", "text", "reason"} for row in document["rejected"])
    assert document["accepted"][0] == {
        "artists": ["Daft Punk"], "title": "One More Time", "album": "Discovery",
        "duration_ms": 320357, "spotify_id": "0DiWol3AO6WpXZgp0goxAV", "isrc": "GBDUW0000053",
        "source": "csv"}
    assert document["accepted"][3]["artists"] == ["宇多田ヒカル"]
    assert {"kind": "playlist", "spotify_id": "37i9dQZF1DXcBWIGoYBM5M"} in document["links"]
    assert document["rejected"][0] == {
        "file": str(data_dir / "exportify_current.csv"), "line": 8,
        "text": document["rejected"][0]["text"], "reason": "import.local_spotify_file"}
    assert {row["reason"] for row in document["rejected"]} >= {
        "import.unsupported_link", "import.short_link", "import.unsupported_url"}


def test_json_types_for_a_text_list(tmp_path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("Nena - 99 Luftballons\n")

    document = json.loads(run_cli(str(path), "--dry-run", "--json").stdout)

    assert document == {"accepted": [{"artists": ["Nena"], "title": "99 Luftballons",
                                      "album": None, "duration_ms": None, "spotify_id": None,
                                      "isrc": None, "source": "text"}],
                        "links": [], "rejected": []}


def test_unreadable_inputs_exit_2_with_the_reason_on_stderr(tmp_path, data_dir) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 4)
    big = tmp_path / "big.csv"
    big.write_bytes(b"a" * (1024 * 1024 + 1))

    for path, code in ((tmp_path / "missing.txt", "import.file_not_found"),
                       (junk, "import.binary_file"), (big, "import.file_too_large")):
        done = run_cli(str(data_dir / "text_de.txt"), str(path), "--dry-run", "--json")
        assert done.returncode == 2
        assert done.stdout == ""  # nothing half-reported
        assert code in done.stderr and str(path) in done.stderr


def test_readable_summary_without_json(data_dir) -> None:
    done = run_cli(str(data_dir / "text_de.txt"), "--dry-run")

    assert done.returncode == 0
    assert done.stdout.splitlines()[0] == (
        "6 tracks, 0 Spotify links, 1 rejected, 1 duplicates dropped")
    assert "  + Die Toten Hosen - Tage wie diese  (4:16)" in done.stdout
    assert "import.unparseable_line" in done.stdout


def test_summary_survives_a_console_that_cannot_show_the_text(data_dir) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "engine.ingest", "import", str(data_dir / "text_ja.txt"),
         "--dry-run"], cwd=REPO, capture_output=True, timeout=60, check=False,
        env={"PYTHONIOENCODING": "cp1252", "PATH": "/usr/bin:/bin"})

    assert done.returncode == 0, done.stderr
    assert b"\\u5b87" in done.stdout  # escaped, not a UnicodeEncodeError


def test_saving_without_a_database_is_refused(data_dir) -> None:
    done = run_cli(str(data_dir / "text_de.txt"))

    assert done.returncode == 2
    assert "saving imports needs the engine's database; use --dry-run" in done.stderr


def test_usage_errors_exit_2() -> None:
    assert run_cli("--dry-run").returncode == 2
    no_word = subprocess.run([sys.executable, "-m", "engine.ingest", "x.txt"], cwd=REPO,
                             capture_output=True, text=True, timeout=60, check=False)
    assert no_word.returncode == 2 and "usage" in no_word.stderr


def test_injected_persist_receives_the_preview(data_dir, capsys) -> None:
    seen: list[ImportPreview] = []

    async def persist(preview: ImportPreview) -> dict[str, int]:
        seen.append(preview)
        return {"wanted_items": len(preview.accepted)}

    code = main([str(data_dir / "text_ja.txt"), "--json"], persist=persist)

    assert code == 0
    assert seen[0].accepted[0].title == "First Love"
    document = json.loads(capsys.readouterr().out)
    assert document["saved"] == {"wanted_items": 4}


async def test_async_entry_point_inside_a_running_loop(data_dir) -> None:
    out, err = io.StringIO(), io.StringIO()

    code = await main_async([str(data_dir / "playlist.url"), "--dry-run", "--json"],
                            stdout=out, stderr=err)

    assert code == 0 and err.getvalue() == ""
    assert json.loads(out.getvalue())["links"] == [
        {"kind": "playlist", "spotify_id": "37i9dQZF1DXcBWIGoYBM5M"}]
