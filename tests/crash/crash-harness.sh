#!/bin/sh
# The long run of the crash harness: N kills (1000 by default), a random seed unless SEED is
# given, imports into missing paths as well. Prints the figure: « 0 échec(s) sur N arrêts ».
#   tests/crash/crash-harness.sh [N] [build folder]
set -eu
kills=${1:-1000}
build=${2:-build}
harness="$build/bin/parcours_crash_harness"
[ -x "$harness" ] || harness=$(find "$build" -name parcours_crash_harness -type f | head -n 1)
if [ -z "$harness" ]; then
    echo "crash-harness.sh : parcours_crash_harness introuvable dans $build (ninja -C $build parcours_crash_harness)" >&2
    exit 2
fi
if [ -n "${SEED:-}" ]; then
    exec "$harness" --kills "$kills" --seed "$SEED" --missing
fi
exec "$harness" --kills "$kills" --missing
