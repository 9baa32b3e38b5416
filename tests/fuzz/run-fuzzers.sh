#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz, folder build-fuzz/), replays each target's corpus,
# then fuzzes each for SECONDS and prints, per target, the executions, the coverage and the
# findings.
#   tests/fuzz/run-fuzzers.sh SECONDS [TARGET...]     TARGET: csv_reader interchange_folder consolidate changes_file
# The corpus of a target: tests/fuzz/corpus/<target> (kept in git), tests/fuzz/seeds/<target> (from the
# tests' fixtures) and build-fuzz/fuzz-seeds/<target> (a demo PLIE, generated at build time). New inputs
# go to build-fuzz/fuzz-corpus/<target>, findings (crash-*, leak-*, timeout-*, oom-*) to
# build-fuzz/fuzz-findings/<target>/; the exit status is 1 when there is any.
set -euo pipefail
cd "$(dirname "$0")/../.."

all_targets=(csv_reader interchange_folder consolidate changes_file)
if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]]; then
    echo "Usage: $0 SECONDS [TARGET...]   (targets: ${all_targets[*]})" >&2
    exit 2
fi
seconds=$1
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

echo "== Building the fuzz targets (preset fuzz, clang, folder build-fuzz/)"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_seeds "${targets[@]/#/fuzz_}"

build="build-fuzz"
status=0
summary=()
for target in "${targets[@]}"; do
    binary=$build/bin/fuzz_$target
    work=$build/fuzz-corpus/$target
    findings=$build/fuzz-findings/$target
    mkdir -p "$work" "$findings" "tests/fuzz/corpus/$target"
    corpora=("$work" "tests/fuzz/corpus/$target" "tests/fuzz/seeds/$target" "$build/fuzz-seeds/$target")
    log=$build/fuzz-findings/$target.log
    before=$(find "$findings" -type f | wc -l)

    echo "== $target: replaying its corpus"
    if ! "$binary" -runs=0 -artifact_prefix="$findings/" "${corpora[@]}" >"$log" 2>&1; then
        echo "   the corpus of $target fails: see $log" >&2
        tail -n 30 "$log" >&2
        status=1
        summary+=("$target: the corpus replay FAILED ($log)")
        continue
    fi
    inputs=$(grep -o 'INITED.*corp: [0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)

    echo "== $target: fuzzing for ${seconds}s"
    if ! "$binary" -max_total_time="$seconds" -timeout=20 -print_final_stats=1 -artifact_prefix="$findings/" \
        "${corpora[@]}" >"$log" 2>&1; then
        echo "   $target found a problem: see $log" >&2
        grep -E 'ERROR|CONTRACT|SUMMARY|Test unit written' "$log" | head -n 20 >&2 || true
        status=1
    fi
    executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
    coverage=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo '?')
    features=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo '?')
    corpus=$(grep -o 'corp: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo '?')
    found=$(($(find "$findings" -type f | wc -l) - before))
    summary+=("$target: ${inputs:-?} inputs replayed; ${seconds}s, $executions executions ($rate/s), coverage $coverage edges, $features features, corpus $corpus, findings $found")
done

echo "== Fuzzing summary"
printf '   %s\n' "${summary[@]}"
if [ "$status" -ne 0 ]; then
    echo "Findings are in $build/fuzz-findings/ (reproduce: $build/bin/fuzz_<target> <file>)." >&2
fi
exit "$status"
