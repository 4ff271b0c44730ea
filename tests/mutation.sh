#!/usr/bin/env bash
# Mutation testing with Stryker.NET on the answer and HTTP logic, outside `dotnet test` (like the benchmarks).
# Prints the score per file and every surviving mutant. Usage: bash tests/mutation.sh
# CONCURRENCY (default 2) sets Stryker's parallel test runners. About 40 minutes on 2 cores.
# ONLY="Caching/RepresentationKey.cs …" runs the per-request pass on those files alone (and skips the at-start pass).
# TESTS="FullyQualifiedName~Editing|…" narrows the tests Stryker runs (a quicker pass over files those tests cover;
# a mutant only other tests kill then shows as surviving, so widen it when one does).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Logic that runs per request: each mutant is tested by the tests that reach it (Stryker's per-test coverage).
per_request=(
    DoseRanges/DoseLookup.cs
    Interactions/InteractionCheck.cs
    Interactions/NameNormalizer.cs
    Foods/FoodPlanner.cs
    Search/SearchTerms.cs
    Caching/ConditionalRequest.cs
    Caching/ContentEncodingNegotiator.cs
    Caching/RepresentationKey.cs
    Caching/ContentChangeFeed.cs
    Articles/ArticleJsonCollections.cs
    Articles/ArticleJsonWriter.cs
    Validation/QueryNumber.cs
    Validation/QueryNumberRules.cs
    Articles/LinkedDataNegotiation.cs
    Articles/ArticleLinkedData.cs
    Links/PublicLinks.cs
    Links/LinkHostCheck.cs
    RateLimiting/ClientAddress.cs
    Search/SearchRepository.cs
    Json/JsonNumbers.cs
    Keys/ApiKeyText.cs
    Keys/ApiKeyAuthenticationHandler.cs
    Keys/AuthenticationFailureLimiter.cs
    Editing/JsonBody.cs
    Database/PreparedCommands.cs
    Database/RawStatement.Commands.cs
    Editing/ArticleDocumentValidator.cs
    Editing/CollectionValidators.cs
    Editing/ArticleVersionTag.cs
    Editing/MergePatch.cs
    Editing/JsonPatchDiff.cs
    Editing/ArticleBodyStore.cs
    Preview/PreviewReads.cs
    Sql/SqlFilter.cs
)
# Logic that also runs once, while the host starts (validator rules, the declared-parameter table): per-test coverage
# credits that to no test, so these mutants run against every test.
at_start=(
    Foods/FoodPlanQuery.cs
    Validation/DeclaredQueryParameters.cs
)

output="$root/tests/StrykerOutput"
rm -rf "$output"
dotnet tool restore >/dev/null

run() {
    local name=$1 coverage=$2; shift 2
    local mutate=()
    for file in "$@"; do mutate+=(--mutate "**/src/ContentApi/$file"); done
    # Coverage analysis is a config-file setting in Stryker.NET 5. The browser and Node tests drive whole processes
    # (seconds each) and check the contract, not answer logic: mutants are tested without them.
    mkdir -p "$output/$name"
    local filter="FullyQualifiedName!~.Frontend.&FullyQualifiedName!~SwaggerUiBrowserTests"
    [[ -n "${TESTS:-}" ]] && filter="($TESTS)&$filter"
    printf '{ "stryker-config": { "coverage-analysis": "%s", "test-case-filter": "%s" } }\n' "$coverage" "$filter" > "$output/$name/stryker-config.json"
    (cd tests/ContentApi.Tests && dotnet stryker --config-file "$output/$name/stryker-config.json" --project ContentApi.csproj \
        --concurrency "${CONCURRENCY:-2}" "${mutate[@]}" --reporter json --reporter html --reporter progress --output "$output/$name")
}

if [[ -n "${ONLY:-}" ]]; then
    read -ra per_request <<<"$ONLY"
    run per-request perTest "${per_request[@]}"
    reports=("$output"/per-request/reports/mutation-report.json)
else
    run per-request perTest "${per_request[@]}"
    run at-start all "${at_start[@]}"
    reports=("$output"/per-request/reports/mutation-report.json "$output"/at-start/reports/mutation-report.json)
fi

python3 - "${reports[@]}" <<'PY'
import json, sys
detected = {"Killed", "Timeout"}
counted = detected | {"Survived", "NoCoverage"}
rows, survivors = [], []
for report_path in sys.argv[1:]:
    report = json.load(open(report_path))
    for path, data in sorted(report["files"].items()):
        name = path.split("src/ContentApi/")[-1]
        mutants = [m for m in data["mutants"] if m["status"] in counted]
        if not mutants:
            continue  # a file outside this pass's --mutate list
        killed = sum(m["status"] in detected for m in mutants)
        survived = sum(m["status"] == "Survived" for m in mutants)
        uncovered = sum(m["status"] == "NoCoverage" for m in mutants)
        rows.append((name, 100.0 * killed / len(mutants), killed, survived, uncovered))
        for m in mutants:
            if m["status"] not in detected:
                line = m["location"]["start"]["line"]
                survivors.append(f'{name}:{line} {m["status"]} {m["mutatorName"]}: {m.get("replacement", "").strip()[:100]}')
killed = sum(r[2] for r in rows)
total = sum(r[2] + r[3] + r[4] for r in rows)
print("\n| file | score | killed | survived | no coverage |\n|---|---:|---:|---:|---:|")
for name, score, k, s, u in sorted(rows):
    print(f"| {name} | {score:.1f}% | {k} | {s} | {u} |")
print(f"| **all** | **{100.0 * killed / total:.2f}%** | {killed} | {total - killed} | |")
print("\nSurviving mutants:" if survivors else "\nNo surviving mutants.")
for line in sorted(survivors):
    print("  " + line)
PY
