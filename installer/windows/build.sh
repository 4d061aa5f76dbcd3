#!/usr/bin/env bash
# Cross-builds Följa for 64-bit Windows on Debian 12 and packs it into an MSI.
#
#   installer/windows/build.sh            everything below, each finished stage reused from the cache
#                                         (all = depends + folja + tests)
#   installer/windows/build.sh deps       only the Debian packages (and the deb-src entry)
#   installer/windows/build.sh sources    only fetch the Debian source packages into the cache
#   installer/windows/build.sh libs       deps + sources + OpenSSL, argon2, SQLCipher (no Qt; for test.sh libs)
#   installer/windows/build.sh depends    deps + sources + the cross-built libraries (no Följa)
#   installer/windows/build.sh folja      only Följa, its deployment folder and the MSI (needs depends)
#   installer/windows/build.sh tests      the core unit tests as Windows programs (Qt Test; no GUI),
#                                         in $FOLJA_WIN_CACHE/folja-tests-build; test.sh runs them under Wine
#
# Everything comes from Debian 12: the MinGW-w64 cross compiler, Wine, msitools (wixl), and Debian's
# *source* packages of OpenSSL, SQLCipher, argon2, Qt 6.4.2 (qtbase, qtsvg) and QCustomPlot, which
# this script cross-builds. Nothing is downloaded from anywhere else.
#
# Environment:
#   FOLJA_WIN_CACHE   cache folder (default /work/cache/windows): sources, build trees, the prefix
#                     with the cross-built libraries, logs and stage stamps. Outside the repository.
#   FOLJA_WIN_JOBS    parallel jobs (default: number of cores). Every compiler runs under nice -n 19.
#   FOLJA_WIN_BUILD   Följa's own build folder (default $FOLJA_WIN_CACHE/folja-build)
#   FOLJA_WIN_OUT     where the deployment folder and the MSI go (default $FOLJA_WIN_CACHE/out)
#   FOLJA_WIN_PIN_<package>  a fixed Debian source version for that package (see fetch_source)
#
# Stage times are appended to $FOLJA_WIN_CACHE/logs/times.txt; each stage logs to its own file in
# $FOLJA_WIN_CACHE/logs/. A stage is redone only when its stamp (source version + options) changes.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CACHE=${FOLJA_WIN_CACHE:-/work/cache/windows}
JOBS=${FOLJA_WIN_JOBS:-$(nproc 2>/dev/null || echo 2)}
SRC=$CACHE/src
WORK=$CACHE/build
PREFIX=$CACHE/prefix
LOGS=$CACHE/logs
STAMPS=$CACHE/stamps
FBUILD=${FOLJA_WIN_BUILD:-$CACHE/folja-build}
TBUILD=$CACHE/folja-tests-build
OUT=${FOLJA_WIN_OUT:-$CACHE/out}
TOOLCHAIN=$HERE/mingw-w64.cmake
TRIPLET=x86_64-w64-mingw32
NICE=(nice -n 19)

# Debian's own Qt 6.4.2 supplies the host tools (moc, rcc, uic, lrelease) for the cross builds.
HOST_QT=(-DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake)

PACKAGES=(
    mingw-w64 g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
    wine wine64 msitools wixl libwine-dev
    build-essential dpkg-dev cmake ninja-build pkg-config perl tcl python3 file
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    librsvg2-bin fonts-dejavu-core libsqlcipher-dev libargon2-dev poppler-utils xvfb xauth
)

mkdir -p "$SRC" "$WORK" "$PREFIX" "$LOGS" "$STAMPS" "$OUT"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# stage NAME STAMP FUNCTION: runs FUNCTION (logging to $LOGS/NAME.log) unless the stamp matches.
stage() {
    local name=$1 stamp=$2 fn=$3
    if [ -f "$STAMPS/$name" ] && [ "$(cat "$STAMPS/$name")" = "$stamp" ]; then
        log "$name: cached ($stamp)"
        return
    fi
    rm -f "$STAMPS/$name"
    log "$name: building (log: $LOGS/$name.log)"
    local start=$SECONDS rc
    # In a subshell with errexit of its own: a function called as an `if` condition would run with
    # errexit off and carry on past a failed command.
    set +e
    (set -e; "$fn") >"$LOGS/$name.log" 2>&1
    rc=$?
    set -e
    if [ $rc -ne 0 ]; then
        tail -n 40 "$LOGS/$name.log" >&2
        die "stage $name failed; full log: $LOGS/$name.log"
    fi
    printf '%s\n' "$stamp" >"$STAMPS/$name"
    printf '%s %s %ss %s\n' "$(date -u +%FT%TZ)" "$name" "$((SECONDS - start))" "$stamp" >>"$LOGS/times.txt"
    log "$name: done in $((SECONDS - start)) s"
}

# ---------------------------------------------------------------------------------------------------
# Debian packages and sources

deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    enable_deb_src
    if [ ${#missing[@]} -gt 0 ]; then
        log "Installing ${#missing[@]} Debian packages: ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# Adds deb-src entries for exactly the archives (URIs and suites) the machine's deb entries use.
enable_deb_src() {
    if apt-cache showsrc qt6-base 2>/dev/null | grep -q '^Package: qt6-base'; then
        return
    fi
    local src=/etc/apt/sources.list.d/folja-deb-src.sources tmp
    tmp=$(mktemp)
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        # deb822: copy each stanza whose Types include deb, as deb-src.
        awk 'BEGIN{RS="";ORS="\n\n"} /(^|\n)Types:[^\n]*deb([ \n]|$)/ {
                 sub(/(^|\n)Types:[^\n]*/, "\nTypes: deb-src"); sub(/^\n/, ""); print }' \
            /etc/apt/sources.list.d/debian.sources >"$tmp"
    fi
    if [ -f /etc/apt/sources.list ]; then
        sed -n 's/^deb \(.*\)/deb-src \1/p' /etc/apt/sources.list >"${tmp}.list"
    fi
    log "Enabling deb-src for the machine's own Debian archive"
    [ -s "$tmp" ] && as_root install -m 0644 "$tmp" "$src"
    [ -s "${tmp}.list" ] && as_root install -m 0644 "${tmp}.list" /etc/apt/sources.list.d/folja-deb-src.list
    rm -f "$tmp" "${tmp}.list"
    as_root apt-get update -qq
}

# fetch_source PACKAGE: downloads the newest version of a Debian source package that the archive
# serves completely (security updates sometimes list a version whose files the mirror lacks), and
# prints the .dsc path. Prints nothing if no version could be fetched.
fetch_source() {
    local pkg=$1 version dsc versions pin
    # FOLJA_WIN_PIN_<package> (dashes as underscores), e.g. FOLJA_WIN_PIN_openssl=3.0.17-1~deb12u2,
    # keeps a stage on a version already built instead of rebuilding for a newer one.
    pin=FOLJA_WIN_PIN_${pkg//-/_}
    versions=${!pin:-$(apt-cache showsrc "$pkg" 2>/dev/null | sed -n 's/^Version: //p' | sort -urV)}
    for version in $versions; do
        dsc=$(ls "$SRC/${pkg}_${version#*:}.dsc" 2>/dev/null || true)
        if [ -n "$dsc" ] && dsc_complete "$dsc"; then
            echo "$dsc"
            return
        fi
        if (cd "$SRC" && apt-get source --download-only "$pkg=$version" >>"$LOGS/sources.log" 2>&1); then
            echo "$SRC/${pkg}_${version#*:}.dsc"
            return
        fi
    done
}

dsc_complete() {
    local f
    for f in $(awk '/^Files:/{on=1;next} /^[A-Z]/{on=0} on{print $3}' "$1"); do
        [ -f "$SRC/$f" ] || return 1
    done
}

# configure_once BUILD_DIR COMMAND...: runs the configure COMMAND in a fresh BUILD_DIR unless BUILD_DIR
# was configured by the same command before, so that an interrupted build resumes where it stopped.
configure_once() {
    local dir=$1 key
    shift
    # The command and the toolchain file's content (not the checkout's path) make the key.
    key=$({ printf '%s\n' "$@" | sed "s|$HERE|<here>|g"; cat "$TOOLCHAIN"; } | sha256sum | cut -c1-16)
    if [ "$(cat "$dir/.folja-configured" 2>/dev/null)" = "$key" ]; then
        echo "configure_once: $dir is configured already; resuming"
        return
    fi
    rm -rf "$dir" && mkdir -p "$dir"
    (cd "$dir" && "$@")
    printf '%s\n' "$key" >"$dir/.folja-configured"
}

# unpack DSC DIR: unpacks a source package with Debian's patches applied, once.
unpack() {
    local dsc=$1 dir=$2
    if [ ! -f "$dir/.unpacked" ] || [ "$(cat "$dir/.unpacked")" != "$(basename "$dsc")" ]; then
        rm -rf "$dir"
        dpkg-source --no-check -x "$dsc" "$dir" >/dev/null
        basename "$dsc" >"$dir/.unpacked"
    fi
}

sources() {
    : >"$LOGS/sources.log"
    DSC_OPENSSL=$(fetch_source openssl)
    DSC_SQLCIPHER=$(fetch_source sqlcipher)
    DSC_ARGON2=$(fetch_source argon2)
    DSC_QTBASE=$(fetch_source qt6-base)
    DSC_QTSVG=$(fetch_source qt6-svg)
    DSC_QCP=$(fetch_source qcustomplot)
    DSC_CRYPTSETUP=
    if [ -z "$DSC_ARGON2" ]; then
        # The argon2 source package's tarball is missing on some mirrors. cryptsetup carries the same
        # reference implementation (phc-winner-argon2, version 0x13) in lib/crypto_backend/argon2.
        DSC_CRYPTSETUP=$(fetch_source cryptsetup)
    fi
    [ -n "$DSC_OPENSSL" ] || die "could not fetch the Debian source of openssl (see $LOGS/sources.log)"
    [ -n "$DSC_SQLCIPHER" ] || die "could not fetch the Debian source of sqlcipher"
    [ -n "$DSC_QTBASE" ] || die "could not fetch the Debian source of qt6-base"
    [ -n "$DSC_QCP" ] || die "could not fetch the Debian source of qcustomplot"
    [ -n "$DSC_ARGON2$DSC_CRYPTSETUP" ] || die "could not fetch the Debian source of argon2 (nor cryptsetup)"
    [ -n "$DSC_QTSVG" ] || log "WARNING: the Debian source of qt6-svg is not available: Följa is built without QtSvg (no .svg chart export)"
    log "Sources: $(for d in $DSC_OPENSSL $DSC_SQLCIPHER $DSC_ARGON2 $DSC_CRYPTSETUP $DSC_QTBASE $DSC_QTSVG $DSC_QCP; do basename "$d" .dsc; done | tr '\n' ' ')"
}

# ---------------------------------------------------------------------------------------------------
# The cross-built libraries, all into $PREFIX. Static OpenSSL, SQLCipher and argon2 (nothing of them
# is exported from the programs, so no other sqlite3 can ever bind to SQLCipher's symbols); Qt and
# QCustomPlot as DLLs.

build_openssl() {
    unpack "$DSC_OPENSSL" "$WORK/openssl"
    cd "$WORK/openssl"
    # Configured once; make resumes an interrupted build.
    [ -f Makefile ] || "${NICE[@]}" ./Configure mingw64 no-shared no-tests no-module no-legacy no-engine \
        CC=$TRIPLET-gcc-posix AR=$TRIPLET-ar RANLIB=$TRIPLET-ranlib RC=$TRIPLET-windres \
        --prefix="$PREFIX" --libdir=lib --openssldir='C:/Program Files/Common Files/SSL'
    "${NICE[@]}" make -j"$JOBS" build_libs
    "${NICE[@]}" make install_dev
}

build_argon2() {
    local dir=$WORK/argon2 srcdir
    if [ -n "$DSC_ARGON2" ]; then
        unpack "$DSC_ARGON2" "$dir"
        srcdir=$dir/src
    else
        unpack "$DSC_CRYPTSETUP" "$WORK/cryptsetup"
        srcdir=$WORK/cryptsetup/lib/crypto_backend/argon2
    fi
    rm -rf "$WORK/argon2-obj" && mkdir -p "$WORK/argon2-obj"
    local f inc=(-I"$srcdir" -I"$srcdir/../include" -I"$srcdir/blake2")
    for f in argon2.c core.c encoding.c ref.c thread.c blake2/blake2b.c; do
        "${NICE[@]}" $TRIPLET-gcc-posix -O2 -std=c99 "${inc[@]}" -c "$srcdir/$f" -o "$WORK/argon2-obj/$(basename "$f" .c).o"
    done
    $TRIPLET-ar rcs "$PREFIX/lib/libargon2.a" "$WORK"/argon2-obj/*.o
    mkdir -p "$PREFIX/include" "$PREFIX/lib/pkgconfig"
    local header=$srcdir/argon2.h
    [ -f "$header" ] || header=$srcdir/../include/argon2.h
    install -m 0644 "$header" "$PREFIX/include/argon2.h"
    cat >"$PREFIX/lib/pkgconfig/libargon2.pc" <<EOF
prefix=$PREFIX
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: libargon2
Description: Argon2 reference implementation (static, MinGW-w64)
Version: 20171227
Libs: -L\${libdir} -largon2
Cflags: -I\${includedir}
EOF
}

# SQLCipher as Debian builds it (debian/rules: secure delete, FTS3, RTREE, the codec, threadsafe),
# except the temp store: SQLITE_TEMP_STORE=3 (always memory, no pragma can move temporary tables or
# sorter runs into plaintext files; Debian's --enable-tempstore gives 2, memory by default).
build_sqlcipher() {
    unpack "$DSC_SQLCIPHER" "$WORK/sqlcipher"
    local winlibs="-lws2_32 -lcrypt32 -lgdi32 -ladvapi32 -luser32 -lbcrypt"
    # The 2016 config.guess cannot name this machine; say it. config_TARGET_EXEEXT=.exe is how this
    # configure learns that the target is Windows (SQLITE_OS_WIN, os_win.c) when cross-compiling.
    configure_once "$WORK/sqlcipher-build" env config_TARGET_EXEEXT=.exe "${NICE[@]}" "$WORK/sqlcipher/configure" --build="$(gcc -dumpmachine)" --host=$TRIPLET --prefix="$PREFIX" \
        --disable-shared --enable-static --enable-threadsafe --enable-tempstore=always --disable-tcl \
        --disable-readline --disable-load-extension \
        CC=$TRIPLET-gcc-posix BUILD_CC=gcc \
        CFLAGS="-O2 -fno-strict-aliasing -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA \
-DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_RTREE=1 -DSQLITE_SOUNDEX=1 -DSQLITE_ENABLE_UNLOCK_NOTIFY \
-DSQLITE_OMIT_LOOKASIDE=1 -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1 -DSQLITE_MAX_SCHEMA_RETRY=25 \
-DSQLITE_HAS_CODEC -I$PREFIX/include" \
        LDFLAGS="-L$PREFIX/lib" LIBS="-lcrypto $winlibs"
    # The build tools (lemon, mkkeywordhash) run here: no .exe suffix (the fts5parse.c rule expects none).
    cd "$WORK/sqlcipher-build"
    "${NICE[@]}" make -j"$JOBS" BCC=gcc BEXE= libsqlcipher.la
    install -m 0644 .libs/libsqlcipher.a "$PREFIX/lib/"
    mkdir -p "$PREFIX/include/sqlcipher"
    install -m 0644 sqlite3.h "$WORK/sqlcipher/src/sqlite3ext.h" "$PREFIX/include/sqlcipher/"
    # Static library: the .pc file names its own dependencies in Libs (pkg_check_modules reads Libs).
    cat >"$PREFIX/lib/pkgconfig/sqlcipher.pc" <<EOF
prefix=$PREFIX
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: SQLCipher
Description: SQLCipher 3.4.1 (static, MinGW-w64, OpenSSL, TEMP_STORE=3)
Version: 3.4.1
Libs: -L\${libdir} -lsqlcipher -lcrypto $winlibs
Cflags: -I\${includedir}/sqlcipher -I\${includedir}
EOF
}

# Qt 6.4.2 for win32-g++: only what Följa uses. Host tools from Debian's Qt via QT_HOST_PATH.
build_qtbase() {
    unpack "$DSC_QTBASE" "$WORK/qtbase"
    # Debian's dfsg tarball drops src/3rdparty/wintab; Wine's headers (libwine-dev) declare the same API.
    mkdir -p "$WORK/qtbase/src/3rdparty/wintab"
    local f
    for f in wintab.h pktdef.h; do
        { printf '#include <windows.h>\n#include <_mingw_dxhelper.h>\n#ifndef API\n#define API WINAPI\n#endif\n'
          cat "/usr/include/wine/wine/windows/$f"; } >"$WORK/$f.new"
        # Rewritten only when different, so that a resumed build does not recompile its users.
        if cmp -s "$WORK/$f.new" "$WORK/qtbase/src/3rdparty/wintab/$f"; then rm "$WORK/$f.new"
        else mv "$WORK/$f.new" "$WORK/qtbase/src/3rdparty/wintab/$f"; fi
    done
    configure_once "$WORK/qtbase-build" "${NICE[@]}" cmake -S "$WORK/qtbase" -B "$WORK/qtbase-build" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DFOLJA_WIN_PREFIX="$PREFIX" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" "${HOST_QT[@]}" \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DBUILD_WITH_PCH=ON \
        -DFEATURE_sql=OFF -DFEATURE_network=OFF -DFEATURE_dbus=OFF -DFEATURE_xml=OFF -DFEATURE_zstd=OFF \
        -DFEATURE_vulkan=OFF -DFEATURE_icu=OFF -DFEATURE_openssl=OFF -DINPUT_opengl=no \
        -DFEATURE_direct2d1_1=OFF \
        -DFEATURE_system_zlib=OFF -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF \
        -DFEATURE_system_freetype=OFF -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_pcre2=OFF \
        -DFEATURE_system_doubleconversion=OFF -DFEATURE_system_libb2=OFF
    "${NICE[@]}" cmake --build "$WORK/qtbase-build" -j"$JOBS"
    "${NICE[@]}" cmake --install "$WORK/qtbase-build"
}

build_qtsvg() {
    unpack "$DSC_QTSVG" "$WORK/qtsvg"
    configure_once "$WORK/qtsvg-build" "${NICE[@]}" cmake -S "$WORK/qtsvg" -B "$WORK/qtsvg-build" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DFOLJA_WIN_PREFIX="$PREFIX" -DCMAKE_PREFIX_PATH="$PREFIX" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" "${HOST_QT[@]}" \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
    "${NICE[@]}" cmake --build "$WORK/qtsvg-build" -j"$JOBS"
    "${NICE[@]}" cmake --install "$WORK/qtsvg-build"
}

# QCustomPlot 2.1 as a DLL, with Debian's own CMake build (debian/patches), which installs the
# same CMake package (QCustomPlotQt6) that Följa finds on Linux.
build_qcustomplot() {
    unpack "$DSC_QCP" "$WORK/qcustomplot"
    configure_once "$WORK/qcustomplot-build" "${NICE[@]}" cmake -S "$WORK/qcustomplot" -B "$WORK/qcustomplot-build" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DFOLJA_WIN_PREFIX="$PREFIX" -DCMAKE_PREFIX_PATH="$PREFIX" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" "${HOST_QT[@]}" \
        -DUSE_QT_VERSION=6 -DBUILD_SHARED_LIBS=ON
    "${NICE[@]}" cmake --build "$WORK/qcustomplot-build" -j"$JOBS"
    "${NICE[@]}" cmake --install "$WORK/qcustomplot-build"
}

libs() {
    deps
    sources
    stage openssl "$(basename "$DSC_OPENSSL" .dsc)" build_openssl
    stage argon2 "$(basename "${DSC_ARGON2:-$DSC_CRYPTSETUP}" .dsc)" build_argon2
    stage sqlcipher "$(basename "$DSC_SQLCIPHER" .dsc)+tempstore3" build_sqlcipher
}

depends() {
    libs
    stage qtbase "$(basename "$DSC_QTBASE" .dsc)" build_qtbase
    if [ -n "$DSC_QTSVG" ]; then
        stage qtsvg "$(basename "$DSC_QTSVG" .dsc)" build_qtsvg
    fi
    stage qcustomplot "$(basename "$DSC_QCP" .dsc)" build_qcustomplot
}

# ---------------------------------------------------------------------------------------------------
# Följa itself, its deployment folder (CMake install rules) and the MSI

folja() {
    [ -f "$STAMPS/qtbase" ] || die "the cross-built Qt is missing: run '$0 depends' first"
    local svg=ON
    [ -f "$PREFIX/lib/cmake/Qt6Svg/Qt6SvgConfig.cmake" ] || svg=OFF
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    log "Följa: configuring in $FBUILD"
    "${NICE[@]}" cmake -S "$ROOT" -B "$FBUILD" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DFOLJA_WIN_PREFIX="$PREFIX" -DCMAKE_PREFIX_PATH="$PREFIX" \
        -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DFOLJA_BUILD_BENCHMARKS=OFF \
        -DFOLJA_WITH_SVG=$svg "${HOST_QT[@]}" "${launcher[@]}" \
        -DCMAKE_INSTALL_PREFIX="$OUT/staging" -DCMAKE_INSTALL_BINDIR=. >"$LOGS/folja-configure.log" 2>&1 ||
        { tail -n 40 "$LOGS/folja-configure.log" >&2; die "configuring Följa failed"; }
    log "Följa: building"
    local start=$SECONDS
    "${NICE[@]}" cmake --build "$FBUILD" -j"$JOBS" >"$LOGS/folja-build.log" 2>&1 ||
        { grep -E 'error|Error' "$LOGS/folja-build.log" | head -n 40 >&2; die "building Följa failed"; }
    printf '%s folja-build %ss\n' "$(date -u +%FT%TZ)" "$((SECONDS - start))" >>"$LOGS/times.txt"

    local version dest
    version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$FBUILD/CMakeCache.txt")
    dest=$OUT/folja-$version-win64
    log "Följa: deploying into $dest"
    rm -rf "$dest"
    # Installed straight into the folder (--prefix). Not with DESTDIR under prefix "/":
    # GNUInstallDirs then turns every relative destination into usr/….
    cmake --install "$FBUILD" --prefix "$dest" >"$LOGS/folja-install.log" 2>&1 ||
        { tail -n 20 "$LOGS/folja-install.log" >&2; die "installing Följa failed"; }
    # Debian's MinGW runtime and the Qt build keep their symbols (libstdc++-6.dll alone is 23 MB):
    # the deployed copies are stripped; the build trees keep theirs.
    find "$dest" \( -name '*.dll' -o -name '*.exe' \) -exec "$TRIPLET-strip" --strip-unneeded {} + ||
        die "stripping the deployed programs and DLLs failed"

    log "Följa: building the MSI with wixl"
    local msi=$OUT/folja-$version-win64.msi
    "$HERE/make-msi.sh" "$dest" "$version" "$msi" >"$LOGS/msi.log" 2>&1 ||
        { cat "$LOGS/msi.log" >&2; die "wixl failed"; }
    log "Done: $dest and $msi ($(du -h "$msi" | cut -f1))"
}

# The unit tests of core/ (and folja-cli, which the CLI tests start) cross-built with Qt Test, for
# test.sh to run under Wine. No GUI: the widget tests need a display plugin Wine cannot offer
# headless beyond offscreen, and the GUI is checked by test.sh's screenshot instead.
unittests() {
    [ -f "$STAMPS/qtbase" ] || die "the cross-built Qt is missing: run '$0 depends' first"
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    log "Följa's unit tests: configuring in $TBUILD"
    "${NICE[@]}" cmake -S "$ROOT" -B "$TBUILD" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DFOLJA_WIN_PREFIX="$PREFIX" -DCMAKE_PREFIX_PATH="$PREFIX" \
        -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON -DFOLJA_BUILD_GUI=OFF -DFOLJA_BUILD_BENCHMARKS=OFF \
        -DFOLJA_WITH_SVG=OFF "${HOST_QT[@]}" "${launcher[@]}" >"$LOGS/tests-configure.log" 2>&1 ||
        { tail -n 40 "$LOGS/tests-configure.log" >&2; die "configuring the unit tests failed"; }
    log "Följa's unit tests: building"
    local start=$SECONDS
    "${NICE[@]}" cmake --build "$TBUILD" -j"$JOBS" >"$LOGS/tests-build.log" 2>&1 ||
        { grep -E 'error|Error' "$LOGS/tests-build.log" | head -n 40 >&2; die "building the unit tests failed"; }
    printf '%s tests-build %ss\n' "$(date -u +%FT%TZ)" "$((SECONDS - start))" >>"$LOGS/times.txt"
    log "Done: $TBUILD (installer/windows/test.sh runs them under Wine)"
}

# (Sourcing the script only defines the functions.)
[ "${BASH_SOURCE[0]}" = "$0" ] || return 0
case "${1:-all}" in
    deps) deps ;;
    sources) deps; sources ;;
    libs) libs ;;
    depends) depends ;;
    folja) sources >/dev/null; folja ;;
    tests) sources >/dev/null; unittests ;;
    all) depends; folja; unittests ;;
    *) die "unknown command '$1' (deps, sources, libs, depends, folja, tests, all)" ;;
esac
