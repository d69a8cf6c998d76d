"""Loading a routine for a command: the loaded spec, with its import assumptions and language
notes said on stderr. Its own module so that commands outside cli.main (today) share it."""

from __future__ import annotations

import click

from voicecoach.cli import options
from voicecoach.escape import terminal_text


def load_reporting(spec: str, overrides=None):
    """Load a routine spec once, with overrides; list import assumptions on stderr."""
    from voicecoach.routine.find import load_spec

    loaded = load_spec(spec, overrides)
    for note in loaded.assumptions:
        click.echo(terminal_text(f"voicecoach: assumed: {note}"), err=True)
    for note in options.language_notes(loaded.routine):
        click.echo(terminal_text(f"voicecoach: {note}"), err=True)
    return loaded
