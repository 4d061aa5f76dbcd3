#!/bin/sh
# Följa stays portable (Windows is a target): the only operating-system headers in the program are in
# core/common/platform.cpp, the one small platform file. Everything else uses Qt.
#
#   platform_guard.sh ROOT         fails (exit 1, listing the lines) when a file under ROOT/core,
#                                  ROOT/ui or ROOT/app other than core/common/platform.cpp includes a
#                                  POSIX or Windows header
#   platform_guard.sh --self-test  shows that the guard fails on a tree that breaks the rule and
#                                  passes on one that keeps it
set -u

PATTERN='#[[:space:]]*include[[:space:]]*<(unistd|fcntl|pwd|grp|dirent|signal|termios|dlfcn|pthread|poll|windows|winbase|io|direct|shlobj|sys/[a-z_]+)\.h>'

check() {
    found=$(grep -rnE --include='*.cpp' --include='*.h' "$PATTERN" "$1/core" "$1/ui" "$1/app" 2>/dev/null |
        grep -v "^$1/core/common/platform\.cpp:")
    if [ -n "$found" ]; then
        echo "Operating-system headers outside core/common/platform.cpp (keep them in the platform file):"
        echo "$found"
        return 1
    fi
    return 0
}

if [ "${1:-}" = "--self-test" ]; then
    tmp=$(mktemp -d) || exit 1
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/core/store" "$tmp/core/common" "$tmp/ui" "$tmp/app"
    printf '#include <unistd.h>\n#include <windows.h>\n' >"$tmp/core/common/platform.cpp"
    printf '#include <QFile>\n' >"$tmp/core/store/database.cpp"
    check "$tmp" >/dev/null || { echo "self-test: the guard refused the platform file itself"; exit 1; }
    for bad in '#include <unistd.h>' '#include <sys/stat.h>' '#  include <windows.h>' '#include <fcntl.h>'; do
        for where in core/store/database.cpp ui/w.cpp app/main.cpp; do
            printf '%s\n' "$bad" >"$tmp/$where"
            if check "$tmp" >/dev/null; then
                echo "self-test: the guard missed $bad in $where"
                exit 1
            fi
            printf '#include <QFile>\n' >"$tmp/$where"
        done
    done
    echo "self-test passed"
    exit 0
fi

check "${1:?usage: platform_guard.sh ROOT | --self-test}"
