"""The transfer-state table and the JSON → DTO parsing, including slskd's quirks."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from engine.clients import slskd_models
from engine.clients.slskd_models import (
    expected_local_path,
    flatten_transfers,
    map_transfer_state,
    parse_search_files,
    parse_time,
)
from engine.domain.models import DownloadState

STATE_TABLE = [
    ("Queued, Locally", DownloadState.QUEUED_LOCALLY),
    ("Requested", DownloadState.REQUESTED),
    ("Queued, Remotely", DownloadState.QUEUED_REMOTELY),
    ("Initializing", DownloadState.INITIALIZING),
    ("InProgress", DownloadState.IN_PROGRESS),
    ("Completed, Succeeded", DownloadState.SUCCEEDED),
    ("Completed, Cancelled", DownloadState.CANCELLED),
    ("Completed, TimedOut", DownloadState.TIMED_OUT),
    ("Completed, Errored", DownloadState.ERRORED),
    ("Completed, Rejected", DownloadState.REJECTED),
    ("Completed, Aborted", DownloadState.FAILED),
    ("Queued", DownloadState.QUEUED_LOCALLY),
    ("Completed", DownloadState.FAILED),
    ("Remotely, Queued", DownloadState.QUEUED_REMOTELY),  # flag order must not matter
    ("completed,succeeded", DownloadState.SUCCEEDED),  # nor case or spacing
    ("In Progress", DownloadState.IN_PROGRESS),
    ("48", DownloadState.SUCCEEDED),  # numeric flags: Completed(16) | Succeeded(32)
    ("4098", DownloadState.QUEUED_REMOTELY),  # Queued(2) | Remotely(4096)
    ("272", DownloadState.ERRORED),  # Completed(16) | Errored(256)
]


@pytest.mark.parametrize(("raw", "expected"), STATE_TABLE)
def test_every_slskd_transfer_state_maps(raw: str, expected: DownloadState) -> None:
    assert map_transfer_state(raw) is expected


@pytest.mark.parametrize("raw", ["Teleporting", "", None, "None", "Locally"])
def test_unknown_states_are_reported_not_crashed_on(raw: str | None,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    slskd_models._warned_states.clear()
    with caplog.at_level(logging.WARNING, logger="engine.clients.slskd_models"):
        assert map_transfer_state(raw) is DownloadState.UNKNOWN
        assert map_transfer_state(raw) is DownloadState.UNKNOWN
    warnings = [r for r in caplog.records if "unknown transfer state" in r.getMessage()]
    assert len(warnings) == 1  # once per distinct string, not once per poll


def test_terminal_and_failure_classification_follows_the_table() -> None:
    assert map_transfer_state("Completed, Succeeded").is_terminal
    assert not map_transfer_state("Completed, Succeeded").is_failure
    assert map_transfer_state("Completed, Rejected").is_failure
    assert not map_transfer_state("Queued, Remotely").is_terminal


def test_timestamps_with_and_without_z_are_utc() -> None:
    zulu = parse_time("2026-08-01T10:15:02.1234567Z")
    naive = parse_time("2026-08-01T10:15:02.1234567")
    assert zulu == naive
    assert zulu is not None and zulu.utcoffset() is not None and zulu.microsecond == 123456
    assert parse_time(None) is None and parse_time("garbage") is None


def test_search_files_take_peer_fields_and_derive_missing_extension() -> None:
    responses = [{"username": "peer", "hasFreeUploadSlot": False, "uploadSpeed": 1234,
                  "queueLength": 7, "lockedFiles": [{"filename": "x\\locked.flac", "size": 1}],
                  "files": [{"filename": "a\\b\\01 Song.MP3", "extension": "", "size": 10,
                             "bitRate": 320, "isVariableBitRate": False, "length": 200},
                            {"filename": "a/b/02 Song.flac", "size": 20}]}]
    first, second = parse_search_files(responses)
    assert (first.username, first.has_free_slot, first.upload_speed, first.queue_length) == \
        ("peer", False, 1234, 7)
    assert (first.extension, first.bitrate, first.length_s, first.is_variable_bitrate) == \
        ("mp3", 320, 200, False)
    assert (second.extension, second.bitrate, second.length_s, second.bit_depth) == \
        ("flac", None, None, None)


def test_listing_is_flattened_from_user_and_directory_groups() -> None:
    listing = [{"username": "u", "directories": [
        {"directory": "d", "files": [{"id": "1", "username": "u", "filename": "d\\a.mp3",
                                      "state": "InProgress", "size": 10}]},
        {"directory": "e", "files": [{"id": "2", "username": "u", "filename": "e\\b.mp3",
                                      "state": "Completed, Succeeded", "size": 5}]}]}]
    transfers = flatten_transfers(listing)
    assert [(t.id, t.state) for t in transfers] == [("1", DownloadState.IN_PROGRESS),
                                                    ("2", DownloadState.SUCCEEDED)]


def test_expected_local_path_keeps_only_the_last_remote_folder(tmp_path: Path) -> None:
    remote = "@@xkqzv\\Music\\Boards of Canada\\Music: Right?\\05 Roygbiv.flac"
    assert expected_local_path(tmp_path, remote) == tmp_path / "Music_ Right_" / "05 Roygbiv.flac"
    assert expected_local_path(tmp_path, "lonely.mp3") == tmp_path / "lonely.mp3"
