#!/usr/bin/env bash
# Scale-out benchmark (issue 17): one API replica against two, both on one PostgreSQL database holding 10,000 articles,
# behind nginx as docker-compose.yml's scale-out profile puts them. Everything runs on this machine and on 127.0.0.1: a
# throwaway PostgreSQL cluster (initdb + pg_ctl in a temporary folder), four API processes (two with the representation
# cache on, two with it off), the bare Kestrel baseline (bench/BareKestrel, writing the article's exact bytes) and one
# nginx with a port per upstream set, so every figure crosses the same proxy:
#   bare     nginx → bare Kestrel          the physical limit of this box through nginx
#   one      nginx → one replica
#   two      nginx → two replicas (round robin)
# Each scenario measures the three back to back, ROUNDS times, interleaved; a row reports medians of the per-round
# ratios (a shared machine drifts by tens of percent within minutes; a round sees the same drift). Writes
# bench/REPLICAS.md. The script stops by itself and kills what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-2s}
DURATION=${DURATION:-5s}
ROUNDS=${ROUNDS:-3}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
ARTICLE=/api/articles/magnesium-for-restless-legs
SEARCH="/api/search?q=sleep"

source bench/common.sh
need nginx nginx
need psql postgresql

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pg_port=$(free_port)
replica_pids=()
nginx_pid=""
stop_all() {
    for pid in "${replica_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [[ -n "$nginx_pid" ]] && kill "$nginx_pid" 2>/dev/null || true
    [[ -f "$work/pg/data/postmaster.pid" ]] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
    stop_bare
    rm -rf "$work"
}
trap stop_all EXIT

echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{ print $3 }') on 127.0.0.1:$pg_port…"
chmod 711 "$work"
mkdir -p "$work/pg"
chown postgres: "$work/pg"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg/data" -U postgres -A trust -E UTF8 --locale=C >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work/pg -c max_connections=300" start >/dev/null
psql() { command psql -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql -d postgres -c "CREATE DATABASE content;"
connection="Host=127.0.0.1;Port=$pg_port;Database=content;Username=postgres;Maximum Pool Size=64"

# start_replica NAME [extra env…]: an API process on PostgreSQL on a free port; sets $address. Not called in $(…): the
# pid must reach replica_pids in this shell, so that the exit trap stops the process.
start_replica() {
    local name=$1; shift
    : >"$work/$name.log"
    env ASPNETCORE_ENVIRONMENT=Production Database__Provider=PostgreSql ConnectionStrings__Content="$connection" \
        Comments__Secret="$(head -c 32 /dev/zero | base64)" Media__Directory="$work/media" Links__PublicBaseUrl=http://bench.local \
        Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information RateLimiting__Enabled=false "$@" \
        dotnet "$work/api/ContentApi.dll" --urls http://127.0.0.1:0 >"$work/$name.log" 2>&1 &
    replica_pids+=($!)
    address=$(wait_for_address "$work/$name.log")
    wait_until_answers "$address/health/ready" "$work/$name.log"
}

echo "migrating and seeding, then 10,000 articles…"
start_replica migrate
kill "${replica_pids[0]}"; wait "${replica_pids[0]}" 2>/dev/null || true; replica_pids=()
# The same synthetic rows as bench/run.sh (its inserts are plain SQL), with row triggers off while they load, and the
# search index rebuilt once at the end as that script does for SQLite: filled without its GIN index, which is then built
# in one pass (maintaining it row by row took over ten minutes).
{
    echo "\\timing on"
    echo "SET session_replication_role = replica;"
    sed '/^DELETE FROM search_index;/,$d' bench/generate-articles.sql
    echo "ANALYZE;"
    echo "SET maintenance_work_mem = '1GB';"
    echo "DROP INDEX ix_search_index_document;"
    echo "DELETE FROM search_index;"
    echo "INSERT INTO search_index (doc_id, title, body, type, resource_id, article_slug, anchor)"
    echo "    SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents;"
    echo "CREATE INDEX ix_search_index_document ON search_index USING gin (document);"
    echo "UPDATE content_state SET version = version + 1 WHERE id = 1;"
    echo "ANALYZE;"
} | psql -d content | grep -i '^time' | awk '{ printf "  %s", $2 } END { print " ms" }'
articles=$(psql -d content -At -c "SELECT count(*) FROM articles;")
indexed=$(psql -d content -At -c "SELECT count(*) FROM search_index;")

echo "replicas…"
start_replica cached-a; cached_a=$address
start_replica cached-b; cached_b=$address
start_replica cold-a HttpCaching__StoreRepresentations=false; cold_a=$address
start_replica cold-b HttpCaching__StoreRepresentations=false; cold_b=$address
curl -fs "$cached_a$ARTICLE" -o "$work/article.json"
cmp -s "$work/article.json" <(curl -fs "$cached_b$ARTICLE") || { echo "the replicas serve different article bytes" >&2; exit 1; }
start_bare "$work/article.json"

# One nginx, a port per upstream set; the same proxy settings as deploy/nginx/nginx.conf.
ports=()
for _ in 1 2 3 4 5; do ports+=("$(free_port)"); done
upstream() { local name=$1 port=$2; shift 2; echo "upstream $name {"; for server in "$@"; do echo "  server ${server#http://};"; done
             echo "  keepalive 32; }"; echo "server { listen 127.0.0.1:$port; access_log off; location / { proxy_pass http://$name;"
             echo "  proxy_http_version 1.1; proxy_set_header Connection \"\"; proxy_set_header Host \$host; } }"; }
mkdir -p "$work/nginx/logs"
{
    echo "user root; worker_processes auto; error_log $work/nginx/error.log warn; pid $work/nginx/nginx.pid;"
    echo "events { worker_connections 4096; }"
    echo "http {"
    upstream bare "${ports[0]}" "$bare"
    upstream one_cached "${ports[1]}" "$cached_a"
    upstream two_cached "${ports[2]}" "$cached_a" "$cached_b"
    upstream one_cold "${ports[3]}" "$cold_a"
    upstream two_cold "${ports[4]}" "$cold_a" "$cold_b"
    echo "}"
} >"$work/nginx/nginx.conf"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g "daemon off;" &
nginx_pid=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:${ports[0]}/" -o /dev/null && break; sleep 0.1; done

# load NAME URL: "name rps p99 errors" for one wrk run after a warm-up.
load() {
    local name=$1 url=$2 out
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url")
    local rps p99 errors
    read -r rps _ p99 errors _ <<<"$(wrk_summary "$out")"
    echo "$name $rps $p99 $errors"
}

# scenario NAME PATH ONE_PORT TWO_PORT: bare, one and two back to back; prints "name bare one two p99one p99two errors".
scenario() {
    local name=$1 path=$2 b o t
    b=$(load bare "http://127.0.0.1:${ports[0]}$ARTICLE")
    o=$(load one "http://127.0.0.1:$3$path")
    t=$(load two "http://127.0.0.1:$4$path")
    echo "$name $(cut -d' ' -f2 <<<"$b") $(cut -d' ' -f2 <<<"$o") $(cut -d' ' -f2 <<<"$t") $(cut -d' ' -f3 <<<"$o") $(cut -d' ' -f3 <<<"$t") \
$(( $(cut -d' ' -f4 <<<"$o") + $(cut -d' ' -f4 <<<"$t") ))" | tee -a "$work/rounds.txt" >&2
}

echo "measuring ($ROUNDS rounds)…"
for _ in $(seq 1 "$ROUNDS"); do
    scenario article "$ARTICLE" "${ports[1]}" "${ports[2]}"
    scenario article-uncached "$ARTICLE" "${ports[3]}" "${ports[4]}"
    scenario search "$SEARCH" "${ports[1]}" "${ports[2]}"
    scenario search-uncached "$SEARCH" "${ports[3]}" "${ports[4]}"
done

{
    echo "# Scale-out benchmark: one replica against two on PostgreSQL"
    echo
    echo "Machine: $(nproc) cores ($(lscpu 2>/dev/null | awk -F': +' '/Model name/ { print $2; exit }')), $(free -g | awk '/Mem:/ { print $2 }') GiB;"
    echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{ print $3 }'), nginx $(nginx -v 2>&1 | cut -d/ -f2), .NET SDK $(dotnet --version); database, replicas,"
    echo "nginx and wrk share the machine. Run: $(date -u +%Y-%m-%dT%H:%MZ); wrk -t$THREADS -c$CONNECTIONS, $WARMUP warm-up then $DURATION"
    echo "per measurement, $ROUNDS interleaved rounds. $articles articles ($indexed search documents)."
    echo "Every request crosses the same nginx; 'bare' is nginx in front of bare Kestrel writing the article's"
    echo "$(wc -c <"$work/article.json") bytes (the physical limit here). Rows are medians over the rounds."
    echo
    echo "| scenario | bare rps | one replica rps | two replicas rps | two ÷ one | one ÷ bare | two ÷ bare | p99 one ms | p99 two ms | errors |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    awk 'function median(list,   n, a, i, j, t) { n = split(list, a, " ");
             for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
             return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
         { if (!($1 in seen)) { seen[$1] = 1; order[++count] = $1 }
           bare[$1] = bare[$1] " " $2; one[$1] = one[$1] " " $3; two[$1] = two[$1] " " $4
           scale[$1] = scale[$1] " " ($4 / $3); onebare[$1] = onebare[$1] " " ($3 / $2); twobare[$1] = twobare[$1] " " ($4 / $2)
           p99one[$1] = p99one[$1] " " $5; p99two[$1] = p99two[$1] " " $6; errors[$1] += $7 }
         END { for (i = 1; i <= count; i++) { k = order[i];
               printf "| %s | %.0f | %.0f | %.0f | %.2f× | %.2f× | %.2f× | %.2f | %.2f | %d |\n", k, median(bare[k]), median(one[k]),
                      median(two[k]), median(scale[k]), median(onebare[k]), median(twobare[k]), median(p99one[k]), median(p99two[k]), errors[k] } }' \
        "$work/rounds.txt"
    echo
    echo "### Every round (scenario, bare, one, two requests/s, p99 one, p99 two, errors)"
    echo
    echo '```'
    cat "$work/rounds.txt"
    echo '```'
} | tee bench/REPLICAS.md
