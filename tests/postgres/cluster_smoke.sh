#!/usr/bin/env bash
# cluster_smoke.sh: the PostgreSQL the suite runs against (BILLING_TEST_POSTGRES_URL, password from
# PGPASSFILE or PGPASSWORD; scripts/test starts one with scripts/lib/pg-cluster) is PostgreSQL 15,
# lets the test role create and drop a database, and refuses a wrong password.
set -euo pipefail

fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

url=${BILLING_TEST_POSTGRES_URL:-}
[ -n "$url" ] || fail "BILLING_TEST_POSTGRES_URL is not set: run the suite through scripts/test (it starts a throwaway PostgreSQL), or set it and PGPASSFILE to a server of your own"
case $url in
    postgresql://*/* | postgres://*/*) ;;
    *) fail "BILLING_TEST_POSTGRES_URL is not postgresql://USER@HOST:PORT/DB" ;;
esac

psql_bin=/usr/lib/postgresql/15/bin/psql
[ -x "$psql_bin" ] || psql_bin=$(command -v psql) || fail "no psql (install postgresql-15)"

# sql URL STATEMENT: one statement, unaligned tuples only, never a password prompt.
sql() {
    "$psql_bin" "$1" -X -w -q -A -t -v ON_ERROR_STOP=1 -c "$2"
}

version=$(sql "$url" 'SELECT version()') || fail "cannot connect to the test PostgreSQL as given by BILLING_TEST_POSTGRES_URL"
case $version in
    "PostgreSQL 15."*) printf 'server: %s\n' "$version" ;;
    *) fail "the server is not PostgreSQL 15: $version" ;;
esac

# A database of our own: created, reached and dropped with the test role (CREATEDB).
db=billing_smoke_$$_$RANDOM
base=${url%%\?*}
db_url=${base%/*}/$db${url#"$base"}
cleanup() { sql "$url" "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true; }
trap cleanup EXIT
sql "$url" "CREATE DATABASE $db" || fail "the test role cannot create a database"
[ "$(sql "$db_url" "CREATE TABLE t (v text); INSERT INTO t VALUES ('ok'); SELECT v FROM t")" = ok ] \
    || fail "cannot use the new database $db"
sql "$url" "DROP DATABASE $db" || fail "the test role cannot drop the database it created"
[ -z "$(sql "$url" "SELECT 1 FROM pg_database WHERE datname = '$db'")" ] || fail "$db is still there after DROP"
printf 'created, used and dropped database %s\n' "$db"

# Password authentication is really on: a wrong password is refused.
if refused=$(PGPASSFILE=/dev/null PGPASSWORD=wrong-$RANDOM-password sql "$url" 'SELECT 1' 2>&1); then
    fail "a wrong password was accepted (the server trusts the connection)"
fi
case $refused in
    *"password authentication failed"*) printf 'a wrong password is refused\n' ;;
    *) fail "a wrong password failed for another reason: $refused" ;;
esac
[ "$(sql "$url" 'SHOW password_encryption')" = scram-sha-256 ] || fail "password_encryption is not scram-sha-256"
