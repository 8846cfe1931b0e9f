"""Health, key validation, transport faults, and the API key never reaching a log line."""

from __future__ import annotations

import logging

import pytest

from engine.clients.slskd import SlskdClient
from engine.domain.models import HealthStatus
from engine.errors import AuthenticationFailed, ProviderUnavailable
from tests.clients_slskd.conftest import make_client
from tests.emulators.server import Fault
from tests.emulators.slskd import SlskdEmulator

APP = r"(?i:/api/v0/application)/?"


async def test_health_ok_then_degraded_when_not_logged_in(emulator: SlskdEmulator,
                                                          client: SlskdClient) -> None:
    health = await client.health()
    assert (health.provider, health.status, health.code) == ("slskd", HealthStatus.OK, "slskd.ok")
    assert ("version", "0.24.5") in health.details
    emulator.set_logged_in(False)
    health = await client.health()
    assert (health.status, health.code) == (HealthStatus.DEGRADED, "slskd.not_logged_in")
    assert ("server_state", "Disconnected") in health.details


async def test_health_degraded_when_rate_limited(emulator: SlskdEmulator,
                                                 client: SlskdClient) -> None:
    emulator.rate_limit(APP, retry_after=7, times=1)
    health = await client.health()
    assert (health.status, health.code) == (HealthStatus.DEGRADED, "slskd.rate_limited")
    assert ("retry_after", "7.0") in health.details


@pytest.mark.parametrize(("url", "key", "missing"), [("", "k" * 20, "url"),
                                                     ("http://127.0.0.1:9", "", "api_key"),
                                                     (None, None, "url,api_key")])
async def test_health_down_when_unconfigured(url: str | None, key: str | None,
                                             missing: str) -> None:
    async with SlskdClient(url, key) as slskd:
        health = await slskd.health()
        assert (health.status, health.code) == (HealthStatus.DOWN, "slskd.unconfigured")
        assert health.details == (("missing", missing),)
        assert not await slskd.validate_key()


async def test_health_down_when_unreachable_or_refused(emulator: SlskdEmulator) -> None:
    async with make_client(emulator, api_key="wrong-key-0123456789") as wrong:
        health = await wrong.health()
        assert (health.status, health.code) == (HealthStatus.DOWN, "slskd.auth_failed")
    emulator.inject(APP, Fault(status=502, body="<html>Bad Gateway</html>"))
    async with make_client(emulator) as slskd:
        health = await slskd.health()
        assert (health.status, health.code) == (HealthStatus.DOWN, "slskd.unreachable")
        assert ("status", "502") in health.details
    url = emulator.url
    emulator.stop()
    async with SlskdClient(url, emulator.api_key, retry_max=0) as slskd:
        health = await slskd.health()
        assert (health.status, health.code) == (HealthStatus.DOWN, "slskd.unreachable")


async def test_validate_key_by_a_live_call(emulator: SlskdEmulator, client: SlskdClient) -> None:
    good = await client.validate_key()
    assert good and good.code == "slskd.key_valid"
    bad = await client.validate_key("not-the-key-0123456789")
    assert not bad and bad.code == "slskd.key_invalid"
    assert "not-the-key" not in repr(bad)


async def test_bad_key_is_an_authentication_failure(emulator: SlskdEmulator) -> None:
    async with make_client(emulator, api_key="nope-nope-nope-nope") as slskd:
        with pytest.raises(AuthenticationFailed):
            await slskd.server_state()


async def test_5xx_is_retried_then_reported(emulator: SlskdEmulator) -> None:
    emulator.inject(APP, Fault(status=503, times=2))
    async with make_client(emulator, retry_max=2) as slskd:
        assert (await slskd.server_state()).is_logged_in
    emulator.inject(APP, Fault(status=500, body="Database is locked"))
    async with make_client(emulator, retry_max=1) as slskd:
        with pytest.raises(ProviderUnavailable) as caught:
            await slskd.server_state()
    assert caught.value.params["detail"] == "Database is locked"


async def test_hung_daemon_times_out(emulator: SlskdEmulator) -> None:
    emulator.inject(APP, Fault(delay_s=1.0, status=200, body={}))
    async with make_client(emulator, timeout_s=0.2, retry_max=0) as slskd:
        with pytest.raises(ProviderUnavailable) as caught:
            await slskd.server_state()
    assert caught.value.code == "integration.timeout"


async def test_dropped_connection_is_unavailable(emulator: SlskdEmulator) -> None:
    emulator.inject(APP, Fault(drop=True))
    async with make_client(emulator, retry_max=0) as slskd:
        with pytest.raises(ProviderUnavailable):
            await slskd.server_state()


async def test_api_key_never_reaches_the_logs(emulator: SlskdEmulator,
                                              caplog: pytest.LogCaptureFixture) -> None:
    emulator.inject(APP, Fault(status=503, times=1))
    with caplog.at_level(logging.DEBUG):
        async with make_client(emulator) as slskd:
            await slskd.health()
            await slskd.server_state()
            await slskd.search("daft punk", poll_interval_s=0.005)
            await slskd.list_downloads()
            await slskd.validate_key("candidate-key-0123456789")
            logging.getLogger("test").info("client is %r", slskd)
        async with make_client(emulator, api_key="another-secret-0123456789") as wrong:
            await wrong.health()
            with pytest.raises(AuthenticationFailed) as caught:
                await wrong.list_downloads()
            logging.getLogger("test").error("failed: %s %r", caught.value, caught.value.params)
    text = caplog.text
    assert "HTTP Request" in text or "retrying" in text  # the capture did see client logging
    for secret in (emulator.api_key, "candidate-key-0123456789", "another-secret-0123456789"):
        assert secret not in text
