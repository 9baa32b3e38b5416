#!/usr/bin/env bash
# Compiles every file of the core for Windows, syntax only, with Debian's MinGW-w64 cross compiler
# (package g++-mingw-w64-x86-64-posix), so that the Windows branches of core/platform and the
# core's use of std::filesystem (wide paths there) are checked without a Windows machine.
# The core's header-only dependencies (SQLiteCpp, nlohmann-json, Boost) come from /usr/include,
# after MinGW's own headers. Needs a configured build folder for the generated headers.
#   tests/portability/windows-syntax.sh [build folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
compiler=x86_64-w64-mingw32-g++-posix
if ! command -v "$compiler" >/dev/null; then
    echo "$compiler introuvable : apt-get install g++-mingw-w64-x86-64-posix" >&2
    exit 2
fi
failed=0
checked=0
for file in core/*/*.cpp; do
    checked=$((checked + 1))
    if ! "$compiler" -std=c++20 -fsyntax-only -Wall -Wextra -Icore -I"$build/core" -idirafter /usr/include \
        -DBOOST_ALL_NO_LIB "$file"; then
        echo "== $file: does not compile for Windows" >&2
        failed=$((failed + 1))
    fi
done
echo "== $checked files of the core checked for Windows, $failed failed"
[ "$failed" -eq 0 ]
