#!/usr/bin/env bash
# Checks the Windows build of Följa (installer/windows/build.sh) under Wine. Not part of .ci/run
# (it needs the cross-built Qt, about an hour the first time); run it after build.sh:
#
#   installer/windows/test.sh          everything below
#   installer/windows/test.sh libs     only section 0 (needs just the cross-built OpenSSL, SQLCipher
#                                      and argon2, not Qt)
#
# What it checks:
#   0. the cross-built SQLCipher/OpenSSL/argon2 under Wine against Debian's own (libcheck.c): same
#      SQLCipher, temp store in memory, same Argon2id hash, each reads the other's database;
#   1. the MSI: wixl made it, msiextract lists the files it would install (the programs, the Qt
#      DLLs and plugins), the upgrade code is the fixed one, there is a Start-menu shortcut;
#   2. no sqlite3 anywhere: no such DLL in the folder, the programs import none and export no
#      sqlite3_* symbol (SQLCipher is linked in statically);
#   3. under Wine: folja-cli --help and --version (in Swedish), init, user add, demo --persons 300
#      (summary identical to the Linux build's for the same seed), crosstab (same categories and
#      labels; the counts carry each database's own cell-key noise), report --out x.pdf;
#   4. the file format: a database made by the Windows build opens in the Linux build and the other
#      way round, and both builds print the same crosstab JSON, byte for byte, for each;
#   5. folja.exe reaches its sign-in window on the offscreen platform and on Windows' own qwindows
#      platform in a virtual X display (--screenshot, PNGs kept in $FOLJA_WIN_OUT);
#   6. the core unit tests (Qt Test executables cross-built by `build.sh tests`) pass under Wine.
#
# Environment: FOLJA_WIN_CACHE (default /work/cache/windows), FOLJA_WIN_OUT (default
# $FOLJA_WIN_CACHE/out), FOLJA_LINUX_CLI (the Linux folja-cli to compare with; default
# build/bin/folja-cli of this checkout), WINEPREFIX (default $FOLJA_WIN_CACHE/wineprefix),
# FOLJA_WIN_KEEP=1 keeps the work folder.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CACHE=${FOLJA_WIN_CACHE:-/work/cache/windows}
OUT=${FOLJA_WIN_OUT:-$CACHE/out}
LINUX_CLI=${FOLJA_LINUX_CLI:-$ROOT/build/bin/folja-cli}
export WINEPREFIX=${WINEPREFIX:-$CACHE/wineprefix}
export WINEDEBUG=${WINEDEBUG:--all}
# No Mono/Gecko download prompts (Följa needs neither), and no menu entries on the Linux desktop
# for the MSI's shortcut (winemenubuilder).
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml,winemenubuilder.exe=}
UPGRADE_CODE="{D7DC2191-7F5A-4745-A324-BD46BD13922D}"

fail() { echo "test.sh: FAIL: $*" >&2; exit 1; }
step() { printf '\033[1m--> %s\033[0m\n' "$*" >&2; }
pass() { printf '    ok: %s\n' "$*" >&2; }

WORK=$(mktemp -d)
cleanup() {
    wineserver -k >/dev/null 2>&1 || true
    if [ "${FOLJA_WIN_KEEP:-0}" = 1 ]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
[ -d "$WINEPREFIX" ] || { mkdir -p "$WINEPREFIX"; wineboot -i >/dev/null 2>&1; }

# ---------------------------------------------------------------------------------------------------
step "0. The cross-built SQLCipher, OpenSSL and argon2 against Debian's"
PREFIX=$CACHE/prefix
[ -f "$PREFIX/lib/libsqlcipher.a" ] && [ -f "$PREFIX/lib/libargon2.a" ] ||
    fail "the cross-built libraries are missing; run installer/windows/build.sh depends"
x86_64-w64-mingw32-gcc-posix -std=c99 -O1 -DSQLITE_HAS_CODEC $(PKG_CONFIG_LIBDIR=$PREFIX/lib/pkgconfig pkg-config --cflags sqlcipher libargon2) \
    "$HERE/libcheck.c" -o "$WORK/libcheck.exe" -static \
    $(PKG_CONFIG_LIBDIR=$PREFIX/lib/pkgconfig pkg-config --libs sqlcipher libargon2) || fail "libcheck.exe does not link"
gcc -std=c99 -O1 -DSQLITE_HAS_CODEC $(pkg-config --cflags sqlcipher libargon2) "$HERE/libcheck.c" -o "$WORK/libcheck" \
    $(pkg-config --libs sqlcipher libargon2) || fail "libcheck does not build against Debian's libsqlcipher-dev/libargon2-dev"
# Wine reports the Windows paths of Linux files as Z:\... ; folja-cli gets them as arguments.
winpath() { printf 'Z:%s' "$(echo "$1" | sed 's|/|\\|g')"; }
wlib() { (cd "$WORK" && wine "$WORK/libcheck.exe" "$@" | tr -d '\r'); }
wlib info >"$WORK/w-info" || fail "libcheck.exe info under Wine"
"$WORK/libcheck" info >"$WORK/l-info"
sed 's/^/    windows: /' "$WORK/w-info" >&2
grep -qx "cipher_version=3.4.1" "$WORK/w-info" || fail "the Windows SQLCipher is not 3.4.1"
grep -qx "compile_option=TEMP_STORE=3" "$WORK/w-info" || fail "the Windows SQLCipher's temp store is not always-memory"
grep -qx "compile_option=SECURE_DELETE" "$WORK/w-info" || fail "the Windows SQLCipher lacks SECURE_DELETE"
diff <(wlib argon2) <("$WORK/libcheck" argon2) >&2 || fail "Argon2id differs between the Windows and the Debian build"
pass "SQLCipher 3.4.1 (TEMP_STORE=3, SECURE_DELETE), Argon2id hash identical to Debian's libargon2"
export LIBCHECK_KEY='libcheck key'
wlib write "$(winpath "$WORK/w-lib.db")" || fail "libcheck.exe write"
"$WORK/libcheck" write "$WORK/l-lib.db" || fail "libcheck write"
if head -c 16 "$WORK/w-lib.db" | grep -q "SQLite format 3"; then fail "the Windows SQLCipher wrote a plaintext file"; fi
"$WORK/libcheck" read "$WORK/w-lib.db" >"$WORK/w-lib-on-linux" || fail "Debian's SQLCipher cannot read the Windows database"
wlib read "$(winpath "$WORK/l-lib.db")" >"$WORK/l-lib-on-windows" ||
    fail "the Windows SQLCipher cannot read the Linux database"
"$WORK/libcheck" read "$WORK/l-lib.db" >"$WORK/l-lib-on-linux"
diff "$WORK/l-lib-on-linux" "$WORK/w-lib-on-linux" >&2 || fail "the Windows database reads differently on Linux"
diff "$WORK/l-lib-on-linux" "$WORK/l-lib-on-windows" >&2 || fail "the Linux database reads differently under Wine"
if LIBCHECK_KEY=wrong "$WORK/libcheck" read "$WORK/w-lib.db" >/dev/null 2>&1; then fail "a wrong key opened the Windows database"; fi
pass "databases cross-read both ways (åäö text, a 5000-row sort through the temp store); a wrong key is refused"
[ "${1:-all}" = libs ] && { step "Library checks passed"; exit 0; }

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "${FOLJA_WIN_BUILD:-$CACHE/folja-build}/CMakeCache.txt" 2>/dev/null || true)
[ -n "$version" ] || fail "no Windows build found; run installer/windows/build.sh first"
DIR=$OUT/folja-$version-win64
MSI=$OUT/folja-$version-win64.msi
[ -f "$DIR/folja-cli.exe" ] || fail "$DIR/folja-cli.exe is missing; run installer/windows/build.sh"
[ -f "$MSI" ] || fail "$MSI is missing; run installer/windows/build.sh"
[ -x "$LINUX_CLI" ] || fail "no Linux folja-cli at $LINUX_CLI (build it, or set FOLJA_LINUX_CLI)"


# ---------------------------------------------------------------------------------------------------
step "1. The MSI ($(du -h "$MSI" | cut -f1))"
msiextract --list "$MSI" | sed 's|\\|/|g' >"$WORK/msi-files"
for f in folja.exe folja-cli.exe Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6PrintSupport.dll \
    platforms/qwindows.dll platforms/qoffscreen.dll libstdc++-6.dll folja.ico; do
    grep -qxF "Följa/$f" "$WORK/msi-files" || fail "the MSI does not install $f"
done
pass "msiextract lists $(wc -l <"$WORK/msi-files") files under Program Files/Följa"
msiinfo export "$MSI" Property >"$WORK/property"
grep -q "^UpgradeCode	$UPGRADE_CODE" "$WORK/property" || fail "the MSI's UpgradeCode is not $UPGRADE_CODE"
grep -q "^ProductVersion	$version" "$WORK/property" || fail "the MSI's ProductVersion is not $version"
grep -q "^ALLUSERS	1" "$WORK/property" || fail "the MSI is not a per-machine install (ALLUSERS)"
msiinfo export "$MSI" Shortcut | grep -q "Följa" || fail "the MSI has no Start-menu shortcut"
pass "UpgradeCode $UPGRADE_CODE, version $version, per-machine, Start-menu shortcut"
# Silent install and removal with Windows Installer (Wine's msiexec).
installed="$WINEPREFIX/drive_c/Program Files/Följa"
[ ! -e "$installed" ] || fail "Följa is installed in the Wine prefix already ($installed)"
wine msiexec /i "$(winpath "$MSI")" /qn || fail "msiexec /i /qn"
[ -f "$installed/folja.exe" ] && [ -f "$installed/platforms/qwindows.dll" ] || fail "msiexec installed no folja.exe"
find "$WINEPREFIX/drive_c" -iname 'Följa.lnk' | grep -q . || fail "no Start-menu shortcut after installing"
wine msiexec /x "$(winpath "$MSI")" /qn || fail "msiexec /x /qn"
left=$(find "$installed" -type f 2>/dev/null; find "$WINEPREFIX/drive_c" -iname 'Följa.lnk')
[ -z "$left" ] || fail "left after removal: $left"
rmdir "$installed" 2>/dev/null || true # Wine's msiexec leaves the empty folder
pass "msiexec /i … /qn installs into Program Files\\Följa with a shortcut; msiexec /x … /qn leaves no file"

# ---------------------------------------------------------------------------------------------------
step "2. SQLCipher only"
if find "$DIR" -iname '*sqlite*' | grep -q .; then fail "a sqlite file in the folder: $(find "$DIR" -iname '*sqlite*')"; fi
for exe in folja.exe folja-cli.exe; do
    x86_64-w64-mingw32-objdump -p "$DIR/$exe" >"$WORK/pe"
    if grep -i "DLL Name:.*sqlite" "$WORK/pe"; then fail "$exe imports a sqlite DLL"; fi
    if grep -q "sqlite3_" <(sed -n '/Export Address Table/,$p' "$WORK/pe"); then fail "$exe exports sqlite3_* symbols"; fi
done
pass "no sqlite DLL, imported or shipped; no sqlite3_* exported"

# ---------------------------------------------------------------------------------------------------
step "3. folja-cli under Wine"
wcli() { (cd "$WORK" && wine "$DIR/folja-cli.exe" "$@"); }

help=$(FOLJA_LANG=sv wcli --help | tr -d '\r') || fail "folja-cli.exe --help exits non-zero"
grep -q "Användning: folja-cli" <<<"$help" || fail "folja-cli.exe --help is not in Swedish: $(head -n 2 <<<"$help")"
grep -q "crosstab" <<<"$help" || fail "folja-cli.exe --help lists no crosstab"
# Without FOLJA_LANG the Windows user locale decides (Wine takes it from LANG). sed, not head: the
# program must not die of a closed pipe under pipefail.
help_sv=$(LANG=sv_SE.UTF-8 wcli --help | tr -d '\r' | sed -n 1p) || fail "folja-cli.exe --help (Swedish locale)"
help_en=$(LANG=en_US.UTF-8 wcli --help | tr -d '\r' | sed -n 1p) || fail "folja-cli.exe --help (English locale)"
[[ "$help_sv" == Användning:* ]] || fail "a Swedish Windows locale gives '$help_sv'"
[[ "$help_en" == Usage:* ]] || fail "an English Windows locale gives '$help_en'"
pass "--help in Swedish (FOLJA_LANG=sv, or a Swedish Windows locale: '$help_sv'); English locale: '$help_en'"
ver=$(FOLJA_LANG=sv wcli --version | tr -d '\r') || fail "folja-cli.exe --version exits non-zero"
grep -qF "$version" <<<"$ver" || fail "folja-cli.exe --version says '$ver', not $version"
pass "--version: $ver"

export FOLJA_LANG=sv # both builds in Swedish, whatever the locale Wine was given
export FOLJA_PASSWORD='wine check password 1'
export FOLJA_NEW_PASSWORD='wine check password 2'
wdb=$WORK/windows.folja
ldb=$WORK/linux.folja
start=$SECONDS
wcli init --db "$(winpath "$wdb")" --user admin >"$WORK/w-init.txt" 2>&1 || { cat "$WORK/w-init.txt" >&2; fail "init"; }
[ -s "$wdb" ] && [ -s "$wdb.keys" ] || fail "init made no database and key file"
if head -c 16 "$wdb" | grep -q "SQLite format 3"; then fail "the Windows database is not encrypted"; fi
pass "init ($((SECONDS - start)) s)"
wcli user add --db "$(winpath "$wdb")" --user admin --name anna --role handlaggare >"$WORK/w-user.txt" 2>&1 ||
    { cat "$WORK/w-user.txt" >&2; fail "user add"; }
pass "user add"
start=$SECONDS
wcli demo --db "$(winpath "$wdb")" --user admin --persons 300 --seed 7 >"$WORK/w-demo.json" 2>"$WORK/w-demo.err" ||
    { cat "$WORK/w-demo.err" >&2; fail "demo --persons 300"; }
pass "demo --persons 300 ($((SECONDS - start)) s): $(tr -d '\r\n ' <"$WORK/w-demo.json" | cut -c1-100)"

crosstab=(crosstab --user admin --rows kon --cols insats:parent --format json)
# Raw bytes: folja-cli's standard output is binary on Windows too (no CRLF).
wcli "${crosstab[@]}" --db "$(winpath "$wdb")" >"$WORK/w-crosstab.json" || fail "crosstab"
[ -s "$WORK/w-crosstab.json" ] || fail "crosstab printed nothing"

# The same with the Linux build, same seed.
"$LINUX_CLI" init --db "$ldb" --user admin >/dev/null 2>&1 || fail "Linux init"
"$LINUX_CLI" user add --db "$ldb" --user admin --name anna --role handlaggare >/dev/null 2>&1 || fail "Linux user add"
"$LINUX_CLI" demo --db "$ldb" --user admin --persons 300 --seed 7 >"$WORK/l-demo.json" 2>/dev/null || fail "Linux demo"
"$LINUX_CLI" "${crosstab[@]}" --db "$ldb" >"$WORK/l-crosstab.json" || fail "Linux crosstab"
diff -u "$WORK/l-demo.json" "$WORK/w-demo.json" >&2 || fail "demo summaries differ between Linux and Windows"
# Every database has its own secret cell key (made at init), so the published counts of two
# databases differ by their noise even with the same seed (two Linux databases do too). Compared
# here: the table without its numbers (variables, categories, labels, layout, notes); the numbers
# are compared on one and the same database in section 4.
shape() { python3 -c 'import json,sys
t = json.load(open(sys.argv[1]))
dims = [d if isinstance(d, str) else d.get("variable", d.get("name")) for d in t["dimensions"]]
coords = lambda rows: sorted(json.dumps({k: r[k] for k in r if k in dims}, sort_keys=True) for r in rows)
out = {k: t[k] for k in ("dimensions", "footnotes", "min_cell", "mode", "protection", "unit")}
out["cells"], out["margins"] = coords(t["cells"]), coords(t["margins"])
print(json.dumps(out, indent=1, sort_keys=True))' "$1"; }
diff -u <(shape "$WORK/l-crosstab.json") <(shape "$WORK/w-crosstab.json") >&2 ||
    fail "the crosstab's categories or labels differ between Linux and Windows"
pass "crosstab JSON ($(wc -c <"$WORK/w-crosstab.json") bytes): same variables, categories and labels as the Linux build's for the same seed"


# CSV as on Linux: ';'-separated, LF line ends (stdout is binary), no byte-order mark.
wcli crosstab --user admin --rows kon --format csv --db "$(winpath "$wdb")" >"$WORK/w-crosstab.csv" || fail "crosstab --format csv"
"$LINUX_CLI" crosstab --user admin --rows kon --format csv --db "$wdb" >"$WORK/w-crosstab-on-linux.csv" ||
    fail "Linux crosstab --format csv of the Windows database"
if grep -q $'\r' "$WORK/w-crosstab.csv"; then fail "crosstab CSV on Windows has CR line ends"; fi
cmp "$WORK/w-crosstab.csv" "$WORK/w-crosstab-on-linux.csv" >&2 || fail "the same CSV differs between the builds"
pass "crosstab --format csv: LF line ends, the same bytes as the Linux build's for the same database"

# report draws on the offscreen platform, which on Windows reads fonts from C:\Windows\Fonts
# (folja-cli points QT_QPA_FONTDIR there). Wine's prefix has none of its own: first the refusal
# without fonts, then with DejaVu copied in, as a Windows machine has its own fonts there.
report=(report --db "$(winpath "$wdb")" --user admin --rows kon --cols insats:parent --out "$(winpath "$WORK/x.pdf")")
winfonts="$WINEPREFIX/drive_c/windows/Fonts"
mkdir -p "$winfonts"
find "$winfonts" -maxdepth 1 -name 'DejaVu*.ttf' -delete
if wcli "${report[@]}" >"$WORK/w-report.txt" 2>&1; then fail "report without any font did not refuse"; fi
grep -q "typsnitt" "$WORK/w-report.txt" || { cat "$WORK/w-report.txt" >&2; fail "report without fonts: no clear message"; }
[ ! -e "$WORK/x.pdf" ] || fail "report without fonts left a file"
pass "report without fonts refuses: $(tr -d '\r' <"$WORK/w-report.txt" | head -n 1)"
cp /usr/share/fonts/truetype/dejavu/DejaVuSans*.ttf "$winfonts/"
wcli "${report[@]}" >"$WORK/w-report.txt" 2>&1 || { cat "$WORK/w-report.txt" >&2; fail "report --out x.pdf"; }
head -c 5 "$WORK/x.pdf" | grep -q '%PDF-' || fail "report wrote no PDF"
pdftotext "$WORK/x.pdf" - | grep "Följa\|nämnd\|Nämnd" >/dev/null || fail "the PDF has no readable Swedish text"
pass "report --out x.pdf ($(stat -c %s "$WORK/x.pdf") bytes, $(pdfinfo "$WORK/x.pdf" | sed -n "s/^Pages: *//p") pages, Swedish text)"

# ---------------------------------------------------------------------------------------------------
step "4. One file format: Windows database in Linux, Linux database under Wine"
"$LINUX_CLI" "${crosstab[@]}" --db "$wdb" >"$WORK/wdb-on-linux.json" || fail "the Linux build cannot open the Windows database"
diff -u "$WORK/w-crosstab.json" "$WORK/wdb-on-linux.json" >&2 || fail "the Windows database reads differently on Linux"
# (Byte for byte: counts, the cell-key noise, suppression, percentages.)
wcli "${crosstab[@]}" --db "$(winpath "$ldb")" >"$WORK/ldb-on-windows.json" ||
    fail "the Windows build cannot open the Linux database"
diff -u "$WORK/l-crosstab.json" "$WORK/ldb-on-windows.json" >&2 || fail "the Linux database reads differently under Wine"
pass "both ways, the same crosstab JSON byte for byte (counts, cell-key noise, suppression)"

# ---------------------------------------------------------------------------------------------------
step "5. folja.exe reaches its sign-in window (offscreen)"
shot=$WORK/signin.png
# Wine hides QT_* variables from the program: the platform goes on the command line, the fonts via
# WINEQT_QPA_FONTDIR (Wine passes WINE-prefixed variables on without the prefix).
export WINEQT_QPA_FONTDIR='Z:\usr\share\fonts\truetype\dejavu'
(cd "$WORK" && FOLJA_LANG=sv timeout 120 wine "$DIR/folja.exe" -platform offscreen --db "$(winpath "$wdb")" \
    --screenshot "$(winpath "$shot")" --screenshot-delay 1000 >"$WORK/gui.txt" 2>&1) ||
    { cat "$WORK/gui.txt" >&2; fail "folja.exe --screenshot"; }
[ -s "$shot" ] || fail "folja.exe wrote no screenshot"
file "$shot" | grep -q "PNG image data" || fail "the screenshot is not a PNG"
cp "$shot" "$OUT/signin-wine.png"
pass "sign-in window grabbed: $OUT/signin-wine.png ($(file -b "$shot" | cut -d, -f2 | tr -d ' '))"

# Windows' own platform plugin (qwindows, the Vista style a user sees), drawn by Wine into a virtual
# X display, signed in as admin (--user with FOLJA_PASSWORD): the key derivation, the database and
# the ärende list in the GUI. Wine's DirectWrite leaves the text of line edits blank, so the
# font engine is Qt's FreeType one here; on Windows the default engine is used.
if command -v xvfb-run >/dev/null; then
    shot=$WORK/signin-qwindows.png
    (cd "$WORK" && FOLJA_LANG=sv timeout 120 xvfb-run -a -s '-screen 0 1280x900x24' wine "$DIR/folja.exe" \
        -platform windows:fontengine=freetype --db "$(winpath "$wdb")" --user admin \
        --screenshot "$(winpath "$shot")" --screenshot-delay 2000 >"$WORK/gui-qwindows.txt" 2>&1) ||
        { cat "$WORK/gui-qwindows.txt" >&2; fail "folja.exe on the qwindows platform"; }
    file "$shot" | grep -q "PNG image data" || fail "no screenshot from the qwindows platform"
    cp "$shot" "$OUT/signin-wine-qwindows.png"
    pass "signed in as admin on qwindows: $OUT/signin-wine-qwindows.png"
else
    echo "    skipped: the qwindows screenshot needs xvfb-run (package xvfb)" >&2
fi

# ---------------------------------------------------------------------------------------------------
step "6. The core unit tests under Wine"
TBUILD=$CACHE/folja-tests-build
[ -f "$TBUILD/CTestTestfile.cmake" ] || fail "no cross-built unit tests in $TBUILD; run installer/windows/build.sh tests"
# The Qt DLLs (Qt6Test is not deployed) and the MinGW runtime from the deployment folder.
export WINEPATH="$(winpath "$PREFIX/bin");$(winpath "$DIR")"
# Only the Qt Test programs (tst_*): the script checks (linkage, packaging) are about the Linux build.
start=$SECONDS
# A second try for a test that fails or hangs: under Wine a test has now and then hung until its
# timeout beside another one (tst_microdata once, 5 s alone); how many needed it is reported.
if ! ctest --test-dir "$TBUILD" -L unit -R '^tst_' -j"$(nproc)" --repeat until-pass:2 --output-on-failure \
    >"$WORK/ctest.txt" 2>&1; then
    # Qt Test's console output does not reach ctest under Wine: each failed test runs again with
    # its log in a file, and the failures are shown from there.
    for t in $(sed -n 's/^[[:space:]]*[0-9]* - \(tst_[a-z0-9_]*\) (.*/\1/p' "$WORK/ctest.txt" | sort -u); do
        (cd "$TBUILD" && FOLJA_LANG=sv timeout 600 wine "$TBUILD/$t.exe" -o "$(winpath "$WORK/$t.log"),txt" \
            >/dev/null 2>&1) || true
        echo "--- $t" >&2
        grep -A3 'FAIL!' "$WORK/$t.log" >&2 || echo "    (no FAIL line; crashed or timed out?)" >&2
        cat "$WORK/$t.log" >>"$WORK/ctest.txt" 2>/dev/null || true
    done
    cp "$WORK/ctest.txt" "$OUT/ctest-wine.txt"
    fail "unit tests failed under Wine (full output: $OUT/ctest-wine.txt)"
fi
cp "$WORK/ctest.txt" "$OUT/ctest-wine.txt"
retried=$(grep -cE '\*\*\*(Failed|Timeout|Exception)' "$WORK/ctest.txt" || true)
pass "$(grep -E 'tests passed' "$WORK/ctest.txt") ($((SECONDS - start)) s; $retried needed a second try; output in $OUT/ctest-wine.txt)"

step "All Windows checks passed"
