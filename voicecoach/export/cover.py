"""A feed's cover art, drawn by the program (Pillow): a square PNG, a gradient in two calm
colours picked by the routine's name (the same on every run), its title large and the app's
name small. Square and 1400 px, as Apple Podcasts wants.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

COVER_SIZE = 1400  # Apple Podcasts wants square art of 1400 to 3000 px


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
