"""Article text -> routine: the rules over the text (structure, parts, doses) and the YAML."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import InputError
from .alternatives import is_alternative
from .article_blocks import read_structure
from .blocks import has_dose, in_session_order
from .build import Draft, build_exercises
from .bullets import stops_restored
from .cautions import article_caution, article_clearance, without_said
from .circuit import SessionDose, read_session_dose
from .confidence import Confidence, assess, unread_doses
from .defaults import ImportDefaults
from .distances import spelled_distances
from .emit import routine_yaml
from .fill_in import blank_doses
from .glyphs import plain_glyphs
from .intervals import spelled_intervals
from .layout import tidy
from .leftovers import said_scores
from .limits import within_limits
from .list_tail import without_closing_paragraph
from .list_tree import list_tree_as_headings
from .numbers import spelled_counts
from .paragraph_lists import bare_numbers_as_headings, name_paragraphs_as_list
from .parts import block_parts
from .passed_over import passed_over
from .plausible import writable_session
from .sequence_sides import whole_run_other_side
from .setting_sections import is_setting_section, without_advice_heading, without_notes_on_the_whole
from .shared import plan_by_day
from .sources import is_article, read_source
from .spoken_names import named_in_sentences
from .stated import miscounted
from .structure import Block
from .timed_siblings import timed_like_siblings
from .titles import spoken_title, title_name
from .trailing_rounds import trailing_rounds
from .underlined import underlined_headings
from .vocabulary import MOVEMENT

NO_EXERCISES = (
    'no exercises found — expected headings like "Exercise 1: Name", "## Name" '
    'or a numbered list "1. Name — what to do"'
)

NO_SAFETY_NOTE = "no safety advice read"  # the assumption line of a general safety line
NO_STOP_NOTE = "no stop rule read"  # the article asks to see a doctor first, and says when to stop nowhere


@dataclass(frozen=True)
class ImportResult:
    """An imported routine. ``exercises`` use the routine-format keys; times are seconds."""

    title: str
    exercises: list[dict]
    assumptions: list[str]
    yaml_text: str
    confidence: Confidence | None = None
    session: SessionDose = field(default_factory=SessionDose)
    # per exercise name: the fields the article did not state ("reps", "rest"), and "shared" when
    # its numbers came from the introduction's dose for all
    assumed_fields: dict[str, tuple[str, ...]] = field(default_factory=dict)


def in_list_marks(text: str) -> str:
    """A list written as paragraphs in a list's marks (``paragraph_lists``)."""
    return name_paragraphs_as_list(bare_numbers_as_headings(text))


def _title_from_source(source: str) -> str:
    """A file name as a title, without the number a file list sorts it by ("07-knee-sheet")."""
    stem = Path(source).stem if source else ""
    words = re.sub(r"[-_]+", " ", re.sub(r"^\d+[-_ ]+(?=\D)", "", stem)).strip()
    return words[:1].upper() + words[1:] if words else "Imported routine"


def _assumptions(drafts: list[Draft]) -> list[str]:
    return [f"{d.name}: {d.notes[key]}" for d in drafts for key in d.as_dict() if key in d.notes]


def _assumed_fields(drafts: list[Draft]) -> dict[str, tuple[str, ...]]:
    """Each exercise's fields with an assumption note, by name (two of one name share theirs)."""
    fields: dict[str, tuple[str, ...]] = {}
    for d in drafts:
        keys = [key for key in d.as_dict() if key in d.notes] + ["shared"] * d.shared_dose
        fields[d.name] = tuple(dict.fromkeys(fields.get(d.name, ()) + tuple(keys)))
    return {name: keys for name, keys in fields.items() if keys}


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


def import_article(text: str, source: str, defaults: ImportDefaults | None = None) -> ImportResult:
    """Read an article's exercises. ``source`` names it in messages and the YAML header.

    Raises InputError when no exercise is found.
    """
    defaults = defaults or ImportDefaults()
    written = stops_restored(
        spelled_distances(
            spelled_intervals(
                spelled_counts(named_in_sentences(in_list_marks(plain_glyphs(underlined_headings(text)))))
            )
        )
    )  # dose notations spelled one way
    first_day, text = plan_by_day(list_tree_as_headings(written))  # a plan's later days: no dose
    text, session = read_session_dose(text)
    article, doubtful_tables = read_structure(text, first_day)
    blocks = [b for b in article.blocks if not is_setting_section(b)] or article.blocks  # "At the gym"
    blocks = without_notes_on_the_whole(without_advice_heading(blocks))  # "Begin every stretch …"
    article = replace(article, blocks=whole_run_other_side(in_session_order(blocks)))
    session = trailing_rounds(article.blocks, session)  # "Do 2-3 rounds" after the last exercise
    article = replace(article, blocks=without_closing_paragraph(article.blocks))
    if session.work is not None:  # "40 seconds on, 20 off": work for those without their own dose
        article = replace(article, shared=f"{article.shared} For {session.work:g} seconds.".strip())
    built = [
        (d, parts)
        for block in article.blocks
        for parts in (block_parts(block),)
        for d in build_exercises(parts, defaults, article.shared)
    ]
    built = [x for i, x in enumerate(built) if not is_alternative(x[0].name, [d.name for d, _ in built[:i]])]
    timed_like_siblings(built, defaults)
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
    cautions, clearance = article_caution(text), article_clearance(text)
    for draft in drafts:  # said once, as the safety line or the title, not again inside an exercise
        draft.put("how", without_said(draft.fields.get("how"), [*cautions, *clearance, title]))
    title = within_limits(drafts, title)  # a routine the loader refuses would point at YAML lines
    stop = said_scores(" ".join(cautions)) or _general_safety(text)
    safety = " ".join([*clearance, stop])
    general = [] if cautions else [f'{NO_STOP_NOTE if clearance else NO_SAFETY_NOTE}: added "{stop}"']
    return ImportResult(
        title=title,
        exercises=[d.as_dict() for d in drafts],
        assumptions=layout + _assumptions(drafts) + general,
        yaml_text=routine_yaml(
            title, drafts, source, layout, confidence, session, safety, bool(cautions), bool(clearance)
        ),
        confidence=confidence,
        session=session,
        assumed_fields=_assumed_fields(drafts),
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
