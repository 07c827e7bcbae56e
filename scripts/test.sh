#!/usr/bin/env bash
# The whole suite: lint, types, layer contracts, front-end tests, pytest on SQLite, then the
# database tests again on PostgreSQL when one answers. Ends with the databases exercised.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

echo "== lint, format, types, layers"
$BIN/ruff check .
$BIN/ruff format --check .
$BIN/mypy
$BIN/lint-imports

echo "== learning content: every rule, and the counts"
$BIN/pix content check

echo "== the typed API client matches the committed OpenAPI spec"
generated=$(mktemp --suffix=.d.ts)
(cd frontend-shared && npx --no-install openapi-typescript ../openapi/openapi.json -o "$generated" >/dev/null)
if ! diff -q "$generated" frontend-shared/src/api/schema.d.ts >/dev/null; then
  echo "frontend-shared/src/api/schema.d.ts is stale: run 'make openapi' and commit it." >&2
  exit 1
fi
rm -f "$generated"

echo "== front ends: type-check and build, then unit tests (shared package, learner app, Orga)"
npm run --silent build --workspaces
npm test --silent --workspaces

echo "== pytest on SQLite (with browser tests)"
env -u PIX_TEST_DATABASE_URL $BIN/pytest
exercised="SQLite"

pg_url="${PIX_TEST_DATABASE_URL:-postgresql+asyncpg://postgres@127.0.0.1:5432/postgres}"
if $BIN/python scripts/database_reachable.py "$pg_url"; then
  echo "== pytest -m db on PostgreSQL"
  PIX_TEST_DATABASE_URL="$pg_url" $BIN/pytest -m db
  exercised="$exercised, PostgreSQL"
elif [ "${CI:-}" = "true" ]; then
  echo "PostgreSQL is not reachable at $pg_url and CI=true: failing." >&2
  exit 1
else
  echo "PostgreSQL not reachable at $pg_url: skipped."
fi
echo "Databases exercised: $exercised"
