"""Fetching an article's URL: a timeout per read, a deadline for the whole fetch and a byte
budget, every failure one line that says what to do.

The standard library's ``urllib``: a page fetch needs no more, and a ``_Deadline`` shuts the
fetch's sockets when its time is up, so a server sending one byte at a time never holds it
longer than ``FETCH_DEADLINE_S`` (a timeout per read alone never ends a drip).
"""

from __future__ import annotations

import socket
import threading

from ..errors import InputError

FETCH_TIMEOUT_S = 20.0  # per connect or read: a silent server
FETCH_DEADLINE_S = 30.0  # the whole fetch, headers and body: a dripping server
FETCH_MAX_BYTES = 10 * 1024 * 1024  # a URL's body, and an article file
_USER_AGENT = "voicecoach-import/0.1 (+exercise article importer)"


class _Deadline:
    """Shuts down every socket of one fetch when ``FETCH_DEADLINE_S`` has passed, so any read
    blocked on a slow server returns at once (a timeout per read never ends a drip)."""

    def __init__(self, seconds: float):
        self._lock, self.expired = threading.Lock(), False
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self.expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()

    def connect(self, *args, **kwargs) -> socket.socket:
        """``socket.create_connection``, the socket watched by this deadline."""
        sock = socket.create_connection(*args, **kwargs)
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)
        return sock

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _opener(deadline: _Deadline):
    """A urllib opener whose HTTP and HTTPS connections open their sockets through ``deadline``."""
    import http.client
    import ssl
    import urllib.request

    class WatchedHTTP(http.client.HTTPConnection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._create_connection = deadline.connect

    class WatchedHTTPS(http.client.HTTPSConnection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._create_connection = deadline.connect

    class HTTP(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(WatchedHTTP, req)

    class HTTPS(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(WatchedHTTPS, req, context=ssl.create_default_context())

    return urllib.request.build_opener(HTTP, HTTPS)


def fetch(url: str) -> tuple[str, str | None, bytes]:
    """(content type, declared charset, body) of ``url``; InputError (one line) for every way a fetch fails,
    including a body over FETCH_MAX_BYTES or a fetch longer than FETCH_DEADLINE_S."""
    import urllib.error  # here, not at the top: playing a built-in routine never needs it
    import urllib.request

    request = urllib.request.Request(
        url,
        headers={"User-Agent": _USER_AGENT, "Accept": "text/html,application/pdf,text/plain;q=0.9,*/*;q=0.1"},
    )
    with _Deadline(FETCH_DEADLINE_S) as deadline:
        try:
            with _opener(deadline).open(request, timeout=min(FETCH_TIMEOUT_S, FETCH_DEADLINE_S)) as response:
                kind = (response.headers.get_content_type() or "").lower()
                charset = response.headers.get_content_charset()
                length = response.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > FETCH_MAX_BYTES:
                    raise _too_big(url)
                data = response.read(FETCH_MAX_BYTES + 1)
                if len(data) > FETCH_MAX_BYTES:
                    raise _too_big(url)
        except InputError:
            raise
        except Exception as err:  # noqa: BLE001 - every failure of the fetch is one line
            raise (_too_slow(url) if deadline.expired else _fetch_error(url, err)) from None
        if deadline.expired:  # a read cut short by the deadline may return a partial body
            raise _too_slow(url)
    return kind, charset, data


def _too_slow(url: str) -> InputError:
    return InputError(
        f"{url}: the page did not arrive within {FETCH_DEADLINE_S:g} s (the server is "
        "too slow) — try again later, or save the page in a browser and import the file"
    )


def _fetch_error(url: str, err: Exception) -> InputError:
    import urllib.error

    if isinstance(err, urllib.error.HTTPError):
        if 300 <= err.code < 400:  # urllib's own message spans three lines
            return InputError(
                f"{url}: the server redirects in a loop (or too often) — open the "
                "address in a browser, and import the page it ends at"
            )
        return InputError(
            f"{url}: the server answered {err.code} {_reason(err.reason)} — check the "
            "address, or save the page in a browser and import the file"
        )
    reason = err.reason if isinstance(err, urllib.error.URLError) else err
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return InputError(
            f"{url}: no answer within {FETCH_TIMEOUT_S:g} s — try again later, or save "
            "the page in a browser and import the file"
        )
    if isinstance(err, urllib.error.URLError):
        return InputError(
            f"{url}: cannot connect ({_reason(err.reason)}) — check the address and "
            "your connection, or import a saved copy of the page"
        )
    return InputError(
        f"{url}: cannot fetch the page ({_reason(err)}) — check the address, or import a saved copy"
    )


def _too_big(url: str) -> InputError:
    return InputError(
        f"{url}: the response is larger than {FETCH_MAX_BYTES // (1024 * 1024)} MB — "
        "save the article in a browser and import the file"
    )


def _reason(reason: object) -> str:
    if isinstance(reason, socket.timeout) or isinstance(reason, TimeoutError):
        return "timed out"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return " ".join(str(reason).split()) or type(reason).__name__
