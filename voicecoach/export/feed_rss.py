"""``feed.xml``: RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, from ``episodes.json``.

Every URL is under the feed's base URL (names quoted); texts are made safe for XML, and an
episode's description is escaped as HTML too (podcast apps read it as HTML). The feed is
``podcast:locked``: private, not to be imported by a hosting service.
"""

from __future__ import annotations

import uuid
from email.utils import formatdate
from urllib.parse import quote
from xml.etree import ElementTree as ET

from voicecoach.escape import html_text, xml_text
from voicecoach.export.feed_files import COVER, FEED, GUID_NAMESPACE
from voicecoach.export.page import ordered

NS = {
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "podcast": "https://podcastindex.org/namespace/1.0",
    "atom": "http://www.w3.org/2005/Atom",
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
