"""Cover art downloads: the largest Spotify album image, or Cover Art Archive by release MBID.

Downloads stream with a size cap (aborted as soon as it is exceeded), accept only JPEG/PNG, and
are decoded with Pillow so that a truncated or fake image never reaches the tagger.
"""

from __future__ import annotations

import asyncio
import io
import uuid
from dataclasses import dataclass

import httpx
from PIL import Image, UnidentifiedImageError

from engine.clients.http import make_client, raise_for_status, transport_error
from engine.clients.spotify_models import SpotifyImage, largest_image
from engine.errors import IntegrationError, ProtocolError

PROVIDER = "coverart"
CAA_URL = "https://coverartarchive.org"
MAX_BYTES = 10 * 1024 * 1024
ACCEPTED_MIME = {"image/jpeg": "JPEG", "image/jpg": "JPEG", "image/png": "PNG"}


@dataclass(frozen=True, slots=True)
class CoverImage:
    data: bytes
    mime: str
    width: int
    height: int

    def __repr__(self) -> str:
        return f"CoverImage({self.mime}, {self.width}x{self.height}, {len(self.data)} bytes)"


def _decode(data: bytes, mime: str) -> CoverImage:
    """Fully decode (``load``) so truncation is caught, and check the bytes match the type."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            actual = image.format
            width, height = image.size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ProtocolError(f"cover image is damaged or not an image ({type(exc).__name__})",
                            provider=PROVIDER, code="coverart.not_an_image") from None
    if actual != ACCEPTED_MIME[mime]:
        raise ProtocolError(f"cover image claims {mime} but is {actual}", provider=PROVIDER,
                            code="coverart.not_an_image")
    return CoverImage(data, "image/png" if actual == "PNG" else "image/jpeg", width, height)


class CoverArtClient:
    def __init__(self, *, caa_url: str = CAA_URL, timeout_s: float = 15.0,
                 max_bytes: int = MAX_BYTES,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.caa_url = caa_url.rstrip("/")
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self._transport = transport

    async def spotify_cover(self, images: tuple[SpotifyImage, ...]) -> CoverImage | None:
        """The largest album image, or None when the album has none."""
        best = largest_image(images)
        return await self.download(best.url) if best else None

    async def caa_front(self, mbid: str, size: int | None = 1200) -> CoverImage | None:
        """Front cover from the Cover Art Archive; None when the release has no art."""
        try:
            uuid.UUID(mbid)
        except ValueError:
            raise IntegrationError(f"not a MusicBrainz id: {mbid!r}", provider=PROVIDER,
                                   code="coverart.bad_mbid") from None
        suffix = f"-{size}" if size in (250, 500, 1200) else ""
        try:
            return await self.download(f"{self.caa_url}/release/{mbid}/front{suffix}")
        except IntegrationError as exc:
            if exc.code == "integration.http_404":
                return None
            raise

    async def download(self, url: str) -> CoverImage:
        """GET ``url`` (following redirects), streaming; raises :mod:`engine.errors` on failure."""
        try:
            async with make_client(timeout=self.timeout_s, transport=self._transport) as http, \
                    http.stream("GET", url) as response:
                raise_for_status(response, PROVIDER)
                mime = self._checked_mime(response)
                data = await self._read_capped(response)
        except httpx.HTTPError as exc:
            raise transport_error(exc, PROVIDER) from None
        return await asyncio.get_running_loop().run_in_executor(None, _decode, data, mime)

    @staticmethod
    def _checked_mime(response: httpx.Response) -> str:
        mime = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if mime not in ACCEPTED_MIME:
            raise ProtocolError(f"cover URL answered {mime or 'no content type'}",
                                provider=PROVIDER, code="coverart.bad_content_type",
                                params={"content_type": mime})
        return mime

    async def _read_capped(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise self._too_large()
        chunks: list[bytes] = []
        received = 0
        async for chunk in response.aiter_bytes():
            received += len(chunk)
            if received > self.max_bytes:  # also guards against a lying Content-Length
                raise self._too_large()
            chunks.append(chunk)
        return b"".join(chunks)

    def _too_large(self) -> ProtocolError:
        return ProtocolError(f"cover image exceeds {self.max_bytes} bytes", provider=PROVIDER,
                             code="coverart.too_large", params={"max_bytes": self.max_bytes})
