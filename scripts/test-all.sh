#!/usr/bin/env bash
# Runs every check of the project (lint, typecheck, unit, browser, end-to-end) and ends with one
# summary line added up from the test runners' own JSON results: `tests: N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh || exit 1

results=.vitest-results
rm -rf "$results" && mkdir -p "$results"
status=0
# each step says how long it took, so a slow run shows where its time went
step() {
  local name="$1"; shift
  local started=$SECONDS
  echo "== $name"
  if ! "$@"; then echo "!! $name failed"; status=1; fi
  echo "== $name: $((SECONDS - started)) s"
}

# the typecheck runs beside lint, and its output is shown after lint's (TypeScript 7's native
# compiler: about 6 s of both cores against 30 s of one for TypeScript 6, which lint still uses)
started=$SECONDS
npm run -s typecheck > "$results/typecheck.log" 2>&1 &
typecheck=$!
step lint npx eslint . --max-warnings 0
echo "== typecheck (beside lint)"
wait "$typecheck"
typecheck_status=$?
cat "$results/typecheck.log"
if [ "$typecheck_status" -ne 0 ]; then echo "!! typecheck failed"; status=1; fi
echo "== typecheck: $((SECONDS - started)) s from the start of lint"
step unit npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/unit.json"
step browser npx vitest run --project "browser*" --reporter=default --reporter=json --outputFile.json="$results/browser.json"
step build npx vite build --logLevel warn
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" step e2e npx playwright test

node scripts/summarize-tests.mjs "$results" || status=1
exit $status
