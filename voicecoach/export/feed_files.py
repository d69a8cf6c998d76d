"""A feed folder's files and its memory, ``episodes.json``: which names the feed writes, which
files are its own, and each episode's GUID.

Invariants: a GUID comes from the routine's file name in the feed, never from the time, so
a re-run keeps it; ``episodes.json`` lists every name a run will write (``files``) before any
is written, so a run that was killed or failed is completed by the next one without
``--force``; another's file of the same name is refused unless ``force``.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from voicecoach.errors import InputError
from voicecoach.files import check_output, write_text_atomic

MANIFEST = "episodes.json"
FEED = "feed.xml"
PAGE = "index.html"
COVER = "cover.png"
PLAYLIST = "playlist.m3u"  # written by export.batch
GUID_NAMESPACE = uuid.UUID("6f0b6d1e-5c55-4a8e-9a49-766f69636563")


def guid_for(name: str) -> str:
    """A routine's episode GUID: from its file name in the feed, so re-exports keep it."""
    return str(uuid.uuid5(GUID_NAMESPACE, name))


def read_manifest(outdir: Path) -> dict:
    path = outdir / MANIFEST
    if not path.exists():
        return {"episodes": {}}
    try:
        data = json.loads(path.read_text("utf-8"))
        if not isinstance(data.get("episodes"), dict):
            raise ValueError("no episodes")
        return data
    except (ValueError, OSError, AttributeError) as err:
        raise InputError(
            f"{path} is not a voicecoach feed list ({err}) — move it away, or choose another folder"
        ) from None


def owned_files(manifest: dict) -> set[str]:
    """The names of the files this feed made, or began to make, in its folder."""
    names = {FEED, PAGE, COVER, MANIFEST, PLAYLIST} if manifest["episodes"] else set()
    for ep in manifest["episodes"].values():
        names |= {ep["file"], ep["chapters"], ep["cover"]}
    return names | {n for n in manifest.get("files", []) if isinstance(n, str)}


def write_manifest(outdir: Path, manifest: dict) -> None:
    write_text_atomic(outdir / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")


def claim_names(outdir: Path, manifest: dict, jobs: list, force: bool):
    """Check every name the feed will write (refused: another's file without ``force``), and
    record them in ``episodes.json`` before any is written. Returns ``replacing(name)``:
    whether a file at ``name`` may be replaced (the feed's own, or ``force``); a name that was
    free stays protected, so a file made there meanwhile is kept."""
    ours = owned_files(manifest)
    inputs = [j.source for j in jobs]
    making = [
        n
        for job in jobs
        for n in (job.output.name, f"{job.output.stem}.chapters.json", f"{job.output.stem}.png")
    ] + [FEED, PAGE, COVER, PLAYLIST]
    for name in making + [MANIFEST]:
        check_output(outdir / name, inputs, force or name in ours or name == MANIFEST)
    manifest["files"] = sorted(ours | set(making))
    write_manifest(outdir, manifest)
    return lambda name: force or name in ours
