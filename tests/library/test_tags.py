"""Tag round-trips on real files of every format, with multi-value artists and idempotency."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import mutagen
import pytest
from mutagen.id3 import ID3

from engine.errors import FileProcessingError
from engine.library.models import TrackTags
from engine.library.tags import read_tags, write_tags
from tests.library.conftest import FORMATS, FULL_TAGS


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_every_field(make_audio, fmt: str) -> None:
    path = make_audio(fmt)
    write_tags(path, FULL_TAGS)
    assert read_tags(path) == FULL_TAGS
    assert read_tags(path).artists == ("Artist One", "Artist Two", "美空ひばり")


@pytest.mark.parametrize("fmt", FORMATS)
def test_writing_twice_gives_identical_bytes(make_audio, fmt: str) -> None:
    path = make_audio(fmt)
    write_tags(path, FULL_TAGS)
    first = path.read_bytes()
    write_tags(path, FULL_TAGS)
    assert path.read_bytes() == first


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_fields_keep_existing_values(make_audio, fmt: str) -> None:
    path = make_audio(fmt)
    write_tags(path, FULL_TAGS)
    write_tags(path, TrackTags(title="New Title", artists=("Solo",)))
    assert read_tags(path) == replace(FULL_TAGS, title="New Title", artists=("Solo",))


@pytest.mark.parametrize("fmt", FORMATS)
def test_untagged_file_reads_as_empty(make_audio, fmt: str) -> None:
    tags = read_tags(make_audio(fmt))
    assert tags.title is None and tags.artists == () and tags.track_number is None


def test_mp3_uses_id3v24_with_one_multi_value_artist_frame(make_audio) -> None:
    path = make_audio("mp3")
    write_tags(path, FULL_TAGS)
    id3 = ID3(path)
    assert id3.version == (2, 4, 0)
    assert id3["TPE1"].text == list(FULL_TAGS.artists)
    assert id3["TRCK"].text == ["3/12"] and id3["TPOS"].text == ["1/2"]
    assert id3["TXXX:SPOTIFY_TRACK_ID"].text == [FULL_TAGS.spotify_track_id]
    assert str(id3["TDRC"].text[0]) == "2019-05-01"


@pytest.mark.parametrize("fmt", ["flac", "ogg", "opus"])
def test_vorbis_comments_repeat_artist_entries(make_audio, fmt: str) -> None:
    path = make_audio(fmt)
    write_tags(path, FULL_TAGS)
    comments = mutagen.File(path).tags
    assert comments["ARTIST"] == list(FULL_TAGS.artists)
    assert comments["TRACKNUMBER"] == ["3"] and comments["TRACKTOTAL"] == ["12"]
    assert comments["DISCNUMBER"] == ["1"] and comments["DISCTOTAL"] == ["2"]
    assert comments["SPOTIFY_TRACK_ID"] == [FULL_TAGS.spotify_track_id]


def test_mp4_atoms(make_audio) -> None:
    path = make_audio("m4a")
    write_tags(path, FULL_TAGS)
    atoms = mutagen.File(path).tags
    assert atoms["©ART"] == list(FULL_TAGS.artists)
    assert atoms["trkn"] == [(3, 12)] and atoms["disk"] == [(1, 2)]
    assert bytes(atoms["----:com.apple.iTunes:ISRC"][0]) == b"USUM71900001"


def test_wav_keeps_tags_in_an_id3_chunk(make_audio) -> None:
    path = make_audio("wav")
    write_tags(path, FULL_TAGS)
    assert isinstance(mutagen.File(path).tags, ID3)


def test_track_number_without_total(make_audio) -> None:
    path = make_audio("mp3")
    write_tags(path, TrackTags(title="T", track_number=7))
    assert (read_tags(path).track_number, read_tags(path).track_total) == (7, None)


def test_year_property() -> None:
    assert TrackTags(date="1997-05-21").year == 1997
    assert TrackTags(date="n/a").year is None and TrackTags().year is None


def test_non_audio_file_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.flac"
    junk.write_text("definitely not audio")
    with pytest.raises(FileProcessingError) as caught:
        write_tags(junk, FULL_TAGS)
    assert caught.value.code == "file.unreadable"
