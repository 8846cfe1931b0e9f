"""PKCE login end to end, token refresh, revocation, client credentials, connection status."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest

from engine.clients.oauth_pkce import (
    PkceLogin,
    SpotifyUserAuth,
    code_challenge,
    new_code_verifier,
)
from engine.clients.spotify import SpotifyClient
from engine.clients.spotify_auth import SpotifyAccounts, SpotifyAppAuth
from engine.clients.spotify_models import SpotifyConnection
from engine.domain.models import HealthStatus
from engine.errors import AuthenticationFailed, IntegrationError, ProviderUnavailable
from engine.secrets import MemorySecretStore
from tests.clients_spotify.conftest import CLIENT_ID, CLIENT_SECRET, make_client
from tests.emulators.server import Fault
from tests.emulators.spotify import SpotifyEmulator


def browser(pages: list[str]) -> object:
    """The user's browser: follows the authorise redirect to our loopback listener."""

    def open_url(url: str) -> bool:
        response = httpx.get(url, follow_redirects=True, timeout=5)
        pages.append(response.text)
        return True

    return open_url


def test_pkce_challenge_is_rfc7636() -> None:
    # RFC 7636 appendix B test vector
    assert code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == \
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    assert 43 <= len(new_code_verifier()) <= 128


async def test_pkce_login_end_to_end(spotify_emu: SpotifyEmulator,
                                     caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = MemorySecretStore()
    auth = SpotifyUserAuth(CLIENT_ID, store, accounts_url=spotify_emu.url)
    assert await auth.status() is SpotifyConnection.UNAUTHENTICATED
    pages: list[str] = []
    login = PkceLogin(auth, opener=browser(pages))
    token = await login.run(timeout_s=10)
    assert "You can close this window" in pages[0]
    refresh = await store.get("spotify_refresh_token")
    assert refresh and refresh == token.refresh_token
    assert await auth.status() is SpotifyConnection.CONNECTED
    user = await make_client(spotify_emu, auth).current_user()
    assert user.id == spotify_emu.catalogue.user_id
    exchange = next(r for r in spotify_emu.requests if r.path == "/api/token")
    assert exchange.form()["code_verifier"] == login.verifier
    assert "client_secret" not in exchange.form()
    assert refresh not in caplog.text and token.access_token not in caplog.text
    assert refresh not in repr(token)
    await auth.logout()
    assert await store.get("spotify_refresh_token") is None
    assert await auth.status() is SpotifyConnection.UNAUTHENTICATED


async def test_pkce_user_denies(spotify_emu: SpotifyEmulator) -> None:
    spotify_emu.accounts.state.consent = "deny"
    auth = SpotifyUserAuth(CLIENT_ID, MemorySecretStore(), accounts_url=spotify_emu.url)
    with pytest.raises(AuthenticationFailed) as caught:
        await PkceLogin(auth, opener=browser([])).run(timeout_s=10)
    assert caught.value.code == "spotify.access_denied"


async def test_pkce_state_mismatch_is_refused(spotify_emu: SpotifyEmulator) -> None:
    auth = SpotifyUserAuth(CLIENT_ID, MemorySecretStore(), accounts_url=spotify_emu.url)
    login = PkceLogin(auth, opener=lambda url: httpx.get(
        url.replace("state=", "state=forged"), follow_redirects=True, timeout=5))
    with pytest.raises(AuthenticationFailed) as caught:
        await login.run(timeout_s=10)
    assert caught.value.code == "spotify.state_mismatch"
    assert await auth.secrets.get("spotify_refresh_token") is None


async def test_pkce_wrong_verifier_is_refused_by_the_server(
        spotify_emu: SpotifyEmulator) -> None:
    auth = SpotifyUserAuth(CLIENT_ID, MemorySecretStore(), accounts_url=spotify_emu.url)
    login = PkceLogin(auth, opener=browser([]))
    await login.start()
    login.verifier = new_code_verifier()  # not the one the challenge was made from
    with pytest.raises(AuthenticationFailed) as caught:
        await login.run(timeout_s=10)
    assert caught.value.code == "spotify.invalid_grant"


async def test_pkce_times_out_when_the_browser_never_returns(
        spotify_emu: SpotifyEmulator) -> None:
    auth = SpotifyUserAuth(CLIENT_ID, MemorySecretStore(), accounts_url=spotify_emu.url)
    login = PkceLogin(auth, opener=lambda url: None)
    with pytest.raises(AuthenticationFailed) as caught:
        await login.run(timeout_s=0.3)
    assert caught.value.code == "spotify.login_timeout"
    with pytest.raises(OSError):  # the loopback port is closed again
        await asyncio.open_connection("127.0.0.1", int(login.redirect_uri.split(":")[2][:-9]))


async def test_listener_ignores_stray_requests(spotify_emu: SpotifyEmulator) -> None:
    auth = SpotifyUserAuth(CLIENT_ID, MemorySecretStore(), accounts_url=spotify_emu.url)

    def favicon_then_browser(url: str) -> None:
        base = login.redirect_uri.rsplit("/", 1)[0]
        assert httpx.get(f"{base}/favicon.ico", timeout=5).status_code == 404
        browser([])(url)  # type: ignore[operator]

    login = PkceLogin(auth, opener=favicon_then_browser)
    assert (await login.run(timeout_s=10)).refresh_token


async def test_unconfigured_without_client_id(spotify_emu: SpotifyEmulator) -> None:
    auth = SpotifyUserAuth(None, MemorySecretStore(), accounts_url=spotify_emu.url)
    assert await auth.status() is SpotifyConnection.UNCONFIGURED
    with pytest.raises(AuthenticationFailed):
        PkceLogin(auth)
    health = await make_client(spotify_emu, auth).health()
    assert (health.code, health.enabled) == ("spotify.unconfigured", False)


async def test_refresh_before_expiry(spotify_emu: SpotifyEmulator, spotify: SpotifyClient,
                                     user_auth: SpotifyUserAuth) -> None:
    spotify_emu.accounts.state.expires_in = 65
    spotify_emu.accounts.state.omit_scope = True  # spotipy would re-authorise; we must not
    user_auth.refresh_margin_s = 64  # so the token counts as "about to expire" after 1 s
    await spotify.current_user()
    first = spotify.runner._token_box.token
    await asyncio.sleep(1.05)
    await spotify.current_user()
    assert spotify.runner._token_box.token != first  # refreshed before use, no 401 needed
    assert len([r for r in spotify_emu.requests if r.path.startswith("/v1/me")]) == 2
    assert len([r for r in spotify_emu.requests if r.path == "/api/token"]) == 2


async def test_refresh_once_on_401_then_retry(spotify_emu: SpotifyEmulator,
                                              spotify: SpotifyClient) -> None:
    await spotify.current_user()
    refreshes = len([r for r in spotify_emu.requests if r.path == "/api/token"])
    spotify_emu.accounts.expire_access_tokens()  # server-side early expiry
    assert (await spotify.current_user()).id == spotify_emu.catalogue.user_id
    assert len([r for r in spotify_emu.requests if r.path == "/api/token"]) == refreshes + 1
    statuses = [r.path for r in spotify_emu.requests if r.path.rstrip("/") == "/v1/me"]
    assert len(statuses) == 3  # ok, 401, ok after refresh


async def test_persistent_401_is_not_retried_forever(spotify_emu: SpotifyEmulator,
                                                     spotify: SpotifyClient) -> None:
    spotify_emu.inject(r"/v1/me/?", Fault(status=401, body={"error": {
        "status": 401, "message": "Missing/invalid/expired access token"}}))
    with pytest.raises(AuthenticationFailed) as caught:
        await spotify.current_user()
    assert caught.value.code == "spotify.unauthenticated"
    assert len([r for r in spotify_emu.requests if r.path.rstrip("/") == "/v1/me"]) == 2


async def test_rotated_refresh_token_replaces_the_stored_one(
        spotify_emu: SpotifyEmulator, spotify: SpotifyClient, logged_in: str,
        secret_store: MemorySecretStore) -> None:
    spotify_emu.accounts.state.rotate_refresh_tokens = True
    await spotify.current_user()
    rotated = await secret_store.get("spotify_refresh_token")
    assert rotated and rotated != logged_in
    spotify_emu.accounts.expire_access_tokens()
    await spotify.current_user()  # refresh with the rotated token works
    assert await secret_store.get("spotify_refresh_token") not in (rotated, logged_in)


async def test_revoked_refresh_token_means_unauthenticated(
        spotify_emu: SpotifyEmulator, spotify: SpotifyClient, user_auth: SpotifyUserAuth,
        secret_store: MemorySecretStore) -> None:
    await spotify.current_user()
    spotify_emu.accounts.revoke_refresh_tokens()
    with pytest.raises(AuthenticationFailed) as caught:
        await spotify.current_user()
    assert caught.value.code == "spotify.unauthenticated"
    assert await secret_store.get("spotify_refresh_token") is None
    assert await user_auth.status() is SpotifyConnection.UNAUTHENTICATED
    health = await spotify.health()
    assert (health.status, health.code) == (HealthStatus.DEGRADED, "spotify.unauthenticated")


async def test_token_endpoint_outage_is_unavailable(spotify_emu: SpotifyEmulator,
                                                    spotify: SpotifyClient) -> None:
    spotify_emu.inject(r"/api/token", Fault(status=503))
    with pytest.raises(ProviderUnavailable):
        await spotify.current_user()
    spotify_emu.clear_faults()
    spotify_emu.inject(r"/api/token", Fault(delay_s=1.5, times=1))
    slow = SpotifyUserAuth(CLIENT_ID, spotify_emu_store(spotify_emu),
                           accounts_url=spotify_emu.url)
    slow.accounts.timeout_s = 0.3
    with pytest.raises(ProviderUnavailable) as caught:
        await slow.access_token()
    assert caught.value.code == "integration.timeout"


def spotify_emu_store(emulator: SpotifyEmulator) -> MemorySecretStore:
    _, refresh = emulator.accounts.issue_user_tokens(CLIENT_ID)
    return MemorySecretStore({"spotify_refresh_token": refresh})


async def test_client_credentials(spotify_emu: SpotifyEmulator,
                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    accounts = SpotifyAccounts(CLIENT_ID, accounts_url=spotify_emu.url)
    app = SpotifyAppAuth(accounts, MemorySecretStore({"spotify_client_secret": CLIENT_SECRET}))
    client = make_client(spotify_emu, app)
    track_id = next(iter(spotify_emu.catalogue.tracks))
    assert (await client.track(track_id)).id == track_id
    with pytest.raises(AuthenticationFailed) as caught:
        await client.current_user()  # an app token has no user
    assert caught.value.code == "spotify.forbidden"
    assert (await client.health()).status is HealthStatus.OK
    assert CLIENT_SECRET not in caplog.text

    wrong = SpotifyAppAuth(accounts, MemorySecretStore({"spotify_client_secret": "nope"}))
    health = await make_client(spotify_emu, wrong).validate()
    assert health.code == "spotify.invalid_client" and "nope" not in repr(health)
    missing = SpotifyAppAuth(accounts, MemorySecretStore())
    with pytest.raises(IntegrationError) as caught_missing:
        await make_client(spotify_emu, missing).track(track_id)
    assert caught_missing.value.code == "spotify.unconfigured"


async def test_validate_user_session(spotify_emu: SpotifyEmulator, spotify: SpotifyClient,
                                     logged_in: str) -> None:
    health = await spotify.validate()
    assert (health.status, health.code) == (HealthStatus.OK, "spotify.ok")
    assert logged_in not in repr(health)
    spotify_emu.accounts.revoke_refresh_tokens()
    health = await spotify.validate()
    assert health.code == "spotify.unauthenticated"
