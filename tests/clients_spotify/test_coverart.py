"""CoverArtClient against real image bytes: largest Spotify image, Cover Art Archive, limits."""

from __future__ import annotations

import io
import time

import pytest
from PIL import Image

from engine.clients.coverart import CoverArtClient
from engine.clients.spotify import SpotifyClient
from engine.clients.spotify_models import SpotifyImage, largest_image
from engine.errors import IntegrationError, ProtocolError, ProviderUnavailable
from tests.emulators.images import ImageEmulator
from tests.emulators.server import Fault
from tests.emulators.spotify import SpotifyEmulator


@pytest.fixture
def covers(images_emu: ImageEmulator) -> CoverArtClient:
    return CoverArtClient(caa_url=images_emu.url, timeout_s=1.0)


def test_largest_image_rules() -> None:
    assert largest_image(()) is None
    small, big = SpotifyImage("s", 64, 64), SpotifyImage("b", 640, 640)
    assert largest_image((small, big)) is big
    unknown = (SpotifyImage("first"), SpotifyImage("second"))
    assert largest_image(unknown).url == "first"  # type: ignore[union-attr]


async def test_largest_spotify_album_image(spotify: SpotifyClient, spotify_emu: SpotifyEmulator,
                                           covers: CoverArtClient) -> None:
    track = await spotify.track(next(iter(spotify_emu.catalogue.tracks)))
    cover = await covers.spotify_cover(track.album_images)
    assert cover is not None
    assert (cover.mime, cover.width, cover.height) == ("image/jpeg", 640, 640)
    assert Image.open(io.BytesIO(cover.data)).size == (640, 640)
    spotify_emu.shapes.albums_without_images.add(track.album.id)  # type: ignore[union-attr]
    bare = await spotify.track(track.id or "")
    assert await covers.spotify_cover(bare.album_images) is None


async def test_png_and_non_square(covers: CoverArtClient, images_emu: ImageEmulator) -> None:
    cover = await covers.download(images_emu.image_url("poster-1000x1400.png"))
    assert (cover.mime, cover.width, cover.height) == ("image/png", 1000, 1400)


async def test_cover_art_archive(covers: CoverArtClient, images_emu: ImageEmulator) -> None:
    mbid = images_emu.add_release(width=1200)
    cover = await covers.caa_front(mbid, size=500)
    assert cover is not None and (cover.width, cover.height) == (500, 500)
    original = await covers.caa_front(mbid, size=None)
    assert original is not None and original.width == 1200
    # two redirect hops, like coverartarchive.org -> archive.org -> a data node
    assert [r.path for r in images_emu.requests][-3:] == [
        f"/release/{mbid}/front", "/redirect/caa0-1200.jpg", "/images/caa0-1200.jpg"]
    assert await covers.caa_front("00000000-0000-0000-0000-0000000000ff") is None
    with pytest.raises(IntegrationError) as caught:
        await covers.caa_front("not-a-uuid")
    assert caught.value.code == "coverart.bad_mbid"
    images_emu.inject(r"/release/.*", Fault(status=503, times=1))
    with pytest.raises(ProviderUnavailable):
        await covers.caa_front(mbid)


@pytest.mark.parametrize(("path", "code"), [
    ("/bad/wrong-type.jpg", "coverart.bad_content_type"),
    ("/bad/oversize.jpg", "coverart.too_large"),
    ("/bad/truncated.jpg", "coverart.not_an_image"),
    ("/bad/not-an-image.jpg", "coverart.not_an_image"),
])
async def test_bad_images_are_refused(covers: CoverArtClient, images_emu: ImageEmulator,
                                      path: str, code: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        await covers.download(images_emu.url + path)
    assert caught.value.code == code


async def test_size_limit_aborts_mid_stream(covers: CoverArtClient,
                                            images_emu: ImageEmulator) -> None:
    """No Content-Length to trust: the client must stop reading once past 10 MiB."""
    started = time.monotonic()
    with pytest.raises(ProtocolError) as caught:
        await covers.download(images_emu.url + "/bad/endless.jpg")
    assert caught.value.code == "coverart.too_large"
    assert time.monotonic() - started < 5


async def test_http_failures(covers: CoverArtClient, images_emu: ImageEmulator) -> None:
    url = images_emu.image_url("a-300.jpg")
    images_emu.inject(r"/images/.*", Fault(status=404, times=1))
    with pytest.raises(IntegrationError) as caught:
        await covers.download(url)
    assert caught.value.code == "integration.http_404"
    images_emu.inject(r"/images/.*", Fault(status=403, times=1))
    with pytest.raises(IntegrationError):
        await covers.download(url)
    images_emu.inject(r"/images/.*", Fault(delay_s=1.5, times=1))
    with pytest.raises(ProviderUnavailable) as slow:
        await covers.download(url)
    assert slow.value.code == "integration.timeout"
    assert (await covers.download(url)).width == 300
