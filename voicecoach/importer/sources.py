"""Where an article comes from: a text/markdown file, a saved web page, a PDF, or a URL.

Every reader returns plain text (markdown-ish for web pages: ``#`` headings,
``-`` bullets, ``**bold**``) or raises ``InputError`` with one line that names
the file or URL and says what to do.  Only ``http(s)://`` specs touch the
network; everything else is read offline.

Libraries: ``trafilatura`` finds a web page's main text and drops navigation,
footers and scripts (it is maintained, fast, and keeps headings and lists as
markdown); ``pdfminer.six`` reads a PDF's characters with their positions and fonts and
``pdfplumber`` (built on it) finds ruled tables, so ``pdfread`` can rebuild columns, headings
and tables.
The URL fetch is the standard library's ``urllib`` with a timeout per read, a deadline for
the whole fetch (a server sending one byte at a time never holds it longer) and a byte budget.
"""

from __future__ import annotations

import re
import socket
import threading
from pathlib import Path

from ..errors import InputError

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES

FETCH_TIMEOUT_S = 20.0  # per connect or read: a silent server
FETCH_DEADLINE_S = 30.0  # the whole fetch, headers and body: a dripping server
FETCH_MAX_BYTES = 10 * 1024 * 1024  # a URL's body, and an article file
# Bounds before the costly steps, as parsing time and memory grow with the text's length
# (docs/platform.md, hostile input bounds).
PAGE_MAX_BYTES = 4 * 1024 * 1024  # a web page's HTML, refused before it is parsed
ARTICLE_MAX_CHARS = 150_000  # an article's text (~25,000 words), refused before importing
_USER_AGENT = "voicecoach-import/0.1 (+exercise article importer)"
_MIN_ARTICLE_WORDS = 8  # less than this is a menu or a stub, not an article
_TEXT_EXPECTED = "expected a UTF-8 text or markdown article"


def is_url(spec: str) -> bool:
    """True for an ``http://`` or ``https://`` address."""
    return bool(re.match(r"^https?://\S+$", str(spec).strip(), re.IGNORECASE))


def is_article(spec: str | Path) -> bool:
    """True when ``spec`` is imported as an article: an article file suffix or a URL."""
    text = str(spec)
    return is_url(text) or text.lower().endswith(ARTICLE_SUFFIXES)


def read_source(spec: str | Path) -> str:
    """The article text of a file or URL; InputError (one line) when there is none."""
    if is_url(str(spec)):
        return bounded(_from_url(str(spec).strip()), str(spec).strip())
    path = Path(spec)
    data = _read_file(path)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return bounded(html_text(data, str(path)), str(path))
    if suffix in PDF_SUFFIXES:
        return bounded(pdf_text(data, str(path)), str(path))
    return bounded(plain_text(data, str(path)), str(path))


def _read_file(path: Path) -> bytes:
    """The bytes of a regular file of at most FETCH_MAX_BYTES (a FIFO or device would block
    or never end; a huge file is refused before it is read)."""
    import stat

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(
                f"{path}: not a regular file — give the article's file (a .txt, .md, "
                ".html or .pdf), not a pipe or device"
            )
        if info.st_size > FETCH_MAX_BYTES:
            raise InputError(
                f"{path}: the file is {_mb(info.st_size)}, over the {_mb(FETCH_MAX_BYTES)} "
                "an article can be — copy the article's text into a .txt file"
            )
        with open(path, "rb") as f:
            return f.read(FETCH_MAX_BYTES + 1)
    except OSError as err:
        raise InputError(f"{path}: cannot read the article: {err.strerror or err}") from None


def bounded(text: str, source: str) -> str:
    """``text`` if it is at most ARTICLE_MAX_CHARS long; else InputError (one line)."""
    if len(text) > ARTICLE_MAX_CHARS:
        raise _too_long(source, f"{len(text):,}")
    return text


def _too_long(source: str, length: str) -> InputError:
    return InputError(
        f"{source}: the article text is {length} characters, over the "
        f"{ARTICLE_MAX_CHARS:,} one routine can come from — copy the part with the "
        "exercises into a .txt file and import that"
    )


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def plain_text(data: bytes, source: str, charset: str | None = None) -> str:
    """Text in ``charset`` (a server's declared one), else UTF-8 (a BOM is fine); refuses empty,
    binary and undecodable data."""
    if not data.strip():
        raise InputError(f"{source}: the file is empty — {_TEXT_EXPECTED}")
    if b"\x00" in data:
        raise InputError(f"{source}: looks like a binary file — {_TEXT_EXPECTED}")
    try:
        text = data.decode(_codec(charset, source) if charset else "utf-8-sig")
    except UnicodeDecodeError as err:
        said = f"not {charset} as the server says" if charset else "not UTF-8"
        raise InputError(f"{source}: {said} (bad byte at offset {err.start}) — {_TEXT_EXPECTED}") from None
    if not text.strip():
        raise InputError(f"{source}: the file has no text — {_TEXT_EXPECTED}")
    return text


def _codec(charset: str, source: str) -> str:
    """The Python codec for a declared charset (utf-8 keeps a BOM optional); one line if unknown."""
    import codecs

    try:
        name = codecs.lookup(charset.strip().strip('"')).name
    except LookupError:
        raise InputError(
            f"{source}: the server declares the unknown charset {charset!r} — save the "
            "article as UTF-8 text and import the file"
        ) from None
    return "utf-8-sig" if name == "utf-8" else name


def html_text(data: bytes | str, source: str) -> str:
    """A web page's main text with its headings, lists, tables and bold (see ``htmlread``)."""
    from .htmlread import page_text

    if not (data.strip() if isinstance(data, str) else data.strip()):
        raise InputError(
            f"{source}: the web page is empty — save the page again, or copy its text into a .txt file"
        )
    if len(data) > PAGE_MAX_BYTES:
        raise InputError(
            f"{source}: the web page is {_mb(len(data))}, over the {_mb(PAGE_MAX_BYTES)} an "
            "article page can be — save it in the browser's reader view, or copy the article's "
            "text into a .txt file"
        )
    try:
        text = page_text(data)
    except Exception:  # noqa: BLE001 - a page the parser cannot read is bad input, not a crash
        text = ""
    if not text or len(re.findall(r"[A-Za-z]{2,}", text)) < _MIN_ARTICLE_WORDS:
        raise InputError(
            f"{source}: no article text found in the web page — save the page with its "
            "article (not a menu or search page), or copy the text into a .txt file"
        )
    return text


def pdf_text(data: bytes, source: str) -> str:
    """A PDF's structured text (see ``pdfread``); a scanned, encrypted or broken PDF is refused."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    from .pdfread import TooLongError, pdf_layout_text

    if not data.startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        raise InputError(
            f"{source}: not a PDF file (no %PDF header) — check the file, or rename it to its real type"
        )
    try:
        text = pdf_layout_text(data, max_chars=ARTICLE_MAX_CHARS)
    except TooLongError as err:  # a long book is refused after the pages that prove it
        raise _too_long(source, f"at least {err.chars:,}") from None
    except (PdfminerException, PDFPasswordIncorrect, PDFEncryptionError) as err:
        cause = err.args[0] if isinstance(err, PdfminerException) and err.args else err
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise InputError(
                f"{source}: the PDF is encrypted (password protected) — open it, print it "
                "to a new PDF or copy its text into a .txt file"
            ) from None
        raise _damaged(source) from None
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
        OSError,
        AssertionError,
        ZeroDivisionError,
    ):
        raise _damaged(source) from None
    if len(re.findall(r"[A-Za-z]", text)) < 20:
        raise InputError(
            f"{source}: the PDF has no text layer (a scanned image?) — run it through "
            "OCR (e.g. ocrmypdf) or type the exercises into a .txt file"
        )
    return text


def _damaged(source: str) -> InputError:
    return InputError(
        f"{source}: the PDF is damaged and cannot be read — download it again, "
        "or copy its text into a .txt file"
    )


def _from_url(url: str) -> str:
    """Fetch ``url`` (deadline, size cap) and read it as HTML, PDF or text by its content type."""
    kind, charset, data = _fetch(url)
    if kind in ("text/html", "application/xhtml+xml") or (not kind and data.lstrip()[:1] == b"<"):
        if charset:  # the header's charset wins over a guess
            return html_text(data.decode(_codec(charset, url), errors="replace"), url)
        return html_text(data, url)
    if kind == "application/pdf" or data.startswith(b"%PDF"):
        return pdf_text(data, url)
    if kind.startswith("text/"):
        return plain_text(data, url, charset)
    raise InputError(
        f"{url}: the server sent {kind or 'an unknown content type'}, not a web page, "
        "PDF or text — give the address of the article itself"
    )


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


def _fetch(url: str) -> tuple[str, str | None, bytes]:
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


__all__ = [
    "ARTICLE_SUFFIXES",
    "FETCH_DEADLINE_S",
    "FETCH_MAX_BYTES",
    "FETCH_TIMEOUT_S",
    "ARTICLE_MAX_CHARS",
    "PAGE_MAX_BYTES",
    "bounded",
    "is_article",
    "is_url",
    "read_source",
    "html_text",
    "pdf_text",
    "plain_text",
]
