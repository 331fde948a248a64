#!/usr/bin/env bash
# Sets everything up (first run only) and runs the whole test suite headless.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --tests
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
