"""A private podcast feed of your sessions: MP3s with chapters, a cover each, ``feed.xml`` and a page.

``make_feed`` exports every routine into one folder (export.batch: parallel
workers, MP3 with ID3 chapters) and writes beside the audio, each atomically:

- ``NAME.chapters.json``: the MP3's own chapters (read back from its ID3 CHAP
  frames) in the Podcasting 2.0 JSON chapters format, version 1.2.0;
- ``NAME.png``: a cover made by the program (export.cover), and ``cover.png`` for the feed;
- ``episodes.json`` (export.feed_files): the feed's memory — one entry per routine file name, so a
  re-run updates an episode in place: same GUID (derived from the name, never
  from the time), same first-published date, new length and chapters;
- ``feed.xml`` (export.feed_rss): RSS 2.0 with the iTunes and Podcasting 2.0 namespaces,
  every URL under ``--base-url``;
- ``index.html``: the page for a phone's browser (export.page).

Files the feed made itself are replaced on a re-run; any other existing file of
the same name needs ``--force``. ``episodes.json`` lists them under ``files``
before any is written, so a run that was killed or failed (a full disk) is
completed by the next run without ``--force``.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from dataclasses import replace as replace_field
from pathlib import Path
from urllib.parse import quote, urlsplit

from voicecoach import __version__
from voicecoach.errors import InputError, WriteError
from voicecoach.escape import terminal_text
from voicecoach.export.cover import draw_cover
from voicecoach.export.feed_files import (
    COVER,
    FEED,
    PAGE,
    PLAYLIST,
    claim_names,
    guid_for,
    read_manifest,
    write_manifest,
)
from voicecoach.export.feed_rss import feed_xml
from voicecoach.files import write_atomic, write_problem, write_text_atomic

CHAPTERS_VERSION = "1.2.0"


@dataclass(frozen=True)
class FeedResult:
    feed: Path
    episodes: int
    exported: int


def check_base_url(url: str) -> str:
    """The base URL with a trailing slash; one clear line if it isn't an http(s) URL."""
    url = url or ""
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is not a number raises here
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or re.search(r'[\x00-\x20\x7f-\x9f"<>\\^`{|}]', url)
    ):
        raise InputError(
            f"--base-url {terminal_text(repr(url))} is not a URL — give the address your "
            "phone will use, e.g. http://192.168.1.20:8000/ ('voicecoach serve' prints it)"
        )
    if parts.query or parts.fragment or "?" in url or "#" in url or parts.username is not None:
        raise InputError(
            f"--base-url {terminal_text(repr(url))} has a query, a fragment or a user name "
            "— give only the folder's address, e.g. http://192.168.1.20:8000/"
        )
    return url if url.endswith("/") else url + "/"


def mp3_chapters(path: Path) -> list[dict]:
    """The MP3's ID3 chapters as (startTime s, endTime s, title), in time order."""
    from mutagen.id3 import ID3

    chaps = sorted(ID3(str(path)).getall("CHAP"), key=lambda c: c.start_time)
    return [
        {
            "startTime": c.start_time / 1000,
            "endTime": c.end_time / 1000,
            "title": str(c.sub_frames["TIT2"].text[0]) if "TIT2" in c.sub_frames else c.element_id,
        }
        for c in chaps
    ]


def chapters_json(chapters: list[dict], cover_url: str | None = None) -> str:
    entries = [dict(c) for c in chapters]
    if cover_url:
        for c in entries:
            c["img"] = cover_url
    doc = {"version": CHAPTERS_VERSION, "chapters": entries}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def describe(routine, duration_s: float) -> str:
    names = [ex.name for ex in routine.all_exercises()]
    text = f"{len(names)} exercise{'s' * (len(names) != 1)}, {duration_s / 60:.0f} min: {', '.join(names)}."
    if routine.settings.safety:
        text += f" {routine.settings.safety}"
    return text


def make_feed(
    specs: list[str],
    outdir: Path,
    base_url: str,
    title: str = "voicecoach sessions",
    overrides: dict | None = None,
    workers: int = 2,
    force: bool = False,
    options=None,
    progress=None,
) -> FeedResult:
    """Export ``specs`` into ``outdir`` and (re)write the feed, the covers and the page."""
    from voicecoach.export.batch import export_batch, plan_jobs
    from voicecoach.export.formats import EncodeOptions
    from voicecoach.export.page import page_html

    base = check_base_url(base_url)
    outdir = Path(outdir)
    if not outdir.exists() and outdir.parent.is_dir():
        try:
            outdir.mkdir()
        except OSError as exc:
            raise WriteError(write_problem(outdir, exc)) from None
    manifest = read_manifest(outdir) if outdir.is_dir() else {"episodes": {}}
    jobs = plan_jobs(specs, outdir, ".mp3", overrides)
    replacing = claim_names(outdir, manifest, jobs, force)
    jobs = [replace_field(j, replace=replacing(j.output.name)) for j in jobs]
    results, _ = export_batch(
        jobs, options or EncodeOptions(), False, workers, progress, replace=replacing(PLAYLIST)
    )
    now = time.time()
    for i, (job, result) in enumerate(zip(jobs, results, strict=True)):
        old = manifest["episodes"].get(job.output.stem, {})
        manifest["episodes"][job.output.stem] = {
            **write_episode_files(job, result, base, overrides, replacing),
            "published": old.get("published", now - i),  # first routine on top of a new feed
            "updated": now,
        }
    manifest.update(title=title, base_url=base, generator=f"voicecoach {__version__}")
    write_atomic(outdir / COVER, lambda tmp: draw_cover(tmp, title, "voicecoach"), replacing(COVER))
    write_text_atomic(outdir / FEED, feed_xml(manifest), replacing(FEED))
    write_text_atomic(outdir / PAGE, page_html(manifest), replacing(PAGE))
    write_manifest(outdir, manifest)
    return FeedResult(outdir / FEED, len(manifest["episodes"]), len(jobs))


def write_episode_files(job, result, base: str, overrides: dict | None, replacing) -> dict:
    """An exported episode's cover and chapters file; its entry in ``episodes.json``."""
    from voicecoach.routine.find import load_spec

    stem = job.output.stem
    routine = load_spec(job.spec, overrides).routine
    chapters = mp3_chapters(job.output)
    cover = f"{stem}.png"
    write_atomic(
        job.output.parent / cover, lambda tmp: draw_cover(tmp, routine.title, stem), replacing(cover)
    )
    write_text_atomic(
        job.output.parent / f"{stem}.chapters.json",
        chapters_json(chapters, base + quote(cover)),
        replacing(f"{stem}.chapters.json"),
    )
    return {
        "guid": guid_for(stem),
        "title": routine.title,
        "description": describe(routine, result.duration_s),
        "file": job.output.name,
        "length": job.output.stat().st_size,
        "duration_s": round(result.duration_s, 3),
        "chapters": f"{stem}.chapters.json",
        "chapter_list": [{"start": c["startTime"], "title": c["title"]} for c in chapters],
        "cover": cover,
    }
