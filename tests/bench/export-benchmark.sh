#!/usr/bin/env bash
# The yearly export at national scale, side by side with its floor: the equivalent aggregate
# queries (export-floor.sql) run by the sqlite3 shell on the raw imported tables.
# Usage: tests/bench/export-benchmark.sh [BIN_DIR]   (default: a release build in build-release/)
# Environment: PARTICIPANTS (135000), YEAR (2024), RUNS (3, the best run is kept).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=tests/bench

participants=${PARTICIPANTS:-135000}
year=${YEAR:-2024}
runs=${RUNS:-3}
bin=${1:-}
if [[ -z "$bin" ]]; then
    cmake --preset release >/dev/null
    cmake --build --preset release --target parcours-cli >/dev/null
    bin=build-release/bin
fi
cli="$bin/parcours-cli"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

best_seconds() {
    local best=""
    for ((i = 0; i < runs; i++)); do
        /usr/bin/time -f "%e" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
        local s
        s=$(cat "$work/time")
        if [[ -z "$best" ]] || awk "BEGIN{exit !($s < $best)}"; then best=$s; fi
    done
    echo "$best"
}

echo "Generating the national database ($participants participants)..." >&2
"$cli" demo --quiet --db "$work/national.sqlite" --participants "$participants" --seed 2020 --csv "$work/national" >/dev/null
imports=()
for f in participants parcours steps freins; do imports+=(".import --csv '$work/national/$f.csv' $f"); done
sqlite3 "$work/raw.sqlite" ".bail on" "${imports[@]}"

floor_s=$(best_seconds sqlite3 "$work/raw.sqlite" ".parameter set @y $year" ".read $here/export-floor.sql")
export_s=$(best_seconds "$cli" export --db "$work/national.sqlite" --year "$year" --out "$work/export.json")
public_s=$(best_seconds "$cli" export --db "$work/national.sqlite" --year "$year" --profile public --format csv --out "$work/export.csv")
ratio=$(awk "BEGIN{printf \"%.2f\", $export_s / $floor_s}")
cat <<TABLE
| export of $year ($participants participants) | seconds |
| --- | ---: |
| floor: the aggregate queries in sqlite3 on the raw imported tables | $floor_s |
| \`parcours-cli export\` (warehouse, JSON) | $export_s |
| export / floor | ${ratio}x |
| \`parcours-cli export --profile public --format csv\` | $public_s |
TABLE
