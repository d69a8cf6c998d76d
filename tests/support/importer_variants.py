"""How much an import depends on one way of writing a layout: each tuned-on article re-marked
as other pages mark the same thing, scored against its unchanged expected file.

A rule tuned on one article knows that article's marks ("## Name", "<p>", "3 x 10"); a new
article says the same with others ("**Name**", a "<div>" per paragraph, "three sets of ten").
Each variant below changes only how something is marked, never what it says, so the expected
exercises stay right and every field lost is a dependence on a surface form. Only the tuned-on
articles are changed (never a blind list's, ``importer_fields.split_blind``)::

    .venv/bin/python tests/support/importer_variants.py [VARIANT ...] [-v]

Prints, per variant, the articles it changes, how many score worse, and the fields lost against
the same articles unchanged; ``-v`` names each worse article and its first difference.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support.importer_fields import compare, expected_for, real_article_paths, split_blind  # noqa: E402
from support.page_builders import BUILDERS  # noqa: E402

Variant = Callable[[str], str]
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$", re.M)
_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()
_UNIT = r"(?= (?:times|reps|repetitions|seconds|minutes|sets|breaths)\b)"

DOSES: dict[str, Variant] = {
    "seconds as secs": lambda t: re.sub(r"\b(\d+) seconds\b", r"\1 secs", t),
    "minutes as mins": lambda t: re.sub(r"\b(\d+) minutes\b", r"\1 mins", t),
    "sets of as x": lambda t: re.sub(r"\b(\d+) sets of (\d+)\b", r"\1 x \2", t),
    "x as sets of": lambda t: re.sub(r"\b(\d+) ?[x×] ?(\d+)\b", r"\1 sets of \2", t),
    "counts in words": lambda t: re.sub(
        rf"(?<![-–\d/.])(?<!to )(?<!or )\b([1-9]|1[0-2])\b{_UNIT}", lambda m: _WORDS[int(m.group(1))], t
    ),
    "ranges with to": lambda t: re.sub(rf"\b(\d+) ?[-–] ?(\d+)\b{_UNIT}", r"\1 to \2", t),
}
TEXT: dict[str, Variant] = {
    "headings in bold": lambda t: _HEADING.sub(lambda m: f"**{m.group(2)}**", t),
    "headings plain": lambda t: _HEADING.sub(lambda m: m.group(2), t),
    "headings with a colon": lambda t: _HEADING.sub(lambda m: m.group(2).rstrip(":") + ":", t),
    "headings underlined": lambda t: _HEADING.sub(
        lambda m: m.group(2) + "\n" + ("=" if len(m.group(1)) == 1 else "-") * len(m.group(2)), t
    ),
    "bullets as dots": lambda t: re.sub(r"^(\s*)[-*]\s+", r"\1• ", t, flags=re.M),
    "numbers with a bracket": lambda t: re.sub(r"^(\s*)(\d{1,2})\.\s+", r"\1\2) ", t, flags=re.M),
    "blank lines doubled": lambda t: re.sub(r"\n\s*\n", "\n\n\n", t),
    "windows line ends": lambda t: t.replace("\n", "\r\n"),
    "bold with underscores": lambda t: re.sub(r"\*\*([^*\n]+)\*\*", r"__\1__", t),
    "headings numbered": lambda t: _numbered_headings(t),
    "heading numbers dropped": lambda t: re.sub(r"^(#{2,6}\s+)\d{1,2}[.)]\s+", r"\1", t, flags=re.M),
    "bold names run into the text": lambda t: re.sub(
        r"^\*\*([^*\n]{2,60}?)[:.]?\*\*[:.]?[ \t]*\n+(?=[A-Z][^:\n]{20})", r"**\1:** ", t, flags=re.M
    ),
    **DOSES,
}


def _numbered_headings(text: str) -> str:
    """Each heading of the most frequent level below the title numbered 1, 2, … in order."""
    levels = [len(m.group(1)) for m in _HEADING.finditer(text) if len(m.group(1)) > 1]
    if not levels:
        return text
    level = max(set(levels), key=levels.count)
    count = iter(range(1, 1000))
    return _HEADING.sub(
        lambda m: (
            f"{m.group(1)} {next(count)}. {m.group(2)}"
            if len(m.group(1)) == level and not re.match(r"#?\d|step\b", m.group(2), re.I)
            else m.group(0)
        ),
        text,
    )


PAGE: dict[str, Variant] = {
    "headings as bold paragraphs": lambda t: re.sub(
        r"<h([2-4])[^>]*>(.*?)</h\1>", r"<p><strong>\2</strong></p>", t, flags=re.S | re.I
    ),
    "headings a level down": lambda t: re.sub(
        r"<(/?)h([2-5])\b", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", t, flags=re.I
    ),
    "paragraphs in divs": lambda t: re.sub(r"<(/?)p\b", r"<\1div", t, flags=re.I),
    "paragraphs parted by breaks": lambda t: re.sub(r"</p>\s*<p[^>]*>", "<br><br>", t, flags=re.I),
    "strong as b": lambda t: re.sub(r"<(/?)strong\b", r"<\1b", t, flags=re.I),
    "flat lists as bullet paragraphs": lambda t: re.sub(
        r"<ul[^>]*>((?:(?!<[uo]l\b).)*?)</ul>",
        lambda m: re.sub(r"<li[^>]*>(.*?)</li>", r"<p>• \1</p>", m.group(1), flags=re.S | re.I),
        t,
        flags=re.S | re.I,
    ),
    "bullet lists numbered": lambda t: re.sub(r"<(/?)ul\b", r"<\1ol", t, flags=re.I),
    "all on one line": lambda t: re.sub(r"\s*\n\s*", " ", t),
    **DOSES,
}


PAGE.update(BUILDERS)


_FONTS = Path("/usr/share/fonts/truetype/dejavu")  # any Unicode font; without one, Latin-1 text
_PLAIN = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "•": "*", "…": "...", "×": "x"}
)


def _printed(text: str, columns: int = 1, sized: bool = True) -> bytes:
    """The article as a clinic prints it with ``fpdf2``: headings larger (or, not ``sized``, bold
    at the body's size), a running header and page numbers, in one column or two narrow ones with
    no space between paragraphs."""
    from fpdf import FPDF

    class Sheet(FPDF):
        def header(self) -> None:
            self.set_font(font, size=8)
            self.cell(0, 5, "Physiotherapy department - home exercise sheet", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(font, size=8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")

    pdf = Sheet()
    font = "Helvetica"
    if (_FONTS / "DejaVuSans.ttf").exists():
        font = "DejaVu"
        pdf.add_font(font, "", str(_FONTS / "DejaVuSans.ttf"))
        pdf.add_font(font, "B", str(_FONTS / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    items = [_printed_item(line, font) for line in text.replace("\r", "").split("\n")]
    if columns == 1:
        for style, size, words in items:
            if words is None:
                pdf.ln(3)
                continue
            pdf.set_font(font, style, size if sized or not style else 10.5)
            pdf.multi_cell(0, 5.5, words or " ", new_x="LMARGIN", new_y="NEXT")
    else:
        with pdf.text_columns(ncols=columns, gutter=10, text_align="LEFT") as cols:
            for style, size, words in items:
                if words is not None:
                    pdf.set_font(font, style, size if sized or not style else 10.5)
                    with cols.paragraph(bottom_margin=1.5) as paragraph:
                        paragraph.write(text=words or " ")
    return bytes(pdf.output())


def _printed_item(line: str, font: str) -> tuple[str, float, str | None]:
    """(font style, size, words; None for a gap) of one line of the article's text."""
    bare = line.strip()
    if not bare or re.fullmatch(r"[-=_*|: ]{3,}", bare):
        return "", 10.5, None
    words = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", bare)
    words = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", words).replace("**", "").replace("__", "")
    words = re.sub(r"^[-*•]\s+", "• ", words)
    if font == "Helvetica":
        words = words.translate(_PLAIN).encode("latin-1", "replace").decode("latin-1")
    if m := _HEADING.match(bare):
        return "B", {1: 16.0, 2: 13.0, 3: 12.0}.get(len(m.group(1)), 11.0), re.sub(r"^#{1,6}\s+", "", words)
    if re.fullmatch(r"\*\*[^*]+\*\*:?", bare):
        return "B", 10.5, words
    if bare.startswith("|"):
        return "", 10.5, "   ".join(c.strip() for c in words.strip("|").split("|") if c.strip())
    return "", 10.5, words


PRINTED: dict[str, Callable[[str], bytes]] = {
    "one column": _printed,
    "two narrow columns": lambda t: _printed(t, columns=2),
    "headings bold at body size": lambda t: _printed(t, sized=False),
}


def _fields(path: Path, text: str | bytes) -> tuple[int, int, str]:
    """(right, total, first difference) of ``text`` imported under ``path``'s name (bytes: as a
    PDF of that name)."""
    from voicecoach.errors import InputError
    from voicecoach.importer import import_source

    with tempfile.TemporaryDirectory() as folder:
        if isinstance(text, bytes):
            copy = Path(folder) / f"{path.stem}.pdf"
            copy.write_bytes(text)
        else:
            copy = Path(folder) / path.name
            copy.write_text(text, "utf-8")
        try:
            exercises = import_source(copy).exercises
        except InputError:
            exercises = []
    right, total, diffs = compare(expected_for(path), exercises)
    return right, total, diffs[0] if diffs else ""


def measure(variants: dict[str, Callable[[str], str | bytes]], paths: list[Path], verbose: bool) -> None:
    base: dict[Path, int] = {}
    for name, change in variants.items():
        changed = worse = right = before = total = 0
        for path in paths:
            text = path.read_text("utf-8")
            new = change(text)
            if new == text:
                continue
            if path not in base:
                base[path] = _fields(path, text)[0]
            r, t, first = _fields(path, new)
            changed, right, before, total = changed + 1, right + r, before + base[path], total + t
            if r < base[path]:
                worse += 1
                if verbose:
                    print(f"    {path.name[:50]:50} {base[path]} -> {r}/{t}  {first[:100]}")
        print(f"{name:30} {changed:3} changed, {worse:3} worse, fields lost {before - right:4} of {before}")


def main(argv: list[str]) -> None:
    tunable, _ = split_blind(real_article_paths())  # never a blind article, not even changed
    asked = [a for a in argv if not a.startswith("-")]
    kinds: tuple[tuple[str, dict, tuple[str, ...]], ...] = (
        ("text", TEXT, (".txt", ".md")),
        ("page", PAGE, (".html", ".htm")),
        ("text printed as a PDF", PRINTED, (".txt", ".md")),
    )
    for kind, variants, suffixes in kinds:
        chosen = {k: v for k, v in variants.items() if not asked or k in asked}
        if chosen:
            print(f"== {kind} articles")
            measure(chosen, [p for p in tunable if p.suffix in suffixes], "-v" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
