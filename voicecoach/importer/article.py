"""Article text -> routine: the rules over the text (structure, parts, doses) and the YAML."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import InputError
from .blocks import has_dose, in_session_order
from .build import Draft, build_exercises
from .cautions import article_caution, without_said
from .circuit import SessionDose, read_session_dose, trailing_rounds
from .confidence import Confidence, assess, looks_like_label, unread_doses
from .defaults import ImportDefaults
from .distances import spelled_distances
from .emit import routine_yaml
from .furniture import blank_doses, strip_markup
from .glyphs import plain_glyphs
from .headings import split_name
from .intervals import spelled_intervals
from .layout import tidy
from .leftovers import said_scores
from .limits import within_limits
from .list_tree import list_tree_as_headings
from .parts import block_parts
from .passed_over import passed_over
from .placed_doses import doses_above_titles, place_lost_dose
from .plan_tables import activity_table
from .plausible import writable_session
from .sequence_sides import whole_run_other_side
from .shared import plan_by_day
from .sources import is_article, read_source
from .stated import miscounted
from .structure import Article, Block, article_title, shared_dose, split_article
from .tables import Table, find_tables, own_dose_lines, schedule_dose, table_blocks
from .text_tables import as_markdown_tables
from .titles import spoken_title, title_name
from .vocabulary import MOVEMENT, SESSION_PART

NO_EXERCISES = (
    'no exercises found — expected headings like "Exercise 1: Name", "## Name" '
    'or a numbered list "1. Name — what to do"'
)

NO_SAFETY_NOTE = "no safety advice read"  # the assumption line of a general safety line


@dataclass(frozen=True)
class ImportResult:
    """An imported routine. ``exercises`` use the routine-format keys; times are seconds."""

    title: str
    exercises: list[dict]
    assumptions: list[str]
    yaml_text: str
    confidence: Confidence | None = None
    session: SessionDose = field(default_factory=SessionDose)


def _title_from_source(source: str) -> str:
    """A file name as a title, without the number a file list sorts it by ("07-knee-sheet")."""
    stem = Path(source).stem if source else ""
    words = re.sub(r"[-_]+", " ", re.sub(r"^\d+[-_ ]+(?=\D)", "", stem)).strip()
    return words[:1].upper() + words[1:] if words else "Imported routine"


def _assumptions(drafts: list[Draft]) -> list[str]:
    return [f"{d.name}: {d.notes[key]}" for d in drafts for key in d.as_dict() if key in d.notes]


def _doubtful_table(table: Table) -> bool:
    """A table not read as exercises that still looks like it holds doses."""
    cells = [c for row in table.rows for c in row[1:]]
    numeric = sum(
        bool(re.fullmatch(r"[\d\s.x×/:-]+(?:s|sec|secs|min|reps?)?", c.strip())) for c in cells if c.strip()
    )
    return (
        any(r in ("sets", "reps", "hold", "duration", "dose") for r in table.roles)
        or numeric * 2 >= len(cells) > 0
    )


def _section_above(lines: list[str], start: int) -> str:
    """The nearest heading above a table ("# Part 1: Running exercises")."""
    for line in reversed(lines[:start]):
        m = re.match(r"^#{1,6}\s+(.+)$", line.strip())
        if m:
            return m.group(1)
    return ""


def _as_prose(table: Table, span: list[str]) -> list[str]:
    """A table's lines for the prose reader when nothing outside the tables reads as exercises:
    blank for the header; each row's cells that hold words ("[image] | Heel slides: lie
    …" -> "Heel slides: lie …"), so exercises written in a layout table are not lost."""
    out = []
    for line in span:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        words = [c for c in cells if len(re.findall(r"[A-Za-z]{2,}", c)) >= 3]
        out.append(" ".join(words) if line.strip().startswith("|") and cells != table.header else "")
    return out


# A text heading beside an exercise table that names the table's exercises as a group
_TABLE_FRAME = re.compile(
    r"\b(?:exercises|stretches|moves|drills|activities|stations|circuits?|workouts?|routines?|sessions?)\W*$",
    re.IGNORECASE,
)


_PICTURE = r"(?:fig(?:ure)?\.?|illustration|picture|photo|image)\s*"
_FIGURE_REF = re.compile(rf"{_PICTURE}(\d+[a-z]?)", re.IGNORECASE)


def _by_figure(name: str, lines: list[str]) -> str:
    """A table row that names its exercise by a picture ("Fig. 1") takes the name its caption
    gives ("Fig. 1 Straight leg raise: lie on your back …"); any other name is kept."""
    ref = _FIGURE_REF.fullmatch(name.strip())
    if ref is None:
        return name
    caption = re.compile(rf"^\W*{_PICTURE}{ref[1]}\b", re.IGNORECASE)
    for line in lines:
        if caption.match(line) and (named := split_name(strip_markup(line).strip())) and named[0] != name:
            return named[0]
    return name


def read_structure(text: str, first_day: str = "") -> tuple[Article, int]:
    """The article's exercise blocks, from its tables when it has an exercise table, else from
    its text; and how many tables it has that look like doses but were not understood.
    ``first_day``: the first day's dose of a plan written day by day (``plan_by_day``)."""
    lines = as_markdown_tables(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    tables = [activity_table(t) or t for t in find_tables(lines)]  # a plan by day: its activities
    own = {id(t): own_dose_lines(t) for t in tables}  # a one-row dose table: its exercise's lines
    cells = list(lines)
    for table in tables:
        span = table.end - table.start
        cells[table.start : table.end] = _as_prose(table, lines[table.start : table.end])
        lines[table.start : table.end] = (own[id(table)] + [""] * span)[:span]
    read = [t for t in tables if t.understood()]
    doubtful = sum(1 for t in tables if not t.understood() and not own[id(t)] and _doubtful_table(t))
    prose = split_article(tidy("\n".join(lines)))
    if not prose.blocks and not read and cells != lines:  # nothing outside the tables: read their words
        prose, lines = split_article(tidy("\n".join(cells))), cells
    plan = " ".join(filter(None, (schedule_dose(t) for t in tables if not t.understood())))
    if plan:  # "Day | Time" — day 1's dose, for exercises with none of their own
        prose = _with_plan(prose, plan, f'a plan by day: took its first row ("{plan}")')
        doubtful = max(0, doubtful - 1)
    elif first_day:  # "Day 1 – Hold for 20 seconds on 20 off x 4", for exercises with none of their own
        prose = _with_plan(prose, first_day, f'a plan by day: took day 1 ("{first_day}")')
    place_lost_dose(prose.blocks, [own[id(t)] for t in tables if own[id(t)]])
    doses_above_titles(prose.blocks, tidy("\n".join(lines)).split("\n"))
    if not read:
        return prose, doubtful
    rows = [
        (t.start, Block(_by_figure(name, lines), body, t.start, _section_above(lines, t.start)))
        for t in read
        for name, body in table_blocks(t)
    ]
    if len(prose.blocks) >= 2:  # exercises in the text as well: both, in the document's order
        named = {_same_name(b.name): b for _, b in rows}
        at = 0
        for b in prose.blocks:
            row = named.get(_same_name(b.name))
            if row is not None and not has_dose(b.text()):
                row.lines += b.lines  # "How to do each move" under the table's names: the row's how
                continue
            if not SESSION_PART.match(b.name) and (looks_like_label(b.name) or _TABLE_FRAME.search(b.name)):
                continue  # "Teaching instructions", "Main activity: Fitness stations": the table's frame
            at = _position(lines, b.name, at)
            rows.append((at, b))
    blocks = [b for _, b in sorted(rows, key=lambda pair: pair[0])]
    columns = "; ".join(" / ".join(h for h in t.header if h) for t in read)
    intro = tidy("\n".join(lines[: read[0].start]))
    note = f"read the exercises from a table (columns {columns})"
    shared = prose.shared if len(prose.blocks) >= 2 else shared_dose(intro)
    return Article(article_title(tidy("\n".join(lines))), blocks, shared, (note,)), doubtful


_WHOLE_NOTE = "no exercise structure found: the whole article read as one exercise"
WHOLE_TRUST = 0.4  # below the confidence threshold: such an import is reviewed before it is played
# "Then cup your palms …", "After every 20 minutes at the screen, turn your head …": a lead-in before the movement
_LEAD_IN = re.compile(
    r"^(?:(?:then|now|next|finally)\s+|(?:after|when|once|every)\s[^,.]{3,60},\s*)", re.IGNORECASE
)
_MOVE_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:[-*•]\s+|\d+[.)]\s+)?[A-Z][^.!?]*", re.MULTILINE)


def _whole_article(text: str, title: str) -> Block | None:
    """An article with no structure the readers know, read as one exercise named by its title:
    only when two or more of its sentences lead with a body movement and it gives a dose."""
    lines = [line for line in tidy(text).split("\n") if line.strip() and line.strip() != title]
    body = "\n".join(lines)
    moves = sum(
        bool(
            MOVEMENT.match(m.group(0).strip(" -*•"))
            or MOVEMENT.match(_LEAD_IN.sub("", m.group(0).lstrip(".!?\n ").strip(" -*•")))
        )
        for m in _MOVE_SENTENCE.finditer(body)
    )
    if moves < 2 or not has_dose(body):
        return None
    return Block(title_name(title), lines, 0)


def _with_plan(prose: Article, dose: str, note: str) -> Article:
    """The article with a plan's first day as the dose shared by exercises with none of their own."""
    return replace(prose, shared=f"{prose.shared} {dose}".strip(), notes=prose.notes + (note,))


def _confidence(built: list, text: str, shared: str, doubtful_tables: int, session_s: float) -> Confidence:
    """The import's confidence from what each exercise was read from; a shared dose counts as read
    only when some exercise took it."""
    read = [(d.as_dict(), d.notes, f"{parts.how or ''} {parts.timing}") for d, parts in built]
    used = [shared] if any(d.shared_dose for d, _ in built) else []
    unread = unread_doses(text, [f"{e['name']} {t}" for e, _, t in read] + used)
    missed = tuple(passed_over(text, [e["name"] for e, _, _ in read]))
    return assess(
        read, doubtful_tables, unread, blank_doses(text), miscounted(text, len(read)), session_s, missed
    )


def _rest_after_as_between(drafts: list[Draft], session: SessionDose) -> SessionDose:
    """A rest read for an exercise of one set ("40 seconds, followed by a 10-second rest") is the
    pause after it, not between its sets: the same one after every exercise is the session's
    ``rest_between``, and no exercise keeps it."""
    rests = {d.fields.get("rest") for d in drafts if d.fields.get("rest") is not None}
    lone = [d for d in drafts if d.fields.get("rest") is not None and (d.fields.get("sets") or 1) == 1]
    if not lone or len(rests) != 1 or len(lone) < len(drafts) or session.rest_between is not None:
        return session
    for d in lone:
        d.fields.pop("rest", None)
        d.notes.pop("rest", None)
    rest = rests.pop()
    note = f"a {rest:g} s rest after every exercise of one set: the rest between exercises"
    return replace(session, rest_between=rest, notes=session.notes + (note,))


def _same_name(name: str) -> str:
    """A name as compared across a table and the text: case, punctuation and plurals aside."""
    return " ".join(re.sub(r"s\b", "", w) for w in re.findall(r"[a-z0-9]+", name.lower()))


def _position(lines: list[str], name: str, start: int) -> int:
    """The first line from ``start`` of the original text that names a block (tidy drops lines,
    so the block's own index is not the original's)."""
    return next((i for i in range(start, len(lines)) if name and name in lines[i]), start)


def import_article(text: str, source: str, defaults: ImportDefaults | None = None) -> ImportResult:
    """Read an article's exercises. ``source`` names it in messages and the YAML header.

    Raises InputError when no exercise is found.
    """
    defaults = defaults or ImportDefaults()
    written = spelled_distances(spelled_intervals(plain_glyphs(text)))  # dose notations spelled one way
    first_day, text = plan_by_day(list_tree_as_headings(written))  # a plan's later days: no dose
    text, session = read_session_dose(text)
    article, doubtful_tables = read_structure(text, first_day)
    article = replace(article, blocks=whole_run_other_side(in_session_order(article.blocks)))
    session = trailing_rounds(article.blocks, session)  # "Do 2-3 rounds" after the last exercise
    if session.work is not None:  # "40 seconds on, 20 off": work for those without their own dose
        article = replace(article, shared=f"{article.shared} For {session.work:g} seconds.".strip())
    built = [
        (d, parts)
        for block in article.blocks
        for parts in (block_parts(block),)
        for d in build_exercises(parts, defaults, article.shared)
    ]
    drafts = [d for d, _ in built]
    title = spoken_title(article.title, text) or _title_from_source(source)
    whole = None if drafts else _whole_article(text, title)
    if whole is not None:  # the last reading before refusing, marked unsure below
        built = [(d, parts) for parts in (block_parts(whole),) for d in build_exercises(parts, defaults, "")]
        drafts = [d for d, _ in built]
        article = replace(article, notes=article.notes + (_WHOLE_NOTE,))
    if not drafts:
        raise InputError(f"{source}: {NO_EXERCISES}")
    session = _rest_after_as_between(drafts, session)
    layout = (
        list(article.notes)
        + list(session.notes)
        + [
            f'{d.name}: no dose of its own — used the introduction\'s "{" ".join(article.shared.split())}"'
            for d in drafts
            if d.shared_dose
        ]
    )
    session_s = writable_session(
        [d.as_dict() for d in drafts], session.rounds, session.rest_between, text, source
    )
    confidence = _confidence(built, text, article.shared, doubtful_tables, session_s)
    if whole is not None:
        confidence = Confidence(
            min(confidence.score, WHOLE_TRUST), (whole.name,), {whole.name: [_WHOLE_NOTE]}
        )
    cautions = article_caution(text)
    for draft in drafts:  # said once, as the safety line or the title, not again inside an exercise
        draft.put("how", without_said(draft.fields.get("how"), [*cautions, title]))
    title = within_limits(drafts, title)  # a routine the loader refuses would point at YAML lines
    safety = said_scores(" ".join(cautions)) or _general_safety(text)
    general = [] if cautions else [f'{NO_SAFETY_NOTE}: added "{safety}"']
    return ImportResult(
        title=title,
        exercises=[d.as_dict() for d in drafts],
        assumptions=layout + _assumptions(drafts) + general,
        yaml_text=routine_yaml(title, drafts, source, layout, confidence, session, safety, bool(cautions)),
        confidence=confidence,
        session=session,
    )


def _general_safety(text: str) -> str:
    """A general safety line in the article's language, said before the first exercise: the
    article gave no caution ``cautions`` reads, and a session must not start without one (review
    rule ``safety``)."""
    from voicecoach.phrases import Phrases, guess_language

    return Phrases(guess_language([text]) or "en").say("import_safety")


def read_article_text(path: str | Path) -> str:
    """An article's text from a file or URL, as the importer reads it (``plain_glyphs``);
    InputError (one line naming it) if there is none."""
    return plain_glyphs(read_source(path))


def import_source(spec: str | Path, defaults: ImportDefaults | None = None) -> ImportResult:
    """Import an article: a .txt/.md/.html/.htm/.pdf file or an http(s) URL.

    Raises InputError with a one-line message naming the file or URL.
    """
    return import_article(read_source(spec), str(spec).strip(), defaults)


import_file = import_source  # the name the CLI and tests have used


def is_article_path(path: str | Path) -> bool:
    """True for the specs ``play``/``export``/``preview`` should import on the fly."""
    return is_article(path)
