#!/usr/bin/env bash
# Sets up everything the application and its tests need on a fresh
# Debian/Ubuntu machine: the system libraries Qt and the tests use (only
# when missing), a virtual environment in .venv, and the project in it.
# Safe to run again: each step is skipped when already done.
#
#   scripts/bootstrap.sh            what the application needs
#   scripts/bootstrap.sh --tests    also what the whole test suite needs
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--tests" ] && want_tests=1

say() { printf '[setup] %s\n' "$*"; }

# Debian package -> a file whose presence shows it is installed.
missing_packages() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
    done
}

apt_install() {
    local need
    need=$(missing_packages "$@")
    [ -z "$need" ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        say "not a Debian/Ubuntu system: install these yourself: $need"
        return 0
    fi
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    say "installing system packages: $need"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $need >/dev/null
}

if command -v apt-get >/dev/null 2>&1; then
    # Python's venv module, and what Qt's xcb platform plugin loads to show
    # a real window; a Japanese font so company names do not render as boxes.
    pkgs=(python3-venv libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0
          libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
          libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
          fonts-ipafont-gothic)
    if [ "$want_tests" = 1 ]; then
        # The Excel tests recalculate workbooks with a real spreadsheet engine;
        # the screenshot and packaging tests need a virtual screen and the
        # PDF-to-PNG converter.
        pkgs+=(libreoffice-calc-nogui xvfb xauth poppler-utils binutils)
    fi
    # python3-venv is only needed when the interpreter lacks ensurepip.
    if python3 -c "import ensurepip, venv" 2>/dev/null; then
        pkgs=("${pkgs[@]:1}")
    fi
    apt_install "${pkgs[@]}"
fi

# The window's translations: each resources/translations/*.qm (a build output)
# compiled by PySide6's lrelease from its .ts when the .ts is newer.
build_translations() {
    local line
    .venv/bin/python packaging/translations.py | while read -r line; do say "$line"; done
}

if [ ! -x .venv/bin/python ]; then
    say "creating the virtual environment in .venv"
    python3 -m venv .venv
fi
extras="test"
[ "$want_tests" = 1 ] && extras="test,build"
stamp=".venv/.installed-$(cat pyproject.toml | sha1sum | cut -c1-12)-$extras"
if [ ! -f "$stamp" ]; then
    say "installing the project and its Python dependencies"
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    .venv/bin/python -m pip install -q -e ".[$extras]"
    rm -f .venv/.installed-*
    touch "$stamp"
fi
build_translations
say "ready"
