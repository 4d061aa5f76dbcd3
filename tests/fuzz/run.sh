#!/usr/bin/env bash
# Runs every fuzz target (tests/fuzz/fuzz_*.cpp) under libFuzzer for a bounded time (issue #17).
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]     default: 60 s each, every target
#
# Builds with clang, libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer in its own folder
# (FOLJA_FUZZ_BUILD_DIR, default ./build-fuzz; no GUI), then runs each target on a working corpus
# (build-fuzz/corpus/<name>, which grows between runs) seeded from tests/fuzz/seeds/<name> and
# tests/fuzz/regressions/<name>. A crash stops that target and leaves its input as
# build-fuzz/artifacts/<name>/crash-*; keep it in tests/fuzz/regressions/<name>/ once fixed, so that
# the ctest fuzz_<name> replays it in every build. Prints the executions per target at the end.
# Debian: clang-14 and libclang-rt-14-dev (installer/setup.sh fuzz-deps installs them).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${FOLJA_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
SECONDS_EACH=${1:-60}
shift || true
CXX=${FOLJA_FUZZ_CXX:-$(command -v clang++-14 || command -v clang++)}
[ -n "$CXX" ] || { echo "run.sh: clang++ not found (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for f in "$ROOT"/tests/fuzz/fuzz_*.cpp; do
        targets+=("$(basename "$f" .cpp)")
    done
fi
for i in "${!targets[@]}"; do
    case ${targets[$i]} in fuzz_*) ;; *) targets[$i]=fuzz_${targets[$i]} ;; esac
done

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
echo "==> Configuring $BUILD with $CXX" >&2
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$CXX" \
    -DFOLJA_FUZZ=ON -DFOLJA_BUILD_GUI=OFF -DFOLJA_BUILD_BENCHMARKS=OFF "${launcher[@]}" >/dev/null || exit 1
echo "==> Building ${targets[*]}" >&2
cmake --build "$BUILD" -j "${FOLJA_FUZZ_JOBS:-2}" --target "${targets[@]}" >"$BUILD/fuzz-build.log" 2>&1 ||
    { tail -40 "$BUILD/fuzz-build.log" >&2; exit 1; }

status=0
summary=()
for t in "${targets[@]}"; do
    name=${t#fuzz_}
    corpus=$BUILD/corpus/$name
    artifacts=$BUILD/artifacts/$name
    mkdir -p "$corpus" "$artifacts"
    dirs=("$corpus" "$ROOT/tests/fuzz/seeds/$name")
    [ -d "$ROOT/tests/fuzz/regressions/$name" ] && dirs+=("$ROOT/tests/fuzz/regressions/$name")
    log=$BUILD/fuzz-$name.log
    echo "==> $t for ${SECONDS_EACH} s" >&2
    # leak detection stays on (ASan's default on Linux); -rss_limit_mb catches unbounded growth.
    (cd "$BUILD" && QT_QPA_PLATFORM=offscreen "$BUILD/tests/fuzz/$t" -max_total_time="$SECONDS_EACH" \
        -print_final_stats=1 -rss_limit_mb=2048 -timeout=20 -artifact_prefix="$artifacts/" "${dirs[@]}") \
        >"$log" 2>&1
    rc=$?
    execs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1)
    if [ $rc -ne 0 ]; then
        status=1
        summary+=("$t: FAILED (exit $rc) after ${execs:-?} executions, $cov; see $log and $artifacts")
        grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -5 >&2
    else
        summary+=("$t: ${execs:-?} executions in ${SECONDS_EACH} s, $cov, corpus $(find "$corpus" -type f | wc -l) inputs")
    fi
done
printf '%s\n' "${summary[@]}"
exit $status
