"""File export: atomic writes, overwrite rules, WAV writer (other formats plug in by extension)."""

from __future__ import annotations

import os
import tempfile
import wave
from pathlib import Path
from typing import Callable, Iterable, Optional

from voicecoach import SAMPLE_RATE
from voicecoach.errors import ExportError, InputError


def check_output(path: Path, inputs: Iterable[Path], force: bool) -> None:
    """Refuse to write over an input, or over an existing file without ``force``."""
    target = Path(path)
    for source in inputs:
        if source is not None and Path(source).exists() and target.exists() and \
                os.path.samefile(source, target):
            raise InputError(f"{target}: refusing to write over the input routine — choose another output name")
    if target.is_dir():
        raise InputError(f"{target} is a directory — give a file name such as session.wav")
    if target.exists() and not force:
        raise InputError(f"{target} already exists — use --force to overwrite it, or choose another name")
    if not target.parent.exists():
        raise InputError(f"{target.parent} does not exist — create the folder first")


def write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` on a temp file beside ``path``, then rename it into place.

    On any exception (Ctrl-C included) the temp file is removed and ``path`` is untouched.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 ``text`` to ``path`` atomically."""
    write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def write_wav(path: Path, chunks: Iterable[bytes], rate: int = SAMPLE_RATE,
              progress: Optional[Callable[[int], None]] = None) -> int:
    """Stream 16-bit mono chunks into a WAV file; returns the number of samples written."""
    total = 0
    try:
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            for chunk in chunks:
                w.writeframesraw(chunk)
                total += len(chunk) // 2
                if progress:
                    progress(len(chunk) // 2)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return total
