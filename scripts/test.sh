#!/usr/bin/env bash
# Install everything the tests need (CPU torch first), then lint, type-check and test.
# This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q torch==2.13.0
python -m pip install -q -e ".[dev]"
ruff check verifier tests scripts
mypy
python -m pytest "$@"
