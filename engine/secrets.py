"""Secrets live only in the OS keyring, behind one :class:`SecretStore`.

Nothing here ever writes a secret anywhere else. Where no keyring backend exists (a headless
box), :class:`KeyringSecretStore` raises :class:`SecretStoreError` with code
``secrets.no_backend`` so the GUI and ``harmony doctor`` can say so plainly. The explicit,
clearly-labelled alternative is :class:`EnvironmentSecretStore` (read-only, from
``HARMONY_SECRET_<NAME>`` variables), which the user must choose; it is never a silent fallback.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping
from typing import Protocol

from engine.errors import SecretStoreError

SERVICE_NAME = "harmony-desktop"

#: Every secret Harmony knows. Names are stable keys; values never leave the store in logs.
SECRET_NAMES = ("slskd_api_key", "spotify_refresh_token", "spotify_client_secret")
#: The password of a database URL saved from the Settings page: config.json keeps the URL
#: without it. Apart from SECRET_NAMES because it exists only once a user saved such a URL.
DATABASE_PASSWORD = "database_password"


class SecretStore(Protocol):
    """Where secrets live. Methods are async because keyring may block on D-Bus."""

    kind: str

    async def get(self, name: str) -> str | None: ...

    async def set(self, name: str, value: str) -> None: ...

    async def delete(self, name: str) -> None: ...


def _check_name(name: str) -> None:
    if name not in SECRET_NAMES and name != DATABASE_PASSWORD:
        raise SecretStoreError(f"unknown secret {name!r}", code="secrets.unknown_name",
                               params={"name": name})


class MemorySecretStore:
    """In-process secrets for tests and demos; forgets everything at exit."""

    kind = "memory"

    def __init__(self, initial: Mapping[str, str] | None = None) -> None:
        self._values = dict(initial or {})

    async def get(self, name: str) -> str | None:
        _check_name(name)
        return self._values.get(name)

    async def set(self, name: str, value: str) -> None:
        _check_name(name)
        self._values[name] = value

    async def delete(self, name: str) -> None:
        _check_name(name)
        self._values.pop(name, None)

    def all_values(self) -> list[str]:
        """For secret-leak scans in tests."""
        return [v for v in self._values.values() if v]


class EnvironmentSecretStore:
    """Read-only secrets from ``HARMONY_SECRET_<NAME>``: the explicit choice for headless boxes."""

    kind = "environment"

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self._environ = environ if environ is not None else os.environ

    async def get(self, name: str) -> str | None:
        _check_name(name)
        return self._environ.get(f"HARMONY_SECRET_{name.upper()}") or None

    async def set(self, name: str, value: str) -> None:
        raise SecretStoreError("environment secrets are read-only", code="secrets.read_only",
                               params={"variable": f"HARMONY_SECRET_{name.upper()}"})

    async def delete(self, name: str) -> None:
        await self.set(name, "")


class KeyringSecretStore:
    """The OS keyring (Secret Service, macOS Keychain, Windows Credential Locker)."""

    kind = "keyring"

    def __init__(self) -> None:
        import keyring

        self._keyring = keyring

    @staticmethod
    def backend_available() -> bool:
        """False when keyring would only offer its 'fail' backend (no usable store)."""
        import keyring
        from keyring.backends import fail

        try:
            backend = keyring.get_keyring()
        except Exception:
            return False
        return not isinstance(backend, fail.Keyring) and backend.priority > 0

    def _require_backend(self) -> None:
        if not self.backend_available():
            raise SecretStoreError(
                "No keyring backend is available on this machine, so Harmony cannot store "
                "secrets. Install a Secret Service (e.g. gnome-keyring or KWallet) or set "
                "HARMONY_SECRETS=environment and provide HARMONY_SECRET_* variables.",
                code="secrets.no_backend")

    async def _run(self, func: object, *args: str) -> str | None:
        self._require_backend()
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(None, func, *args)  # type: ignore[arg-type]
        except SecretStoreError:
            raise
        except Exception as exc:  # keyring errors may echo nothing secret, but keep them short
            raise SecretStoreError(f"keyring failed: {type(exc).__name__}",
                                   code="secrets.keyring_failed") from None

    async def get(self, name: str) -> str | None:
        _check_name(name)
        return await self._run(self._keyring.get_password, SERVICE_NAME, name)

    async def set(self, name: str, value: str) -> None:
        _check_name(name)
        await self._run(self._keyring.set_password, SERVICE_NAME, name, value)

    async def delete(self, name: str) -> None:
        _check_name(name)
        import keyring.errors

        try:
            await self._run(self._keyring.delete_password, SERVICE_NAME, name)
        except SecretStoreError:
            if await self.get(name) is not None:
                raise
        except keyring.errors.PasswordDeleteError:
            pass


def mask(value: str | None) -> str:
    """How a secret is shown anywhere: never any of its characters."""
    return "••••••" if value else ""
