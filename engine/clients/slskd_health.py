"""slskd integration health and API-key validation by a live call; results never echo the key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.clients.slskd_models import PROVIDER
from engine.domain.models import HealthStatus, ProviderHealth
from engine.errors import AuthenticationFailed, IntegrationError, ProviderUnavailable, RateLimited

if TYPE_CHECKING:
    from engine.clients.slskd import SlskdClient


@dataclass(frozen=True, slots=True)
class KeyCheck:
    """Outcome of validating an slskd API key; truthy when the key works."""

    valid: bool
    code: str  # slskd.key_valid | slskd.key_invalid | slskd.unreachable | slskd.unconfigured

    def __bool__(self) -> bool:
        return self.valid


def _health(level: HealthStatus, code: str, /, **details: object) -> ProviderHealth:
    return ProviderHealth(PROVIDER, level, code,
                          tuple((k, str(v)) for k, v in details.items() if v is not None))


def _unconfigured(client: SlskdClient) -> ProviderHealth | None:
    if client.configured:
        return None
    missing = [name for name, present in (("url", bool(client.base_url)),
                                          ("api_key", client.has_api_key)) if not present]
    return _health(HealthStatus.DOWN, "slskd.unconfigured", missing=",".join(missing))


async def check_health(client: SlskdClient) -> ProviderHealth:
    """ok / degraded (not logged in, rate-limited) / down (unconfigured, refused, unreachable)."""
    unconfigured = _unconfigured(client)
    if unconfigured is not None:
        return unconfigured
    probe = client.probe()
    try:
        state = await probe.server_state()
    except AuthenticationFailed:
        return _health(HealthStatus.DOWN, "slskd.auth_failed")
    except RateLimited as exc:
        return _health(HealthStatus.DEGRADED, "slskd.rate_limited", retry_after=exc.retry_after)
    except ProviderUnavailable as exc:
        return _health(HealthStatus.DOWN, "slskd.unreachable", reason=exc.code,
                       status=exc.params.get("status"))
    except IntegrationError as exc:
        return _health(HealthStatus.DOWN, "slskd.error", reason=exc.code)
    finally:
        await probe.aclose()
    budget = await client.budget.status()
    details = {"version": state.version, "server_state": state.state,
               "search_budget_remaining": budget.remaining}
    if not state.is_logged_in:
        return _health(HealthStatus.DEGRADED, "slskd.not_logged_in", **details)
    return _health(HealthStatus.OK, "slskd.ok", soulseek_user=state.username, **details)


async def validate_key(client: SlskdClient, api_key: str | None = None) -> KeyCheck:
    """Try ``api_key`` (default: the client's own) against slskd with one live call."""
    if not client.base_url or not (api_key or client.has_api_key):
        return KeyCheck(False, "slskd.unconfigured")
    probe = client.probe(api_key)
    try:
        await probe.server_state()
    except AuthenticationFailed:
        return KeyCheck(False, "slskd.key_invalid")
    except IntegrationError:
        return KeyCheck(False, "slskd.unreachable")
    finally:
        await probe.aclose()
    return KeyCheck(True, "slskd.key_valid")
