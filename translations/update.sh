#!/usr/bin/env bash
# Refresh the translation sources from the code, then (optionally) fill in translations.
#
#   translations/update.sh                 run lupdate for folja_sv.ts and folja_en.ts
#   translations/update.sh FILE.json       ... then fill in the Swedish translations in FILE.json
#   translations/update.sh --missing      list the Swedish messages still unfinished
#
# FILE.json: {"Context": {"English source": "svensk översättning", ...}, ...}; a plural message
# takes a list: {"Context": {"%n case(s)": ["%n ärende", "%n ärenden"]}}.
# The include paths matter: with them lupdate resolves the tr() contexts exactly as they are at
# run time. Runs under a lock, so several developers' scripts never interleave their writes.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
exec 9>"$ROOT/translations/.update.lock"
flock 9

run_lupdate() {
    "$LUPDATE" -silent -no-obsolete -locations none -I core -I ui -I app \
        $(git ls-files -co --exclude-standard 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' 'app/*.cpp' 'app/*.h') \
        -ts translations/folja_sv.ts translations/folja_en.ts
}

case "${1:-}" in
--missing)
    python3 "$ROOT/translations/fill.py" --missing translations/folja_sv.ts
    ;;
"")
    run_lupdate
    ;;
*)
    run_lupdate
    python3 "$ROOT/translations/fill.py" translations/folja_sv.ts "$1"
    run_lupdate
    ;;
esac
