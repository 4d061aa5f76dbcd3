// Disclosure-control benchmark: how long the protection (secondary suppression plus the attacker
// audit) takes on realistic, sparse 2-D and 3-D tables of a small kommun (demo data, 2,000
// persons), and how many cells it hides.
//
// Then the multi-valued kön × insats × avslutsorsak alone on demo units of 10k and 100k insatser
// (a real unit's size, where its ~3,400 mostly small cells make protection cost more than
// counting): `RATIO sdc_multivalued_protect_100ms_budget <100 ms / the slowest of those medians>`.
//
//   bench_analysis_sdc [--runs N] [--multivalued-sizes 10000,100000[,1000000]] (0: none)

#include "analysis/crosstab.h"
#include "analysis/snapshot.h"
#include "analysis/suppression.h"
#include "baseline_protection.h"
#include "catalog/catalog.h"
#include "demo/demo.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace folja;
using namespace folja::analysis;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double medianMs(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

struct Case {
    const char* name;
    Query query;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    bool verbose = false;
    std::vector<qint64> multivaluedSizes{10000, 100000};
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, QByteArray(argv[i + 1]).toInt());
        verbose = verbose || qstrcmp(argv[i], "--verbose") == 0;
        if (qstrcmp(argv[i], "--multivalued-sizes") == 0 && i + 1 < argc) {
            multivaluedSizes.clear();
            for (const QByteArray& size : QByteArray(argv[i + 1]).split(','))
                if (size.toLongLong() > 0)
                    multivaluedSizes.push_back(size.toLongLong());
        }
    }
    auto cat = catalog::Catalog::loadBuiltin();
    if (!cat.ok()) {
        std::fprintf(stderr, "catalogue: %s\n", qPrintable(cat.error().message));
        return 1;
    }
    const catalog::Catalog& catalog = cat.value();
    demo::DemoOptions options;
    options.persons = 2000;
    options.seed = 42;
    const demo::DemoData data = demo::generate(catalog, options);
    QList<domain::Arende> arenden = data.arenden;
    for (qsizetype i = 0; i < arenden.size(); ++i)
        arenden[i].id = i + 1;
    const Snapshot snapshot = Snapshot::build(data.persons, arenden);

    auto query = [](Unit unit, QStringList dims) {
        Query q;
        q.unit = unit;
        q.dimensions = dims;
        return q;
    };
    std::vector<Case> cases;
    Query outcome =
        query(Unit::Insats, {QStringLiteral("kon"), QStringLiteral("insats"), QStringLiteral("maluppfyllelse")});
    outcome.filters.append(Filter{QStringLiteral("malgrupp"), {QStringLiteral("BOU")}});
    cases.push_back({"kon x insats x maluppfyllelse (insats, BOU)", outcome});
    Query multi =
        query(Unit::Insats, {QStringLiteral("kon"), QStringLiteral("insats"), QStringLiteral("avslutsorsak")});
    multi.period = Period{QDate(2024, 1, 1), QDate(2024, 12, 31), TimeMeaning::ActiveDuring, EventKind::Auto};
    cases.push_back({"kon x insats x avslutsorsak (multi-valued, active 2024)", multi});
    cases.push_back({"aktualiseringsorsak x malgrupp x kon (arende, multi-valued)",
                     query(Unit::Arende, {QStringLiteral("aktualiseringsorsak"), QStringLiteral("malgrupp"),
                                          QStringLiteral("kon")})});
    cases.push_back({"insats x alder_grupp (insats)",
                     query(Unit::Insats, {QStringLiteral("insats"), QStringLiteral("alder_grupp")})});
    // Issue 11, attacks 1 and 2: one week of insatser, all small (protected as intern tables here).
    Query week = query(Unit::Insats, {QStringLiteral("insats"), QStringLiteral("kon")});
    week.period = Period{QDate(2025, 6, 8), QDate(2025, 6, 14), TimeMeaning::Events, EventKind::Auto};
    cases.push_back({"insats x kon (one week: every cell small)", week});

    double worst = 0.0;
    double totalNew = 0.0;
    double totalOld = 0.0;
    const int baselineRuns = std::min(runs, 3);
    // Protects one case as crossTabulate does and prints it; the median protect time in ms (< 0 on
    // an error). withBaseline: also time the session-1 protector (slow on large units).
    auto protectCase = [&](const Snapshot& source, const Case& c, bool withBaseline) -> double {
        Query internal = c.query;
        internal.mode = Mode::InternAnalys;
        const Result<CrossTab> raw = crossTabulate(source, catalog, internal);
        if (!raw.ok()) {
            std::printf("%s: error %s\n", c.name, qPrintable(raw.error().message));
            return -1.0;
        }
        std::vector<qint64> counts;
        for (const TableCell& cell : raw->cells)
            counts.push_back(cell.n);
        std::vector<bool> multiValued;
        std::vector<int> missing;
        for (const TableDimension& d : raw->dimensions) {
            multiValued.push_back(d.multiValued);
            missing.push_back(d.missingIndex);
        }
        const std::vector<Line> lines = raw->layout.lines(multiValued, missing);
        int interior = 0;
        int nonZero = 0;
        for (int i = 0; i < raw->layout.cellCount(); ++i) {
            if (raw->layout.isInterior(i)) {
                ++interior;
                nonZero += counts[static_cast<std::size_t>(i)] > 0 ? 1 : 0;
            }
        }
        ProtectionOptions protection;
        protection.minCell = Query::kDefaultMinCell;
        protection.geometry = {TableGeometry{0, &raw->layout}};
        protection.lowerBounds = tableLowerBounds(*raw); // listed categories hold at least 1
        std::vector<double> cpu;
        Protection p;
        // As crossTabulate does: the 1-D margins get the pattern of the 1-D tables (issue 11).
        std::vector<int> oneWay;
        for (int d = 0; d < raw->layout.dimensions(); ++d) {
            bool same = true;
            for (int e = 0; e < raw->layout.dimensions(); ++e)
                same = same && (e == d || raw->dimensions[e].notApplicable.n == 0);
            if (same)
                oneWay.push_back(d);
        }
        for (int r = 0; r < runs; ++r) {
            const double t0 = threadCpuMs();
            ProtectionOptions linked = protection;
            fixMarginsToOneWayTables(raw->layout, counts, multiValued, missing, oneWay, {}, linked);
            p = protectTable(counts, lines, linked);
            if (!p.auditPassed && !linked.mustPublish.empty()) { // as crossTabulate falls back
                linked.mustPublish.clear();
                p = protectTable(counts, lines, linked);
            }
            cpu.push_back(threadCpuMs() - t0);
        }
        std::vector<double> oldCpu;
        baseline::Protection old;
        for (int r = 0; withBaseline && r < baselineRuns; ++r) {
            const double t0 = threadCpuMs();
            old = baseline::protectTableOld(counts, lines, Query::kDefaultMinCell);
            oldCpu.push_back(threadCpuMs() - t0);
        }
        int hiddenInterior = 0;
        for (int i = 0; i < raw->layout.cellCount(); ++i)
            hiddenInterior += raw->layout.isInterior(i) && p.suppressed(i) ? 1 : 0;
        if (verbose) {
            for (const AuditInterval& a : p.audit) {
                if (a.width() >= Query::kDefaultMinCell)
                    continue;
                const std::vector<int> xy = raw->layout.coordinates(a.cell);
                QStringList at;
                for (std::size_t d = 0; d < xy.size(); ++d)
                    at.append(QString::number(xy[d]) + QLatin1Char('/') +
                              QString::number(raw->layout.size(static_cast<int>(d))));
                std::printf("  unsafe cell %s n=%lld [%g, %g]\n", qPrintable(at.join(QLatin1Char(','))),
                            static_cast<long long>(counts[static_cast<std::size_t>(a.cell)]), a.lo, a.hi);
            }
        }
        const double ms = medianMs(cpu);
        std::printf("%s: %d cells (%d interior, %d non-zero)\n"
                    "  protect: median %.2f ms CPU over %d runs; %d suppressed (%d interior); audit %s, %d rounds; "
                    "%d attribute lines\n",
                    c.name, raw->layout.cellCount(), interior, nonZero, ms, runs, p.suppressedCount(), hiddenInterior,
                    p.auditPassed ? "passed" : "FAILED", p.rounds, static_cast<int>(p.attributeLines.size()));
        if (withBaseline) {
            const double oldMs = medianMs(oldCpu);
            totalNew += ms;
            totalOld += oldMs;
            std::printf("  session-1 protect (baseline): median %.2f ms CPU over %d runs; %d suppressed; audit %s\n",
                        oldMs, baselineRuns, old.suppressedCount(), old.auditPassed ? "passed" : "FAILED");
        }
        return ms;
    };
    for (const Case& c : cases) {
        const double ms = protectCase(snapshot, c, true);
        if (ms < 0)
            return 1;
        worst = std::max(worst, ms);
    }
    // S6 on the sparse outcome table: aggregation before suppression.
    {
        Query asked = cases.front().query;
        const Result<CrossTab> plain = crossTabulate(snapshot, catalog, asked);
        asked.aggregate = Aggregation::Auto;
        std::vector<double> cpu;
        Result<CrossTab> aggregated = plain;
        for (int r = 0; r < runs; ++r) {
            const double t0 = threadCpuMs();
            aggregated = crossTabulate(snapshot, catalog, asked);
            cpu.push_back(threadCpuMs() - t0);
        }
        auto describe = [](const CrossTab& t) {
            int interior = 0;
            int hidden = 0;
            for (int i = 0; i < t.layout.cellCount(); ++i) {
                if (t.layout.isInterior(i)) {
                    ++interior;
                    hidden += t.cells[static_cast<std::size_t>(i)].suppressed() ? 1 : 0;
                }
            }
            QStringList shape;
            for (int d = 0; d < t.layout.dimensions(); ++d)
                shape.append(QString::number(t.layout.size(d)));
            return QStringLiteral("%1 interior cells (%2), %3 hidden")
                .arg(interior)
                .arg(shape.join(QLatin1Char('x')))
                .arg(hidden);
        };
        if (plain.ok() && aggregated.ok()) {
            std::printf("S6 %s\n  as asked: %s\n  aggregate=auto: %s; median %.2f ms CPU (tabulate + protect, all "
                        "steps)\n",
                        cases.front().name, qPrintable(describe(*plain)), qPrintable(describe(*aggregated)),
                        medianMs(cpu));
            for (const AggregationStep& step : aggregated->aggregation)
                std::printf("  step %s %s: %s -> %s %s\n", qPrintable(step.action), qPrintable(step.dimension),
                            qPrintable(step.from), qPrintable(step.to), qPrintable(step.merged.join(QLatin1Char(','))));
        }
    }
    // The multi-valued table on units of a real size (persons scaled from the 2,000 above).
    double worstMultivalued = 0.0;
    qint64 insatserPer2000 = 0;
    for (const domain::Arende& a : data.arenden)
        insatserPer2000 += a.insatser.size();
    for (qint64 size : multivaluedSizes) {
        demo::DemoOptions unitOptions;
        unitOptions.persons = std::max<int>(1, static_cast<int>(size * 2000 / std::max<qint64>(1, insatserPer2000)));
        unitOptions.seed = 42;
        const demo::DemoData unit = demo::generate(catalog, unitOptions);
        QList<domain::Arende> unitArenden = unit.arenden;
        qint64 insatser = 0;
        for (qsizetype i = 0; i < unitArenden.size(); ++i) {
            unitArenden[i].id = i + 1;
            insatser += unitArenden[i].insatser.size();
        }
        const Snapshot unitSnapshot = Snapshot::build(unit.persons, unitArenden);
        const QByteArray name = QStringLiteral("kon x insats x avslutsorsak (multi-valued, active 2024), %1 insatser")
                                    .arg(insatser)
                                    .toUtf8();
        const double ms = protectCase(unitSnapshot, Case{name.constData(), multi}, false);
        if (ms < 0)
            return 1;
        worstMultivalued = std::max(worstMultivalued, ms);
    }
    std::printf("worst protect time %.2f ms; all cases %.2f ms (session-1 baseline %.2f ms)\n", worst, totalNew,
                totalOld);
    std::printf("RATIO sdc_protect_vs_session1_audit %.2f\n", totalNew > 0 ? totalOld / totalNew : 0.0);
    std::printf("RATIO sdc_worst_case_300ms_budget %.2f\n", worst > 0 ? 300.0 / worst : 0.0);
    if (worstMultivalued > 0)
        std::printf("RATIO sdc_multivalued_protect_100ms_budget %.2f\n", 100.0 / worstMultivalued);
    return 0;
}
