#!/usr/bin/env bash
# Installs what Parcours needs on Debian 12, builds it with the `dev` preset, then runs it or tests it.
#   packaging/setup.sh run    build, then open the application on its default database
#   packaging/setup.sh test   build, run the whole test suite, and start the application offscreen once
# PARCOURS_PRESET chooses another preset than dev (CI: asan, the suite under the sanitizers).
set -euo pipefail

usage() {
    echo "Usage: $0 run|test" >&2
    exit 2
}
[ $# -eq 1 ] || usage
action=$1
case "$action" in run | test) ;; *) usage ;; esac

cd "$(dirname "$0")/.."

# Debian 12 (bookworm) package names.
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    linguist-qt6 qt6-qpa-plugins qt6-translations-l10n libgl-dev
    libqt6opengl6-dev # Qt6Charts' CMake package needs Qt6OpenGL, which qt6-charts-dev does not pull in
    libsqlite3-dev sqlite3 libsqlitecpp-dev # SQLiteCpp's headers; the process links SQLCipher's SQLite (below)
    libboost-date-time-dev libboost-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    libcli11-dev nlohmann-json3-dev
    libxlsxwriter-dev # the XLSX files (consolidation, caseload list)
    libglpk-dev # the linear programmes of the public profile's audit
    poppler-utils python3-openpyxl # the tests read back the PDF (pdftotext) and the XLSX files
    xvfb xauth
    time # peak memory of tests/bench/import-benchmark.sh
    clang libclang-rt-14-dev # the libFuzzer targets of tests/fuzz (preset fuzz): clang 14 and its libclang_rt.fuzzer
)

# SQLCipher 4.6 (encryption at rest) comes from Debian's bookworm-backports suite: bookworm's own
# sqlcipher 3.4 is built on SQLite 3.15, too old for our SQL. Nothing else is taken from backports.
backports_packages=(libsqlcipher-dev libsqlcipher1)

is_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = installed ]
}

# Adds bookworm-backports to the machine's existing Debian source, so that a local mirror keeps
# serving it: the deb822 file's stanza that lists bookworm, or the one-line source's bookworm line.
enable_backports() {
    if grep -rqsE '^[^#]*bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        return 1
    fi
    local file
    for file in /etc/apt/sources.list.d/*.sources; do
        [ -f "$file" ] || continue
        if grep -qE '^Suites:.*[[:space:]]bookworm([[:space:]]|$)' "$file"; then
            echo "== Adding bookworm-backports to $file"
            "${elevate[@]}" sed -i -E '/^Suites:.*[[:space:]]bookworm([[:space:]]|$)/ s/$/ bookworm-backports/' "$file"
            return 0
        fi
    done
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$file" ] || continue
        local line
        line=$(grep -m1 -E '^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?[^[:space:]]+[[:space:]]+bookworm[[:space:]]' "$file" || true)
        if [ -n "$line" ]; then
            echo "== Adding bookworm-backports to $file"
            echo "${line/ bookworm / bookworm-backports }" | "${elevate[@]}" tee -a "$file" >/dev/null
            return 0
        fi
    done
    echo "Aucune source Debian bookworm trouvée pour y ajouter bookworm-backports (SQLCipher 4.6)." >&2
    echo "No Debian bookworm apt source found to add bookworm-backports to (SQLCipher 4.6)." >&2
    exit 1
}

install_missing_packages() {
    local missing=() package
    for package in "${packages[@]}"; do
        is_installed "$package" || missing+=("$package")
    done
    local missing_backports=()
    for package in "${backports_packages[@]}"; do
        is_installed "$package" || missing_backports+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ] && [ ${#missing_backports[@]} -eq 0 ]; then
        echo "== Debian packages: all present"
        return
    fi
    echo "== Installing Debian packages: ${missing[*]} ${missing_backports[*]}"
    elevate=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "Paquets manquants et ni root ni sudo / Missing packages, and neither root nor sudo:" >&2
            echo "  apt-get install ${missing[*]}" >&2
            exit 1
        fi
        elevate=(sudo)
    fi
    if [ ${#missing_backports[@]} -ne 0 ]; then
        enable_backports || true
    fi
    "${elevate[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    if [ ${#missing[@]} -ne 0 ]; then
        "${elevate[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
    fi
    if [ ${#missing_backports[@]} -ne 0 ]; then
        "${elevate[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y --no-install-recommends -t bookworm-backports "${missing_backports[@]}" </dev/null
    fi
}

preset=${PARCOURS_PRESET:-dev}
case "$preset" in
dev) binary_dir=build ;;
ci) binary_dir=build-ci ;;
asan) binary_dir=build-asan ;;
*)
    echo "PARCOURS_PRESET: dev, ci or asan, not « $preset »" >&2
    exit 2
    ;;
esac

build() {
    echo "== Configuring and building (preset $preset, folder $binary_dir/)"
    cmake --preset "$preset"
    cmake --build --preset "$preset"
}

has_display() {
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]
}

run_application() {
    if ! has_display; then
        cat >&2 <<'MSG'
Pas d'affichage graphique ($DISPLAY et $WAYLAND_DISPLAY sont vides) : Parcours ne peut pas ouvrir sa fenêtre.
No graphical display ($DISPLAY and $WAYLAND_DISPLAY are empty): Parcours cannot open its window.

Lancez-le dans un affichage virtuel / Run it in a virtual display:

    xvfb-run -a build/bin/parcours
MSG
        exit 1
    fi
    echo "== Starting $binary_dir/bin/parcours on its default database"
    exec "$binary_dir/bin/parcours"
}

# The application started offscreen, as CI does: --version, then a real start on a throw-away
# database that must still be running after a few seconds (timeout's 124 means it was).
smoke_test_application() {
    echo "== Starting the application offscreen"
    QT_QPA_PLATFORM=offscreen "$binary_dir/bin/parcours" --version
    local folder status=0
    folder=$(mktemp -d)
    QT_QPA_PLATFORM=offscreen timeout 5 "$binary_dir/bin/parcours" --db "$folder/parcours.db" || status=$?
    rm -rf "$folder"
    if [ "$status" -ne 124 ] && [ "$status" -ne 0 ]; then
        echo "The application failed to start offscreen (exit status $status)" >&2
        exit 1
    fi
    echo "The application started offscreen and ran until stopped."
}

install_missing_packages
build
case "$action" in
run) run_application ;;
test)
    smoke_test_application
    echo "== Running the test suite"
    ctest --preset "$preset" --output-on-failure
    ;;
esac
