"""A spoken transcript that names its exercises inside its sentences, all in one paragraph ("For
the Static Quads exercise, begin by …", "The Hip Flexion exercise is a little harder: …",
"Finally, for the Hip Abduction exercise, …"): one "Name: text" line an exercise, so the name
and dose readers see them as a page's list."""

from __future__ import annotations

import re

# A sentence that opens by naming the exercise it goes on to teach
_NAMED_LEAD = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:first|next|then|now|finally|lastly|last),?\s+)?(?:(?:for|in|with)\s+)?"
    r"the\s+((?:[A-Z][\w'’-]*\s+){1,4}?)(?:exercise|stretch)\b",
    re.IGNORECASE,
)
_LEADS_LEAST = 2  # one named sentence is a mention; two or more in a paragraph are its exercises


def _capitalised(name: str) -> bool:
    return all(word[:1].isupper() for word in name.split())


def named_in_sentences(text: str) -> str:
    """``text`` with each paragraph that names two or more exercises in its sentences broken
    before each ("Static Quads: For the Static Quads exercise, begin …"); other text unchanged."""
    out = []
    for line in text.split("\n"):
        leads = [m for m in _NAMED_LEAD.finditer(line) if _capitalised(m.group(1))]
        if len(leads) < _LEADS_LEAST:
            out.append(line)
            continue
        out.append(line[: leads[0].start()].rstrip())
        for m, end in zip(leads, [*(n.start() for n in leads[1:]), len(line)], strict=True):
            out += ["", f"{m.group(1).strip()}: {line[m.start() : end].strip()}"]
    return "\n".join(out)


__all__ = ["named_in_sentences"]
