#!/usr/bin/env bash
# Mutation testing with Stryker.NET on the answer and HTTP logic, outside `dotnet test` (like the benchmarks).
# Prints the score per file and every surviving mutant. Usage: bash tests/mutation.sh [extra stryker args]
# CONCURRENCY (default 2) sets Stryker's parallel test runners. Takes a few minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The files whose logic decides answers and HTTP semantics. Later issues add theirs here.
files=(
    DoseRanges/DoseLookup.cs
    Interactions/InteractionCheck.cs
    Interactions/NameNormalizer.cs
    Foods/FoodPlanner.cs
    Foods/FoodPlanQuery.cs
    Search/SearchTerms.cs
    Caching/ConditionalRequest.cs
    Caching/ContentEncodingNegotiator.cs
    Validation/QueryNumber.cs
    Validation/QueryNumberRules.cs
    Validation/DeclaredQueryParameters.cs
)

dotnet tool restore >/dev/null
mutate=()
for file in "${files[@]}"; do mutate+=(--mutate "**/src/ContentApi/$file"); done

output="$root/tests/StrykerOutput"
rm -rf "$output"
cd tests/ContentApi.Tests
dotnet stryker --project ContentApi.csproj --concurrency "${CONCURRENCY:-2}" "${mutate[@]}" \
    --reporter json --reporter html --reporter progress --output "$output" "$@"

python3 - "$output/reports/mutation-report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
detected = {"Killed", "Timeout"}
counted = detected | {"Survived", "NoCoverage"}
rows, survivors = [], []
for path, data in sorted(report["files"].items()):
    name = path.split("src/ContentApi/")[-1]
    mutants = [m for m in data["mutants"] if m["status"] in counted]
    if not mutants:
        continue  # a file outside the --mutate list
    killed = sum(m["status"] in detected for m in mutants)
    survived = sum(m["status"] == "Survived" for m in mutants)
    uncovered = sum(m["status"] == "NoCoverage" for m in mutants)
    rows.append((name, 100.0 * killed / len(mutants) if mutants else 100.0, killed, survived, uncovered))
    for m in mutants:
        if m["status"] not in detected:
            line = m["location"]["start"]["line"]
            survivors.append(f'{name}:{line} {m["status"]} {m["mutatorName"]}: {m.get("replacement", "").strip()[:100]}')
killed = sum(r[2] for r in rows)
total = sum(r[2] + r[3] + r[4] for r in rows)
print("\n| file | score | killed | survived | no coverage |\n|---|---:|---:|---:|---:|")
for name, score, k, s, u in rows:
    print(f"| {name} | {score:.1f}% | {k} | {s} | {u} |")
print(f"| **all** | **{100.0 * killed / total:.2f}%** | {killed} | {total - killed} | |")
print("\nSurviving mutants:" if survivors else "\nNo surviving mutants.")
for line in survivors:
    print("  " + line)
PY
