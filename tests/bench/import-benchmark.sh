#!/usr/bin/env bash
# Import at national scale, side by side with the floor: the sqlite3 shell's raw .import of
# the same files into untyped tables (no checks, no indexes). Also times `demo`, `dump`, and
# `agenda` (« À faire », goal: under 2 s) on the imported database, for the PLIE and for one référent.e.
# Usage: tests/bench/import-benchmark.sh [BIN_DIR]   (default: a release build in build-release/)
# Environment: PARTICIPANTS (135000), RUNS (3, the best run is kept), AGENDA_DATE (the agenda's day,
# YYYY-MM-DD; by default the day the demo folder is made, which its dates are relative to).
set -euo pipefail
cd "$(dirname "$0")/../.."

participants=${PARTICIPANTS:-135000}
runs=${RUNS:-3}
agenda_date=${AGENDA_DATE:-$(date +%F)}
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
    for f in participants parcours steps freins contacts actions holds hires plie; do
        if [[ -f "$work/national/$f.csv" ]]; then echo ".import --csv '$work/national/$f.csv' $f"; fi
    done
} >"$floor_script"

read -r floor_s floor_mb < <(best_of "$runs" 'rm -f "$work/floor.sqlite"' sqlite3 "$work/floor.sqlite" ".read $floor_script")
read -r import_s import_mb < <(best_of "$runs" 'rm -f "$work/imported.sqlite"*' "$cli" import --quiet --db "$work/imported.sqlite" "$work/national")
read -r dump_s dump_mb < <(best_of "$runs" 'rm -rf "$work/dump"' "$cli" dump --db "$work/imported.sqlite" "$work/dump")
read -r agenda_s agenda_mb < <(best_of "$runs" : "$cli" agenda --db "$work/imported.sqlite" --date "$agenda_date" --out "$work/agenda.csv")
agenda_items=$(($(sqlite3 :memory: ".import --csv '$work/agenda.csv' agenda" "SELECT count(*) FROM agenda")))
# The référent.e with the most pathways open on the day: the largest list one person reads.
referent=$(sqlite3 "$work/imported.sqlite" "SELECT r.name FROM pathways w JOIN referents r ON r.id = w.referent_id
    WHERE w.entry_date <= '$agenda_date' AND (w.exit_date IS NULL OR w.exit_date > '$agenda_date')
    GROUP BY r.id ORDER BY count(*) DESC, r.id LIMIT 1")
read -r agenda_one_s agenda_one_mb < <(best_of "$runs" : "$cli" agenda --db "$work/imported.sqlite" --date "$agenda_date" --referent "$referent" --out "$work/agenda-one.csv")
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
| \`parcours-cli agenda --date $agenda_date\` of the imported database ($agenda_items items) | $agenda_s | $agenda_mb |
| \`parcours-cli agenda --date $agenda_date --referent\` (the busiest référent.e) | $agenda_one_s | $agenda_one_mb |
TABLE
