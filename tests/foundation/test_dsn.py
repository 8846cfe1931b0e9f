"""DSN refusal cases: a clear error naming the setting and giving an example."""

import subprocess
import sys

import pytest

from engine.dsn import validate_database_url
from engine.errors import DatabaseUrlError


@pytest.mark.parametrize(("value", "code"), [
    ("", "config.database_url_empty"),
    ("   ", "config.database_url_empty"),
    (None, "config.database_url_empty"),
    ("sqlite:///harmony.db", "config.database_url_sqlite"),
    ("sqlite+aiosqlite:///x.db", "config.database_url_sqlite"),
    ("postgresql://user@host/db", "config.database_url_driver"),
    ("postgres://user@host/db", "config.database_url_driver"),
    ("mysql+aiomysql://u@h/db", "config.database_url_scheme"),
    ("not a url at all", "config.database_url_scheme"),
    ("postgresql+asyncpg://", "config.database_url_garbage"),
])
def test_refused_urls_name_the_setting_and_an_example(value: str | None, code: str) -> None:
    with pytest.raises(DatabaseUrlError) as caught:
        validate_database_url(value)
    assert caught.value.code == code
    assert "HARMONY_DATABASE_URL" in caught.value.message
    assert "postgresql+asyncpg://" in caught.value.message


@pytest.mark.parametrize("value", [
    "postgresql+asyncpg://harmony:pw@localhost:5432/harmony",
    "postgresql+psycopg://harmony@db.example.org/music",
    "postgresql+asyncpg://postgres@/harmony?host=/run/postgresql",
])
def test_accepted_urls(value: str) -> None:
    url = validate_database_url(value)
    assert url.drivername in ("postgresql+asyncpg", "postgresql+psycopg")


@pytest.mark.parametrize("command", [["doctor"], ["engine"], ["migrate"], []])
def test_every_command_refuses_a_bad_url_with_exit_code_2(tmp_path, command) -> None:
    env = {"HARMONY_DATABASE_URL": "sqlite:///x.db", "QT_QPA_PLATFORM": "offscreen",
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    args = [*command, "--dev-dir", str(tmp_path)] + (["--ci-mode", "--ci-seconds", "1"]
                                                    if not command else [])
    result = subprocess.run([sys.executable, "-m", "harmony_desktop", *args], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "HARMONY_DATABASE_URL" in result.stderr and "SQLite" in result.stderr
