#!/usr/bin/env bash
# Runs a CLI verb of the published site against the deployment's database (see "CLI verbs" in the README), e.g.
#   echo 'a long password' | deploy/cli.sh users add --email you@example.org --role admin
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

[[ -f "$PUBLISH_DIR/Cms.Web.dll" ]] || fail "nothing published yet: run deploy/start.sh first"
[[ -s "$PASSWORD_FILE" ]] || fail "no database password in $PASSWORD_FILE: run deploy/start.sh first"
pg_port=$(pg_field "$(pg_cluster)" 3)
mkdir -p "$DEPLOY_DIR/cli/data"
cd "$PUBLISH_DIR"
exec env ASPNETCORE_ENVIRONMENT=Production \
    Cms__Database__Provider=Postgres \
    ConnectionStrings__Cms="Host=127.0.0.1;Port=$pg_port;Database=$DB_NAME;Username=$DB_USER;Password=$(<"$PASSWORD_FILE")" \
    Cms__DataDirectory="$DEPLOY_DIR/cli/data" \
    Cms__ContentDirectory="$ROOT/content" \
    dotnet "$PUBLISH_DIR/Cms.Web.dll" "$@"
