# Settings and helpers shared by deploy/start.sh, deploy/stop.sh and bench/http/nodes.sh (sourced, not run).
# Every setting can be overridden from the environment; see "Several nodes" in the README.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEPLOY_DIR=${DEPLOY_DIR:-$ROOT/deploy/.state}
NODE_PORTS=${NODE_PORTS:-5101 5102}
PROXY_PORT=${PROXY_PORT:-8080}
DB_NAME=${DB_NAME:-cms}
DB_USER=${DB_USER:-cms_site}
NGINX=${NGINX:-/usr/sbin/nginx}
READY_SECONDS=${READY_SECONDS:-180}
STOP_SECONDS=${STOP_SECONDS:-30}
NODE_ENV=${NODE_ENV:-}

PUBLISH_DIR="$DEPLOY_DIR/publish"
NGINX_DIR="$DEPLOY_DIR/nginx"
PASSWORD_FILE="$DEPLOY_DIR/db-password"

say() { printf '%s\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

node_dir() { printf '%s/node-%s' "$DEPLOY_DIR" "$1"; }

# The PostgreSQL cluster: PG_CLUSTER="15 main", else the only (or first) one pg_lsclusters lists.
pg_cluster() {
    if [[ -n "${PG_CLUSTER:-}" ]]; then printf '%s\n' "$PG_CLUSTER"; return; fi
    command -v pg_lsclusters >/dev/null || fail "pg_lsclusters not found: install postgresql (Debian: apt-get install postgresql)"
    local first
    first=$(pg_lsclusters -h | awk 'NR == 1 { print $1, $2 }')
    [[ -n "$first" ]] || fail "pg_lsclusters lists no PostgreSQL cluster; create one (pg_createcluster 15 main) or set PG_CLUSTER"
    printf '%s\n' "$first"
}

pg_field() { # pg_field "15 main" COLUMN (3 port, 4 status)
    local version name
    read -r version name <<<"$1"
    pg_lsclusters -h | awk -v v="$version" -v n="$name" -v f="$2" '$1 == v && $2 == n { print $f }'
}

# Runs a command as the database superuser (peer authentication over the local socket).
as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    elif [[ $(id -un) == postgres ]]; then
        "$@"
    else
        sudo -n -u postgres -- "$@" || fail "cannot act as the postgres user: run as root, as postgres, or allow sudo -u postgres"
    fi
}

psql_admin() { # psql_admin PORT ARGS…: psql as the superuser, stopping at the first error
    local port=$1; shift
    as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres "$@"
}

# Whether the process in a pid file is alive and is what the file says (a reused pid of another program is not).
pid_alive() { # pid_alive FILE PATTERN
    local pid
    [[ -f "$1" ]] || return 1
    pid=$(<"$1")
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Stops the process of a pid file: SIGTERM, then SIGKILL after STOP_SECONDS; removes the file.
stop_pid() { # stop_pid FILE PATTERN NAME
    local file=$1 pattern=$2 name=$3 pid
    if ! pid_alive "$file" "$pattern"; then
        if [[ -f "$file" ]]; then say "$name: not running (removed a stale pid file)"; rm -f "$file"; else say "$name: not running"; fi
        return 0
    fi
    pid=$(<"$file")
    kill -TERM "$pid"
    for _ in $(seq 1 $((STOP_SECONDS * 10))); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "$name: still running after ${STOP_SECONDS}s, killing pid $pid"
        kill -KILL "$pid" 2>/dev/null || true
    else
        say "$name: stopped (pid $pid)"
    fi
    rm -f "$file"
}
