"""Smoke run of the benchmarks (--quick): they run end to end and write both reports.

Targets are the bench's business (docs/benchmarks.md), not this test's. The neural section
is left out here (it synthesizes minutes of Piper speech); test_piper and the e2e export
cover that voice.
"""

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_quick_bench_writes_table_and_json(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--out", str(tmp_path), "--skip", "neural"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads((tmp_path / "benchmarks.json").read_text())
    assert data["quick"] is True and data["machine"]["cores"] >= 1
    # first: a step that could not be measured says why (its command's last line), where the
    # row-count asserts below would only say a row is missing
    assert not [r["note"] for r in data["results"] if "not measured" in r["note"]], data["results"]
    results = {(r["group"], r["name"]): r for r in data["results"]}
    wav = [r for (g, n), r in results.items() if n.startswith("WAV export")]
    assert len(wav) == 2 and all(r["value"] > 0 and r["passed"] is not None for r in wav)
    baseline = [r for (g, n), r in results.items() if n.startswith("espeak-ng CLI baseline")]
    assert baseline and baseline[0]["value"] > 0
    rss = [r for (g, n), r in results.items() if n.startswith("peak RSS, export")]
    assert len(rss) == 2 and all(10 < r["value"] < 2000 for r in rss)
    compile_rows = [r for (g, n), r in results.items() if g.startswith("Compile")]
    assert any(r["name"].startswith("compile") and r["value"] > 0 for r in compile_rows)
    live = [r for (g, n), r in results.items() if g == "Live timing"]
    assert any(n.startswith("voicecoach stream lateness") and n.endswith("p99") for (g, n) in results)
    assert any(r["name"].startswith("naive pyttsx3 loop") and r["value"] > 0 for r in live)
    first = [r for (g, n), r in results.items() if n.startswith("first sound")]
    assert len(first) == 2 and all(0 < r["value"] < 30 for r in first)
    table = (tmp_path / "benchmarks.md").read_text()
    assert "| WAV export, empty cache |" in table and "Machine:" in table
