"""Article import speed and memory: typical articles warm, and a 100-page PDF.

    python -m benchmarks.importer        # just these rows, printed

Typical articles: a text article, a saved web page and a 2-page two-column PDF with a table
(made here with fpdf2), each imported once to warm the imports, then timed (best of the
repeats).  The 100-page PDF (running header and footer, numbered exercises) is timed once;
its memory is the peak of Python allocations (tracemalloc: pdfminer is pure Python) while the PDF is
read, beside the same for a 10-page PDF (pages are parsed one at a time; only their lines, the text,
are kept to find running headers), and for the whole import.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

from benchmarks.common import Bench, Row

ROOT = Path(__file__).resolve().parents[1]
TYPICAL_LIMIT_S = 1.0
LONG_LIMIT_S = 10.0
WHOLE_LIMIT_MB = 50.0
GROUP = "Article import"
_NAMES = (
    "Heel raises",
    "Sit to stand",
    "Side leg lift",
    "Toe raises",
    "Wall push-up",
    "Mini squat",
    "Calf stretch",
)


def _leaflet_pdf(pages: int, table: bool = False) -> bytes:
    """``pages`` pages of numbered exercises in two columns, with a running header and footer."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)  # the footer sits in the bottom margin: no blank extra pages
    number = 0
    for page in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        pdf.set_xy(10, 8)
        pdf.cell(0, 5, "Community Physiotherapy - Home Exercise Programme")
        for x in (10, 110):
            pdf.set_xy(x, 25)
            for _ in range(4):
                number += 1
                pdf.set_x(x)
                pdf.set_font("Helvetica", style="B", size=11)
                pdf.multi_cell(85, 6, f"{number}. {_NAMES[number % len(_NAMES)]}", new_x="LEFT", new_y="NEXT")
                pdf.set_font("Helvetica", size=11)
                pdf.multi_cell(
                    85,
                    6,
                    "Stand holding a chair. Rise up onto your toes, hold for 3 seconds, "
                    "then lower slowly. Repeat 10 times.",
                    new_x="LEFT",
                    new_y="NEXT",
                )
                pdf.ln(4)
        if table and page == pages - 1:
            pdf.set_xy(10, 200)
            with pdf.table(col_widths=(50, 20, 20, 100)) as grid:
                for row in (
                    ("Exercise", "Sets", "Reps", "Notes"),
                    ("Wall push-up", "2", "10", "Hands on the wall."),
                    ("Sit to stand", "3", "8", "Arms crossed."),
                ):
                    cells = grid.row()
                    for text in row:
                        cells.cell(text)
        pdf.set_font("Helvetica", size=9)
        pdf.set_xy(10, 280)
        pdf.cell(0, 5, f"Leaflet PT-7 - page {page + 1} of {pages}")
    return bytes(pdf.output())


def _cold_caches() -> None:
    """Empty the importer's text caches, so a repeat reads the article as a first import does."""
    import sys

    from voicecoach.importer.headings import DETECTORS

    cached = [
        value
        for name, module in list(sys.modules.items())
        if name.startswith("voicecoach.importer.")
        for value in vars(module).values()
        if callable(getattr(value, "cache_clear", None))
    ]
    for function in {id(f): f for f in [*cached, *DETECTORS.values()]}.values():
        function.cache_clear()


def _best(repeats: int, fn) -> float:
    times = []
    for _ in range(repeats):
        _cold_caches()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def _peak_mb(fn) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def _outcome(path: Path) -> str:
    """What importing ``path`` gives a user: its exercises, or the one-line refusal (800
    exercises make a 16-hour session, over the routine format's 12 hours: refused after the
    whole import, so the time and memory are the whole import's)."""
    from voicecoach.errors import InputError
    from voicecoach.importer import import_source

    try:
        return f"{len(import_source(path).exercises)} exercises"
    except InputError as err:
        return f"refused in one line ({str(err).split(': ', 1)[-1].split(' —')[0]})"


def measure(bench: Bench) -> list[Row]:
    from voicecoach.importer import import_source

    two_page = bench.work / "leaflet-2-pages.pdf"
    two_page.write_bytes(_leaflet_pdf(2, table=True))
    typical = [
        ("text article", ROOT / "tests/articles/foot-strengthening-article.txt"),
        ("saved web page", ROOT / "tests/articles/real/02-health-gov-au-tv-exercises.html"),
        ("2-page PDF, two columns and a table", two_page),
    ]
    rows = []
    for label, path in typical:
        found = len(import_source(path).exercises)  # also warms: imports and first-use set-up
        took = _best(bench.repeats, lambda path=path: import_source(path))
        rows.append(
            Row(
                GROUP,
                f"import, warm: {label}",
                took,
                "s",
                f"<= {TYPICAL_LIMIT_S:g} s",
                took <= TYPICAL_LIMIT_S,
                f"{found} exercises",
            )
        )
    pages, short_pages = (2, 1) if bench.quick else (100, 10)  # quick: a smoke run of the same steps
    long_pdf, short_pdf = bench.work / f"leaflet-{pages}.pdf", bench.work / f"leaflet-{short_pages}.pdf"
    long_pdf.write_bytes(_leaflet_pdf(pages))
    short_pdf.write_bytes(_leaflet_pdf(short_pages))
    _cold_caches()
    started = time.perf_counter()
    outcome = _outcome(long_pdf)
    took = time.perf_counter() - started
    import pdfplumber

    with pdfplumber.open(long_pdf) as pdf:
        counted = len(pdf.pages)
    rows.append(
        Row(
            GROUP,
            f"import: {pages}-page PDF",
            took,
            "s",
            f"<= {LONG_LIMIT_S:g} s",
            took <= LONG_LIMIT_S if pages == 100 else None,
            f"{counted} pages, {outcome}" + ("" if pages == 100 else "; target applies to 100 pages"),
        )
    )
    from voicecoach.importer.pdfread import pdf_layout_text

    short_data, long_data = short_pdf.read_bytes(), long_pdf.read_bytes()
    short_mb, long_mb = (
        _peak_mb(lambda: pdf_layout_text(short_data)),
        _peak_mb(lambda: pdf_layout_text(long_data)),
    )
    rows.append(Row(GROUP, f"peak Python memory, reading a {short_pages}-page PDF", short_mb, "MB"))
    rows.append(
        Row(
            GROUP,
            f"peak Python memory, reading a {pages}-page PDF",
            long_mb,
            "MB",
            f"<= 3x the {short_pages}-page PDF",
            long_mb <= 3 * short_mb if pages == 100 else None,
            f"{long_mb / short_mb:.1f}x for {pages / short_pages:g}x the pages: one page parsed at a time, "
            "only the pages' lines (their text, their numbers packed) are kept",
        )
    )
    whole_mb = _peak_mb(lambda: _outcome(long_pdf))
    rows.append(
        Row(
            GROUP,
            f"peak Python memory, whole import of the {pages}-page PDF",
            whole_mb,
            "MB",
            f"<= {WHOLE_LIMIT_MB:g} MB",
            whole_mb <= WHOLE_LIMIT_MB,
            f"{outcome}: the peak of the whole import",
        )
    )
    return rows


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for row in measure(Bench(quick=False, work=Path(folder))):
            print(
                f"{row.name:45} {row.value:8.3f} {row.unit:3} {row.target:50} "
                f"{'' if row.passed is None else ('pass' if row.passed else 'FAIL')}  {row.note}"
            )
