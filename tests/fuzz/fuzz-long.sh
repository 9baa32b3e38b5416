#!/usr/bin/env bash
# A long fuzzing campaign: each target for SECONDS (default 3600), then its summary (executions,
# coverage, findings). New inputs stay in build-fuzz/fuzz-corpus/; to keep them in git:
#   build-fuzz/bin/fuzz_<target> -merge=1 tests/fuzz/corpus/<target> build-fuzz/fuzz-corpus/<target>
#   tests/fuzz/fuzz-long.sh [SECONDS] [TARGET...]
set -euo pipefail
seconds=${1:-3600}
[ $# -eq 0 ] || shift
exec "$(dirname "$0")/run-fuzzers.sh" "$seconds" "$@"
