#!/usr/bin/env bash
# Installs a build into a temporary prefix and checks what a user's system would get: both
# programs, the desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli), the
# hicolor icons at their real sizes, the man pages (man --warnings) and the manuals.
# Usage: test_install.sh BUILD_DIR PROJECT_VERSION
set -euo pipefail
BUILD=$1
VERSION=$2
APP_ID=se.folja.folja
DEST=$(mktemp -d)
trap 'rm -rf "$DEST"' EXIT
fail() { echo "install_layout: FAIL: $*" >&2; exit 1; }

cmake --install "$BUILD" --prefix "$DEST/usr" >/dev/null
U=$DEST/usr
for f in bin/folja bin/folja-cli share/applications/$APP_ID.desktop share/metainfo/$APP_ID.metainfo.xml \
    share/icons/hicolor/scalable/apps/$APP_ID.svg share/man/man1/folja-cli.1.gz share/man/man1/folja.1.gz \
    share/doc/folja/copyright share/doc/folja/anvandarhandbok.md share/doc/folja/it-guide.md \
    share/doc/folja/screenshots/inloggning.png; do
    [ -e "$U/$f" ] || fail "not installed: /usr/$f"
done
[ -x "$U/bin/folja" ] && [ -x "$U/bin/folja-cli" ] || fail "the programs are not executable"
# Nothing outside the prefix's usual places.
unexpected=$(cd "$U" && find . -mindepth 1 -maxdepth 1 ! -name bin ! -name share)
[ -z "$unexpected" ] || fail "unexpected top-level entries under /usr: $unexpected"

# Icons: each PNG really has the size its folder says.
for size in 16 22 24 32 48 64 128 256 512; do
    png=$U/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png
    [ -s "$png" ] || fail "icon ${size}x${size} missing (rsvg-convert from librsvg2-bin?)"
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || fail "icon ${size}x${size} is $dims"
done

desktop=$U/share/applications/$APP_ID.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -qx "Exec=folja" "$desktop" || fail "the desktop entry does not start folja"
grep -qx "Icon=$APP_ID" "$desktop" || fail "the desktop entry's icon is not $APP_ID"
grep -qx "Categories=Office;" "$desktop" || fail "the desktop entry is not in Office"
grep -q "^Name\[sv\]=" "$desktop" && grep -q "^GenericName\[sv\]=" "$desktop" || fail "no Swedish name"

metainfo=$U/share/metainfo/$APP_ID.metainfo.xml
grep -q "<release version=\"$VERSION\"" "$metainfo" || fail "metainfo does not name release $VERSION"
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo" || fail "metainfo launchable"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$metainfo" >"$DEST/as.log" 2>&1 || { cat "$DEST/as.log" >&2; fail "appstreamcli"; }
fi

for page in folja-cli folja; do
    gz=$U/share/man/man1/$page.1.gz
    warnings=$(MANWIDTH=80 man --warnings -l "$gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man $page: $warnings"
    zcat "$gz" | grep -q "Följa $VERSION" || fail "man $page does not name version $VERSION"
done
# Every command folja-cli --help lists has its own entry in the man page.
commands=$(FOLJA_LANG=en "$U/bin/folja-cli" --help | sed -n 's/^  \([a-z]\+\)\( add\)\? --db.*/\1/p')
[ -n "$commands" ] || fail "could not read the commands from folja-cli --help"
for c in $commands; do
    zcat "$U/share/man/man1/folja-cli.1.gz" | grep -q "^\.B $c" || fail "man folja-cli lacks the command $c"
done
echo "install_layout: OK"
