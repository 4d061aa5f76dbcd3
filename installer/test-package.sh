#!/usr/bin/env bash
# Installs the Debian package like municipal IT would, checks it, removes it, and checks that
# nothing is left under /usr. Needs root (it runs apt-get); `installer/setup.sh package-test`
# builds the package and runs this. Usage: installer/test-package.sh path/to/folja_X_amd64.deb
set -euo pipefail

DEB=$(realpath "${1:?usage: $0 folja_VERSION_ARCH.deb}")
APP_ID=se.folja.folja
[ "$(id -u)" -eq 0 ] || { echo "test-package: needs root (apt-get install)" >&2; exit 2; }

fail() { echo "test-package: FAIL: $*" >&2; exit 1; }
step() { printf '\033[1m--> %s\033[0m\n' "$*" >&2; }

WORK=$(mktemp -d)
cleanup() {
    dpkg-query -W -f='${Status}' folja 2>/dev/null | grep -q installed && apt-get purge -y -qq folja >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT

if dpkg-query -W -f='${Status}' folja 2>/dev/null | grep -q "install ok installed"; then
    fail "folja is already installed here; remove it first (apt-get purge folja)"
fi

step "Package contents and metadata"
dpkg-deb --contents "$DEB" | awk '{print $6}' | sed 's|^\./|/|' >"$WORK/contents"
for f in /usr/bin/folja /usr/bin/folja-cli \
    /usr/share/applications/$APP_ID.desktop /usr/share/metainfo/$APP_ID.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$APP_ID.svg \
    /usr/share/icons/hicolor/16x16/apps/$APP_ID.png /usr/share/icons/hicolor/48x48/apps/$APP_ID.png \
    /usr/share/icons/hicolor/256x256/apps/$APP_ID.png \
    /usr/share/man/man1/folja-cli.1.gz /usr/share/man/man1/folja.1.gz \
    /usr/share/doc/folja/copyright /usr/share/doc/folja/anvandarhandbok.md /usr/share/doc/folja/it-guide.md; do
    grep -qxF "$f" "$WORK/contents" || fail "the package lacks $f"
done
if grep -v -e '^/usr/' -e '^/$' "$WORK/contents" | grep -q .; then
    fail "files outside /usr: $(grep -v -e '^/usr/' -e '^/$' "$WORK/contents" | head -3 | tr '\n' ' ')"
fi
depends=$(dpkg-deb --field "$DEB" Depends)
echo "Depends: $depends" >&2
for lib in libsqlcipher0 libqt6core6 libqt6gui6 libqt6widgets6 libqcustomplot2.1-qt6 libzip4 libxlsxwriter4 libargon2-1; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib (shlibdeps)"
done
if grep -q libsqlite3 <<<"$depends"; then fail "Depends names libsqlite3; Följa must only ever load SQLCipher"; fi

step "Installing with apt-get"
find /usr -xdev \( -type f -o -type l \) | sort >"$WORK/usr-before"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$DEB" >"$WORK/apt.log" 2>&1 ||
    { cat "$WORK/apt.log" >&2; fail "apt-get install"; }
dpkg -L folja >"$WORK/owned"

step "folja-cli --help / --version"
export HOME=$WORK/home XDG_RUNTIME_DIR=$WORK/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$WORK"
help=$(FOLJA_LANG=en /usr/bin/folja-cli --help) || fail "folja-cli --help exits non-zero"
grep -q "Usage: folja-cli COMMAND" <<<"$help" || fail "folja-cli --help: no usage text"
grep -q "crosstab" <<<"$help" || fail "folja-cli --help: no crosstab command"
grep -q "Användning" <<<"$(FOLJA_LANG=sv /usr/bin/folja-cli --help)" || fail "folja-cli --help: no Swedish (translations not embedded?)"
version=$(/usr/bin/folja-cli --version) || fail "folja-cli --version exits non-zero"
pkgversion=$(dpkg-deb --field "$DEB" Version)
grep -qF "$pkgversion" <<<"$version" || fail "folja-cli --version says '$version', the package is $pkgversion"
if ldd /usr/bin/folja /usr/bin/folja-cli | grep -q 'libsqlite3'; then fail "a program maps the system libsqlite3"; fi

step "folja-cli init with the installed SQLCipher (production key strength only)"
out=$(FOLJA_PASSWORD='installation check password' FOLJA_KDF_ITERATIONS=1000 \
    /usr/bin/folja-cli init --db "$WORK/check.folja" --user admin 2>&1) || { echo "$out" >&2; fail "folja-cli init"; }
[ -s "$WORK/check.folja" ] && [ -s "$WORK/check.folja.keys" ] || fail "init made no database and key file"
if grep -q "FOLJA_KDF_ITERATIONS" <<<"$out"; then
    fail "the packaged folja-cli honours FOLJA_KDF_ITERATIONS (a test-only switch)"
fi
if head -c 16 "$WORK/check.folja" | grep -q "SQLite format 3"; then fail "the database is not encrypted"; fi

step "folja starts offscreen to its sign-in screen"
shown=$(QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/folja --smoke-test 2>"$WORK/gui.err") ||
    { cat "$WORK/gui.err" >&2; fail "folja --smoke-test"; }
grep -q "sign-in screen shown" <<<"$shown" || fail "folja --smoke-test: '$shown'"

step "desktop entry, metainfo, man pages"
desktop-file-validate /usr/share/applications/$APP_ID.desktop || fail "desktop-file-validate"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net /usr/share/metainfo/$APP_ID.metainfo.xml >"$WORK/as.log" 2>&1 ||
        { cat "$WORK/as.log" >&2; fail "appstreamcli validate"; }
fi
for page in folja-cli folja; do
    warnings=$(MANWIDTH=80 man --warnings -l "/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man $page: $warnings"
done

step "Removing (purge) and checking that nothing is left"
apt-get purge -y -qq folja >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log" >&2; fail "apt-get purge"; }
while read -r f; do
    if [ -d "$f" ]; then continue; fi
    if [ -e "$f" ] || [ -L "$f" ]; then fail "left after removal: $f"; fi
done <"$WORK/owned"
find /usr -xdev \( -type f -o -type l \) | sort >"$WORK/usr-after"
# Files new since before the install must belong to some package (dependencies apt pulled in) or be
# a cache a trigger maintains; anything else is a leftover.
comm -13 "$WORK/usr-before" "$WORK/usr-after" | while read -r f; do
    case "$f" in */icon-theme.cache | */mimeinfo.cache | *.pyc | /usr/share/info/dir) continue ;; esac
    if ! dpkg -S "$f" >/dev/null 2>&1; then fail "left under /usr after removal, owned by no package: $f"; fi
done
echo "test-package: OK ($pkgversion installs, starts and uninstalls cleanly)" >&2
