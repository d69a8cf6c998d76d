"""Print, one per line, the requirements the installed voicecoach declares for the given
extras (``_extras.py media,test``), following its own extras (``voicecoach[neural]``).

Used by scripts/_setup.sh when the project is already installed from the same
pyproject.toml and only extras are missing: installing those packages alone skips
rebuilding the editable project (~4 s of a fresh clone's first scripts/test).
"""

import importlib.metadata
import sys

from pip._vendor.packaging.requirements import Requirement  # pip is in every venv we make


def extra_requirements(wanted: set[str]) -> list[str]:
    declared = [Requirement(r) for r in importlib.metadata.requires("voicecoach") or []]
    found, seen, todo = [], set(), sorted(wanted)
    while todo:
        extra = todo.pop()
        if extra in seen:
            continue
        seen.add(extra)
        for req in declared:
            if (
                req.marker is None
                or "extra" not in str(req.marker)
                or not req.marker.evaluate({"extra": extra})
            ):
                continue
            if req.name == "voicecoach":
                todo += sorted(req.extras)
                continue
            req.marker = None  # evaluated here, for this machine
            found.append(str(req))
    return sorted(set(found))


if __name__ == "__main__":
    print("\n".join(extra_requirements({e for e in sys.argv[1].split(",") if e})))
