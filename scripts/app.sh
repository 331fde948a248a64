#!/usr/bin/env bash
# Sets everything up (first run only) and opens the window on the built-in
# example deal, or on the deal file given as the first argument.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
exec .venv/bin/deal-worksheet "$@"
