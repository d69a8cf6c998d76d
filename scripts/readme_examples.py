#!/usr/bin/env python3
"""Keep the README's examples true: its sample outputs come from the program.

- A fenced block whose first line is ``$ voicecoach …`` is an example with its output: the
  command runs (``voicecoach`` is this checkout's ``python -m voicecoach``; pipes such as
  ``| head -8`` work) and the rest of the block must equal its output, after VOLATILE parts
  (timings) are normalized. The commands share one fresh speech cache, rendered on one CPU:
  espeak's clip lengths move by a few samples with each engine's history (which clips it
  spoke before), so a cache filled in another order can shift a timestamp by a second;
  fresh and pinned, the outputs are the same on every run and machine (same espeak-ng).
- Every other example command (lines of ```sh blocks and `` `scripts/voicecoach …` `` in the
  text) must still parse: the command and its options exist, and a routine it names exists.

    python scripts/readme_examples.py            # check; prints a diff and exits 1 if stale
    python scripts/readme_examples.py --update   # rewrite the shown outputs from the program

tests/test_readme.py runs the check.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>\w*)\n(?P<body>.*?)^(?P=indent)```$", re.M | re.S)
INLINE = re.compile(r"`((?:scripts/)?voicecoach [^`]+)`")
VOLATILE = [(re.compile(r"in \d+\.\d+ s\b"), "in N s"), (re.compile(r"\b\d+x real time"), "Nx real time")]


@dataclass
class Shown:
    """A ``$ voicecoach …`` block: where its output sits in the README text."""

    command: str
    output: str
    start: int  # offset of the output in the README text
    end: int
    indent: str


def shown_examples(text: str) -> list[Shown]:
    found = []
    for match in FENCE.finditer(text):
        indent, body = match["indent"], match["body"]
        lines = body.splitlines(keepends=True)
        if not lines or not lines[0].strip().startswith("$ voicecoach "):
            continue
        command = lines[0].strip()[2:]
        start = match.start("body") + len(lines[0])
        output = "".join(line[len(indent) :] if line.startswith(indent) else line for line in lines[1:])
        found.append(Shown(command, output, start, match.end("body"), indent))
    return found


def other_commands(text: str) -> list[str]:
    """Example command lines that are not shown with output (to be parsed, not run)."""
    commands = []
    for match in FENCE.finditer(text):
        if match["lang"] != "sh":
            continue
        for line in match["body"].splitlines():
            line = line.split("#", 1)[0].strip()
            if re.match(r"(scripts/)?voicecoach ", line):
                commands.append(line)
    commands += [m.group(1) for m in INLINE.finditer(text)]
    return list(dict.fromkeys(commands))


@contextmanager
def fresh_env():
    """The environment the shown commands run in: this checkout, a fresh speech cache and a
    reader's first run (no session log, no resume positions: ``plan`` picks up from the log, so a
    session another test logged would change what it shows)."""
    with tempfile.TemporaryDirectory(prefix="voicecoach-readme-") as cache:
        env = {
            **os.environ,
            "VOICECOACH_CACHE": cache,
            "VOICECOACH_DATA": os.path.join(cache, "data"),
            "VOICECOACH_STATE": os.path.join(cache, "state"),
            "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
        }
        env.pop("VOICECOACH_ENGINE", None)  # the tests' conftest pins espeak; a reader has no such pin
        yield env


SPEAKING = re.compile(r"\bvoicecoach (preview|export|play|check)\b")


def command_env(command: str, env: dict) -> dict:
    """Commands that speak run with espeak's voice (the README says so: its clips render in
    seconds, where the neural voice would make this check take minutes and shift the times
    shown); the others (``voices``, ``list``) see what a reader sees."""
    return {**env, "VOICECOACH_ENGINE": "espeak"} if SPEAKING.search(command) else env


def _one_cpu() -> None:
    """Render workers are split by CPU count: pin it so the split is the same everywhere."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def run_shown(command: str, env: dict) -> str:
    """Run a README command with ``voicecoach`` meaning this checkout."""
    prelude = f'voicecoach() {{ {shlex.quote(sys.executable)} -m voicecoach "$@"; }}\n'
    proc = subprocess.run(
        ["bash", "-c", prelude + command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=command_env(command, env),
        timeout=600,
        preexec_fn=_one_cpu,
    )
    if proc.returncode not in (0, 141):  # 141: the pipe reader (head) left early
        raise RuntimeError(f"README example failed ({proc.returncode}): {command}\n{proc.stderr}")
    return proc.stdout


def normalize(text: str) -> str:
    for pattern, replacement in VOLATILE:
        text = pattern.sub(replacement, text)
    return text


def parse_problem(command: str) -> str | None:
    """None if ``command`` parses (command, options, routine names); else what is wrong."""
    import click

    sys.path.insert(0, str(ROOT))
    from voicecoach.cli.main import cli
    from voicecoach.routine.find import builtin_names

    args = shlex.split(command)[1:]
    if "--help" in args or "--version" in args or not args:
        return None
    name = args[0]
    if name not in cli.commands:
        return f"{command}: no command {name!r}"
    sub = cli.commands[name]
    try:
        ctx = sub.make_context(name, args[1:], resilient_parsing=False)
    except click.ClickException as exc:
        return f"{command}: {exc.format_message()}"
    specs = ctx.params.get("routine") or ctx.params.get("routines") or ()
    for spec in [specs] if isinstance(specs, str) else specs:
        if spec not in builtin_names() and not spec.endswith((".yaml", ".yml", ".txt", ".md")):
            return f"{command}: {spec!r} is neither a built-in routine nor a routine file name"
    from voicecoach.programme.find import builtin_names as programme_names

    programme = ctx.params.get("programme")
    if programme and programme not in programme_names() and not programme.endswith((".yaml", ".yml")):
        return f"{command}: {programme!r} is neither a built-in programme nor a programme file name"
    return None


def check(text: str) -> list[str]:
    """Every way the README's examples are stale (empty: all true)."""
    problems = []
    with fresh_env() as env:
        for shown in shown_examples(text):
            got = run_shown(shown.command, env)
            if normalize(got) != normalize(shown.output):
                diff = "".join(
                    difflib.unified_diff(
                        shown.output.splitlines(True), got.splitlines(True), "README", "program"
                    )
                )
                problems.append(f"$ {shown.command}\n{diff}")
    for command in other_commands(text):
        problem = parse_problem(command)
        if problem:
            problems.append(problem)
    return problems


def update(text: str) -> str:
    """The README with each shown output replaced by the program's."""
    shown = shown_examples(text)
    with fresh_env() as env:  # in README order, as check() runs them
        outputs = [run_shown(s.command, env) for s in shown]
    for example, got in reversed(list(zip(shown, outputs, strict=True))):
        body = "".join(example.indent + line if line.strip() else line for line in got.splitlines(True))
        text = text[: example.start] + body + text[example.end :]
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite the README's shown outputs")
    args = parser.parse_args()
    text = README.read_text(encoding="utf-8")
    if args.update:
        new = update(text)
        if new != text:
            README.write_text(new, encoding="utf-8")
            print("README.md: shown outputs updated")
        else:
            print("README.md: already up to date")
        return 0
    problems = check(text)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
