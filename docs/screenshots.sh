#!/usr/bin/env bash
# Regenerates the pictures in docs/screenshots/ from a `folja-cli demo` database (synthetic data
# only), so the manuals never show a stale screen. Runs the programs of a build under xvfb-run.
#
#   docs/screenshots.sh [OUT_DIR]        default: docs/screenshots
#
# Environment: FOLJA_BUILD_DIR (default ./build; a test build also gives guide.png and
# administration.png, which two GUI tests draw), FOLJA_SCREENSHOT_PERSONS (default 1500).
# Needs xvfb-run/xauth (xvfb) and pdftoppm (poppler-utils). The user's own settings are never read
# or touched: HOME and the XDG folders point into a temporary folder.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$(realpath -m "${FOLJA_BUILD_DIR:-$ROOT/build}")
OUT=$(realpath -m "${1:-$ROOT/docs/screenshots}")
PERSONS=${FOLJA_SCREENSHOT_PERSONS:-1500}
FOLJA=$BUILD/bin/folja
CLI=$BUILD/bin/folja-cli
# The demo case of demo1 (seed 1) that arende.png shows; --open-case fails loudly if it moves.
CASE=${FOLJA_SCREENSHOT_CASE:-DEMO-0001323}

die() { echo "screenshots.sh: $*" >&2; exit 1; }
[ -x "$FOLJA" ] && [ -x "$CLI" ] || die "build folja and folja-cli first ($BUILD/bin)"
command -v pdftoppm >/dev/null || die "pdftoppm missing (apt-get install poppler-utils)"

# One X server for every picture: real fonts and styles, as a user sees them.
if [ -z "${FOLJA_SCREENSHOTS_IN_XVFB:-}" ]; then
    command -v xvfb-run >/dev/null || die "xvfb-run missing (apt-get install xvfb xauth)"
    FOLJA_SCREENSHOTS_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1400x1000x24" "$0" "$@"
fi

# The folder name shows in the sign-in picture.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/Folja.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_CACHE_HOME=$WORK/cache
export XDG_RUNTIME_DIR=$WORK/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$OUT" && chmod 700 "$XDG_RUNTIME_DIR"
export LANG=C.UTF-8 FOLJA_LANG=sv QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='qt.qpa.*=false'
# Test builds honour weaker key slots (quicker sign-ins); a release build ignores this.
export FOLJA_KDF_ITERATIONS=1000
unset FOLJA_HIGH_CONTRAST

step() { printf '  %s\n' "$*" >&2; }

DB=$WORK/exempelkommun.folja
export FOLJA_PASSWORD=demo-losen
step "demo database ($PERSONS persons)"
"$CLI" init --db "$DB" --user admin >/dev/null 2>&1 || die "folja-cli init failed"
FOLJA_NEW_PASSWORD=demo-losen "$CLI" user add --db "$DB" --user admin --name analys --role analytiker \
    >/dev/null 2>&1 || die "folja-cli user add failed"
"$CLI" demo --db "$DB" --user admin --persons "$PERSONS" --seed 1 >/dev/null 2>&1 || die "folja-cli demo failed"

shot() {
    local name=$1
    shift
    step "$name.png"
    rm -f "$OUT/$name.png"
    "$FOLJA" "$@" --screenshot "$OUT/$name.png" --screenshot-delay 1500 >/dev/null 2>"$WORK/err" ||
        { cat "$WORK/err" >&2; die "$name.png: folja $* failed"; }
    [ -s "$OUT/$name.png" ] || die "$name.png was not written"
}

# First the sign-in screen, while no database has been used yet (it then offers the wizard).
shot inloggning --db "$DB"
shot mina-arenden --db "$DB" --user demo1
shot arende --db "$DB" --user demo1 --open-case "$CASE"
shot analys --db "$DB" --user analys

step "rapport.png (page 2 of a nämnd report)"
"$CLI" report --db "$DB" --user analys --unit arende --rows alder_grupp --cols aktualiseringstyp \
    --from 2025-01-01 --to 2025-12-31 --chart grouped --title "Uppföljning 2025" \
    --organisation "Exempelkommun, socialnämnden (påhittade data)" --out "$WORK/rapport.pdf" >/dev/null 2>&1 ||
    die "folja-cli report failed"
pdftoppm -f 2 -l 2 -r 80 -png -singlefile "$WORK/rapport.pdf" "$OUT/rapport" || die "pdftoppm failed"

# The wizard's last page and the administration pages are drawn by their GUI tests (each on its
# own synthetic database), when this is a test build.
GUI_TESTS=$BUILD/tests/gui
if [ -x "$GUI_TESTS/tst_createdatabase" ] && [ -x "$GUI_TESTS/tst_admin" ]; then
    step "guide.png"
    FOLJA_SCREENSHOT_DIR=$OUT "$GUI_TESTS/tst_createdatabase" createsARealDatabase >"$WORK/err" 2>&1 ||
        { cat "$WORK/err" >&2; die "tst_createdatabase failed"; }
    step "administration.png"
    mkdir -p "$WORK/admin"
    FOLJA_ADMIN_SCREENSHOT=$WORK/admin "$GUI_TESTS/tst_admin" screenshotsForDocumentation >"$WORK/err" 2>&1 ||
        { cat "$WORK/err" >&2; die "tst_admin failed"; }
    cp "$WORK/admin/administration-3.png" "$OUT/administration.png" # the catalogue page
else
    step "guide.png and administration.png kept (not a test build)"
fi
# The import wizard's six pages (issue 14), drawn by its GUI test on the Treserva-like fixture.
if [ -x "$GUI_TESTS/tst_importwizard" ]; then
    step "importguide-1..6.png"
    FOLJA_IMPORTWIZARD_SCREENSHOTS=$OUT "$GUI_TESTS/tst_importwizard" importsTheExtractThroughTheWidgets \
        >"$WORK/err" 2>&1 || { cat "$WORK/err" >&2; die "tst_importwizard failed"; }
fi

# The exchange dialogs (Skicka mina ärenden, Ta emot paket, the conflict report), drawn by their test.
if [ -x "$GUI_TESTS/tst_exchange_gui" ]; then
    step "utbyte-*.png"
    mkdir -p "$WORK/utbyte"
    FOLJA_EXCHANGE_SCREENSHOTS=$WORK/utbyte "$GUI_TESTS/tst_exchange_gui" >"$WORK/err" 2>&1 ||
        { cat "$WORK/err" >&2; die "tst_exchange_gui failed"; }
    cp "$WORK/utbyte/utbyte-skicka.png" "$WORK/utbyte/utbyte-ta-emot.png" "$WORK/utbyte/utbyte-konfliktrapport.png" "$OUT/"
fi

for f in inloggning mina-arenden arende analys rapport; do
    head -c 8 "$OUT/$f.png" | grep -q PNG || die "$f.png is not a PNG"
done
echo "screenshots.sh: pictures written to $OUT" >&2
