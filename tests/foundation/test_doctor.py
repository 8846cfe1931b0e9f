"""``harmony doctor`` and the keyring rules, as a user meets them in a terminal."""

import os
import subprocess
import sys

import keyring
import pytest
from keyring.backends import fail

from engine.errors import SecretStoreError
from engine.secrets import EnvironmentSecretStore, KeyringSecretStore
from tests.support.keyring_backend import InMemoryKeyring

NO_KEYRING = ("import keyring, sys; from keyring.backends import fail; "
              "keyring.set_keyring(fail.Keyring()); from harmony_desktop.cli import main; "
              "sys.exit(main(sys.argv[1:]))")


def _doctor(tmp_path, url, *, code: str | None = None, extra_env: dict | None = None):
    env = {**os.environ, "HARMONY_SECRETS": "memory", **(extra_env or {})}
    env.pop("HARMONY_DATABASE_URL", None)
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "harmony_desktop"]
    return subprocess.run([*command, "doctor", "--dev-dir", str(tmp_path), "--database-url",
                           url.render_as_string(False)], env=env, capture_output=True,
                          text=True, timeout=180)


def test_doctor_reports_database_secrets_providers_and_workers(tmp_path, fresh_db_url) -> None:
    result = _doctor(tmp_path, fresh_db_url,
                     extra_env={"HARMONY_SECRET_SLSKD_API_KEY": "doctor-key-123456"})
    out = result.stdout
    for heading in ("Database", "Secrets", "Providers", "Helper process", "Workers"):
        assert heading in out
    assert "ready:    yes" in out.split("Helper process")[1]
    assert "reachable:  yes" in out and "kind:       server" in out
    assert "slskd_api_key" in out and "••••••" in out
    assert "doctor-key-123456" not in out + result.stderr  # masked, never echoed
    assert "slskd" in out.split("Providers")[1]
    assert result.returncode == 0, out + result.stderr


def test_doctor_says_plainly_when_no_keyring_exists(tmp_path, fresh_db_url) -> None:
    result = _doctor(tmp_path, fresh_db_url, code=NO_KEYRING,
                     extra_env={"HARMONY_SECRETS": "keyring"})
    assert "no keyring backend is available" in result.stdout
    assert "HARMONY_SECRETS=environment" in result.stdout
    assert result.returncode == 1


async def test_keyring_store_refuses_without_backend_and_never_writes_plain_text(tmp_path
                                                                                ) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = KeyringSecretStore()
        with pytest.raises(SecretStoreError) as caught:
            await store.set("slskd_api_key", "plain-text-never")
        assert caught.value.code == "secrets.no_backend"
    finally:
        keyring.set_keyring(previous)
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written == []


async def test_keyring_store_round_trip_with_a_backend() -> None:
    backend = InMemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        store = KeyringSecretStore()
        await store.set("spotify_refresh_token", "refresh-abc")
        assert await store.get("spotify_refresh_token") == "refresh-abc"
        assert backend.values[("harmony-desktop", "spotify_refresh_token")] == "refresh-abc"
        await store.delete("spotify_refresh_token")
        assert await store.get("spotify_refresh_token") is None
    finally:
        keyring.set_keyring(previous)


async def test_environment_store_is_explicit_and_read_only() -> None:
    store = EnvironmentSecretStore({"HARMONY_SECRET_SLSKD_API_KEY": "from-env"})
    assert await store.get("slskd_api_key") == "from-env"
    with pytest.raises(SecretStoreError) as caught:
        await store.set("slskd_api_key", "x")
    assert caught.value.code == "secrets.read_only"
