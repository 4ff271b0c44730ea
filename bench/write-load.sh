#!/usr/bin/env bash
# Write benchmark (issue 13): block updates per second, each with its revision, and what a write load does to cached
# reads of an article nobody is editing. Builds Release, makes a content:write key with the API's own `keys create`,
# starts the API on 127.0.0.1 over a temporary database (representation cache on, the default) and, each round:
#   bare       wrk on the bare Kestrel baseline (the same article bytes): the physical limit of a read;
#   idle       wrk on the untouched article, nothing else running; measured again after each write load, and each load's
#              ratio is to the mean of the idle runs either side of it (this machine's speed drifts by a third within
#              minutes: an idle run measured once per round put the editorial pace at 0.68x to 1.28x of it);
#   editorial  the same wrk while WRITERS editors each save a block every EDIT_INTERVAL_MS (a busy newsroom);
#   heavy      the same with a save every HEAVY_INTERVAL_MS (an import or a bulk edit: WRITERS × 1000/HEAVY_INTERVAL_MS a second);
#   saturated  the same wrk while WRITERS writers save as fast as the answers come;
#   writes     the writers alone, as fast as they can (block updates/s), then the same requests to the bare Kestrel.
# Each writer edits its own article (bench/ContentApi.Benchmarks WriteLoad.cs), so no write is a 412. A row is the median
# over ROUNDS interleaved rounds of its ratio within the round. Writes bench/WRITES.md. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-2s}
DURATION=${DURATION:-5s}
ROUNDS=${ROUNDS:-5}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
WRITERS=${WRITERS:-4}
EDIT_INTERVAL_MS=${EDIT_INTERVAL_MS:-250}
HEAVY_INTERVAL_MS=${HEAVY_INTERVAL_MS:-80}
ARTICLE=/api/articles/magnesium-for-restless-legs

source bench/common.sh
dotnet publish bench/ContentApi.Benchmarks -c Release -o "$work/tool" --nologo -v q >/dev/null

seconds() { awk -v d="$1" 'BEGIN { sub(/s$/, "", d); print d }'; }
load_seconds=$(( $(seconds "$WARMUP") + $(seconds "$DURATION") + 2 ))
write_seconds=$(seconds "$DURATION")

# The key is made before the server starts, through the command an operator would use (its first line is the key).
key=$(env ConnectionStrings__Content="Data Source=$work/writes.db" dotnet "$work/api/ContentApi.dll" keys create --name bench --scopes content:write 2>/dev/null | head -n 1)
start_server "$work/writes.db"
curl -fs "$base$ARTICLE" -o "$work/article.json"
start_bare "$work/article.json"

# writers SERVER SECONDS INTERVAL_MS [--bare]: the write driver's one-line report (writes/s, errors, latency). The driver
# is a load generator sharing the machine with the server, as wrk is: it compiles every method fully at its first call
# (no tiered compilation), as a tiered start spent 0.9 s of CPU re-compiling hot methods through its first seconds,
# inside the measured window (0.2 s untiered over a 5 s run, measured with /usr/bin/time).
writers() { DOTNET_TieredCompilation=0 dotnet "$work/tool/ContentApi.Benchmarks.dll" write-load "$1" "$key" "$2" "$WRITERS" "$3" "${@:4}"; }

# under_writes NAME INTERVAL_MS: the untouched article under wrk while the writers run; prints the read line, then
# the writers' numbers.
under_writes() {
    writers "$base" "$load_seconds" "$2" >"$work/writer.out" &
    local writer=$!
    sleep 1
    local read
    read=$(measure "$1" "$base" "$ARTICLE")
    wait "$writer" || { echo "the writers failed:" >&2; cat "$work/writer.out" >&2; exit 1; }
    echo "$read $(awk '{ print $6, $8, $10, $12 }' "$work/writer.out")"
}

writers "$base" 3 0 >/dev/null # creates the writers' articles and warms the write path
warm_up "$ARTICLE"
for round in $(seq 1 "$ROUNDS"); do
    echo "round $round…" >&2
    {
        echo "$(measure bare "$bare" "$ARTICLE") - - - -"
        echo "$(measure idle "$base" "$ARTICLE") - - - -"
        under_writes editorial "$EDIT_INTERVAL_MS"
        echo "$(measure idle-after-editorial "$base" "$ARTICLE") - - - -"
        under_writes heavy "$HEAVY_INTERVAL_MS"
        echo "$(measure idle-after-heavy "$base" "$ARTICLE") - - - -"
        under_writes saturated 0
        echo "$(measure idle-after-saturated "$base" "$ARTICLE") - - - -"
        echo "writes - - - - - $(writers "$base" "$write_seconds" 0 | awk '{ print $6, $8, $10, $12 }')"
        echo "bare-writes - - - - - $(writers "$bare" "$write_seconds" 0 --bare | awk '{ print $6, $8, $10, $12 }')"
    } | sed "s/^/$round /" | tee -a "$work/rounds.txt"
done

# Columns of rounds.txt: round name rps p50 p99 errors bytes writes/s write-errors write-p50 write-p99.
report() {
    awk 'function median(list,   n, a, i, j, t) { n = split(list, a, " ");
             for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
             return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
         { r = $1; rps[r, $2] = $3; wps[r, $2] = $8; wp50[$2] = wp50[$2] " " $10; wp99[$2] = wp99[$2] " " $11
           rp99[$2] = rp99[$2] " " $5; errors[$2] += ($6 == "-" ? 0 : $6) + ($9 == "-" ? 0 : $9); rounds[r] = 1 }
         END {
           before["editorial"] = "idle"; before["heavy"] = "idle-after-editorial"; before["saturated"] = "idle-after-heavy"
           for (r in rounds) {
             for (i = split("idle editorial heavy saturated", reads, " "); i > 0; i--) {
               s = reads[i]; idle = s == "idle" ? rps[r, s] : (rps[r, before[s]] + rps[r, "idle-after-" s]) / 2
               toidle[s] = toidle[s] " " rps[r, s] / idle; tobare[s] = tobare[s] " " rps[r, s] / rps[r, "bare"]
               readrps[s] = readrps[s] " " rps[r, s]; if (s != "idle") wrate[s] = wrate[s] " " wps[r, s] }
             wrate["writes"] = wrate["writes"] " " wps[r, "writes"]; tolimit = tolimit " " wps[r, "writes"] / wps[r, "bare-writes"]
             wrate["bare-writes"] = wrate["bare-writes"] " " wps[r, "bare-writes"]; bare = bare " " rps[r, "bare"] }
           print "| reads of the untouched article | requests/s | ratio to idle | ratio to bare Kestrel | p99 ms | block updates/s meanwhile | write p50 ms | write p99 ms | errors |"
           print "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
           for (i = 1; i <= split("idle editorial heavy saturated", reads, " "); i++) { s = reads[i]
             printf "| %s | %.0f | %.2f× | %.2f× | %.2f | %s | %s | %s | %d |\n", s, median(readrps[s]), median(toidle[s]), median(tobare[s]),
                    median(rp99[s]), s == "idle" ? "-" : sprintf("%.0f", median(wrate[s])), s == "idle" ? "-" : sprintf("%.1f", median(wp50[s])),
                    s == "idle" ? "-" : sprintf("%.1f", median(wp99[s])), errors[s] }
           printf "\nBare Kestrel over the rounds: median %.0f requests/s.\n\n", median(bare)
           print "| writes alone | block updates/s (each with its revision) | ratio to the same requests on bare Kestrel | p50 ms | p99 ms | errors |"
           print "|---|---:|---:|---:|---:|---:|"
           printf "| api | %.0f | %.3f× | %.1f | %.1f | %d |\n", median(wrate["writes"]), median(tolimit), median(wp50["writes"]), median(wp99["writes"]), errors["writes"]
           printf "| bare Kestrel | %.0f | 1× | %.1f | %.1f | %d |\n", median(wrate["bare-writes"]), median(wp50["bare-writes"]), median(wp99["bare-writes"]), errors["bare-writes"] }' "$work/rounds.txt"
}

{
    echo "# Write benchmark results"
    echo
    echo "Machine: $(nproc) cores ($(lscpu 2>/dev/null | awk -F': +' '/Model name/ { print $2; exit }')), $(free -g | awk '/Mem:/ { print $2 }') GiB,"
    echo ".NET SDK $(dotnet --version), $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2); server, wrk and the writers share the machine."
    echo "Run: $(date -u +%Y-%m-%dT%H:%MZ); wrk -t$THREADS -c$CONNECTIONS, $WARMUP warm-up then $DURATION per measurement, $ROUNDS rounds;"
    echo "$WRITERS writers, each on its own article, replacing a block with If-Match (one revision per write); editorial pace:"
    echo "one save per writer every $EDIT_INTERVAL_MS ms; heavy: every $HEAVY_INTERVAL_MS ms. Each row is the median over the rounds of its ratio within a round; a write load's ratio to idle is to the mean of the idle runs just before and just after it."
    echo
    report
    echo
    echo "### Every round (round, name, requests/s, p50, p99, errors, bytes/request, writes/s, write errors, write p50, write p99)"
    echo
    echo '```'
    cat "$work/rounds.txt"
    echo '```'
} | tee bench/WRITES.md
