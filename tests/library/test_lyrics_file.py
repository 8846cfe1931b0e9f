"""The .lrc file beside the audio and plain lyrics embedded into it."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.library.lyrics_file import (
    embed_plain_lyrics,
    format_length,
    lrc_path_for,
    read_plain_lyrics,
    write_lrc,
)
from engine.library.models import LyricsOutcome
from tests.library.conftest import FORMATS

SYNCED = "[00:12.00]Ich bin hier\n[00:17.20]日本語の歌詞\n[01:05.123][02:40.00]Refrain\n"


def test_lrc_written_beside_the_audio_with_headers(make_audio) -> None:
    audio = make_audio("flac", name="03 - Song")
    outcome = write_lrc(audio, SYNCED, title="Song", artist="Artist", album="Album",
                        duration_s=205.4)
    assert outcome is LyricsOutcome.WRITTEN
    lrc = audio.with_name("03 - Song.lrc")
    assert lrc_path_for(audio) == lrc
    assert lrc.read_bytes().decode("utf-8") == (
        "[ti:Song]\n[ar:Artist]\n[al:Album]\n[length:03:25]\n" + SYNCED
    )
    assert not [p for p in audio.parent.iterdir() if p.name.startswith(".harmony-partial-")]


def test_headers_already_present_are_not_duplicated(make_audio) -> None:
    audio = make_audio("mp3")
    text = "\ufeff[ti:Original Title]\r\n[AR:Someone]\r\n[by:editor]\r\n[00:01.00]line\r\n"
    write_lrc(audio, text, title="Other", artist="Artist", album="Album", duration_s=60)
    lines = lrc_path_for(audio).read_text("utf-8").splitlines()
    assert lines == ["[al:Album]", "[length:01:00]", "[ti:Original Title]", "[AR:Someone]",
                     "[by:editor]", "[00:01.00]line"]


def test_garbage_lines_are_dropped(make_audio) -> None:
    audio = make_audio("ogg")
    text = "<html>\n[00:01.00]ok\nrandom words\n[99:99.00]bad seconds\n[00:02]also ok\n\x00\n"
    write_lrc(audio, text, title="T", artist=None, album=None, duration_s=None)
    assert lrc_path_for(audio).read_text("utf-8") == "[ti:T]\n[00:01.00]ok\n[00:02]also ok\n"


def test_header_values_cannot_break_the_tag(make_audio) -> None:
    audio = make_audio("mp3")
    write_lrc(audio, "[00:01.00]x", title="A]B\nC", artist="Ar", album="Al", duration_s=1)
    assert lrc_path_for(audio).read_text("utf-8").splitlines()[0] == "[ti:A)B C]"


@pytest.mark.parametrize("text", ["", None, "just some plain lyrics\nwithout times"])
def test_nothing_timed_writes_nothing(make_audio, text: str | None) -> None:
    audio = make_audio("mp3")
    assert write_lrc(audio, text, title="T", artist="A", album="B",
                     duration_s=3) is LyricsOutcome.NONE
    assert not lrc_path_for(audio).exists()


def test_instrumental_writes_no_lrc(make_audio) -> None:
    audio = make_audio("flac")
    outcome = write_lrc(audio, None, title="T", artist="A", album="B", duration_s=3,
                        instrumental=True)
    assert outcome is LyricsOutcome.INSTRUMENTAL
    assert not lrc_path_for(audio).exists()


def test_rewriting_replaces_the_file(make_audio) -> None:
    audio = make_audio("mp3")
    write_lrc(audio, "[00:01.00]old", title="T", artist="A", album="B", duration_s=3)
    write_lrc(audio, "[00:01.00]new", title="T", artist="A", album="B", duration_s=3)
    assert lrc_path_for(audio).read_text("utf-8").endswith("[00:01.00]new\n")


def test_length_format() -> None:
    assert format_length(59.6) == "01:00"
    assert format_length(3725) == "62:05"


@pytest.mark.parametrize("fmt", FORMATS)
def test_plain_lyrics_embedded_per_format(make_audio, fmt: str) -> None:
    audio = make_audio(fmt)
    assert embed_plain_lyrics(audio, "Zeile eins\r\nZeile zwei ♪") is LyricsOutcome.EMBEDDED
    assert read_plain_lyrics(audio) == "Zeile eins\nZeile zwei ♪"
    first = audio.read_bytes()
    embed_plain_lyrics(audio, "Zeile eins\r\nZeile zwei ♪")
    assert audio.read_bytes() == first


def test_empty_plain_lyrics_embed_nothing(make_audio, tmp_path: Path) -> None:
    audio = make_audio("flac")
    assert embed_plain_lyrics(audio, "  \n ") is LyricsOutcome.NONE
    assert read_plain_lyrics(audio) is None
