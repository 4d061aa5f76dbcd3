#!/bin/sh
# Every published result is computed and exported through access::AnalysisGate (core/access):
# files under ui/ and app/ must not call the engine or an exporter directly.
#
#   analysisgate_guard.sh ROOT        fails (exit 1, listing the lines) when ROOT/ui or ROOT/app
#                                     calls one of them
#   analysisgate_guard.sh --self-test shows that the guard fails on a tree that breaks the rule
#                                     and passes on one that keeps it
set -u

# The engine's entry points and the exporters, as a call or a using-declaration that would let a
# later call go without the namespace.
PATTERN='(^|[^A-Za-z0-9_])((analysis::)?(crossTabulate|protectReportSet|toInterchangeJson|toInterchangeCsv)[[:space:]]*\(|analysis::(leadTimes|trends)[[:space:]]*\(|(ExcelCsv::format|XlsxExport::write)[[:space:]]*\(|using[[:space:]]+(folja::)?analysis::(crossTabulate|protectReportSet|leadTimes|trends|toInterchangeJson|toInterchangeCsv|ExcelCsv|XlsxExport)|using[[:space:]]+namespace[[:space:]]+(folja::)?analysis[[:space:]]*;)'

check() {
    found=$(grep -rnE --include='*.cpp' --include='*.h' "$PATTERN" "$1/ui" "$1/app" 2>/dev/null)
    if [ -n "$found" ]; then
        echo "These lines under ui/ or app/ bypass access::AnalysisGate:"
        echo "$found"
        return 1
    fi
    return 0
}

if [ "${1:-}" = "--self-test" ]; then
    tmp=$(mktemp -d) || exit 1
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/ui/analys" "$tmp/app/cli"
    printf 'auto t = gate.crossTab(s, c, q);\nm_leadTimes->update(m_gate, s, c, q);\n' >"$tmp/ui/analys/ok.cpp"
    check "$tmp" >/dev/null || { echo "self-test: the guard refused a tree that goes through the gate"; exit 1; }
    for bad in 'auto t = analysis::crossTabulate(s, c, q);' 'auto r = analysis::protectReportSet(tables);' \
        'auto l = analysis::leadTimes(s, c, q, k);' 'auto t = analysis::trends(s, c, q, g, {});' \
        'auto b = analysis::toInterchangeJson(t);' 'auto b = ExcelCsv::format(t);' \
        'auto w = analysis::XlsxExport::write(t, o, path);' 'using folja::analysis::XlsxExport;' \
        'using folja::analysis::crossTabulate;' 'using namespace folja::analysis;'; do
        printf '%s\n' "$bad" >"$tmp/app/cli/bad.cpp"
        if check "$tmp" >/dev/null; then
            echo "self-test: the guard missed: $bad"
            exit 1
        fi
    done
    echo "self-test passed"
    exit 0
fi

check "${1:?usage: analysisgate_guard.sh ROOT | --self-test}"
