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
A URL is fetched by ``fetch`` (deadline, byte budget), then read by its content type.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from .fetch import FETCH_MAX_BYTES, fetch

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES

# Bounds before the costly steps, as parsing time and memory grow with the text's length
# (docs/platform.md, hostile input bounds).
PAGE_MAX_BYTES = 4 * 1024 * 1024  # a web page's HTML, refused before it is parsed
ARTICLE_MAX_CHARS = 150_000  # an article's text (~25,000 words), refused before importing
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
    kind, charset, data = fetch(url)
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


__all__ = [
    "ARTICLE_SUFFIXES",
    "FETCH_MAX_BYTES",
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
