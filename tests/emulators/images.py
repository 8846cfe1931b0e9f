"""Image server emulator: real JPEG/PNG bytes from Pillow, Cover Art Archive shapes (§D.2),
and the faults of §E.4 (wrong content-type, oversize, truncated, redirects, 404/503)."""

from __future__ import annotations

import contextlib
import io
import re
import uuid
from functools import lru_cache
from http.server import BaseHTTPRequestHandler

from PIL import Image, ImageDraw

from tests.emulators.server import EmulatorServer, Request, Response

MIME = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png"}


@lru_cache(maxsize=64)
def render_image(width: int, height: int, fmt: str = "jpeg", seed: int = 0) -> bytes:
    """A real, decodable image of the given size (a colour field with a diagonal stripe)."""
    colour = ((seed * 97) % 256, (seed * 57 + 80) % 256, (seed * 31 + 160) % 256)
    image = Image.new("RGB", (width, height), colour)
    ImageDraw.Draw(image).line((0, 0, width, height), fill=(255, 255, 255),
                               width=max(1, width // 20))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG" if fmt == "png" else "JPEG", quality=85)
    return buffer.getvalue()


def image_response(name: str) -> Response:
    """Serve ``<key>-<width>[x<height>].<jpg|png>`` as real bytes of that size."""
    match = re.fullmatch(r"(?P<key>.+?)-(?P<w>\d+)(?:x(?P<h>\d+))?\.(?P<ext>jpe?g|png)", name)
    if not match:
        return Response.json({"error": "not found"}, 404)
    width = int(match["w"])
    height = int(match["h"] or width)
    ext = match["ext"]
    data = render_image(width, height, "png" if ext == "png" else "jpeg",
                        sum(match["key"].encode()) % 251)
    return Response(200, data, {"Content-Type": MIME[ext]})


class ImageEmulator(EmulatorServer):
    """Serves ``/images/<name>``, special fault images, and ``/release/{mbid}`` (CAA)."""

    #: A body larger than the clients' 10 MiB limit.
    OVERSIZE_BYTES = 10 * 1024 * 1024 + 4096

    def __init__(self) -> None:
        super().__init__("images")
        #: MusicBrainz release id -> front image file name under /images/.
        self.releases: dict[str, str] = {}
        self.endless_aborted = False
        self.route("GET", r"/images/(?P<name>[^/]+)", lambda r: image_response(r.params["name"]))
        self.route("GET", r"/bad/wrong-type\.jpg", self._wrong_type)
        self.route("GET", r"/bad/oversize\.jpg", self._oversize)
        self.route("GET", r"/bad/truncated\.jpg", self._truncated)
        self.route("GET", r"/bad/not-an-image\.jpg", self._not_an_image)
        self.route("GET", r"/release/(?P<mbid>[^/]+)/?", self._release_listing)
        self.route("GET", r"/release/(?P<mbid>[^/]+)/front(?:-(?P<size>250|500|1200))?",
                   self._release_front)
        self.route("GET", r"/redirect/(?P<name>[^/]+)", self._redirect_hop)

    def _dispatch(self, raw: BaseHTTPRequestHandler) -> None:
        """``/bad/endless.jpg`` streams chunked (no Content-Length) until the client gives up."""
        if raw.path != "/bad/endless.jpg":
            # the client gave up (size limit, timeout): what the fault is for
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                super()._dispatch(raw)
            return
        self.requests.append(Request("GET", raw.path, {}, {}, b""))
        raw.send_response(200)
        raw.send_header("Content-Type", "image/jpeg")
        raw.send_header("Transfer-Encoding", "chunked")
        raw.end_headers()
        chunk = b"\0" * 65536
        try:
            for _ in range(1024):  # 64 MiB: far more than any client should read
                raw.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            raw.wfile.write(b"0\r\n\r\n")
        except OSError:
            self.endless_aborted = True  # the client hung up mid-stream, as it should
        raw.close_connection = True

    def add_release(self, width: int = 1200, fmt: str = "jpg") -> str:
        """Register a release with front art; returns its MBID."""
        mbid = str(uuid.UUID(int=len(self.releases) + 1))
        self.releases[mbid] = f"caa{len(self.releases)}-{width}.{fmt}"
        return mbid

    def image_url(self, name: str) -> str:
        return f"{self.url}/images/{name}"

    # -- faults ------------------------------------------------------------------------------
    @staticmethod
    def _wrong_type(_: Request) -> Response:
        return Response(200, b"<html>not an image</html>", {"Content-Type": "text/html"})

    def _oversize(self, _: Request) -> Response:
        return Response(200, b"\xff\xd8\xff" + b"\0" * self.OVERSIZE_BYTES,
                        {"Content-Type": "image/jpeg"})

    @staticmethod
    def _truncated(_: Request) -> Response:
        data = render_image(300, 300, "jpeg", 3)
        return Response(200, data[: len(data) // 3], {"Content-Type": "image/jpeg"})

    @staticmethod
    def _not_an_image(_: Request) -> Response:
        return Response(200, b"GIF89a definitely not a jpeg", {"Content-Type": "image/jpeg"})

    # -- Cover Art Archive -------------------------------------------------------------------
    def _release_listing(self, request: Request) -> Response:
        mbid = request.params["mbid"]
        error = self._check_mbid(mbid)
        if error is not None:
            return error
        name = self.releases[mbid]
        base = f"{self.url}/release/{mbid}"
        thumbs = {size: f"{base}/front-{size}" for size in ("250", "500", "1200")}
        return Response.json({"images": [{
            "types": ["Front"], "front": True, "back": False, "approved": True, "comment": "",
            "edit": 1, "id": "1", "image": self.image_url(name),
            "thumbnails": {**thumbs, "small": thumbs["250"], "large": thumbs["500"]}}],
            "release": f"https://musicbrainz.org/release/{mbid}"})

    def _release_front(self, request: Request) -> Response:
        mbid = request.params["mbid"]
        error = self._check_mbid(mbid)
        if error is not None:
            return error
        name = self.releases[mbid]
        size = request.params.get("size")
        if size:
            name = re.sub(r"-\d+(x\d+)?\.", f"-{size}.", name)
        # two hops, like coverartarchive.org -> archive.org -> a data node
        return Response(307, b"", {"Location": f"{self.url}/redirect/{name}"})

    def _redirect_hop(self, request: Request) -> Response:
        return Response(307, b"", {"Location": self.image_url(request.params["name"])})

    def _check_mbid(self, mbid: str) -> Response | None:
        try:
            uuid.UUID(mbid)
        except ValueError:
            return Response.text(f"{mbid} is not a valid MBID", 400)
        if mbid not in self.releases:
            return Response.text("No cover art found for release", 404)
        return None
