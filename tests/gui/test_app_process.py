"""The real ``harmony`` process, as a user starts it: window, engine, clean exit."""

import os
import subprocess
import sys


def test_the_app_starts_runs_and_quits_cleanly(tmp_path, fresh_db_url) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HARMONY_SECRETS": "memory"}
    env.pop("HARMONY_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "harmony_desktop", "--dev-dir", str(tmp_path), "--database-url",
         fresh_db_url.render_as_string(False), "--ci-mode", "--ci-seconds", "4"],
        env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "harmony: window shown" in result.stdout
    assert "wiring_summary" in result.stderr
    for marker in ("Traceback", "CRITICAL", "ERROR"):
        assert marker not in result.stderr, result.stderr[-3000:]
