#!/usr/bin/env bash
# npm run test:all — the whole suite on a fresh machine with Node 20+, Java 17, Maven and
# Debian chromium: static checks, unit tests, the integration suite against both stores
# (a real local Neo4j, started here and stopped at the end, also on failure), then the
# end-to-end tests in Chromium against the embedded store and against Neo4j.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export NEXT_TELEMETRY_DISABLED=1
results=test-reports  # not under test-results/, which Playwright empties when it starts
rm -rf "$results" && mkdir -p "$results"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

if [ ! -d node_modules ]; then
  step "Installing npm packages"
  npm ci --no-audit --no-fund
fi

step "Type check"
npx tsc --noEmit

step "Lint"
npm run --silent lint

step "Advisories in runtime dependencies"
bash scripts/audit.sh

step "Seed validation"
npm run --silent seed:check

step "Unit tests"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/unit.json"

step "Local Neo4j"
npm run --silent neo4j:start
trap 'step "Stopping Neo4j"; npm run --silent neo4j:stop || true' EXIT

step "Integration tests (embedded store and Neo4j)"
npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$results/integration.json"

step "Production build"
npx next build
node scripts/check-client-bundle.mjs

step "End-to-end tests on the embedded store"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e-memory.json" GRAPH_BACKEND=memory \
  npx playwright test --reporter=list,json

step "End-to-end tests on Neo4j"
npm run --silent seed
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e-neo4j.json" GRAPH_BACKEND=neo4j E2E_BACKEND=neo4j \
  npx playwright test --reporter=list,json

step "Summary"
node scripts/test-summary.mjs "$results"
