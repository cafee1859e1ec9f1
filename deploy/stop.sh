#!/usr/bin/env bash
# Stops what deploy/start.sh started: nginx, then the nodes (SIGTERM; SIGKILL after STOP_SECONDS), and removes their
# pid files. Data, logs, the published site and the database stay.
#
#   deploy/stop.sh [--postgres]
#
# --postgres also stops the PostgreSQL cluster (pg_ctlcluster … stop), which other programs may be using.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

stop_postgres=0
for argument in "$@"; do
    case "$argument" in
        --postgres) stop_postgres=1 ;;
        -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) fail "unknown argument: $argument (try --help)" ;;
    esac
done

stop_pid "$NGINX_DIR/nginx.pid" "$NGINX_DIR" "nginx 127.0.0.1:$PROXY_PORT"
read -r -a ports <<<"$NODE_PORTS"
for port in "${ports[@]}"; do
    stop_pid "$(node_dir "$port")/node.pid" "$PUBLISH_DIR/Cms.Web.dll" "node 127.0.0.1:$port"
done

if [[ "$stop_postgres" == 1 ]]; then
    cluster=$(pg_cluster)
    if [[ "$(pg_field "$cluster" 4)" == online ]]; then
        # shellcheck disable=SC2086 # "15 main" is two arguments
        pg_ctlcluster $cluster stop && say "PostgreSQL $cluster: stopped"
    else
        say "PostgreSQL $cluster: not running"
    fi
fi
