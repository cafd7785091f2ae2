#!/usr/bin/env bash
# CI: install and start PostgreSQL from Debian, create a test database, then install and run the tests.
# The corpus store tests run against it through NEWSGRAPH_TEST_PG_URL (they are skipped when it is unset).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -q "^${version} main$"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"
for _ in $(seq 1 30); do
  pg_isready -q -h localhost -p "$port" && break
  sleep 1
done

password="newsgraph-ci"
su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newsgraph') THEN
    CREATE ROLE newsgraph LOGIN PASSWORD '$password';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS newsgraph_test;
CREATE DATABASE newsgraph_test OWNER newsgraph;
SQL

# Debian's chromium for the browser tests (test/e2e), driven by playwright-core; no browser is downloaded.
if ! command -v chromium >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
export NEWSGRAPH_CHROMIUM="$(command -v chromium)"

export NEWSGRAPH_TEST_PG_URL="postgres://newsgraph:${password}@localhost:${port}/newsgraph_test"
npm cit
