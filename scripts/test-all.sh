#!/usr/bin/env bash
# Every check and test, in the order a failure is cheapest to find: `npm test`.
# Ends with one line "N passed, N failed" adding up Jest and Playwright.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
RESULTS=.jest-results
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
status=0

step() { echo "::: $1"; shift; "$@" || { echo "::: FAILED: $*"; status=1; }; }

step "versions" node scripts/check-versions.mjs
step "lint" node_modules/.bin/eslint .
step "format" node_modules/.bin/prettier --check .
step "typecheck" node_modules/.bin/tsc --noEmit
step "unit + integration (SQLite)" node_modules/.bin/jest --json --outputFile="$RESULTS/jest.json"
export NEXT_DIST_DIR=.next-e2e
step "build" node_modules/.bin/next build
# After the build: its two-app-server test runs `next start` on that build.
if [ "${SITREP_TEST_POSTGRES:-auto}" != "off" ] && [ -f scripts/test-postgres.sh ]; then
  step "integration + two app servers (PostgreSQL)" bash scripts/test-postgres.sh "$RESULTS/jest-postgres.json"
fi
step "e2e (Chromium)" node_modules/.bin/playwright test

node scripts/tally-results.mjs "$RESULTS" || status=1
exit $status
