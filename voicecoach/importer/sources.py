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
The URL fetch is the standard library's ``urllib`` with a timeout and a size cap.
"""

from __future__ import annotations

import re
import socket
from pathlib import Path

from ..errors import InputError

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES

FETCH_TIMEOUT_S = 20.0
FETCH_MAX_BYTES = 10 * 1024 * 1024
_USER_AGENT = "voicecoach-import/0.1 (+exercise article importer)"
_MIN_ARTICLE_WORDS = 8          # less than this is a menu or a stub, not an article
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
        return _from_url(str(spec).strip())
    path = Path(spec)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read the article: {err.strerror or err}") from None
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return html_text(data, str(path))
    if suffix in PDF_SUFFIXES:
        return pdf_text(data, str(path))
    return plain_text(data, str(path))


def plain_text(data: bytes, source: str) -> str:
    """UTF-8 text (a BOM is fine); refuses empty, binary and non-UTF-8 data."""
    if not data.strip():
        raise InputError(f"{source}: the file is empty — {_TEXT_EXPECTED}")
    if b"\x00" in data:
        raise InputError(f"{source}: looks like a binary file — {_TEXT_EXPECTED}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{source}: not UTF-8 (bad byte at offset {err.start}) — {_TEXT_EXPECTED}") from None
    if not text.strip():
        raise InputError(f"{source}: the file has no text — {_TEXT_EXPECTED}")
    return text


def html_text(data: bytes | str, source: str) -> str:
    """A web page's main text with its headings, lists, tables and bold (see ``htmlread``)."""
    from .htmlread import page_text

    if not (data.strip() if isinstance(data, str) else data.strip()):
        raise InputError(f"{source}: the web page is empty — save the page again, or copy its text into a .txt file")
    try:
        text = page_text(data)
    except Exception:  # noqa: BLE001 - a page the parser cannot read is bad input, not a crash
        text = ""
    if not text or len(re.findall(r"[A-Za-z]{2,}", text)) < _MIN_ARTICLE_WORDS:
        raise InputError(f"{source}: no article text found in the web page — save the page with its "
                         "article (not a menu or search page), or copy the text into a .txt file")
    return text


def pdf_text(data: bytes, source: str) -> str:
    """A PDF's structured text (see ``pdfread``); a scanned, encrypted or broken PDF is refused."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    from .pdfread import pdf_layout_text

    if not data.startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        raise InputError(f"{source}: not a PDF file (no %PDF header) — check the file, or rename it "
                         "to its real type")
    try:
        text = pdf_layout_text(data)
    except (PdfminerException, PDFPasswordIncorrect, PDFEncryptionError) as err:
        cause = err.args[0] if isinstance(err, PdfminerException) and err.args else err
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise InputError(f"{source}: the PDF is encrypted (password protected) — open it, print it "
                             "to a new PDF or copy its text into a .txt file") from None
        raise _damaged(source) from None
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError,
            AssertionError, ZeroDivisionError):
        raise _damaged(source) from None
    if len(re.findall(r"[A-Za-z]", text)) < 20:
        raise InputError(f"{source}: the PDF has no text layer (a scanned image?) — run it through "
                         "OCR (e.g. ocrmypdf) or type the exercises into a .txt file")
    return text


def _damaged(source: str) -> InputError:
    return InputError(f"{source}: the PDF is damaged and cannot be read — download it again, "
                      "or copy its text into a .txt file")


def _from_url(url: str) -> str:
    """Fetch ``url`` (timeout, size cap) and read it as HTML, PDF or text by its content type."""
    import urllib.error      # here, not at the top: 38 ms that playing a built-in routine never needs
    import urllib.request
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT,
                                                   "Accept": "text/html,application/pdf,text/plain;q=0.9,*/*;q=0.1"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
            kind = (response.headers.get_content_type() or "").lower()
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > FETCH_MAX_BYTES:
                raise _too_big(url)
            data = response.read(FETCH_MAX_BYTES + 1)
            if len(data) > FETCH_MAX_BYTES:
                raise _too_big(url)
    except InputError:
        raise
    except urllib.error.HTTPError as err:
        raise InputError(f"{url}: the server answered {err.code} {err.reason} — check the address, "
                         "or save the page in a browser and import the file") from None
    except (socket.timeout, TimeoutError):
        raise InputError(f"{url}: no answer within {FETCH_TIMEOUT_S:g} s — try again later, or save "
                         "the page in a browser and import the file") from None
    except urllib.error.URLError as err:
        if isinstance(err.reason, (socket.timeout, TimeoutError)):
            raise InputError(f"{url}: no answer within {FETCH_TIMEOUT_S:g} s — try again later, or "
                             "save the page in a browser and import the file") from None
        raise InputError(f"{url}: cannot connect ({_reason(err.reason)}) — check the address and "
                         "your connection, or import a saved copy of the page") from None
    except (OSError, ValueError) as err:
        raise InputError(f"{url}: cannot fetch the page ({_reason(err)}) — check the address, or "
                         "import a saved copy") from None
    if kind in ("text/html", "application/xhtml+xml") or (not kind and data.lstrip()[:1] == b"<"):
        return html_text(data, url)
    if kind == "application/pdf" or data.startswith(b"%PDF"):
        return pdf_text(data, url)
    if kind.startswith("text/"):
        return plain_text(data, url)
    raise InputError(f"{url}: the server sent {kind or 'an unknown content type'}, not a web page, "
                     "PDF or text — give the address of the article itself")


def _too_big(url: str) -> InputError:
    return InputError(f"{url}: the response is larger than {FETCH_MAX_BYTES // (1024 * 1024)} MB — "
                      "save the article in a browser and import the file")


def _reason(reason: object) -> str:
    if isinstance(reason, socket.timeout) or isinstance(reason, TimeoutError):
        return "timed out"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return " ".join(str(reason).split()) or type(reason).__name__


__all__ = ["ARTICLE_SUFFIXES", "FETCH_MAX_BYTES", "FETCH_TIMEOUT_S", "is_article", "is_url",
           "read_source", "html_text", "pdf_text", "plain_text"]
