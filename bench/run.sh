#!/usr/bin/env bash
# Load benchmark: builds Release, starts the API on 127.0.0.1 (a free port) over its own temporary database,
# and runs each scenario with wrk for a fixed time. The baseline is a separate bare Kestrel process
# (bench/BareKestrel) writing the article's exact JSON bytes, fetched from the API at the start. Every scenario is
# measured right after a run of the baseline with the same wrk settings, and the pair is repeated ROUNDS times,
# interleaved with the other scenarios: a row reports the median of its per-pair ratios (a shared machine drifts by
# tens of percent within minutes; a pair sees the same drift), and the baseline's range over the table.
# Then repeats the list and search scenarios over 10,000 synthetic articles. Writes bench/RESULTS.md.
# Traffic goes to 127.0.0.1 only; the script stops by itself and kills the servers it started.
# Rate limiting is off, as it is by default (wrk from one address would otherwise measure 429s); RateLimiting__Enabled=false
# says so explicitly. Logging__LogLevel__Default=Warning also turns off the per-request log line (ContentApi.Requests).
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-2s}
DURATION=${DURATION:-5s}
ROUNDS=${ROUNDS:-3}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
ARTICLE=/api/articles/magnesium-for-restless-legs

source bench/common.sh

# scenario NAME PATH [wrk header args…]: one scenario against the API, right after the baseline; prints the scenario's
# measure line with the baseline's requests/s appended.
scenario() {
    local name=$1 path=$2 bare_rps; shift 2
    bare_rps=$(measure bare "$bare" "$ARTICLE" | cut -d' ' -f2)
    # Each pair is also kept, so RESULTS.md shows the rounds behind the medians.
    echo "$(measure "$name" "$base" "$path" "$@") $bare_rps" | tee -a "$work/pairs.txt"
}

# rounds FUNCTION: runs the table's scenarios (FUNCTION) ROUNDS times, interleaved.
rounds() { for _ in $(seq 1 "$ROUNDS"); do "$1"; done; }

# table TITLE RESULTS: one row per scenario with medians over its rounds; the ratio is the median of scenario/baseline
# over the pairs; errors are summed.
table() {
    local title=$1 results=$2
    echo
    echo "### $title"
    echo
    echo "| scenario | requests/s | ratio to bare Kestrel | p50 ms | p99 ms | errors | allocated bytes/request | bare Kestrel requests/s |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    awk 'function median(list,   n, a, i, j, t) { n = split(list, a, " ");
             for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
             return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
         { if (!($1 in seen)) { seen[$1] = 1; order[++count] = $1 }
           rps[$1] = rps[$1] " " $2; ratio[$1] = ratio[$1] " " ($2 / $7); p50[$1] = p50[$1] " " $3; p99[$1] = p99[$1] " " $4;
           errors[$1] += $5; bytes[$1] = bytes[$1] " " $6; bare[$1] = bare[$1] " " $7
           if (low == "" || $7 < low) low = $7; if ($7 > high) high = $7 }
         END { for (i = 1; i <= count; i++) { k = order[i];
               printf "| %s | %.0f | %.2f× | %.2f | %.2f | %d | %.0f | %.0f |\n", k, median(rps[k]), median(ratio[k]), median(p50[k]),
                      median(p99[k]), errors[k], median(bytes[k]), median(bare[k]) }
               printf "\nBare Kestrel over this table: %.0f to %.0f requests/s.\n", low, high }' <<<"$results"
}

echo "one article…"
start_server "$work/one.db"
etag=$(curl -fsI "$base$ARTICLE" | awk -F': ' 'tolower($1) == "etag" { sub(/\r$/, "", $2); print $2 }')
curl -fs "$base$ARTICLE" -o "$work/article.json"
start_bare "$work/article.json"
one_article() {
    scenario article $ARTICLE
    scenario article-br $ARTICLE -H "Accept-Encoding: br"
    scenario article-304 $ARTICLE -H "If-None-Match: $etag"
    scenario foods "/api/foods?sort=-amount&pageSize=20"
    scenario search "/api/search?q=sleep"
}
warm_up "$ARTICLE" "/api/foods?sort=-amount&pageSize=20" "/api/search?q=sleep"
one=$(rounds one_article)
stop_server
start_server "$work/one.db" HttpCaching__StoreRepresentations=false
one_article_cold() {
    scenario article-uncached $ARTICLE
    scenario foods-uncached "/api/foods?sort=-amount&pageSize=20"
    scenario search-uncached "/api/search?q=sleep"
}
warm_up "$ARTICLE" "/api/foods?sort=-amount&pageSize=20" "/api/search?q=sleep"
one_cold=$(rounds one_article_cold)
stop_server

echo "10,000 articles…"
cp "$work/one.db" "$work/scale.db"
# Through the API's own SQLite (bench/ContentApi.Benchmarks generate-articles): Debian's older sqlite3 shell built a search
# index with a prefix index that the API's SQLite then reported as malformed at start.
dotnet run -c Release --project bench/ContentApi.Benchmarks -- generate-articles "$work/scale.db" >/dev/null
articles=$(sqlite3 "$work/scale.db" "SELECT count(*) FROM articles;")
foods=$(sqlite3 "$work/scale.db" "SELECT count(*) FROM foods;")
start_server "$work/scale.db"
many_articles() {
    scenario foods "/api/foods?sort=-amount&pageSize=20"
    scenario search "/api/search?q=sleep"
}
warm_up "/api/foods?sort=-amount&pageSize=20" "/api/search?q=sleep"
scale=$(rounds many_articles)
stop_server
start_server "$work/scale.db" HttpCaching__StoreRepresentations=false
many_articles_cold() {
    scenario foods-uncached "/api/foods?sort=-amount&pageSize=20"
    scenario search-uncached "/api/search?q=sleep"
}
warm_up "/api/foods?sort=-amount&pageSize=20" "/api/search?q=sleep"
scale_cold=$(rounds many_articles_cold)
stop_server

p99() { awk -v n="$1" '$1 == n { print $4 }' <<<"$2" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
growth() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", b / a }'; }

{
    echo "# Load benchmark results"
    echo
    echo "Machine: $(nproc) cores ($(lscpu 2>/dev/null | awk -F': +' '/Model name/ { print $2; exit }')), $(free -g | awk '/Mem:/ { print $2 }') GiB,"
    echo ".NET SDK $(dotnet --version), $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2); server and wrk share the machine."
    echo "Run: $(date -u +%Y-%m-%dT%H:%MZ); wrk -t$THREADS -c$CONNECTIONS, $WARMUP warm-up then $DURATION per measurement, $ROUNDS rounds."
    echo "Ratios compare with a separate bare Kestrel process writing the article's $(wc -c <"$work/article.json") bytes (bench/BareKestrel),"
    echo "measured with the same wrk settings just before each scenario; each row is the median over $ROUNDS interleaved"
    echo "rounds (absolute numbers are noise: see the baseline's range under each table)."
    table "One article (representation cache on, the default)" "$one"
    table "One article, representation cache off (every request runs its SQL)" "$one_cold"
    table "$articles articles, $foods foods (cache on)" "$scale"
    table "$articles articles, cache off" "$scale_cold"
    echo
    echo "### Growth of p99 from one article to $articles"
    echo
    echo "| scenario | p99 one article | p99 $articles articles | growth |"
    echo "|---|---:|---:|---:|"
    for s in foods search; do
        echo "| $s | $(p99 $s "$one") | $(p99 $s "$scale") | $(growth "$(p99 $s "$one")" "$(p99 $s "$scale")") |"
        echo "| $s-uncached | $(p99 $s-uncached "$one_cold") | $(p99 $s-uncached "$scale_cold") | $(growth "$(p99 $s-uncached "$one_cold")" "$(p99 $s-uncached "$scale_cold")") |"
    done
    echo
    echo "### Every pair measured (name, requests/s, p50, p99, errors, bytes/request, bare Kestrel requests/s just before)"
    echo
    echo '```'
    cat "$work/pairs.txt"
    echo '```'
} | tee bench/RESULTS.md
