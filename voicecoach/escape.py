"""Text on its way out: one function per place a user's or an article's text lands.

Routine names, titles and article text reach an XML feed, an HTML page, JSON
inside that page, an M3U playlist and the terminal. Each context has its own
dangerous characters, so each has its own function here and nowhere else:

- ``xml_text``: what XML 1.0 allows (no C0 controls but tab/newline/CR, no lone
  surrogates, no U+FFFE/U+FFFF); ElementTree then escapes ``& < >`` itself.
- ``html_text``: ``xml_text`` plus HTML escaping, for text between tags and in
  attribute values; also plain text handed to a consumer that reads HTML
  (an RSS ``description``).
- ``json_in_html``: JSON for a ``<script type="application/json">`` block; no
  ``<``, ``>`` or ``&`` appears raw, so nothing in it can end the script or open
  a comment, and U+2028/U+2029 are escaped for older JavaScript parsers.
- ``m3u_text``: one line of a playlist (no line breaks, no controls).
- ``terminal_text``: text shown on a terminal: controls (ESC, BEL, C1) and bidi
  overrides shown as visible escapes, so a routine cannot move the cursor, ring,
  retitle the window or reorder what is shown.

Every function keeps ordinary text as it is, right-to-left scripts included.
"""

from __future__ import annotations

import json
import re

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_LINE_BREAKS = re.compile("[\t\r\n\x0b\x0c\x85\u2028\u2029]+")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# embedding and override controls (U+202A-U+202E) and isolates (U+2066-U+2069): they change
# the order in which a terminal shows the text around them ("Trojan Source")
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
_JSON_IN_HTML = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def xml_text(text: str) -> str:
    """``text`` with every character XML 1.0 forbids removed (lone surrogates become U+FFFD)
    and line ends as a parser reads them back (``\\r\\n`` and ``\\r`` as ``\\n``)."""
    text = _SURROGATE.sub(REPLACEMENT, str(text)).replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML.sub("", text)


def html_text(text: str) -> str:
    """``text`` for HTML content or a quoted attribute: forbidden characters removed, ``& < > " '`` escaped."""
    import html

    return html.escape(xml_text(text), quote=True)


def json_in_html(value) -> str:
    """``value`` as JSON safe inside an HTML ``<script>`` element (strings cleaned with ``xml_text``)."""
    text = json.dumps(_cleaned(value), ensure_ascii=False)
    return text.translate(_JSON_IN_HTML)


def _cleaned(value):
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, dict):
        return {_cleaned(k): _cleaned(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_cleaned(v) for v in value]
    return value


def m3u_text(text: str) -> str:
    """One line of an M3U playlist: line breaks and tabs become a space, other controls are removed."""
    text = _LINE_BREAKS.sub(" ", xml_text(text))
    return _CONTROL.sub("", text).strip()


def terminal_text(text: str) -> str:
    """``text`` for a terminal: newlines and tabs kept, every other control and every bidi
    override shown as a visible escape (``\\x1b``, ``\\u202e``), lone surrogates as U+FFFD."""
    text = _SURROGATE.sub(REPLACEMENT, str(text))

    def visible(m: re.Match) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    text = re.sub("[\x00-\x08\x0b-\x1f\x7f-\x9f]", visible, text)
    return _BIDI_CONTROL.sub(visible, text)
