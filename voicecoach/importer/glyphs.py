"""Typesetting characters -> the plain text the importer's patterns read.

Publishing tools leave characters a reader never notices but a pattern does: a soft hyphen
inside "repe­titions", a zero-width space inside "10​ times", the "ﬁ" ligature in "ﬁve", a
narrow no-break space between a number and its unit, and bullets that are not "-" (Word's
Symbol-font bullet U+F0B7 in a PDF, "●", "▪", "➢", "✓").  ``plain_glyphs`` removes the
invisible ones, spells ligatures out, makes every space a space and every line-start bullet the
markdown "- " the structure readers know.  Invariant: visible words and numbers are unchanged,
and plain_glyphs(plain_glyphs(t)) == plain_glyphs(t).
"""

from __future__ import annotations

import re
import unicodedata

# soft hyphen, zero-width space / non-joiner / joiner, word joiner, a byte-order mark inside the text
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# no-break, figure, thin, hair and other fixed-width spaces: a space
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_LIGATURES = re.compile("[\ufb00-\ufb06]")  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
# Bullets at the start of a line (after any indent): typographic ones and the private-use
# code points Word's Symbol and Wingdings fonts give when a PDF maps them to no character.
_BULLET = re.compile(
    "^([ \t]*)[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25cf\u25cb\u25e6\u25a0\u25a1\u25ba\u25b8"
    "\u27a2\u27a4\u2794\u2713\u2714\u2611\u00b7\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf0a8\uf06e]"
    "[ \t]*(?=\\S)",
    re.MULTILINE,
)


def plain_glyphs(text: str) -> str:
    """``text`` with invisible marks removed, ligatures spelled out, odd spaces as spaces and
    line-start bullets as "- "."""
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    return _BULLET.sub(r"\1- ", text)


__all__ = ["plain_glyphs"]
