#!/usr/bin/env bash
# Sets up what Deal Worksheet needs on a Debian or Ubuntu machine, and only
# what is missing:
#
#   scripts/bootstrap.sh            what the application needs (scripts/app.sh)
#   scripts/bootstrap.sh --tests    also what the tests need (scripts/test.sh)
#
# 1. a virtual environment in .venv (and Python's venv module if missing);
# 2. the project and its Python packages (PySide6-Essentials, pandas,
#    openpyxl, holidays); with --tests also pytest, pytest-qt, hypothesis
#    and PyInstaller. Each set is installed again only when pyproject.toml
#    changes, so switching between app.sh and test.sh installs nothing;
# 3. the system libraries the Qt wheel loads, found by ldd over the wheel
#    itself (scripts/system_libraries.py), and a Japanese font; with --tests
#    also LibreOffice (the Excel tests recalculate workbooks with it), Xvfb,
#    poppler-utils, binutils and Python's shared library (PyInstaller);
# 4. the window's translations, compiled from their .ts sources when these
#    are newer than the .qm files Qt loads.
#
# Silent when there is nothing to do. While installing it says what it is
# doing, with a line every 10 seconds; the output of pip and apt goes to a
# log, shown when a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."

tests=0
[ "${1:-}" = "--tests" ] && tests=1
log=$(mktemp "${TMPDIR:-/tmp}/deal-worksheet-setup.XXXXXX")
trap 'rm -f "$log"' EXIT
started=$(date +%s)
did=0

say() { printf '[setup] %s\n' "$*"; }

fail() {
    trap - EXIT
    say "FAILED: $1"
    say "the end of its output (all of it is in $log):"
    tail -n 30 "$log" | sed 's/^/    /'
    exit 1
}

# The latest sign of life in the log: apt's percentage, or pip's current package.
progress() {
    local line
    line=$(grep -a -E '^(dlstatus|pmstatus):|^(Collecting|Downloading|Installing|Building|Obtaining|Preparing)' "$log" \
        | tail -n 1 || true)
    case "$line" in
        dlstatus:*) line="downloading, $(cut -d: -f3 <<<"$line" | cut -d. -f1)% ($(cut -d: -f4- <<<"$line"))" ;;
        pmstatus:*) line="installing, $(cut -d: -f3 <<<"$line" | cut -d. -f1)% ($(cut -d: -f4- <<<"$line"))" ;;
        "Installing collected packages:"*)
            line="unpacking $(tr ',' '\n' <<<"${line#*:}" | wc -l) packages into .venv" ;;
    esac
    printf '%s' "${line:0:110}"
}

# step LABEL COMMAND...: COMMAND's output goes to the log; a line every 10 s.
# apt writes its progress to descriptor 3, into the log as well (on
# descriptor 1, among the packages' own output, a package's set-up script
# fails with "I/O error").
step() {
    local label=$1 start pid elapsed
    shift
    did=1
    say "$label"
    start=$(date +%s)
    "$@" >>"$log" 2>&1 3>>"$log" </dev/null &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            kill -0 "$pid" 2>/dev/null || break 2
            sleep 1
        done
        elapsed=$(( $(date +%s) - start ))
        printf '[setup]   %d:%02d  %s\n' $((elapsed / 60)) $((elapsed % 60)) "$(progress)"
    done
    wait "$pid" || fail "$label"
    say "  done in $(( $(date +%s) - start )) s"
}

if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "Deal Worksheet needs Python 3.11 or newer; python3 here is $(python3 -V 2>&1 || echo missing)."
    exit 1
fi
pyver=$(python3 -c 'import sys; print(f"{sys.version_info.major}.{sys.version_info.minor}")')

# -- system packages ----------------------------------------------------------

have_apt() { command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; }

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# A package by its Debian 12 name, or its renamed successor (Ubuntu 24.04
# renamed many libraries with a t64 suffix).
package_name() {
    if apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [^(]'; then
        echo "$1"
    elif apt-cache policy "$1t64" 2>/dev/null | grep -q 'Candidate: [^(]'; then
        echo "$1t64"
    else
        echo "$1"
    fi
}

updated=0
apt_install() {  # LABEL PACKAGE...
    local label=$1 sudo="" pkg names=()
    shift
    [ $# -eq 0 ] && return 0
    if ! have_apt; then
        say "not a Debian or Ubuntu system: install these yourself: $*"
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { say "installing $* needs root: run this as root or install sudo"; exit 1; }
        sudo="sudo"
    fi
    if [ "$updated" = 0 ]; then
        step "reading the package lists (apt-get update)" $sudo apt-get update
        updated=1
    fi
    for pkg in "$@"; do names+=("$(package_name "$pkg")"); done
    step "$label: ${names[*]}" $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        -o APT::Status-Fd=3 -o Dpkg::Use-Pty=0 "${names[@]}"
}

if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    apt_install "installing Python's venv module" "python${pyver}-venv"
fi

# The window's translations: each resources/translations/*.qm (a build output)
# compiled by PySide6's lrelease from its .ts when the .ts is newer.
build_translations() {
    local line
    .venv/bin/python packaging/translations.py | while read -r line; do say "$line"; done
}

# -- the virtual environment and the Python packages ---------------------------

if [ -e .venv ] && ! .venv/bin/python -c '' 2>/dev/null; then
    rm -rf .venv  # made by a Python that is gone
fi
if [ ! -x .venv/bin/python ]; then
    step "creating the virtual environment in .venv" python3 -m venv .venv
fi
pip=(.venv/bin/python -m pip install --disable-pip-version-check --no-input --progress-bar off)
recipe=$( (cat pyproject.toml; .venv/bin/python -V) | sha1sum | cut -c1-12)

if [ ! -f ".venv/.setup-app-$recipe" ]; then
    step "installing the project and its Python packages (PySide6, pandas, openpyxl, holidays: about 450 MB)" \
        "${pip[@]}" -e .
    rm -f .venv/.setup-app-*
    touch ".venv/.setup-app-$recipe"
fi
if [ "$tests" = 1 ] && [ ! -f ".venv/.setup-tests-$recipe" ]; then
    requirements=$(mktemp "${TMPDIR:-/tmp}/deal-worksheet-requirements.XXXXXX")
    .venv/bin/python - >"$requirements" <<'EOF'
import tomllib
extras = tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]
print("\n".join(extras["test"] + extras["build"]))
EOF
    step "installing the test tools (pytest, pytest-qt, hypothesis, PyInstaller)" "${pip[@]}" -r "$requirements"
    rm -f "$requirements" .venv/.setup-tests-*
    touch ".venv/.setup-tests-$recipe"
fi

# -- what the Qt wheel loads from the system, and the other tools --------------

if have_apt; then
    scan=(.venv/bin/python scripts/system_libraries.py)
    if [ "$tests" = 1 ]; then scan+=(--tests); fi
    found=$("${scan[@]}" 2>>"$log") || fail "finding the libraries Qt needs"
    libraries=()
    [ -n "$found" ] && mapfile -t libraries <<<"$found"
    extra=()
    installed fonts-ipafont-gothic || extra+=(fonts-ipafont-gothic)
    if [ "$tests" = 1 ]; then
        for pkg in libreoffice-calc-nogui xvfb xauth poppler-utils binutils; do
            installed "$pkg" || extra+=("$pkg")
        done
        python_library=$(.venv/bin/python scripts/system_libraries.py --python-library)
        [ -n "$python_library" ] && extra+=("$python_library")
    fi
    apt_install "installing the system libraries Qt loads" "${libraries[@]}"
    if [ ${#extra[@]} -gt 0 ]; then
        what="a Japanese font"
        if [ "$tests" = 1 ]; then what="a Japanese font and the test tools (LibreOffice alone is about 280 MB)"; fi
        apt_install "installing $what" "${extra[@]}"
    fi
    if [ ${#libraries[@]} -gt 0 ]; then
        missing=$(.venv/bin/python scripts/system_libraries.py --missing)
        if [ -n "$missing" ]; then
            say "Qt still cannot find: $missing"
            exit 1
        fi
    fi
fi

build_translations || fail "compiling the window's translations"

if [ "$did" = 1 ]; then
    say "ready in $(( $(date +%s) - started )) s"
fi
