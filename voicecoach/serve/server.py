"""A small HTTP server for a feed folder: the files, byte ranges for seeking, ``/`` = the page.

Standard library only (``http.server``): a phone's podcast app and browser need
GET/HEAD, ``Range: bytes=…`` answered with 206 and ``Content-Range`` (or 416),
and the right types. What it serves is decided by ``serve.paths`` (regular files
inside the folder, outside dot-folders); what a client may cost by
``serve.limits``. Every refusal is an HTTP answer (4xx), never a dropped
connection. A new endpoint is a ``do_METHOD`` on ``FeedHandler``.
"""

from __future__ import annotations

import errno
import json
import os
import socket
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from voicecoach.errors import InputError
from voicecoach.export.feed_files import FEED, MANIFEST
from voicecoach.serve.limits import (
    IO_TIMEOUT_S,
    MAX_REQUEST_LINE,
    Admission,
    Deadlines,
    refusal,
    send_and_close,
)
from voicecoach.serve.paths import Refused, open_regular, parse_range, resolve

TYPES = {
    ".mp3": "audio/mpeg",
    ".xml": "application/rss+xml; charset=utf-8",
    ".json": "application/json",
    ".png": "image/png",
    ".html": "text/html; charset=utf-8",
    ".m3u": "audio/x-mpegurl",
}
EVERY_INTERFACE = ("0.0.0.0", "::", "")


class FeedHandler(BaseHTTPRequestHandler):
    server_version = "voicecoach"
    protocol_version = "HTTP/1.1"  # keep-alive: a player seeking sends many ranges
    timeout = IO_TIMEOUT_S
    server: FeedServer  # the server this handler serves (its folder, deadlines)

    def handle_one_request(self):
        """One request, its line and headers within the server's deadline (else 408)."""
        deadlines = self.server.deadlines
        deadlines.arm(self.connection)
        try:
            self.raw_requestline = self.rfile.readline(MAX_REQUEST_LINE + 1)
            if len(self.raw_requestline) > MAX_REQUEST_LINE:
                self.requestline, self.request_version, self.command = "", "", ""
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline or not self.parse_request():
                self.close_connection = True
                return
            if not deadlines.disarm(self.connection):  # 408 already sent
                self.close_connection = True
                return
            method = getattr(self, "do_" + self.command, None)
            if method is None:
                self.send_error(HTTPStatus.NOT_IMPLEMENTED, f"Unsupported method ({self.command!r})")
                return
            method()
            self.wfile.flush()
        except OSError:  # timed out, reset, or closed by the deadline's watchdog
            self.close_connection = True
        finally:
            deadlines.disarm(self.connection)

    def do_GET(self):
        self.send_file(body=True)

    def do_HEAD(self):
        self.send_file(body=False)

    def do_POST(self):
        """Only ``/rating`` (the page's effort and pain questions, logged): serve/ratings.py."""
        from voicecoach.errors import VoicecoachError
        from voicecoach.serve import ratings

        if self.path.split("?")[0] != "/rating":
            self.send_error(HTTPStatus.NOT_FOUND, "Not found")
            return
        status: int
        answer: dict[str, object]
        try:
            rating = ratings.parse(
                self.headers.get("Content-Type"),
                self.headers.get("Content-Length"),
                self.rfile.read,
                ratings.read_manifest(self.server.folder),
            )
            status, answer = HTTPStatus.CREATED, {"logged": ratings.log_rating(rating)}
        except ratings.Refused as err:
            status, answer = err.status, {"error": err.reason}
            self.close_connection = True
        except VoicecoachError as err:  # the log is damaged or locked
            status, answer = HTTPStatus.SERVICE_UNAVAILABLE, {"error": str(err)}
        body = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_file(self, body: bool) -> None:
        """The file the path names, whole or the one byte range asked for."""
        try:
            real = resolve(self.server.folder, self.path)
            source = open_regular(real)
        except Refused as refused:
            self.send_error(refused.status, refused.reason)
            return
        with source:
            stat = os.fstat(source.fileno())
            span = self.start_answer(stat.st_size)
            if span is None:
                return
            first, count = span
            self.send_header("Content-Type", TYPES.get(real.suffix.lower(), "application/octet-stream"))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Content-Length", str(count))
            self.send_header("Last-Modified", self.date_time_string(int(stat.st_mtime)))
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            if body:
                self.copy(source, first, count)

    def start_answer(self, size: int):
        """Send the status line for a file of ``size`` bytes: 206 for a satisfiable range,
        200 without one (or for several ranges, as RFC 9110 allows); (first byte, count),
        or None after a complete 416."""
        try:
            wanted = parse_range(self.headers["Range"], size) if self.headers.get("Range") else ()
        except ValueError:
            wanted = ()
        if wanted is None:
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if not wanted:
            self.send_response(HTTPStatus.OK)
            return 0, size
        self.send_response(HTTPStatus.PARTIAL_CONTENT)
        self.send_header("Content-Range", f"bytes {wanted[0]}-{wanted[1]}/{size}")
        return wanted[0], wanted[1] - wanted[0] + 1

    def copy(self, source, first: int, count: int) -> None:
        source.seek(first)
        while count > 0:
            block = source.read(min(64 * 1024, count))
            if not block:
                break
            self.wfile.write(block)  # OSError (a player that seeks drops its old request)
            count -= len(block)  # ends this connection in handle_one_request


class FeedServer(ThreadingHTTPServer):
    """A thread per admitted connection; ``folder`` is what ``FeedHandler`` serves."""

    daemon_threads = True

    def __init__(self, address: tuple, folder: Path, family: int):
        self.address_family = family
        self.folder = Path(folder)
        self.deadlines = Deadlines()
        self.admission = Admission()
        try:
            super().__init__(address, FeedHandler)
        except BaseException:
            self.deadlines.stop()
            raise

    def process_request(self, request, client_address):
        refused = self.admission.enter(client_address[0])
        if refused is not None:  # answered here: no thread for a connection over the cap
            send_and_close(request, refusal(refused, "too many open connections, try again"))
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.admission.leave(client_address[0])

    def server_close(self):
        super().server_close()
        self.deadlines.stop()


def lan_address() -> str:
    """This machine's address on the local network (no packet is sent); 127.0.0.1 without one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))
            return s.getsockname()[0]
        except OSError:
            return "127.0.0.1"


def make_server(folder: Path, port: int, bind: str) -> FeedServer:
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder — give the folder 'voicecoach feed -d' wrote")
    if not (folder / FEED).is_file():
        raise InputError(
            f"{folder} has no {FEED} — make one first: voicecoach feed ROUTINE… -d {folder} "
            "--base-url http://ADDRESS:PORT/"
        )
    try:
        family = socket.getaddrinfo(bind or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0][
            0
        ]
        return FeedServer((bind, port), folder, family)
    except OSError as err:
        raise InputError(bind_problem(err, bind, port)) from None


def bind_problem(err: OSError, bind: str, port: int) -> str:
    """What to do when listening on ``bind``:``port`` failed."""
    if err.errno == errno.EADDRINUSE:
        return f"port {port} is in use on {bind} — choose another --port (0 picks a free one)"
    if err.errno == errno.EACCES:
        return f"port {port} needs administrator rights — choose --port 1024 or above, e.g. 8000"
    if isinstance(err, socket.gaierror) or err.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
        return (
            f"--bind {bind} is not an address of this machine — leave --bind out "
            "(this machine only), or use --lan for the local network"
        )
    return f"cannot listen on {bind}:{port} ({err.strerror or err}) — choose another --bind or --port"


def serve(folder: Path, port: int, bind: str, say: Callable[[str], None]) -> None:
    """Serve ``folder`` until interrupted; ``say`` gets who can reach it and the addresses."""
    server = make_server(folder, port, bind)
    everyone = bind in EVERY_INTERFACE
    host = lan_address() if everyone else bind
    host = f"[{host}]" if ":" in host else host
    actual = server.server_address[1]
    here = f"http://{host}:{actual}/"
    say(
        f"serving {folder} — "
        + (
            "to every device on your network:"
            if everyone
            else f"on {bind} only (--lan to reach it from a phone):"
        )
    )
    say(f"  podcast feed: {here}{FEED}")
    say(f"  page:         {here}")
    try:
        made_for = json.loads((Path(folder) / MANIFEST).read_text("utf-8")).get("base_url")
    except (OSError, ValueError, AttributeError):
        made_for = None
    if made_for and made_for != here:
        say(
            f"  note: the feed's episodes point at {made_for} — if a podcast app can't play them, "
            f"re-run voicecoach feed with --base-url {here}"
        )
    try:
        server.serve_forever()
    finally:
        server.server_close()
