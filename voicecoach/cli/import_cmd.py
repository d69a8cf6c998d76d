"""The ``import`` command: an article in, a routine (YAML) out, with every assumption said
on stderr and the table of what was read (``import_review``) once the routine is written.
A routine that cannot be written stays a one-line error: the table comes after."""

from __future__ import annotations

import json
from pathlib import Path

import click

from voicecoach.cli.options import examples
from voicecoach.escape import terminal_text


@click.command(
    "import",
    epilog=examples(
        "voicecoach import handout.txt -o handout.yaml",
        "voicecoach import https://example.org/exercises.html",
    ),
)
@click.argument("article")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the routine YAML here instead of printing it.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--json", "as_json", is_flag=True, help="Print the normalized routine as JSON.")
def import_cmd(article, output, force, as_json):
    """Turn an exercise article into a routine (YAML).

    ARTICLE is a .txt/.md/.html/.pdf file or an http(s) URL; every assumed value gets a comment."""
    from voicecoach.files import check_output, write_text_atomic
    from voicecoach.importer import import_source, is_url
    from voicecoach.routine.load import load_routine_text

    result = import_source(article)
    routine = load_routine_text(result.yaml_text, str(article))  # proves the output is a valid routine
    for note in result.assumptions:
        click.echo(terminal_text(f"voicecoach: assumed: {note}"), err=True)
    if result.confidence is not None and result.confidence.unsure:
        click.echo(
            terminal_text(f"voicecoach: unsure: {result.confidence.summary()} — check them before playing"),
            err=True,
        )
    text = json.dumps(routine.to_json(), indent=2, ensure_ascii=False) + "\n" if as_json else result.yaml_text
    if output is None:
        click.echo(text, nl=False)
        _echo_review(routine, result)
        return
    check_output(output, [] if is_url(article) else [Path(article)], force)
    write_text_atomic(output, text, replace=force)
    _echo_review(routine, result)
    click.echo(
        f"wrote {output} ({routine.exercise_count()} exercises, "
        f"{len(result.assumptions)} assumptions marked with comments)",
        err=True,
    )


def _echo_review(routine, result) -> None:
    """The table of what was read (cli/import_review.py), its length from estimated speech;
    shown once the routine is out (an import that cannot be written stays one line)."""
    from voicecoach.beeps import Beeps
    from voicecoach.cli.import_review import review_lines
    from voicecoach.compiler.compile import compile_routine
    from voicecoach.importer.article import NO_SAFETY_NOTE, NO_STOP_NOTE
    from voicecoach.phrases import Phrases
    from voicecoach.speech.prerender import EstimatedDurations

    estimate = EstimatedDurations(Beeps(), routine.settings.rate)
    length = compile_routine(routine, estimate, Phrases(routine.settings.language)).duration_s
    confidence = result.confidence
    doubted = (
        {}
        if confidence is None or not confidence.unsure
        else {n: confidence.reasons[n] for n in confidence.doubted}
    )
    whose = (
        "a general one: the article gives none"
        if any(note.startswith(NO_SAFETY_NOTE) for note in result.assumptions)
        else "the article's advice, then a general stop line"
        if any(note.startswith(NO_STOP_NOTE) for note in result.assumptions)
        else "the article's own"
    )
    for line in review_lines(routine, length, result.assumed_fields, doubted, whose):
        click.echo(terminal_text(line), err=True)


def register(cli: click.Group) -> None:
    """Add these commands to the main command group."""
    for command in (import_cmd,):
        cli.add_command(command)
