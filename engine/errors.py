"""Engine error tree. Every error carries a stable ``code`` the GUI translates.

HarmonyError
├── ConfigurationError          setting missing or invalid (code names the setting)
│   └── DatabaseUrlError        DSN refused (sqlite, plain postgresql://, empty, garbage)
├── SecretStoreError            no keyring backend / keyring failure
├── DatabaseError               PostgreSQL unreachable, migration failure
├── IntegrationError            an external service failed
│   ├── ProviderUnavailable     unreachable, timed out, 5xx
│   ├── RateLimited             429 (``retry_after`` seconds)
│   ├── AuthenticationFailed    401/403, bad key, revoked token
│   └── ProtocolError           malformed answer
├── ImportRejected              bad user input for an import (nothing was written)
└── FileProcessingError         verify / tag / organise failed
    └── UnsafePathError         a remote name tried to leave the library root

Messages are English fallbacks for logs and terminals; they must never contain secrets.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class HarmonyError(Exception):
    """Something went wrong in Harmony."""

    code = "error"

    def __init__(self, message: str | None = None, *, code: str | None = None,
                 params: Mapping[str, Any] | None = None) -> None:
        self.message = message or (self.__doc__ or self.code).strip().splitlines()[0]
        if code is not None:
            self.code = code
        self.params: dict[str, Any] = dict(params or {})
        super().__init__(self.message)


class ConfigurationError(HarmonyError):
    """A setting is missing or invalid."""

    code = "config.invalid"


class DatabaseUrlError(ConfigurationError):
    """The database URL is not an accepted PostgreSQL URL."""

    code = "config.database_url"


class SecretStoreError(HarmonyError):
    """The OS keyring is not available."""

    code = "secrets.unavailable"


class DatabaseError(HarmonyError):
    """The database could not be reached or migrated."""

    code = "database.unavailable"


class IntegrationError(HarmonyError):
    """An external service failed."""

    code = "integration.failed"

    def __init__(self, message: str | None = None, *, provider: str = "", code: str | None = None,
                 params: Mapping[str, Any] | None = None) -> None:
        super().__init__(message, code=code, params={"provider": provider, **(params or {})})
        self.provider = provider


class ProviderUnavailable(IntegrationError):
    """The service is unreachable or answered with a server error."""

    code = "integration.unavailable"


class RateLimited(IntegrationError):
    """The service asked us to slow down."""

    code = "integration.rate_limited"

    def __init__(self, message: str | None = None, *, provider: str = "",
                 retry_after: float = 1.0, code: str | None = None) -> None:
        super().__init__(message, provider=provider, code=code, params={"retry_after": retry_after})
        self.retry_after = retry_after


class AuthenticationFailed(IntegrationError):
    """The service refused our credentials."""

    code = "integration.auth_failed"


class ProtocolError(IntegrationError):
    """The service answered with something we cannot understand."""

    code = "integration.protocol"


class ImportRejected(HarmonyError):
    """The import input was refused; nothing was imported."""

    code = "import.rejected"


class FileProcessingError(HarmonyError):
    """A downloaded file could not be verified, tagged or organised."""

    code = "file.failed"


class UnsafePathError(FileProcessingError):
    """A path would leave the library root."""

    code = "file.unsafe_path"
