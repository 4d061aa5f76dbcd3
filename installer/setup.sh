#!/usr/bin/env bash
# One entry point for newcomers, developers and CI (Debian 12).
#
#   installer/setup.sh run    install dependencies, build, start Följa on a demo database
#   installer/setup.sh test   install dependencies, build (warnings = errors), run the whole test suite
#   installer/setup.sh deps   only install the Debian packages
#   installer/setup.sh build  only configure and build
#   installer/setup.sh package   build the Debian package (Release, no tests) in ./build-package
#   installer/setup.sh package-test   build the package, install it, check it, remove it (root/sudo)
#   installer/setup.sh sanitize   build with ASan + UBSan + LSan in ./build-sanitize, run the unit and
#                                 reliability tests (not part of `test`: a second full build, no GUI)
#   installer/setup.sh fuzz [S]   install clang, run every fuzz target S seconds (default 60), tests/fuzz/run.sh
#
# Environment: FOLJA_BUILD_DIR (default: ./build), CTEST_ARGS (extra ctest arguments, e.g. "-L unit"),
# FOLJA_PACKAGE_BUILD_DIR (default: ./build-package), FOLJA_SANITIZE_BUILD_DIR (default: ./build-sanitize),
# FOLJA_PACKAGE_TEST=1 (`test` then also builds,
# installs and removes the package, with sudo when not root; off by default because the second,
# Release build costs about 710 CPU-seconds, ~6 min on 2 cores, which CI's 15-minute budget lacks).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${FOLJA_BUILD_DIR:-$ROOT/build}
JOBS=$(nproc 2>/dev/null || echo 2)

# Everything comes from Debian 12 packages; nothing is downloaded at build time.
PACKAGES=(
    build-essential cmake ninja-build pkg-config file lld
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
    libqcustomplot-dev libsqlcipher-dev libssl-dev libargon2-dev libzip-dev libxlsxwriter-dev
    xvfb xauth fonts-dejavu-core poppler-utils clang-format python3
    librsvg2-bin desktop-file-utils appstream man-db unzip
)

# Only for `fuzz`: clang with libFuzzer and the sanitizer runtimes.
FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

deps() {
    local missing=()
    for p in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "All Debian packages present"
        return
    fi
    log "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local werror=OFF
    [ "${1:-}" = "strict" ] && werror=ON
    log "Configuring in $BUILD"
    # -g1: line tables only (backtraces name files and lines). Full -g makes the objects four to
    # six times larger and the build about a fifth slower; a developer who wants it configures
    # their own build folder.
    # The benchmarks are built (Release) and run by benchmarks/run in their own folder.
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFOLJA_WERROR=$werror \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" -DFOLJA_BUILD_BENCHMARKS=OFF >/dev/null
    log "Building with $JOBS jobs"
    cmake --build "$BUILD" -j "$JOBS"
}

run_tests() {
    log "Running the test suite"
    # FOLJA_CI: the packages above are installed, so a test that would skip for a missing tool
    # (pdftotext, pdfinfo) fails instead.
    # shellcheck disable=SC2086
    FOLJA_CI=1 ctest --test-dir "$BUILD" --output-on-failure -j "$JOBS" ${CTEST_ARGS:-}
}

# The .deb as users get it: Release, BUILD_TESTING=OFF (no test-only switch such as the weak-KDF
# allowance can reach users), no benchmarks, prefix /usr, its own build folder.
package() {
    local pbuild=${FOLJA_PACKAGE_BUILD_DIR:-$ROOT/build-package}
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    log "Configuring the package build in $pbuild"
    cmake -S "$ROOT" -B "$pbuild" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
        -DFOLJA_BUILD_BENCHMARKS=OFF -DCMAKE_INSTALL_PREFIX=/usr "${launcher[@]}" >/dev/null
    log "Building the package with $JOBS jobs"
    cmake --build "$pbuild" -j "$JOBS"
    rm -f "$pbuild"/folja_*.deb
    (cd "$pbuild" && cpack -G DEB >/dev/null)
    log "Package: $(ls "$pbuild"/folja_*.deb)"
}

package_test() {
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    package
    log "Installing, checking and removing the package"
    "${sudo[@]}" "$ROOT/installer/test-package.sh" "$(ls "${FOLJA_PACKAGE_BUILD_DIR:-$ROOT/build-package}"/folja_*.deb)"
}

# ASan + UBSan (+ LSan, on with ASan on Linux) over the unit and reliability tests, in a build
# folder of its own; the GUI is left out (its tests are not run here). Prints the time it took.
sanitize() {
    local sbuild=${FOLJA_SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}
    local launcher=() start=$SECONDS
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    log "Configuring the sanitizer build in $sbuild"
    # -g1 as in build(): the sanitizers' reports name files and lines.
    cmake -S "$ROOT" -B "$sbuild" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFOLJA_SANITIZE=ON \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" \
        -DFOLJA_BUILD_GUI=OFF -DFOLJA_BUILD_BENCHMARKS=OFF "${launcher[@]}" >/dev/null
    log "Building with $JOBS jobs"
    cmake --build "$sbuild" -j "$JOBS"
    log "Running the unit and reliability tests under the sanitizers"
    local rc=0
    # halt_on_error: the first finding fails the test; detect_leaks: LeakSanitizer at exit.
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/installer/lsan.supp} \
        FOLJA_CI=1 ctest --test-dir "$sbuild" --output-on-failure -j "$JOBS" -L 'unit|reliability' || rc=$?
    log "Sanitizer build and tests took $(( (SECONDS - start) / 60 )) min $(( (SECONDS - start) % 60 )) s"
    return $rc
}

start_gui() {
    local data="${XDG_DATA_HOME:-$HOME/.local/share}/Folja"
    mkdir -p "$data"
    log "Starting Följa on the demo database in $data"
    exec "$BUILD/bin/folja" --demo "$data/demo.folja" "$@"
}

case "${1:-}" in
    run) shift; deps; build; start_gui "$@" ;;
    test)
        deps; build strict; run_tests
        if [ "${FOLJA_PACKAGE_TEST:-0}" = 1 ]; then package_test; else
            log "Package test not run (FOLJA_PACKAGE_TEST=1 or 'installer/setup.sh package-test' runs it)"; fi ;;
    deps) deps ;;
    build) deps; build ;;
    package) deps; package ;;
    package-test) deps; package_test ;;
    sanitize) deps; sanitize ;;
    fuzz) shift; deps "${FUZZ_PACKAGES[@]}"; exec "$ROOT/tests/fuzz/run.sh" "$@" ;;
    *) sed -n '2,21p' "$0" >&2; exit 2 ;;
esac
