#!/usr/bin/env bash
# Runs every test: unit and API tests on PGlite; the API tests again on PostgreSQL when
# YUVA_TEST_DATABASE_URL is set; then the end-to-end tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== unit and API tests on PGlite"
npx vitest run

if [ -n "${YUVA_TEST_DATABASE_URL:-}" ]; then
  echo "== API tests on PostgreSQL (${YUVA_TEST_DATABASE_URL%%@*}@…)"
  YUVA_TEST_DB=postgres npx vitest run tests/api tests/db tests/fuzz
else
  echo "== PostgreSQL tests skipped: set YUVA_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them"
fi

if [ -n "${YUVA_TEST_DATABASE_URL:-}" ]; then
  echo "== benchmarks at a small size (full size by hand: see docs/benchmarks.md)"
  YUVA_BENCH_DATABASE_URL="$YUVA_TEST_DATABASE_URL" npm run -s bench -- --sizes 2000 --connections 1,10 --duration 2 --soak 10 | tail -n 16
  YUVA_BENCH_DATABASE_URL="$YUVA_TEST_DATABASE_URL" npm run -s bench:queries -- --size 2000 --runs 5 | tail -n 10
  YUVA_BENCH_DATABASE_URL="$YUVA_TEST_DATABASE_URL" npm run -s bench:search -- --size 5000 --queries 100 | tail -n 20
  YUVA_BENCH_DATABASE_URL="$YUVA_TEST_DATABASE_URL" npm run -s bench:exports -- --size 2000 | tail -n 8
  YUVA_BENCH_DATABASE_URL="$YUVA_TEST_DATABASE_URL" npm run -s bench:dashboard -- --size 2000 --runs 3 | tail -n 8
fi

echo "== resilience: SIGKILL during writes, two instances, backup and restore (PostgreSQL parts with YUVA_TEST_DATABASE_URL)"
npm run -s test:resilience

echo "== end-to-end tests in Chromium"
npm run -s test:e2e
