"""Chapters and tags in exported files (mutagen): ID3 CHAP/CTOC for MP3, Vorbis comments for OGG/FLAC/Opus.

A chapter per exercise, titled with its name, starting at the exercise's first
cue. Chapter times are timeline times: the MP3 carries gapless info (see
mp3info), so decoders trim the encoder delay and the audio starts at time 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from voicecoach import __version__
from voicecoach.timeline import Timeline, format_clock_ms

ARTIST = "voicecoach"
ALBUM = "voicecoach sessions"


@dataclass(frozen=True)
class Chapter:
    title: str
    start_s: float
    end_s: float


@dataclass(frozen=True)
class Tags:
    title: str
    chapters: tuple[Chapter, ...]
    duration_s: float

    @property
    def comment(self) -> str:
        return (
            f"voicecoach {__version__} session: {len(self.chapters)} exercises, "
            f"{self.duration_s / 60:.0f} min"
        )


def tags_for(timeline: Timeline) -> Tags:
    """Title and one chapter per exercise, each lasting until the next one (the last: to the end)."""
    starts = timeline.exercise_starts()
    bounds = [s / timeline.sample_rate for _, _, s in starts] + [timeline.duration_s]
    chapters = tuple(Chapter(name, bounds[i], bounds[i + 1]) for i, (_, name, _) in enumerate(starts))
    return Tags(timeline.title or "voicecoach session", chapters, timeline.duration_s)


def write_id3(path: Path, fmt, tags: Tags) -> None:
    """ID3v2.4 tags with CHAP/CTOC chapters, in place (call it on the temp file)."""
    from mutagen.id3 import CHAP, COMM, CTOC, ID3, TALB, TIT2, TPE1, TSSE, CTOCFlags

    id3 = ID3()
    id3.add(TIT2(encoding=3, text=tags.title))
    id3.add(TPE1(encoding=3, text=ARTIST))
    id3.add(TALB(encoding=3, text=ALBUM))
    id3.add(COMM(encoding=3, lang="eng", desc="", text=tags.comment))
    id3.add(TSSE(encoding=3, text=f"voicecoach {__version__} (LAME via lameenc)"))
    ids = [f"chp{i}" for i in range(1, len(tags.chapters) + 1)]
    id3.add(
        CTOC(
            element_id="toc",
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=ids,
            sub_frames=[TIT2(encoding=3, text=tags.title)],
        )
    )
    for cid, ch in zip(ids, tags.chapters, strict=True):
        id3.add(
            CHAP(
                element_id=cid,
                start_time=int(round(ch.start_s * 1000)),
                end_time=int(round(ch.end_s * 1000)),
                sub_frames=[TIT2(encoding=3, text=ch.title)],
            )
        )
    id3.save(str(path), v2_version=4)
    order_chapter_frames(path)


def order_chapter_frames(path: Path) -> None:
    """Put the CHAP frames of the file's ID3v2.4 tag in time order, in place.

    mutagen orders frames by size; ffmpeg (5.x) lists chapters in file order, so
    players built on it would show them shuffled. Frame sizes don't change.
    """
    with open(path, "r+b") as f:
        head = f.read(10)
        if head[:3] != b"ID3" or head[3] != 4:
            return
        size = _syncsafe(head[6:10])
        body = f.read(size)
        frames, pos = [], 0
        while pos + 10 <= len(body) and body[pos : pos + 4] != bytes(4):
            end = pos + 10 + _syncsafe(body[pos + 4 : pos + 8])
            frames.append(body[pos:end])
            pos = end
        slots = [i for i, fr in enumerate(frames) if fr[:4] == b"CHAP"]
        chaps = sorted((frames[i] for i in slots), key=_chap_start)
        for i, fr in zip(slots, chaps, strict=True):
            frames[i] = fr
        f.seek(10)
        f.write(b"".join(frames))


def _syncsafe(b: bytes) -> int:
    return (b[0] << 21) | (b[1] << 14) | (b[2] << 7) | b[3]


def _chap_start(frame: bytes) -> int:
    """Start time (ms) of a CHAP frame: after the 10-byte header and the NUL-terminated element id."""
    at = frame.index(b"\0", 10) + 1
    return int.from_bytes(frame[at : at + 4], "big")


def write_vorbis_comments(path: Path, fmt, tags: Tags) -> None:
    """Vorbis comments with CHAPTERnnn chapters (OGG, FLAC, Opus), in place."""
    from mutagen.flac import FLAC
    from mutagen.oggopus import OggOpus
    from mutagen.oggvorbis import OggVorbis

    kinds: dict[str, type[FLAC | OggOpus | OggVorbis]] = {".flac": FLAC, ".opus": OggOpus}
    audio = kinds.get(fmt.suffix, OggVorbis)(str(path))
    audio["TITLE"] = tags.title
    audio["ARTIST"] = ARTIST
    audio["ALBUM"] = ALBUM
    audio["COMMENT"] = tags.comment
    for i, ch in enumerate(tags.chapters, 1):
        audio[f"CHAPTER{i:03d}"] = format_clock_ms(ch.start_s)
        audio[f"CHAPTER{i:03d}NAME"] = ch.title
    audio.save()
