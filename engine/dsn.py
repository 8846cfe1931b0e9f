"""Database URL rules: PostgreSQL only, through asyncpg (or psycopg for tools).

Anything else is refused with a message that names the setting and gives an example, so the
app never starts half-configured.
"""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from engine.errors import DatabaseUrlError

ACCEPTED_DRIVERS = ("postgresql+asyncpg", "postgresql+psycopg")
EXAMPLE = "postgresql+asyncpg://harmony:secret@localhost:5432/harmony"
SETTING = "HARMONY_DATABASE_URL"


def _refuse(why: str, *, code: str = "config.database_url") -> DatabaseUrlError:
    return DatabaseUrlError(
        f"{SETTING} is not usable: {why}. Harmony stores its state in PostgreSQL only; use a URL "
        f"like {EXAMPLE} (or leave it unset to use the built-in database).",
        code=code, params={"setting": SETTING, "example": EXAMPLE, "why": why})


def validate_database_url(value: str | None) -> URL:
    """Parse and check a DSN; raises :class:`DatabaseUrlError` with a clear reason."""
    text = (value or "").strip()
    if not text:
        raise _refuse("it is empty", code="config.database_url_empty")
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    if scheme.startswith("sqlite"):
        raise _refuse("SQLite is not supported", code="config.database_url_sqlite")
    if scheme in ("postgresql", "postgres"):
        raise _refuse("plain postgresql:// has no driver; write postgresql+asyncpg://",
                      code="config.database_url_driver")
    if scheme not in ACCEPTED_DRIVERS:
        raise _refuse(f"the scheme {scheme or '(none)'!r} is not accepted",
                      code="config.database_url_scheme")
    try:
        url = make_url(text)
    except ArgumentError:
        raise _refuse("it cannot be parsed", code="config.database_url_garbage") from None
    if not url.database and not url.query.get("host"):
        raise _refuse("it names no database", code="config.database_url_garbage")
    return url


def async_url(url: URL) -> URL:
    """The asyncpg form of an accepted URL (psycopg URLs are for tools such as alembic CLI)."""
    return url.set(drivername="postgresql+asyncpg")


def redact(url: URL) -> str:
    """The URL with its password hidden, for logs and the status bar."""
    return url.render_as_string(hide_password=True)
