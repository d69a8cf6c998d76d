"""What one device on the network may cost the server: connections, time, request size.

- ``Deadlines``: a request's line and headers must arrive within ``REQUEST_DEADLINE_S``
  of the connection (or of the previous response); a client that drips bytes or
  sends half a request gets ``408 Request Timeout`` and the connection is closed.
  One watchdog thread for all connections, not a timer each.
- ``Admission``: at most ``MAX_PER_CLIENT`` open connections per address and
  ``MAX_CONNECTIONS`` in all; one more gets ``429`` (that address) or ``503`` (all)
  at once, and a thread is never started for it.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from http import HTTPStatus

REQUEST_DEADLINE_S = 20.0  # a phone on Wi-Fi sends a request in well under a second
IO_TIMEOUT_S = 30.0  # one read or write stalled this long ends the connection
MAX_CONNECTIONS = 32
MAX_PER_CLIENT = 8  # a browser opens up to 6 per host, a podcast app 1-2
MAX_REQUEST_LINE = 8192  # bytes; headers: the standard library's 100 lines of 64 KiB


def refusal(status: HTTPStatus, text: str) -> bytes:
    """A complete HTTP/1.1 response that refuses and closes, for sending raw on a socket."""
    body = f"{status.value} {status.phrase}: {text}\n".encode()
    return (
        f"HTTP/1.1 {status.value} {status.phrase}\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode() + body


def send_and_close(sock: socket.socket, data: bytes) -> None:
    """Best effort: a client that reads nothing must not hold this thread."""
    try:
        sock.settimeout(1.0)
        sock.sendall(data)
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


class Deadlines:
    """Connections waiting for a request, each with the monotonic time it must be in by."""

    def __init__(self, seconds: float = REQUEST_DEADLINE_S):
        self.seconds = seconds
        self._lock = threading.Lock()
        self._due: dict[socket.socket, float] = {}
        self._stop = threading.Event()
        threading.Thread(target=self._watch, name="request-deadlines", daemon=True).start()

    def arm(self, sock: socket.socket) -> None:
        with self._lock:
            self._due[sock] = time.monotonic() + self.seconds

    def disarm(self, sock: socket.socket) -> bool:
        """Stop the clock for ``sock``; False if its deadline already passed (408 was sent)."""
        with self._lock:
            return self._due.pop(sock, None) is not None

    def stop(self) -> None:
        self._stop.set()

    def _watch(self) -> None:
        while not self._stop.wait(0.5):
            now = time.monotonic()
            with self._lock:
                late = [s for s, due in self._due.items() if due <= now]
                for sock in late:
                    del self._due[sock]
            for sock in late:  # the handler's thread is blocked reading: unblock it
                send_and_close(
                    sock, refusal(HTTPStatus.REQUEST_TIMEOUT, "the request did not arrive in time")
                )


class Admission:
    """Counts open connections by client address."""

    def __init__(self, total: int = MAX_CONNECTIONS, per_client: int = MAX_PER_CLIENT):
        self.total, self.per_client = total, per_client
        self._lock = threading.Lock()
        self._open: Counter = Counter()

    def enter(self, address: str):
        """None if admitted (call ``leave`` later), else the status to refuse with."""
        with self._lock:
            if self._open[address] >= self.per_client:
                return HTTPStatus.TOO_MANY_REQUESTS
            if sum(self._open.values()) >= self.total:
                return HTTPStatus.SERVICE_UNAVAILABLE
            self._open[address] += 1
            return None

    def leave(self, address: str) -> None:
        with self._lock:
            self._open[address] -= 1
            if self._open[address] <= 0:
                del self._open[address]
