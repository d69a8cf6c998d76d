"""A private podcast feed of your sessions: MP3s with chapters, a cover each, ``feed.xml`` and a page.

``make_feed`` exports every routine into one folder (export.batch: parallel
workers, MP3 with ID3 chapters) and writes beside the audio, each atomically:

- ``NAME.chapters.json``: the MP3's own chapters (read back from its ID3 CHAP
  frames) in the Podcasting 2.0 JSON chapters format, version 1.2.0;
- ``NAME.png``: a cover made by the program (Pillow), and ``cover.png`` for the feed;
- ``episodes.json``: the feed's memory — one entry per routine file name, so a
  re-run updates an episode in place: same GUID (derived from the name, never
  from the time), same first-published date, new length and chapters;
- ``feed.xml``: RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, every URL
  under ``--base-url``;
- ``index.html``: the page for a phone's browser (export.page).

Files the feed made itself are replaced on a re-run; any other existing file of
the same name needs ``--force``. ``episodes.json`` lists them under ``files``
before any is written, so a run that was killed or failed (a full disk) is
completed by the next run without ``--force``.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import uuid
from dataclasses import dataclass
from dataclasses import replace as replace_field
from email.utils import formatdate
from pathlib import Path
from urllib.parse import quote, urlsplit
from xml.etree import ElementTree as ET

from voicecoach import __version__
from voicecoach.errors import InputError, WriteError
from voicecoach.escape import html_text, terminal_text, xml_text
from voicecoach.export.page import ordered
from voicecoach.files import check_output, write_atomic, write_problem, write_text_atomic

MANIFEST = "episodes.json"
FEED = "feed.xml"
PAGE = "index.html"
COVER = "cover.png"
PLAYLIST = "playlist.m3u"  # written by export.batch
COVER_SIZE = 1400  # Apple Podcasts wants square art of 1400 to 3000 px
CHAPTERS_VERSION = "1.2.0"
NS = {
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "podcast": "https://podcastindex.org/namespace/1.0",
    "atom": "http://www.w3.org/2005/Atom",
}
GUID_NAMESPACE = uuid.UUID("6f0b6d1e-5c55-4a8e-9a49-766f69636563")


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


def clock(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


def feed_xml(manifest: dict) -> str:
    """RSS 2.0 + itunes + podcast namespaces for every episode in ``manifest``."""
    for prefix, uri in NS.items():
        ET.register_namespace(prefix, uri)
    it, pc = f"{{{NS['itunes']}}}", f"{{{NS['podcast']}}}"
    base, title = manifest["base_url"], manifest["title"]
    rss = ET.Element("rss", {"version": "2.0"})
    ch = ET.SubElement(rss, "channel")

    def sub(parent, tag, content=None, **attrs):
        el = ET.SubElement(parent, tag, {k: xml_text(str(v)) for k, v in attrs.items()})
        if content is not None:
            el.text = xml_text(str(content))
        return el

    sub(ch, "title", title)
    sub(ch, "link", base)
    sub(
        ch,
        "description",
        "Guided exercise sessions made with voicecoach: one episode per routine, "
        "with a chapter per exercise.",
    )
    sub(ch, "language", "en")
    sub(ch, "generator", manifest.get("generator", "voicecoach"))
    sub(ch, f"{{{NS['atom']}}}link", href=base + FEED, rel="self", type="application/rss+xml")
    sub(ch, it + "author", "voicecoach")
    sub(ch, it + "image", href=base + COVER)
    sub(ch, it + "explicit", "false")
    sub(ch, it + "type", "episodic")
    sub(ch, it + "category", text="Health & Fitness")
    sub(ch, pc + "locked", "yes")  # a private feed: not to be imported by a hosting service
    sub(ch, pc + "guid", str(uuid.uuid5(GUID_NAMESPACE, "feed:" + title)))
    image = sub(ch, "image")
    sub(image, "url", base + COVER)
    sub(image, "title", title)
    sub(image, "link", base)
    for ep in ordered(manifest):
        item = sub(ch, "item")
        sub(item, "title", ep["title"])
        sub(item, "description", html_text(ep["description"]))  # read as HTML by podcast apps
        sub(item, it + "summary", ep["description"])  # plain text by definition
        sub(item, "enclosure", url=base + quote(ep["file"]), length=ep["length"], type="audio/mpeg")
        sub(item, "guid", ep["guid"], isPermaLink="false")
        sub(item, "pubDate", formatdate(ep["published"], usegmt=True))
        sub(item, it + "duration", clock(ep["duration_s"]))
        sub(item, it + "image", href=base + quote(ep["cover"]))
        sub(item, it + "episodeType", "full")
        sub(item, pc + "chapters", url=base + quote(ep["chapters"]), type="application/json+chapters")
    ET.indent(rss)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(rss, encoding="unicode") + "\n"


def _palette(key: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """Two calm colours picked by the routine's name (stable across runs)."""
    import colorsys

    hue = int(hashlib.sha256(key.encode()).hexdigest()[:4], 16) / 0xFFFF

    def rgb(h: float, s: float, v: float) -> tuple[int, int, int]:
        r, g, b = colorsys.hsv_to_rgb(h, s, v)
        return int(r * 255), int(g * 255), int(b * 255)

    return rgb(hue, 0.45, 0.55), rgb((hue + 0.08) % 1, 0.55, 0.30)


def draw_cover(path: Path, title: str, key: str) -> None:
    """A square PNG: a vertical gradient in the routine's colours, its title large, the app's name small."""
    import textwrap

    from PIL import Image, ImageDraw, ImageFont

    size = COVER_SIZE
    top, bottom = _palette(key)
    img = Image.linear_gradient("L").resize((size, size))
    img = Image.composite(Image.new("RGB", (size, size), bottom), Image.new("RGB", (size, size), top), img)
    draw = ImageDraw.Draw(img)
    for r, alpha in ((520, 40), (380, 30)):  # two soft rings: a breathing motif
        draw.ellipse(
            (size - r - 120, 120 - r // 3, size + r - 120, 120 + r * 5 // 3),
            outline=(255, 255, 255),
            width=6 if alpha > 30 else 4,
        )
    font = ImageFont.load_default(size=130)
    small = ImageFont.load_default(size=64)
    lines = textwrap.wrap(title, width=16)[:5] or ["voicecoach"]
    y = size - 220 - 150 * len(lines)
    for line in lines:
        draw.text((110, y), line, font=font, fill=(255, 255, 255))
        y += 150
    draw.text((110, size - 170), "voicecoach", font=small, fill=(235, 235, 235))
    img.save(path, format="PNG", optimize=True)
