"""The package layout promises: no import cycles (function-level imports count), a small
spine, every stage folder opening with a docstring, and a CLI that starts without numpy."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "voicecoach"
STAGES = (
    "routine",
    "importer",
    "compiler",
    "review",
    "speech",
    "music",
    "export",
    "play",
    "cli",
    "serve",
    "programme",
    "log",
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """voicecoach modules ``path`` imports anywhere in it (top level or inside functions)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(files)
    graph = {name: _imports(path, modules) for name, path in files.items()}
    # importing a submodule runs its package's __init__ first
    for name in list(graph):
        parent = name.rpartition(".")[0]
        if parent and parent != "voicecoach" and parent in graph:
            graph[name].add(parent) if parent != name else None
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt.startswith(node + "."):  # a package importing its own submodule is no cycle
                continue
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return []


def test_no_import_cycles_even_inside_functions():
    assert find_cycle(import_graph()) == []


def test_the_cycle_finder_finds_a_planted_cycle():
    graph = {
        "voicecoach.a": {"voicecoach.b"},
        "voicecoach.b": {"voicecoach.c"},
        "voicecoach.c": {"voicecoach.a"},
    }
    assert find_cycle(graph) == ["voicecoach.a", "voicecoach.b", "voicecoach.c", "voicecoach.a"]


def test_a_small_spine_and_a_docstring_on_every_stage():
    spine = [p.name for p in PACKAGE.glob("*.py")]
    assert len(spine) <= 14, spine
    for stage in STAGES:
        init = PACKAGE / stage / "__init__.py"
        doc = ast.get_docstring(ast.parse(init.read_text("utf-8")))
        assert doc and len(doc) > 80, f"{init} needs a docstring: its job, what goes in, what comes out"


def test_the_cli_starts_without_numpy():
    code = "import sys, voicecoach.cli.main; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_command_imports_numpy_without_a_thread_pool_unless_the_user_asks():
    """OpenBLAS's pool cost ~0.1 CPU-s at every start (voicecoach.cli sets one thread)."""
    import os

    code = (
        "import os, voicecoach.cli.main, numpy; "
        "print(os.environ['OPENBLAS_NUM_THREADS'], len(os.listdir('/proc/self/task')))"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    ours = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert ours.stdout.split() == ["1", "1"]
    theirs = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**env, "OPENBLAS_NUM_THREADS": "2"},
    )
    assert theirs.stdout.split() == ["2", "2"]
