"""A small HTTP server for a feed folder: the files, byte ranges for seeking, ``/`` = the page.

Standard library only (``http.server.ThreadingHTTPServer``): a phone's podcast
app and browser need GET/HEAD, ``Range: bytes=…`` answered with 206 and
``Content-Range`` (or 416), and the right types. Only files inside the folder
are served; no directory listings.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Optional

from voicecoach.errors import InputError
from voicecoach.export.feed import FEED, MANIFEST, PAGE

TYPES = {".mp3": "audio/mpeg", ".xml": "application/rss+xml; charset=utf-8",
         ".json": "application/json", ".png": "image/png", ".html": "text/html; charset=utf-8",
         ".m3u": "audio/x-mpegurl"}
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def parse_range(header: str, size: int) -> Optional[tuple[int, int]]:
    """(first, last) byte of a single ``bytes=`` range, clamped to ``size``; None if unsatisfiable.

    Raises ValueError for a header this server doesn't understand (several ranges):
    the whole file is then sent, as RFC 9110 allows.
    """
    m = _RANGE.match(header.strip().replace(" ", ""))
    if not m or (not m.group(1) and not m.group(2)):
        raise ValueError(header)
    first, last = m.group(1), m.group(2)
    if not first:                                  # the last N bytes
        n = int(last)
        if n == 0 or size == 0:
            return None
        return max(0, size - n), size - 1
    a = int(first)
    b = min(int(last), size - 1) if last else size - 1
    if a >= size or b < a:
        return None
    return a, b


class FeedHandler(SimpleHTTPRequestHandler):
    server_version = "voicecoach"

    def guess_type(self, path):
        return TYPES.get(os.path.splitext(str(path))[1].lower()) or super().guess_type(path)

    def list_directory(self, path):
        self.send_error(HTTPStatus.NOT_FOUND, "No listing here")
        return None

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def send_head(self):
        self._range = None
        path = self.translate_path(self.path)
        if os.path.isdir(path) or Path(path).name == MANIFEST or Path(path).name.startswith("."):
            if os.path.isdir(path) and os.path.isfile(os.path.join(path, PAGE)) and \
                    self.path.split("?")[0].endswith("/"):
                path = os.path.join(path, PAGE)
            else:
                self.send_error(HTTPStatus.NOT_FOUND, "Not found")
                return None
        try:
            f = open(path, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "Not found")
            return None
        size = os.fstat(f.fileno()).st_size
        header = self.headers.get("Range")
        wanted = None
        if header:
            try:
                wanted = parse_range(header, size)
                if wanted is None:
                    f.close()
                    self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    self.send_header("Content-Range", f"bytes */{size}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
            except ValueError:
                wanted = None
        if wanted:
            first, last = wanted
            self.send_response(HTTPStatus.PARTIAL_CONTENT)
            self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
            f.seek(first)
            self._range = last - first + 1
        else:
            self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(self._range if wanted else size))
        self.send_header("Last-Modified", self.date_time_string(int(os.fstat(f.fileno()).st_mtime)))
        self.end_headers()
        return f

    def do_POST(self):
        """Only ``/rating`` (the page's effort and pain questions, logged): serve/ratings.py."""
        from voicecoach.errors import VoicecoachError
        from voicecoach.serve import ratings
        if self.path.split("?")[0] != "/rating":
            self.send_error(HTTPStatus.NOT_FOUND, "Not found")
            return
        try:
            rating = ratings.parse(self.headers.get("Content-Type"), self.headers.get("Content-Length"),
                                   self.rfile.read, ratings.read_manifest(Path(self.directory)))
            status, answer = HTTPStatus.CREATED, {"logged": ratings.log_rating(rating)}
        except ratings.Refused as err:
            status, answer = err.status, {"error": err.reason}
            self.close_connection = True
        except VoicecoachError as err:           # the log is damaged or locked
            status, answer = HTTPStatus.SERVICE_UNAVAILABLE, {"error": str(err)}
        body = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def copyfile(self, source, outputfile):
        try:
            if self._range is None:
                shutil.copyfileobj(source, outputfile)
                return
            left = self._range
            while left > 0:
                block = source.read(min(64 * 1024, left))
                if not block:
                    break
                outputfile.write(block)
                left -= len(block)
        except (BrokenPipeError, ConnectionResetError):
            pass                                  # a player that seeks drops its old request


def lan_address() -> str:
    """This machine's address on the local network (no packet is sent); 127.0.0.1 without one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))
            return s.getsockname()[0]
        except OSError:
            return "127.0.0.1"


def make_server(folder: Path, port: int, bind: str) -> ThreadingHTTPServer:
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder — give the folder 'voicecoach feed -d' wrote")
    if not (folder / FEED).is_file():
        raise InputError(f"{folder} has no {FEED} — make one first: voicecoach feed ROUTINE… -d {folder} "
                         "--base-url http://ADDRESS:PORT/")
    try:
        return ThreadingHTTPServer((bind, port), partial(FeedHandler, directory=str(folder)))
    except OSError as err:
        raise InputError(f"cannot listen on {bind}:{port} ({err.strerror}) — "
                         "choose another --port") from None


def serve(folder: Path, port: int, bind: str, say: Callable[[str], None]) -> None:
    """Serve ``folder`` until interrupted; ``say`` gets the addresses to type into a phone."""
    server = make_server(folder, port, bind)
    host = lan_address() if bind in ("", "0.0.0.0") else bind
    actual = server.server_address[1]
    say(f"serving {folder} — on your phone (same network):")
    say(f"  podcast feed: http://{host}:{actual}/{FEED}")
    say(f"  page:         http://{host}:{actual}/")
    here = f"http://{host}:{actual}/"
    try:
        import json
        made_for = json.loads((Path(folder) / MANIFEST).read_text("utf-8")).get("base_url")
    except (OSError, ValueError):
        made_for = None
    if made_for and made_for != here:
        say(f"  note: the feed's episodes point at {made_for} — if a podcast app can't play them, "
            f"re-run voicecoach feed with --base-url {here}")
    try:
        server.serve_forever()
    finally:
        server.server_close()
