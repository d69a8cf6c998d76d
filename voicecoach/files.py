"""File export: atomic writes, overwrite rules, WAV writer (other formats plug in by extension)."""

from __future__ import annotations

import errno
import os
import tempfile
import wave
from collections.abc import Callable, Iterable
from pathlib import Path

from voicecoach import SAMPLE_RATE
from voicecoach.errors import ExportError, InputError, WriteError

MUSIC_SUFFIXES = (".mp3", ".ogg", ".oga", ".flac", ".wav", ".m4a", ".aac", ".opus")


def check_output(path: Path, inputs: Iterable[Path], force: bool) -> None:
    """Refuse to write over an input (a routine, an article, a music file, even with ``force``),
    or over an existing file without ``force``."""
    target = Path(path)
    for source in inputs:
        if (
            source is not None
            and Path(source).exists()
            and target.exists()
            and os.path.samefile(source, target)
        ):
            what = "music file" if Path(source).suffix.lower() in MUSIC_SUFFIXES else "routine"
            raise InputError(
                f"{target}: refusing to write over the input {what} — choose another output name"
            )
    if target.is_dir():
        raise InputError(f"{target} is a directory — give a file name such as session.wav")
    if target.exists() and not force:
        raise InputError(f"{target} already exists — use --force to overwrite it, or choose another name")
    if not target.parent.exists():
        raise InputError(f"{target.parent} does not exist — create the folder first")


TEMP_SUFFIX = ".part"


def write_atomic(path: Path, write: Callable[[Path], object], replace: bool = True) -> None:
    """Call ``write(tmp)`` on a temp file beside ``path``, then move it into place.

    With ``replace`` False the move is exclusive: the file appears only if nothing is at
    ``path`` at that moment (a hard link, which fails if the name is taken, then the temp
    name is removed), else ExportError and whatever is at ``path`` is kept. On any
    exception (Ctrl-C, SIGTERM and SIGHUP included, see ``cli.main``) the temp file is
    removed; a killed process's temp files (named with its pid) are removed by the next
    write into the same folder. Every OSError becomes one WriteError line naming ``path``.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        sweep_stale_parts(folder)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=folder)
        os.close(fd)
    except OSError as exc:
        raise WriteError(write_problem(path, exc)) from None
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)
        if replace:
            os.replace(tmp, path)
        else:
            _move_exclusive(tmp, path)
    except WriteError:
        raise
    except OSError as exc:
        raise WriteError(write_problem(path, exc)) from None
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass


def _move_exclusive(tmp: str, path: Path) -> None:
    """Give ``tmp``'s file the name ``path`` only if that name is free (the caller unlinks ``tmp``)."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise ExportError(
            f"{path} appeared while this was being written — it was kept and "
            "nothing was written; choose another name, or use --force to replace it"
        ) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS):
            raise
        _rename_noreplace(tmp, path)  # a file system without hard links (FAT, some FUSE)


def _rename_noreplace(tmp: str, path: Path) -> None:
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    at_fdcwd, rename_noreplace = -100, 1
    if libc.renameat2(at_fdcwd, os.fsencode(tmp), at_fdcwd, os.fsencode(str(path)), rename_noreplace) != 0:
        code = ctypes.get_errno()
        if code == errno.EEXIST:
            raise FileExistsError(code, os.strerror(code), str(path))
        raise OSError(code, os.strerror(code), str(path))


_swept: set[str] = set()


def sweep_stale_parts(folder: Path) -> None:
    """Remove the temp files of processes that were killed while writing into ``folder``;
    once per folder and process (a speech cache folder gets thousands of writes)."""
    key = os.path.abspath(folder)
    if key in _swept:
        return
    _swept.add(key)
    try:
        names = [n for n in os.listdir(folder) if n.startswith(".") and n.endswith(TEMP_SUFFIX)]
    except OSError:
        return
    for name in names:
        pid = name[: -len(TEMP_SUFFIX)].rsplit(".", 2)
        if len(pid) == 3 and pid[1].isdigit() and not alive(int(pid[1])):
            try:
                os.unlink(folder / name)
            except OSError:
                pass


def alive(pid: int) -> bool:
    """Whether process ``pid`` runs (one of another user's counts; a zombie, killed but not
    yet reaped by its parent, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True  # no /proc: kill's answer


def write_problem(path: Path, exc: BaseException) -> str:
    """One line for a write that failed: what happened to ``path`` and what to do."""
    code = getattr(exc, "errno", None)
    folder = Path(path).parent if str(Path(path).parent) else Path(".")
    if code is None:
        try:  # libsndfile says only "System error."
            code = errno.ENOSPC if os.statvfs(folder).f_bavail == 0 else None
        except OSError:
            pass
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"cannot write {path}: the disk is full — free some space, or choose another folder"
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"cannot write {path}: the folder {folder} is read-only for you — choose another folder"
    reason = getattr(exc, "strerror", None) or str(exc) or exc.__class__.__name__
    return f"cannot write {path}: {reason} — choose another folder"


def write_text_atomic(path: Path, text: str, replace: bool = True) -> None:
    """Write UTF-8 ``text`` to ``path`` atomically (``replace``: as in ``write_atomic``)."""
    write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"), replace)


def write_wav(
    path: Path,
    chunks: Iterable[bytes],
    rate: int = SAMPLE_RATE,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Stream 16-bit mono chunks into a WAV file; returns the number of samples written.
    An OSError passes through (``write_atomic`` names the final file in its message)."""
    total = 0
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        for chunk in chunks:
            w.writeframesraw(chunk)
            total += len(chunk) // 2
            if progress:
                progress(len(chunk) // 2)
    return total
