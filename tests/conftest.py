"""Session-wide test setup: offscreen Qt, an in-memory keyring, real PostgreSQL databases."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HARMONY_DATABASE_URL", None)  # tests choose their database explicitly
os.environ.pop("HARMONY_DISABLE_WORKERS", None)

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy.engine import URL

from tests.support.databases import TestDatabases, outside_pytest_tmp
from tests.support.keyring_backend import InMemoryKeyring

keyring.set_keyring(InMemoryKeyring())

# No test may reach a real service: until a test points an engine at its emulators, every
# provider address is a closed loopback port (engines in subprocesses inherit this too).
for _setting in ("SLSKD_URL", "SPOTIFY_API_URL", "SPOTIFY_ACCOUNTS_URL", "LYRICS_LRCLIB_URL",
                 "ARTWORK_CAA_URL"):
    os.environ[f"HARMONY_{_setting}"] = "http://127.0.0.1:9"


@pytest.fixture(scope="session")
def databases() -> Iterator[TestDatabases]:
    with outside_pytest_tmp("harmony-pg-") as workdir:
        dbs = TestDatabases(workdir)
        dbs.start()
        yield dbs
        dbs.stop()


@pytest.fixture
def pg_workdir() -> Iterator[Path]:
    """A folder for an embedded PostgreSQL data directory (see outside_pytest_tmp)."""
    with outside_pytest_tmp("harmony-pgtest-") as workdir:
        yield workdir


@pytest.fixture
def fresh_db_url(databases: TestDatabases) -> URL:
    """A migrated database of its own for this test."""
    return databases.fresh()


@pytest.fixture
def empty_db_url(databases: TestDatabases) -> URL:
    """An empty database (no migrations) of its own for this test."""
    return databases.fresh(migrated=False)


@pytest.fixture
async def engine_factory(tmp_path: Path, fresh_db_url: URL) -> AsyncIterator[Callable[..., object]]:
    """Build (and at teardown stop) engines on this test's database."""
    from engine.bootstrap import Engine, EngineOptions, build_engine
    from engine.secrets import MemorySecretStore

    started: list[Engine] = []

    async def make(**overrides: object) -> Engine:
        options = EngineOptions(dev_dir=str(tmp_path / f"home{len(started)}"),
                                database_url=fresh_db_url.render_as_string(False),
                                secret_store=overrides.pop("secret_store", MemorySecretStore()),
                                lease_s=2.0, heartbeat_interval_s=0.5,
                                dequeue_timeout_s=0.25)
        for key, value in overrides.items():
            setattr(options, key, value)
        engine = build_engine(options)
        await engine.start()
        started.append(engine)
        return engine

    yield make
    for engine in reversed(started):
        if engine.state != "stopped":
            await engine.stop()
