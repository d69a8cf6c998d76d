"""``voicecoach serve`` under hostile clients (issue 24 items 3, 4, 15): a real server on
127.0.0.1, in this process (so its limits can be shortened), spoken to with raw sockets and
urllib; the command line in-process."""

import os
import socket
import threading
import time
import urllib.error
import urllib.request

import pytest

from support.cli import voicecoach
from voicecoach.serve.server import make_server


@pytest.fixture
def folder(tmp_path):
    pod = tmp_path / "pod"
    pod.mkdir()
    (pod / "feed.xml").write_text("<rss/>")
    (pod / "index.html").write_text("<p>page</p>")
    (pod / "a.mp3").write_bytes(b"ID3" + bytes(1000))
    (pod / ".private").mkdir()
    (pod / ".private" / "key").write_text("secret")
    (pod / ".hidden.mp3").write_text("secret")
    (pod / "sub").mkdir()
    (pod / "sub" / "b.mp3").write_bytes(b"ID3")
    os.symlink("/etc/passwd", pod / "passwd.mp3")
    os.symlink("/etc", pod / "etc")
    os.symlink(pod / ".private" / "key", pod / "key.mp3")  # inside, but into a dot-folder
    os.symlink(pod / "a.mp3", pod / "same.mp3")  # inside: served
    os.mkfifo(pod / "pipe.mp3")
    return pod


@pytest.fixture
def server(folder, capfd):
    srv = make_server(folder, 0, "127.0.0.1")
    srv.deadlines.seconds = 1.0
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    assert "Traceback" not in capfd.readouterr().err


def url(srv, path):
    return f"http://127.0.0.1:{srv.server_address[1]}{path}"


def status(srv, path):
    try:
        with urllib.request.urlopen(url(srv, path), timeout=5) as r:
            return r.status
    except urllib.error.HTTPError as err:
        return err.code


def raw(srv, data: bytes, wait: float = 5.0) -> bytes:
    """Send ``data`` and read until the server closes (or ``wait`` passes)."""
    with socket.create_connection(("127.0.0.1", srv.server_address[1]), timeout=wait) as s:
        s.sendall(data)
        out = b""
        try:
            while chunk := s.recv(65536):
                out += chunk
        except (TimeoutError, ConnectionResetError):
            pass
        return out


def test_only_regular_files_inside_the_folder_and_outside_dot_folders(server):
    assert status(server, "/a.mp3") == 200 and status(server, "/sub/b.mp3") == 200
    assert status(server, "/same.mp3") == 200 and status(server, "/") == 200
    for path in (
        "/passwd.mp3",
        "/etc/passwd",
        "/etc/hostname",
        "/.private/key",
        "/.hidden.mp3",
        "/key.mp3",
        "/pipe.mp3",
        "/sub/",
        "/sub",
        "/../feed.xml",
        "/%2e%2e/etc/passwd",
        "/sub/..%2f..%2f..%2fetc/passwd",
        "/nothing.mp3",
    ):
        assert status(server, path) == 404, path


@pytest.mark.parametrize("path", ["/a.mp3%00", "/%00", "/%ED%A0%80.mp3", "/%C3", "/%ff%fe"])
def test_a_nul_or_a_lone_surrogate_in_the_path_is_a_400_not_a_dropped_connection(server, path):
    answer = raw(server, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    assert answer.startswith(b"HTTP/1.1 400 "), answer[:80]


def test_a_half_sent_request_gets_408_and_is_closed(server):
    started = time.monotonic()
    answer = raw(server, b"GET /a.mp3 HTTP/1.1\r\nHost: x\r\n", wait=10)
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:80]
    assert time.monotonic() - started < 3


def test_a_dripping_request_is_cut_off_at_the_deadline(server):
    """A byte every 0.3 s never lets a per-read timeout fire; the deadline is for the whole request."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=5) as s:
        answer = b""
        for byte in b"GET /a.mp3 HTTP/1.1\r\nHost: xxxxxxxxxxxxxxxxxxxxxx\r\n":
            try:
                s.send(bytes([byte]))
            except OSError:
                break
            time.sleep(0.3)  # the drip is the input; the server's deadline ends it
            s.setblocking(False)
            try:
                answer += s.recv(4096)
            except BlockingIOError:
                pass
            s.setblocking(True)
            if answer:
                break
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:80]
    assert time.monotonic() - started < 3


def test_connections_over_the_cap_are_refused_at_once_without_a_thread(server):
    server.admission.per_client = 3
    before = threading.active_count()
    held = [socket.create_connection(("127.0.0.1", server.server_address[1])) for _ in range(3)]
    try:
        time.sleep(0.2)  # the three are being handled
        answer = raw(server, b"GET /a.mp3 HTTP/1.1\r\nHost: x\r\n\r\n")
        assert answer.startswith(b"HTTP/1.1 429 "), answer[:80]
        assert threading.active_count() <= before + 3
    finally:
        for s in held:
            s.close()


def test_request_line_and_header_limits(server):
    assert raw(server, b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\n\r\n").startswith(b"HTTP/1.1 414 ")
    many = b"".join(b"X-%d: y\r\n" % i for i in range(120))
    assert raw(server, b"GET /a.mp3 HTTP/1.1\r\n" + many + b"\r\n").startswith(b"HTTP/1.1 431 ")


def test_keep_alive_serves_ranges_one_after_another(server):
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=5)
    for first in (0, 10, 500):
        conn.request("GET", "/a.mp3", headers={"Range": f"bytes={first}-{first + 9}"})
        r = conn.getresponse()
        assert r.status == 206 and len(r.read()) == 10
    conn.close()


def test_serve_listens_on_this_machine_only_unless_lan(folder, monkeypatch):
    import voicecoach.serve.server as srv

    seen = []

    def stop_at_once(self, poll_interval=0.5):  # where a user would press Ctrl-C
        seen.append(self.server_address[0])
        raise KeyboardInterrupt

    monkeypatch.setattr(srv.FeedServer, "serve_forever", stop_at_once)
    alone = voicecoach("serve", folder, "--port", "0")
    lan = voicecoach("serve", folder, "--port", "0", "--lan")
    assert seen == ["127.0.0.1", "0.0.0.0"]
    assert alone.returncode == lan.returncode == 130
    assert "on 127.0.0.1 only (--lan to reach it from a phone)" in alone.stdout.splitlines()[0]
    assert "to every device on your network" in lan.stdout.splitlines()[0]
    proc = voicecoach("serve", folder, "--lan", "--bind", "127.0.0.1")
    assert proc.returncode == 2 and "not both" in proc.stderr


@pytest.mark.parametrize("bind", ["999.1.1.1", "10.254.254.254", "no-such-host.invalid"])
def test_a_bind_address_this_machine_does_not_have_is_one_line_about_the_address(folder, bind):
    proc = voicecoach("serve", folder, "--port", "0", "--bind", bind)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"voicecoach: error: --bind {bind} is not an address of this machine — leave --bind out "
        "(this machine only), or use --lan for the local network"
    ]


def test_an_ipv6_bind_listens(folder):
    if not socket.has_ipv6:
        pytest.skip("no IPv6")
    try:
        srv = make_server(folder, 0, "::1")
    except Exception as err:  # a machine without ::1 configured
        pytest.skip(str(err))
    srv.server_close()
    assert srv.address_family == socket.AF_INET6


def test_a_port_in_use_says_so(folder):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = voicecoach("serve", folder, "--port", port)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        f"voicecoach: error: port {port} is in use on 127.0.0.1 — choose another --port (0 picks a free one)"
    )
