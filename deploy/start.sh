#!/usr/bin/env bash
# Starts the site as several nodes on this machine, everything on loopback:
#   PostgreSQL (Debian's cluster) → two Kestrel nodes (127.0.0.1:5101, :5102) → nginx on 127.0.0.1:8080.
#
#   deploy/start.sh [--publish]
#
# Idempotent: what already runs is left running; run it again after a crash to start what is missing. The site is
# published once into the state directory; --publish (or REPUBLISH=1) publishes the working tree again (stop the
# nodes first). State (database password, published site, node data directories, logs, pid files, nginx config) is
# in DEPLOY_DIR (default deploy/.state, not in git). Stop with deploy/stop.sh. Overrides: see deploy/common.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

republish=${REPUBLISH:-0}
for argument in "$@"; do
    case "$argument" in
        --publish) republish=1 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) fail "unknown argument: $argument (try --help)" ;;
    esac
done

read -r -a ports <<<"$NODE_PORTS"
[[ ${#ports[@]} -ge 1 ]] || fail "NODE_PORTS is empty"
command -v dotnet >/dev/null || fail "dotnet not found"
[[ -x "$NGINX" ]] || fail "nginx not found at $NGINX (set NGINX=…)"
mkdir -p "$DEPLOY_DIR"

# --- PostgreSQL ---------------------------------------------------------------------------------------------------
cluster=$(pg_cluster)
[[ -n "$(pg_field "$cluster" 1)" ]] || fail "no PostgreSQL cluster '$cluster' (pg_lsclusters lists: $(pg_lsclusters -h | awk '{ printf "%s %s; ", $1, $2 }'))"
if [[ "$(pg_field "$cluster" 4)" != online ]]; then
    say "starting PostgreSQL $cluster…"
    # shellcheck disable=SC2086 # "15 main" is two arguments
    pg_ctlcluster $cluster start || fail "pg_ctlcluster $cluster start failed (see $(pg_field "$cluster" 7))"
else
    say "PostgreSQL $cluster: already running"
fi
pg_port=$(pg_field "$cluster" 3)

if [[ ! -s "$PASSWORD_FILE" ]]; then
    (umask 077; openssl rand -hex 24 >"$PASSWORD_FILE")
    say "generated the database password (kept in $PASSWORD_FILE)"
fi
password=$(<"$PASSWORD_FILE")
# The role gets the kept password every time, so a state directory made afresh still matches the role.
psql_admin "$pg_port" -v role="$DB_USER" -v password="$password" -v db="$DB_NAME" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'role', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'role')
    WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SQL
owner=$(psql_admin "$pg_port" -At -v db="$DB_NAME" <<<"SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :'db'")
[[ "$owner" == "$DB_USER" ]] || fail "database $DB_NAME belongs to $owner, not $DB_USER: set DB_NAME (or DB_USER) to use another"
say "database $DB_NAME (role $DB_USER) on 127.0.0.1:$pg_port: ready"
connection="Host=127.0.0.1;Port=$pg_port;Database=$DB_NAME;Username=$DB_USER;Password=$password"

# --- publish ------------------------------------------------------------------------------------------------------
if [[ "$republish" == 1 || ! -f "$PUBLISH_DIR/Cms.Web.dll" ]]; then
    for port in "${ports[@]}"; do
        if pid_alive "$(node_dir "$port")/node.pid" "$PUBLISH_DIR/Cms.Web.dll"; then
            fail "the node on $port runs from $PUBLISH_DIR; stop the nodes (deploy/stop.sh) before publishing again"
        fi
    done
    say "publishing src/Cms.Web (Release) to $PUBLISH_DIR…"
    rm -rf "$PUBLISH_DIR"
    dotnet publish "$ROOT/src/Cms.Web/Cms.Web.csproj" -c Release -o "$PUBLISH_DIR" -nologo -v quiet >"$DEPLOY_DIR/publish.log" 2>&1 \
        || { tail -n 30 "$DEPLOY_DIR/publish.log" >&2; fail "dotnet publish failed (whole log: $DEPLOY_DIR/publish.log)"; }
    git -C "$ROOT" rev-parse --short HEAD >"$PUBLISH_DIR/.commit" 2>/dev/null || true
else
    published=$(cat "$PUBLISH_DIR/.commit" 2>/dev/null || echo "?")
    head=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "?")
    say "site already published ($published)$([[ "$published" != "$head" ]] && echo "; the tree is at $head: deploy/stop.sh, then deploy/start.sh --publish")"
fi

# --- nodes --------------------------------------------------------------------------------------------------------
started=()
for port in "${ports[@]}"; do
    dir=$(node_dir "$port")
    if pid_alive "$dir/node.pid" "$PUBLISH_DIR/Cms.Web.dll"; then
        say "node 127.0.0.1:$port: already running (pid $(<"$dir/node.pid"))"
        continue
    fi
    rm -f "$dir/node.pid"
    port_in_use "$port" && fail "127.0.0.1:$port is taken by another program (set NODE_PORTS)"
    mkdir -p "$dir/data"
    (
        cd "$PUBLISH_DIR"
        exec env ASPNETCORE_ENVIRONMENT=Production \
            ASPNETCORE_URLS="http://127.0.0.1:$port" \
            Cms__Database__Provider=Postgres \
            ConnectionStrings__Cms="$connection" \
            Cms__DataDirectory="$dir/data" \
            Cms__ContentDirectory="$ROOT/content" \
            Cms__KnownProxies__0=127.0.0.1 \
            $NODE_ENV \
            nohup dotnet "$PUBLISH_DIR/Cms.Web.dll"
    ) >>"$dir/node.log" 2>&1 </dev/null &
    echo $! >"$dir/node.pid"
    started+=("$port")
    say "node 127.0.0.1:$port: starting (pid $!, log $dir/node.log)"
done

# Ready: /readyz answers 200; a build without /readyz (404 there) is ready when /ru/ answers 200.
ready() {
    local code
    code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$1/readyz" || true)
    [[ "$code" == 200 ]] && return 0
    [[ "$code" == 404 ]] && [[ $(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$1/ru/" || true) == 200 ]]
}
for port in "${started[@]}"; do
    dir=$(node_dir "$port")
    deadline=$((SECONDS + READY_SECONDS))
    until ready "$port"; do
        if ! pid_alive "$dir/node.pid" "$PUBLISH_DIR/Cms.Web.dll"; then
            tail -n 40 "$dir/node.log" >&2
            rm -f "$dir/node.pid"
            fail "the node on $port exited while starting (log above: $dir/node.log)"
        fi
        ((SECONDS < deadline)) || fail "the node on $port did not answer within ${READY_SECONDS}s (log: $dir/node.log)"
        sleep 0.5
    done
    say "node 127.0.0.1:$port: ready"
done

# --- nginx --------------------------------------------------------------------------------------------------------
mkdir -p "$NGINX_DIR/logs" "$NGINX_DIR/temp"
servers=""
for port in "${ports[@]}"; do servers+="        server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'; done
user_line=""
if [[ $(id -u) -eq 0 ]]; then
    # Workers drop root; they write only their temp files.
    user_line="user www-data;"
    chown -R www-data "$NGINX_DIR/temp"
    chmod 711 "$DEPLOY_DIR"
fi
cat >"$NGINX_DIR/nginx.conf.new" <<CONF
# Written by deploy/start.sh; changes are lost on the next start.
$user_line
worker_processes auto;
pid nginx.pid;
error_log logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log logs/access.log combined buffer=64k flush=1s;
    client_body_temp_path temp/client_body;
    proxy_temp_path temp/proxy;
    fastcgi_temp_path temp/fastcgi;
    uwsgi_temp_path temp/uwsgi;
    scgi_temp_path temp/scgi;
    # Above Cms:MaxUploadBytes (10 MB), so the site itself refuses a larger upload with its own page.
    client_max_body_size 32m;
    server_tokens off;

    upstream cms {
$servers        keepalive 32;
    }

    server {
        listen 127.0.0.1:$PROXY_PORT;
        location / {
            proxy_pass http://cms;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$http_host;
            # A node that refuses, drops or fails a request: nginx asks the next one (a POST only when it never
            # reached the node, so nothing is applied twice).
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 0;
            proxy_connect_timeout 2s;
            proxy_read_timeout 120s;
        }
    }
}
CONF
mv "$NGINX_DIR/nginx.conf.new" "$NGINX_DIR/nginx.conf"
"$NGINX" -p "$NGINX_DIR" -c nginx.conf -e logs/error.log -t -q || fail "nginx refused its configuration ($NGINX_DIR/nginx.conf)"
if pid_alive "$NGINX_DIR/nginx.pid" "$NGINX_DIR"; then
    "$NGINX" -p "$NGINX_DIR" -c nginx.conf -e logs/error.log -s reload
    say "nginx 127.0.0.1:$PROXY_PORT: already running, configuration reloaded"
else
    rm -f "$NGINX_DIR/nginx.pid"
    port_in_use "$PROXY_PORT" && fail "127.0.0.1:$PROXY_PORT is taken by another program (set PROXY_PORT)"
    "$NGINX" -p "$NGINX_DIR" -c nginx.conf -e logs/error.log || fail "nginx did not start (see $NGINX_DIR/logs/error.log)"
    say "nginx 127.0.0.1:$PROXY_PORT: started (config $NGINX_DIR/nginx.conf)"
fi
for _ in $(seq 1 50); do
    [[ $(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$PROXY_PORT/ru/" || true) == 200 ]] && break
    sleep 0.1
done
[[ $(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$PROXY_PORT/ru/" || true) == 200 ]] \
    || fail "nginx answers, but /ru/ through it does not (see $NGINX_DIR/logs/error.log)"

say ""
say "The site: http://127.0.0.1:$PROXY_PORT/  (nodes: ${ports[*]/#/127.0.0.1:}; PostgreSQL: 127.0.0.1:$pg_port, database $DB_NAME)"
say "First admin: open http://127.0.0.1:$PROXY_PORT/manager/setup, or: echo 'a long password' | $ROOT/deploy/cli.sh users add --email you@example.org --role admin"
say "Stop: $ROOT/deploy/stop.sh   (also PostgreSQL: $ROOT/deploy/stop.sh --postgres)"
