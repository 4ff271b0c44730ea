# Shared by bench/run.sh (reads) and bench/write-load.sh (writes): tools, a temporary folder that goes away with the
# servers, Release builds, and starting, measuring and stopping the API and the bare Kestrel baseline on 127.0.0.1.
# Sourced after the caller's settings (THREADS, CONNECTIONS, WARMUP, DURATION) and `set -euo pipefail`.

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need sqlite3 sqlite3
need curl curl

work=$(mktemp -d)
server_pid=""
bare_pid=""
stop_server() { if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=""; fi; }
stop_bare() { if [[ -n "$bare_pid" ]]; then kill "$bare_pid" 2>/dev/null || true; wait "$bare_pid" 2>/dev/null || true; bare_pid=""; fi; }
trap 'stop_server; stop_bare; rm -rf "$work"' EXIT

echo "building Release…"
dotnet publish src/ContentApi -c Release -o "$work/api" --nologo -v q >/dev/null
dotnet publish bench/BareKestrel -c Release -o "$work/bare" --nologo -v q >/dev/null

# wait_for_address LOG: the first http://127.0.0.1:port the process wrote to LOG.
wait_for_address() {
    local log=$1 address
    for _ in $(seq 1 300); do
        address=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -n 1 || true)
        [[ -n "$address" ]] && { echo "$address"; return 0; }
        sleep 0.2
    done
    echo "no address in $log:" >&2; cat "$log" >&2; exit 1
}

# start_bare BODY_FILE: the baseline server, writing BODY_FILE's bytes for every path; sets $bare.
start_bare() {
    : >"$work/bare.log" # emptied before the start: a restarted server must not be found at the last one's address
    dotnet "$work/bare/BareKestrel.dll" "$1" --urls http://127.0.0.1:0 >"$work/bare.log" 2>&1 &
    bare_pid=$!
    bare=$(wait_for_address "$work/bare.log")
    curl -fs "$bare/" -o /dev/null
}

# start_server DB_PATH [extra env…]: starts the API on a free port, sets $base.
start_server() {
    local db=$1; shift
    : >"$work/server.log" # emptied before the start: the background job's own redirect may come after wait_for_address reads
    env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Content="Data Source=$db" Benchmark__Enabled=true \
        Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information RateLimiting__Enabled=false "$@" \
        dotnet "$work/api/ContentApi.dll" --urls http://127.0.0.1:0 >"$work/server.log" 2>&1 &
    server_pid=$!
    base=$(wait_for_address "$work/server.log")
    wait_until_answers "$base/api/sources?pageSize=1" "$work/server.log"
}

# wait_until_answers URL LOG: returns once URL answers 2xx; after 60 s prints the server's LOG and stops the script.
wait_until_answers() {
    for _ in $(seq 1 300); do
        curl -fs "$1" >/dev/null && return 0
        sleep 0.2
    done
    echo "$1 did not answer; the server's log:" >&2; cat "$2" >&2; exit 1
}

to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 } printf "%.2f", v }'; }

# wrk_summary OUTPUT: wrk --latency's output as "rps p50_ms p99_ms errors requests" (errors: non-2xx/3xx answers plus
# socket errors, timeouts among them).
wrk_summary() {
    local out=$1 rps p50 p99 requests non2xx socket
    rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$out" | to_ms)
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out" | to_ms)
    requests=$(awk '/requests in/ { print $1 }' <<<"$out")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out"); non2xx=${non2xx:-0}
    socket=$(awk '/Socket errors:/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) s += $i } END { print s + 0 }' <<<"$out")
    echo "$rps $p50 $p99 $((non2xx + socket)) $requests"
}

# measure NAME SERVER PATH [wrk header args…]: prints "name rps p50 p99 errors bytes_per_request".
# SERVER is the API's or the bare Kestrel's address; both count allocations at /bench/allocations.
measure() {
    local name=$1 server=$2 path=$3; shift 3
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$server$path" >/dev/null
    local before after out
    before=$(curl -fs "$server/bench/allocations")
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$server$path")
    after=$(curl -fs "$server/bench/allocations")
    local rps p50 p99 errors requests
    read -r rps p50 p99 errors requests <<<"$(wrk_summary "$out")"
    echo "$name $rps $p50 $p99 $errors $(( (after - before) / requests ))"
}

# warm_up PATH…: a fresh server's first round otherwise measures the JIT still at work (the uncached article's first
# round ran at 60% of its later ones): each path is loaded for WARMUP_SERVER before the rounds begin.
WARMUP_SERVER=${WARMUP_SERVER:-8s}
warm_up() { for path in "$@"; do wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP_SERVER" "$base$path" >/dev/null; done; }
