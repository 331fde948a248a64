#!/usr/bin/env bash
# Sets everything up (first run only) and opens the window on the built-in
# example deal, or on the deal file given as the first argument.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ] && [ "$(uname)" = Linux ]; then
    picture="$PWD/deal-worksheet-window.png"
    echo "[app] No display here (DISPLAY is not set): the window needs a desktop session, or ssh -X."
    echo "[app] Opening it on an off-screen display instead, to show that it starts."
    QT_QPA_PLATFORM=offscreen DEAL_WORKSHEET_SCREENSHOT="$picture" .venv/bin/deal-worksheet "$@"
    exit $?
fi
exec .venv/bin/deal-worksheet "$@"
