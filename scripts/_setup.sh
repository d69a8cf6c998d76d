# Shared set-up for scripts/voicecoach, scripts/test and scripts/bench (sourced, not run).
# Creates .venv on first run and re-installs when pyproject.toml changes; installs the
# system libraries the speech engine and audio output need (as root), or prints the command.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VOICECOACH_VENV:-$ROOT/.venv}"

vc_log() { printf 'voicecoach setup: %s\n' "$*" >&2; }

vc_pick_python() {
  local cand
  for cand in "${VOICECOACH_PYTHON:-}" python3 python3.13 python3.12 python3.11 python3.10; do
    [ -n "$cand" ] || continue
    if command -v "$cand" >/dev/null 2>&1 &&
       "$cand" -c 'import sys, venv; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
      command -v "$cand"; return 0
    fi
  done
  vc_log "needs Python 3.10 or newer with venv (e.g. 'sudo apt-get install python3 python3-venv')"
  return 1
}

# vc_system_packages PKG... : install missing Debian packages, or say how.
vc_system_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    vc_log "could not check system packages (no apt-get); make sure these are installed: $*"
    return 0
  fi
  if [ "$(id -u)" -eq 0 ]; then
    vc_log "installing system packages: ${missing[*]}"
    local log; log="$(mktemp -t voicecoach-apt.XXXXXX)"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >"$log" 2>&1; then
      tail -n 30 "$log" >&2
      vc_log "apt-get failed (full log: $log); install by hand: apt-get install -y ${missing[*]}"; return 1
    fi
    rm -f "$log"
  else
    vc_log "missing system packages: ${missing[*]}"
    vc_log "install them with:  sudo apt-get install -y ${missing[*]}"
    return 1
  fi
}

# vc_stamp_covers HASH EXTRAS : is there a stamp for this pyproject whose extras include EXTRAS?
vc_stamp_covers() {
  local f have want ok
  for f in "$VENV"/.voicecoach-installed-"$1"-*; do
    [ -e "$f" ] || continue
    have=",${f##*-$1-},"; ok=1
    for want in ${2//,/ }; do
      case "$have" in *",$want,"*) ;; *) ok=0 ;; esac
    done
    [ "$ok" = 1 ] && return 0
  done
  return 1
}

# vc_install_extras EXTRAS LOG : the project is installed from this pyproject.toml already;
# install only what EXTRAS add, as pip install -e again would rebuild the project.
vc_install_extras() {
  local listed reqs=()
  listed="$("$VENV/bin/python" "$ROOT/scripts/_extras.py" "$1" 2>>"$2")" || return 1
  [ -z "$listed" ] && return 0
  mapfile -t reqs <<<"$listed"
  # shellcheck disable=SC2086  # VOICECOACH_EXTRAS_PIP: pip's options for this step (scripts/test)
  vc_install "$2" ${VOICECOACH_EXTRAS_PIP:-} "${reqs[@]}"
}

# vc_install LOG PIP-ARGS... : install into the venv with uv when the venv has it, else pip.
# uv fetches and unpacks the ~80 wheels in parallel and compiles nothing: a fresh venv's install
# took 14 s instead of 30 s (docs/platform.md). pip stays the fallback: uv missing, or failing.
vc_install() {
  local log="$1"; shift
  if [ -x "$VENV/bin/uv" ]; then
    local args=() arg
    for arg in "$@"; do [ "$arg" = "--no-compile" ] || args+=("$arg"); done  # uv never compiles
    # pip again if uv fails: uv reads PyPI only, pip also the machine's own indexes (pip.conf)
    "$VENV/bin/uv" pip install --python "$VENV/bin/python" "${args[@]}" >>"$log" 2>&1 && return 0
  fi
  "$VENV/bin/python" -m pip install --disable-pip-version-check "$@" >>"$log" 2>&1
}

# vc_setup EXTRAS : venv with the project installed (editable) plus the given extras.
vc_setup() {
  local extras="$1" stamp hash py
  # libespeak-ng1: speech; libasound2-dev + gcc: simpleaudio builds from source.
  vc_system_packages libespeak-ng1 libasound2-dev ${VOICECOACH_EXTRA_DEBS:-}
  # One stamp per (pyproject.toml, extras); a venv set up with more extras serves fewer.
  hash="$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
  stamp="$VENV/.voicecoach-installed-$hash-${extras:-base}"
  vc_stamp_covers "$hash" "$extras" && return 0
  local log="$VENV/voicecoach-setup.log"
  if [ ! -x "$VENV/bin/python" ]; then
    py="$(vc_pick_python)"
    vc_log "creating $VENV with $py"
    "$py" -m venv "$VENV" >&2
    # once, with the venv: uv (from the same package index) for the installs below; without
    # it, an up-to-date pip. A venv that only gains extras keeps what it has.
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check uv >"$log" 2>&1 ||
      "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >>"$log" 2>&1 || true
  fi
  vc_log "installing voicecoach${extras:+ [$extras]} into $VENV (first run only)"
  # pip's and setuptools' output goes to a log, shown only when the install fails.
  if ! { compgen -G "$VENV/.voicecoach-installed-$hash-*" >/dev/null && vc_install_extras "$extras" "$log"; } &&
     ! vc_install "$log" -e "$ROOT$([ -n "$extras" ] && echo "[$extras]")"; then
    tail -n 30 "$log" >&2
    vc_log "installing failed (full log: $log)"
    return 1
  fi
  vc_log "installed (log: $log)"
  # The natural voice's prepared copy (graph optimized once): the first play starts as fast as later ones.
  case ",$extras," in *,neural,*)
    if "$VENV/bin/python" -m voicecoach.speech.piper_engine >>"$log" 2>&1; then
      vc_log "prepared the natural voice"
    fi ;;
  esac
  find "$VENV" -maxdepth 1 -name '.voicecoach-installed-*' ! -name ".voicecoach-installed-$hash-*" -delete
  touch "$stamp"
}
