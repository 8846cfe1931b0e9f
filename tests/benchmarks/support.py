"""Shared benchmark plumbing: a migrated database (server or embedded) and timing helpers."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.engine import URL

from tests.support.databases import TestDatabases, outside_pytest_tmp


@contextlib.contextmanager
def bench_databases() -> Iterator[TestDatabases]:
    """Fresh migrated databases on demand (``.fresh()``): HARMONY_TEST_DATABASE_URL's server,
    else one embedded server for the whole benchmark, as durable as the app's own."""
    with outside_pytest_tmp("harmony-bench-") as workdir:
        databases = TestDatabases(workdir, durable=True)
        databases.start()
        try:
            yield databases
        finally:
            databases.stop()


@contextlib.contextmanager
def bench_database() -> Iterator[URL]:
    with bench_databases() as databases:
        yield databases.fresh()
