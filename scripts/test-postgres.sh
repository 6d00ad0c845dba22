#!/usr/bin/env bash
# The whole integration suite against PostgreSQL, plus the two-app-server test:
#   bash scripts/test-postgres.sh [jest-json-output]
# Each test file gets its own throwaway database (dropped afterwards) on TEST_DATABASE_URL's server.
# The two-server test uses the production build in $NEXT_DIST_DIR (default .next-e2e; built when missing).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-postgres.sh || exit 1
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
out=()
if [ -n "${1:-}" ]; then out=(--json "--outputFile=$1"); fi
# A round trip per query makes the seed-heavy tests slower than on SQLite, more so on a busy machine.
exec node_modules/.bin/jest --selectProjects integration servers --testTimeout=30000 "${out[@]}"
