#!/usr/bin/env bash
# Import at national scale, side by side with the floor: the sqlite3 shell's raw .import of
# the same files into untyped tables (no checks, no indexes). Also times `demo` and `dump`.
# Usage: tests/bench/import-benchmark.sh [BIN_DIR]   (default: a release build in build-release/)
# Environment: PARTICIPANTS (135000), RUNS (3, the best run is kept).
set -euo pipefail
cd "$(dirname "$0")/../.."

participants=${PARTICIPANTS:-135000}
runs=${RUNS:-3}
bin=${1:-}
if [[ -z "$bin" ]]; then
    cmake --preset release >/dev/null
    cmake --build --preset release --target parcours-cli >/dev/null
    bin=build-release/bin
fi
cli="$bin/parcours-cli"
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed (apt-get install sqlite3)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command COUNT times, each after `prepare`; prints the best "seconds peak_MB".
best_of() {
    local count=$1 prepare=$2; shift 2
    local best_s="" best_kb=""
    for ((i = 0; i < count; i++)); do
        eval "$prepare"
        /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
        read -r s kb <"$work/time"
        if [[ -z "$best_s" ]] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; best_kb=$kb; fi
    done
    echo "$best_s $((best_kb / 1024))"
}

echo "Generating the national folder ($participants participants)..." >&2
"$cli" demo --quiet --db "$work/national.sqlite" --participants "$participants" --seed 2020 --csv "$work/national" >"$work/demo.txt"
cat "$work/demo.txt" >&2
folder_mb=$(du -sm "$work/national" | cut -f1)

floor_script="$work/floor.sql"
{
    echo ".bail on"
    for f in participants parcours steps freins contacts holds hires plie; do
        echo ".import --csv '$work/national/$f.csv' $f"
    done
} >"$floor_script"

read -r floor_s floor_mb < <(best_of "$runs" 'rm -f "$work/floor.sqlite"' sqlite3 "$work/floor.sqlite" ".read $floor_script")
read -r import_s import_mb < <(best_of "$runs" 'rm -f "$work/imported.sqlite"*' "$cli" import --quiet --db "$work/imported.sqlite" "$work/national")
read -r dump_s dump_mb < <(best_of "$runs" 'rm -rf "$work/dump"' "$cli" dump --db "$work/imported.sqlite" "$work/dump")
read -r demo_s demo_mb < <(best_of 1 'rm -f "$work/demo150.sqlite"*' "$cli" demo --quiet --db "$work/demo150.sqlite" --participants 150000)

ratio=$(awk "BEGIN{printf \"%.2f\", $import_s / $floor_s}")
cat <<TABLE
| what ($participants participants, ${folder_mb} MB of CSV) | seconds | peak memory (MB) |
| --- | ---: | ---: |
| floor: sqlite3 \`.import\` into untyped tables | $floor_s | $floor_mb |
| \`parcours-cli import\` (checked, indexed, one transaction) | $import_s | $import_mb |
| import / floor | ${ratio}x | |
| \`parcours-cli dump\` of the imported database | $dump_s | $dump_mb |
| \`parcours-cli demo --participants 150000\` | $demo_s | $demo_mb |
TABLE
