"""The emulated Soulseek shares: deterministic, realistic, searched the Soulseek way."""

from __future__ import annotations

import pytest

from engine.clients.slskd import SlskdClient
from engine.errors import IntegrationError
from tests.clients_slskd.conftest import QUICK_OPTIONS
from tests.emulators.catalogue import demo_catalogue
from tests.emulators.shares import build_shares, parse_query, path_matches
from tests.emulators.slskd import SlskdEmulator


def test_shares_are_deterministic_and_varied() -> None:
    catalogue = demo_catalogue()
    first, second = build_shares(catalogue), build_shares(catalogue)
    assert [(p.username, [f.filename for f in p.files]) for p in first.peers.values()] == \
        [(p.username, [f.filename for f in p.files]) for p in second.peers.values()]
    files = [f for p in first.peers.values() for f in p.files]
    extensions = {f.extension for f in files}
    assert {"flac", "mp3", "m4a", "ogg", "opus", "nfo", "jpg", "m3u"} <= extensions
    assert {f.version for f in files} >= {"original", "live", "remix", "radio_edit", "karaoke",
                                          "instrumental", "preview"}
    assert any(f.filename.startswith("@@") and "\\" in f.filename for f in files)
    assert any(f.fmt is not None and f.fmt.bit_depth == 24 for f in files)
    peers = list(first.peers.values())
    assert {p.has_free_upload_slot for p in peers} == {True, False}
    assert len({p.upload_speed for p in peers}) > 3


def test_wrong_versions_have_their_own_durations() -> None:
    catalogue = demo_catalogue()
    shares = build_shares(catalogue)
    track = next(iter(catalogue.tracks.values()))
    original = round(track.duration_ms / 1000)
    lengths = {version: shares.files_of_track(track.id, version)[0][1].length
               for version in ("live", "remix", "radio_edit", "preview")}
    assert lengths["live"] > original and lengths["remix"] > original + 60
    assert lengths["radio_edit"] < original - 30 and lengths["preview"] == 30


def test_soulseek_query_rules() -> None:
    assert parse_query("Daft a Punk -live -x") == (["daft", "punk"], ["live"])
    path = "@@music\\Daft Punk\\(2001) Discovery [FLAC]\\01 - One More Time (Live).flac"
    assert path_matches(path, ["daft", "one", "time"], [])
    assert not path_matches(path, ["daft", "time"], ["live"])
    assert not path_matches(path, ["daft", "nirvana"], [])


async def test_exclusion_terms_reach_the_emulator(emulator: SlskdEmulator,
                                                  client: SlskdClient) -> None:
    files = await client.search("daft punk -live -remix -karaoke", poll_interval_s=0.005,
                                options=QUICK_OPTIONS)
    assert files
    lowered = [f.filename.lower() for f in files]
    assert all("daft" in p and "punk" in p and "live" not in p and "remix" not in p
               for p in lowered)


@pytest.mark.parametrize("text", ["   ", "a b", "-live"])
async def test_unusable_queries_are_refused_with_400(client: SlskdClient, text: str) -> None:
    with pytest.raises(IntegrationError) as caught:
        await client.create_search(text, QUICK_OPTIONS)
    assert caught.value.code == "integration.http_400"
    assert caught.value.params["detail"]


def test_a_leading_star_matches_any_word_ending_in_the_rest() -> None:
    assert parse_query("*eatles Abbey * -*ive") == (["*eatles", "abbey"], ["*ive"])
    path = "@@music\\The Beatles\\(1969) Abbey Road [FLAC]\\01 - Come Together.flac"
    assert path_matches(path, ["*eatles", "abbey"], [])
    assert path_matches(path, ["*ogether"], [])
    assert not path_matches(path, ["*eatle"], []), "the rest must end the word"
    assert not path_matches(path, ["*xbeatles"], [])
    assert not path_matches(path, ["*eatles"], ["*ogether"])
    assert not path_matches(path, ["beatles"], ["*oad"])
    assert path_matches("Beyoncé_-_Halo.mp3", ["*eyoncé", "halo"], [])


async def test_wildcard_searches_reach_the_emulator(client: SlskdClient) -> None:
    """The planner sends "*eatles" for a server-blocked artist; the emulator finds them."""
    plain = await client.search("beatles", poll_interval_s=0.005, options=QUICK_OPTIONS)
    wildcarded = await client.search("*eatles", poll_interval_s=0.005, options=QUICK_OPTIONS)
    assert wildcarded and {f.filename for f in wildcarded} == {f.filename for f in plain}
    assert not await client.search("*eatle", poll_interval_s=0.005, options=QUICK_OPTIONS)
