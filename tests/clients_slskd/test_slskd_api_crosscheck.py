"""The independent slskd-api client (PyPI) against our emulator, so the emulator follows the
real wire contract rather than our own client's assumptions. slskd-api is blocking."""

from __future__ import annotations

import time

import pytest
import requests
import slskd_api

from tests.clients_slskd.conftest import first_track, query_for
from tests.emulators.slskd import SlskdEmulator


@pytest.fixture
def api(emulator: SlskdEmulator) -> slskd_api.SlskdClient:
    return slskd_api.SlskdClient(emulator.url, api_key=emulator.api_key, timeout=5)


def test_application_server_session_and_options(emulator: SlskdEmulator,
                                                api: slskd_api.SlskdClient) -> None:
    assert api.application.state()["server"]["isLoggedIn"] is True
    assert api.application.version() == "0.24.5"
    assert api.server.state()["state"] == "Connected, LoggedIn"
    assert api.server.disconnect() and api.server.state()["state"] == "Disconnected"
    assert api.server.connect() and api.server.state()["isLoggedIn"] is True
    assert api.session.auth_valid() and api.session.security_enabled() is True
    assert api.options.get()["directories"]["downloads"] == str(emulator.downloads_dir)
    jwt = slskd_api.SlskdClient(emulator.url, username="slskd", password="slskd", timeout=5)
    assert jwt.application.state()["server"]["isLoggedIn"] is True
    emulator.restart()  # a restart invalidates every JWT
    with pytest.raises(requests.HTTPError):
        jwt.application.state()
    with pytest.raises(requests.HTTPError):
        slskd_api.SlskdClient(emulator.url, api_key="wrong-key-0123456789").server.state()


def test_search_enqueue_and_transfers(emulator: SlskdEmulator,
                                      api: slskd_api.SlskdClient) -> None:
    emulator.stuck_all_queued = True  # still active when cancelled below
    # 100 s at the emulator's time scale (0.004) is 0.4 s: long enough that a loaded machine
    # still sees the search in progress when the POST returns (2 s was 8 ms, and flaky).
    search = api.searches.search_text(query_for(emulator, first_track(emulator)),
                                      searchTimeout=100_000)
    assert search["state"] == "InProgress" and "endedAt" not in search
    deadline = time.monotonic() + 5
    while not api.searches.state(search["id"])["isComplete"]:
        assert time.monotonic() < deadline
        time.sleep(0.005)
    state = api.searches.state(search["id"], includeResponses=True)
    assert state["state"] == "Completed, TimedOut"
    assert len(state["responses"]) == state["responseCount"] > 0
    responses = api.searches.search_responses(search["id"])
    assert any(s["id"] == search["id"] for s in api.searches.get_all())
    peer = next(r for r in responses if r["files"])
    assert api.transfers.enqueue(peer["username"], peer["files"][:1])  # search dicts as-is
    group = api.transfers.get_downloads(peer["username"])
    transfer = group["directories"][0]["files"][0]
    assert transfer["startOffset"] == 0 and "Z" not in transfer["requestedAt"]
    assert api.transfers.get_download(peer["username"], transfer["id"])["id"] == transfer["id"]
    assert isinstance(api.transfers.get_queue_position(peer["username"], transfer["id"]), int)
    everything = api.transfers.get_all_downloads()
    assert everything[0]["username"] == peer["username"]
    assert api.transfers.cancel_download(peer["username"], transfer["id"])
    assert api.transfers.get_download(peer["username"], transfer["id"])["state"] == \
        "Completed, Cancelled"
    assert api.transfers.remove_completed_downloads()
    assert api.transfers.get_all_downloads() == []
    assert api.transfers.get_all_downloads(includeRemoved=True) != []
    assert api.searches.stop(search["id"]) and api.searches.delete(search["id"])
    with pytest.raises(requests.HTTPError):
        api.searches.state(search["id"])


def test_uploads_users_and_errors(emulator: SlskdEmulator, api: slskd_api.SlskdClient) -> None:
    assert {u["username"] for u in api.transfers.get_all_uploads()} == {"leecher42", "nightowl7"}
    assert api.transfers.get_uploads("leecher42")["username"] == "leecher42"
    username = next(iter(emulator.shares.peers))
    assert set(api.users.info(username)) >= {"hasFreeUploadSlot", "queueLength", "uploadSlots"}
    assert api.users.status(username)["presence"] == "Online"
    with pytest.raises(requests.HTTPError):
        api.users.info("ghost-user")
    emulator.set_logged_in(False)
    with pytest.raises(requests.HTTPError) as caught:
        api.searches.search_text("daft punk")
    assert caught.value.response.status_code == 409
