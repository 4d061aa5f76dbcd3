#!/usr/bin/env bash
# Runs the SIGKILL test with many kill points (default 1000) and reports how many landed.
#   tests/reliability/killpoints.sh [KILLS] [BUILD_DIR]     (FOLJA_KILL_SEED=S repeats a run)
# After every kill the database must open, pass PRAGMA integrity_check and hold exactly the
# transactions reported committed (see tests/reliability/tst_killpoints.cpp).
set -euo pipefail
KILLS=${1:-1000}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${2:-$ROOT/build}
BIN=$BUILD/tests/reliability/tst_killpoints
if [ ! -x "$BIN" ]; then
    cmake --build "$BUILD" --target tst_killpoints folja-cli >/dev/null
fi
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
start=$(date +%s)
# QTEST_FUNCTION_TIMEOUT: one operation with 350+ kill points outlasts QtTest's 5-minute watchdog.
out=$(HOME=$HOME_DIR XDG_CONFIG_HOME=$HOME_DIR/config FOLJA_KILLS=$KILLS QTEST_FUNCTION_TIMEOUT=7200000 \
    QT_QPA_PLATFORM=offscreen "$BIN" 2>&1) || {
    printf '%s\n' "$out" | tail -40
    echo "killpoints.sh: FAILED" >&2
    exit 1
}
landed=$(printf '%s\n' "$out" | sed -n 's/^KILL POINTS: //p')
printf '%s\n' "$out" | grep -E "kill points|seed" || true
echo "killpoints.sh: $landed kill points, every one reopened, integrity_check ok, committed transactions intact ($(( $(date +%s) - start )) s)"
