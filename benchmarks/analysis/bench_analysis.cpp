// Analysis engine benchmark, at 10k, 100k and 1M insatser:
// * the snapshot build after unlock: io::loadSnapshot on an encrypted Följa database filled by
//   the demo generator (what `folja-cli demo` writes), CPU and wall time and memory;
// * a 3-D cross-tabulation (målgrupp × kön × måluppfyllelse of insatser, with bortfall and
//   suppression) COLD and WARM, and the multi-valued kön × insats × avslutsorsak (about 3,400
//   cells) the same way. Cold: before every run the snapshot gets a new generation (nothing an
//   earlier query resolved is reused) and the query differs from every earlier one (its period
//   starts a month later). Warm: the same query again (populations and columns from the cache);
// * the baseline: the same table as a GROUP BY in an encrypted SQLCipher database holding the same
//   records, with the store's settings (page size, cache size, temp_store, …), cold (a new
//   connection per run) and warm; every SQLite return code is checked, and the benchmark exits 1
//   if the baseline's counts (cells, not-applicable records, population) differ from Följa's.
//
//   bench_analysis [--sizes 10000,100000,1000000] [--runs N] [--db-dir DIR] [--only-main] [--skip-db]
//                  [--skip-sql]
//
// The demo databases take minutes to fill at 1M, so they are kept in DIR (default
// bench-data/ next to the executable) and reused by later runs.
//
// The Cell Key Method's cost: the same 3-D query cold (a new snapshot generation before every run,
// so the population and columns are resolved again), once in Publicering with the Cell Key Method
// and once without any protection (InternAnalys: the same counting, bortfall and percentages),
// alternating; `RATIO cellkey_overhead_1ms_budget <1 ms / (median CKM - median unprotected), CPU>`
// at the largest size (capped at 100 when the difference vanishes in the noise).
//
// Times are this thread's CPU time (the machine is shared; wall medians are printed beside them).
// Ends with, at the largest size: `RATIO crosstab_cold_10ms_budget`, `RATIO crosstab_warm_3ms_budget`,
// `RATIO crosstab_multivalued_100ms_budget` (budget / median, cold for the multi-valued table: >= 1
// meets the goal), `RATIO crosstab_vs_sqlcipher_groupby <cold baseline / cold Följa>`, the CKM
// ratio and `RATIO snapshot_build_1M_seconds_budget <1.5 s / CPU time of the build from the
// database>`; the load from the persisted snapshot cache (what an unlock does once the cache
// exists) prints `RATIO snapshot_cached_load_1M_budget <1.5 s / max(CPU, wall) time of that load>`.
// The multi-valued table's goal is also printed for every size measured, where a real unit's
// size (10k-100k insatser) is the harder case: `RATIO crosstab_multivalued_10k_100ms_budget`,
// `..._100k_...`, `..._1M_...`.

#include "access/session.h"
#include "access/storedoor.h"
#include "analysis/crosstab.h"
#include "analysis/snapshot.h"
#include "catalog/catalog.h"
#include "io/analysisdata.h"
#include "io/demodatabase.h"
#include "store/database.h"
#include "store/repository.h"
#ifdef FOLJA_HAVE_DEMO
#include "demo/demo.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <map>
#include <random>
#include <sqlcipher/sqlite3.h>

using namespace folja;
using namespace folja::analysis;

namespace {

// A "Vm…:" line of /proc/self/status in kB (VmRSS: resident now; VmHWM: the peak so far).
long statusKb(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    // A /proc file has no size: read to the end rather than by size.
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return 0;
    const QByteArray all = f.readAll();
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray& line : all.split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).simplified().split(' ').value(0).toLong();
    }
    return 0;
}

long vmRssKb()
{
    return statusKb("VmRSS");
}

// CPU time of this thread: the build machine is shared, and wall time then measures the queue.
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

struct Data {
    QList<domain::Person> persons;
    QList<domain::Arende> arenden;
    std::size_t insatser = 0;
    std::size_t uppfoljningar = 0;
};

void countRecords(Data& data)
{
    data.insatser = 0;
    data.uppfoljningar = 0;
    for (const domain::Arende& a : data.arenden) {
        data.insatser += static_cast<std::size_t>(a.insatser.size());
        for (const domain::Insats& i : a.insatser)
            data.uppfoljningar += static_cast<std::size_t>(i.uppfoljningar.size());
    }
}

#ifdef FOLJA_HAVE_DEMO
Data generate(const catalog::Catalog& catalog, std::size_t targetInsatser)
{
    // Calibrate persons per insats on a small run, then generate the real size.
    demo::DemoOptions probe;
    probe.persons = 2000;
    probe.seed = 42;
    Data small;
    demo::Generator(catalog, probe).generate([&](domain::Person&& p, QList<domain::Arende>&& a) {
        small.persons.append(std::move(p));
        small.arenden.append(std::move(a));
    });
    countRecords(small);
    const double perPerson = static_cast<double>(small.insatser) / 2000.0;
    demo::DemoOptions options;
    options.persons = std::max(1, static_cast<int>(static_cast<double>(targetInsatser) / perPerson));
    options.seed = 42;
    Data data;
    data.persons.reserve(options.persons);
    demo::Generator(catalog, options).generate([&](domain::Person&& p, QList<domain::Arende>&& a) {
        data.persons.append(std::move(p));
        data.arenden.append(std::move(a));
    });
    for (qsizetype i = 0; i < data.arenden.size(); ++i)
        data.arenden[i].id = i + 1;
    countRecords(data);
    return data;
}
#else
Data generate(const catalog::Catalog& catalog, std::size_t targetInsatser)
{
    // Simple synthetic records drawn from the catalogue's value sets.
    std::mt19937_64 rng(42);
    auto pick = [&](const QStringList& list) {
        return list.at(static_cast<qsizetype>(rng() % static_cast<std::uint64_t>(list.size())));
    };
    auto codesOf = [&](const char* var) {
        QStringList out;
        if (const catalog::Variable* v = catalog.variable(QString::fromLatin1(var)))
            for (const catalog::Value& value : v->values)
                if (value.selectable)
                    out.append(value.code);
        return out;
    };
    const QStringList kon = codesOf("kon"), orsak = codesOf("aktualiseringsorsak"), avslut = codesOf("avslutsorsak");
    const QStringList bou = {QStringLiteral("YAC.25.ZZ"), QStringLiteral("YAC.45.ZZ"), QStringLiteral("YAC.75.ZZ")};
    const QStringList aldre = {QStringLiteral("YAA.05.15"), QStringLiteral("YAA.05.25"), QStringLiteral("YAA.35.ZZ")};
    const QStringList bbic = {QStringLiteral("MAL.BBIC.POSITIV_UPPFYLLT"), QStringLiteral("MAL.BBIC.INGEN_FORANDRING"),
                              QStringLiteral("MAL.BBIC.GAR_EJ_BEDOMA")};
    const QStringList ibic = {QStringLiteral("MAL.IBIC.JA"), QStringLiteral("MAL.IBIC.NEJ"),
                              QStringLiteral("MAL.IBIC.DELVIS")};
    Data data;
    const QDate start(2021, 1, 1);
    while (data.insatser < targetInsatser) {
        domain::Person p;
        p.id = data.persons.size() + 1;
        p.kon = rng() % 50 == 0 ? QString() : pick(kon);
        p.birthDate = QDate(1930 + static_cast<int>(rng() % 90), 1, 1).addDays(static_cast<qint64>(rng() % 365));
        data.persons.append(p);
        const bool isBou = rng() % 2 == 0;
        domain::Arende a;
        a.id = data.arenden.size() + 1;
        a.personRef = p.id;
        a.malgrupp = isBou ? QStringLiteral("BOU") : QStringLiteral("ALDRE");
        a.enhet = QStringLiteral("E%1").arg(rng() % 8);
        a.aktualiseringDatum = start.addDays(static_cast<qint64>(rng() % 1400));
        a.aktualiseringsorsak = {pick(orsak)};
        a.beslutDatum = a.aktualiseringDatum.addDays(20);
        const int n = 1 + static_cast<int>(rng() % 4);
        for (int k = 0; k < n; ++k) {
            domain::Insats in;
            in.ksi = pick(isBou ? bou : aldre);
            in.beslutDatum = a.beslutDatum;
            in.verkstallandeDatum = in.beslutDatum.addDays(10);
            if (rng() % 2)
                in.avslutDatum = in.verkstallandeDatum.addDays(200);
            if (in.avslutDatum.isValid())
                in.avslutsorsak = {pick(avslut)};
            const int u = static_cast<int>(rng() % 3);
            for (int j = 0; j < u; ++j) {
                domain::Uppfoljning f;
                f.datum = in.verkstallandeDatum.addDays(60 * (j + 1));
                f.maluppfyllelse = rng() % 10 == 0 ? QString() : pick(isBou ? bbic : ibic);
                in.uppfoljningar.append(f);
            }
            a.insatser.append(in);
        }
        data.arenden.append(a);
        data.insatser += static_cast<std::size_t>(n);
    }
    countRecords(data);
    return data;
}
#endif

// ---- the snapshot from an encrypted Följa database ------------------------------------------

const QString kDemoPassword = QStringLiteral("bench-losen");

struct DbBuild {
    double cpuSeconds = 0.0;
    double wallSeconds = 0.0;
    double rssDeltaMb = 0.0;       // resident memory held by the snapshot (largest over the runs)
    double peakDeltaMb = 0.0;      // VmHWM growth during the first build (transient peak)
    double cachedCpuSeconds = 0.0; // the load from the persisted cache (median)
    double cachedWallSeconds = 0.0;
    double cachedRssDeltaMb = 0.0;
    double cacheWriteSeconds = 0.0; // writing the cache once (wall)
    double cacheMb = 0.0;
    bool cachedSame = false; // the cached snapshot has the same rows
    double arrayMb = 0.0;
    double fileMb = 0.0;
    SnapshotStats stats;
};

DbBuild buildFromDatabase(const catalog::Catalog& catalog, const QString& dir, int persons, int runs)
{
    DbBuild out;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo-%1.folja").arg(persons));
    if (!QFile::exists(path)) {
        std::printf("(filling %s with %d demo persons once; reused by later runs)\n", qPrintable(path), persons);
        io::DemoDatabase demo;
        demo.password = kDemoPassword;
        demo.kdf = access::KdfParams::fastForTests();
        demo.fill.persons = persons;
        demo.fill.seed = 42;
        auto created = io::createDemoDatabase(path, catalog, demo);
        if (!created) {
            std::fprintf(stderr, "demo database: %s\n", qPrintable(created.error().message));
            return out;
        }
    }
    out.fileMb = static_cast<double>(QFileInfo(path).size()) / 1e6;
    access::SessionOptions options;
    options.kdf = access::KdfParams::fastForTests();
    auto session = access::Session::signIn(path, QStringLiteral("analys"), kDemoPassword, options);
    if (!session) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(session.error().message));
        return out;
    }
    if (qEnvironmentVariableIsSet("FOLJA_BENCH_TABLES")) {
        // Where the read's time goes: each table stepped through once, no columns read.
        store::sqlite::Connection& conn = (*access::StoreDoor::database(**session))->connection();
        for (const char* table : {"arenden", "arende_values", "insatser", "insats_values", "uppfoljningar",
                                  "uppfoljning_values", "persons"}) {
            const double cpu0 = threadCpuMs();
            auto st = conn.prepare(QByteArray("SELECT 1 FROM ") + table);
            long rows = 0;
            for (;;) {
                auto more = st ? st->step() : Result<bool>(false);
                if (!more || !*more)
                    break;
                ++rows;
            }
            std::printf("  scan %-18s %8ld rows %7.1f ms CPU\n", table, rows, threadCpuMs() - cpu0);
        }
        auto repo = access::StoreDoor::repository(**session);
        struct NullSink final : store::AnalysisSink {
            long rows = 0;
            void arende(domain::Id, domain::Id, domain::Id, store::TextView, store::TextView, qint32, store::TextView,
                        store::TextView, store::TextView, qint32, store::TextView, std::uint8_t) override
            {
                ++rows;
            }
            void arendeValue(domain::Id, int, store::TextView) override { ++rows; }
            void insats(domain::Id, domain::Id, int, store::TextView, qint32, qint32, qint32, std::uint8_t) override
            {
                ++rows;
            }
            void insatsValue(domain::Id, domain::Id, store::TextView) override { ++rows; }
            void uppfoljning(domain::Id, domain::Id, domain::Id, int, qint32, const store::TextView (&)[10],
                             std::uint8_t) override
            {
                ++rows;
            }
            void uppfoljningValue(domain::Id, domain::Id, store::TextView) override { ++rows; }
            void person(domain::Id, store::TextView, qint32, std::uint8_t) override { ++rows; }
        } nullSink;
        const double scan0 = threadCpuMs();
        (void)(*repo)->scanForAnalysis(nullSink);
        std::printf("  the store's analysis read alone (no snapshot): %.0f ms CPU, %ld rows\n", threadCpuMs() - scan0,
                    nullSink.rows);
        const double cpu0 = threadCpuMs();
        auto arenden = (*repo)->loadAllArenden();
        auto all = (*repo)->loadAllPersons();
        const double readMs = threadCpuMs() - cpu0;
        const Snapshot old = Snapshot::build(*all, *arenden);
        (void)old;
        std::printf("  previous path: record read %.0f ms CPU, build %.0f ms CPU\n", readMs,
                    threadCpuMs() - cpu0 - readMs);
    }
    std::vector<double> cpu;
    std::vector<double> wall;
    // The build from the tables (the cache neither read nor written).
    const io::CachePolicy noCache{false, false};
    const long hwmBefore = statusKb("VmHWM");
    for (int r = 0; r < runs; ++r) {
        const long rssBefore = vmRssKb();
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadCpuMs();
        auto snapshot = io::AnalysisData::load(**session, catalog, {}, nullptr, noCache);
        cpu.push_back((threadCpuMs() - cpu0) / 1e3);
        wall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (!snapshot) {
            std::fprintf(stderr, "load: %s\n", qPrintable(snapshot.error().message));
            return out;
        }
        // Later runs reuse the pages the allocator kept from the previous one: the largest delta
        // is the snapshot's own.
        out.rssDeltaMb = std::max(out.rssDeltaMb, static_cast<double>(vmRssKb() - rssBefore) / 1024.0);
        if (r == 0)
            out.peakDeltaMb = static_cast<double>(statusKb("VmHWM") - hwmBefore) / 1024.0;
        out.stats = snapshot->stats();
        out.arrayMb = static_cast<double>(out.stats.bytes) / 1e6;
    }
    out.cpuSeconds = medianMs(cpu);
    out.wallSeconds = medianMs(wall);

    // The persisted cache: written once (as after a full build), then read as after an unlock.
    {
        QElapsedTimer timer;
        timer.start();
        auto written = io::AnalysisData::load(**session, catalog, {}, nullptr, io::CachePolicy{false, true});
        if (!written) {
            std::fprintf(stderr, "cache write: %s\n", qPrintable(written.error().message));
            return out;
        }
        // The build is measured above; what the write adds is this load minus a build.
        out.cacheWriteSeconds = std::max(0.0, static_cast<double>(timer.nsecsElapsed()) / 1e9 - out.wallSeconds);
        auto bytes =
            (*access::StoreDoor::database(**session))->connection().queryInt("SELECT bytes FROM analysis_cache");
        out.cacheMb = bytes ? static_cast<double>(*bytes) / 1e6 : 0.0;
    }
    std::vector<double> ccpu;
    std::vector<double> cwall;
    for (int r = 0; r < runs; ++r) {
        const long rssBefore = vmRssKb();
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadCpuMs();
        io::SnapshotInfo info;
        auto snapshot = io::AnalysisData::load(**session, catalog, {}, &info, io::CachePolicy{true, false});
        ccpu.push_back((threadCpuMs() - cpu0) / 1e3);
        cwall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (!snapshot || !info.fromCache) {
            std::fprintf(stderr, "cached load: %s\n",
                         snapshot ? "not from the cache" : qPrintable(snapshot.error().message));
            return out;
        }
        out.cachedRssDeltaMb = std::max(out.cachedRssDeltaMb, static_cast<double>(vmRssKb() - rssBefore) / 1024.0);
        const SnapshotStats st = snapshot->stats();
        out.cachedSame = st.arenden == out.stats.arenden && st.insatser == out.stats.insatser &&
                         st.uppfoljningar == out.stats.uppfoljningar && st.persons == out.stats.persons;
    }
    out.cachedCpuSeconds = medianMs(ccpu);
    out.cachedWallSeconds = medianMs(cwall);
    return out;
}

// ---- SQLCipher baseline ----------------------------------------------------------------------

bool exec(sqlite3* db, const char* sql)
{
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s: %s\n", sql, err ? err : sqlite3_errmsg(db));
        sqlite3_free(err);
        return false;
    }
    return true;
}

// Every SQLite call of the baseline goes through here: a failure ends the benchmark (exit 1).
void check(sqlite3* db, int rc, const char* what, int expected = SQLITE_OK)
{
    if (rc == expected)
        return;
    std::fprintf(stderr, "sqlite: %s failed (%d): %s\n", what, rc, db ? sqlite3_errmsg(db) : "?");
    std::exit(1);
}

// The store's own connection settings (core/store/database.cpp), each checked.
void storeSettings(sqlite3* db)
{
    for (const char* pragma : {"PRAGMA cipher_page_size = 4096", "PRAGMA journal_mode = DELETE",
                               "PRAGMA synchronous = EXTRA", "PRAGMA secure_delete = ON", "PRAGMA foreign_keys = ON",
                               "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"}) {
        if (!exec(db, pragma))
            std::exit(1);
    }
}

sqlite3* openBaseline(const QString& path, bool create)
{
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    check(db, sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr), "open");
    // A raw 256-bit key, as the store uses (no passphrase KDF).
    if (!exec(db, "PRAGMA key = \"x'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'\""))
        std::exit(1);
    storeSettings(db);
    return db;
}

// The table both sides compute: cell (category codes of the three dimensions, "(missing)" for a
// missing value) -> records; the records the last dimension does not apply to; the population.
struct Tally {
    std::map<QStringList, qint64> cells;
    qint64 notApplicable = 0;
    qint64 population = 0;
};

struct Baseline {
    double buildSeconds = 0.0;
    std::vector<double> coldCpu, coldWall; // a new connection (empty page cache) per run
    std::vector<double> warmCpu, warmWall; // the same connection again
    Tally tally;                           // of the last run
};

// Insatser in [from, to] by their beslut (the insats' own, else the ärende's) by målgrupp × kön ×
// måluppfyllelse of the insats' latest uppföljning dated in the period, as Följa counts them: an
// insats without one is not applicable to måluppfyllelse; no period (`all`): every insats, and its
// last uppföljning. SQLite 3.15 has no window functions, so a correlated subquery picks it.
const char* kBaselineSql =
    "SELECT CASE WHEN u.id IS NULL OR u.datum < ?1 THEN 1 ELSE 0 END, a.malgrupp, p.kon, u.maluppfyllelse, count(*)"
    " FROM insatser i"
    " JOIN arenden a ON a.id = i.arende_id"
    " LEFT JOIN persons p ON p.id = a.person_id"
    " LEFT JOIN uppfoljningar u ON u.id = (SELECT id FROM uppfoljningar WHERE insats_id = i.id AND datum <= ?2"
    "   ORDER BY datum DESC, id DESC LIMIT 1)"
    " WHERE ?3 OR coalesce(i.beslut, a.beslut) BETWEEN ?1 AND ?2"
    " GROUP BY 1, 2, 3, 4";

Tally runBaseline(sqlite3* db, const catalog::Catalog& catalog, const Period& period)
{
    sqlite3_stmt* q = nullptr;
    check(db, sqlite3_prepare_v2(db, kBaselineSql, -1, &q, nullptr), "prepare");
    const bool all = !period.isSet();
    const QByteArray from = all ? QByteArray("0000-00-00") : period.from.toString(Qt::ISODate).toUtf8();
    const QByteArray to = all ? QByteArray("9999-99-99") : period.to.toString(Qt::ISODate).toUtf8();
    check(db, sqlite3_bind_text(q, 1, from.constData(), static_cast<int>(from.size()), SQLITE_TRANSIENT), "bind");
    check(db, sqlite3_bind_text(q, 2, to.constData(), static_cast<int>(to.size()), SQLITE_TRANSIENT), "bind");
    check(db, sqlite3_bind_int(q, 3, all ? 1 : 0), "bind");
    // Local codes count as their national value, as in the Följa table.
    auto category = [&](int col, const char* variable) {
        const unsigned char* text = sqlite3_column_text(q, col);
        if (!text)
            return QStringLiteral("(missing)");
        const QString code = QString::fromUtf8(reinterpret_cast<const char*>(text));
        const QString national = catalog.rollUp(QString::fromLatin1(variable), code);
        return national.isEmpty() ? code : national;
    };
    Tally out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const qint64 n = sqlite3_column_int64(q, 4);
        out.population += n;
        if (sqlite3_column_int(q, 0) != 0) {
            out.notApplicable += n;
            continue;
        }
        out.cells[QStringList{category(1, "malgrupp"), category(2, "kon"), category(3, "maluppfyllelse")}] += n;
    }
    check(db, rc, "step", SQLITE_DONE);
    check(db, sqlite3_finalize(q), "finalize");
    return out;
}

// The same records in an encrypted SQLCipher database with the store's settings.
double fillBaseline(const Data& data, const QString& path)
{
    QFile::remove(path);
    sqlite3* db = openBaseline(path, true);
    if (!exec(db, "CREATE TABLE persons(id INTEGER PRIMARY KEY, kon TEXT, birth TEXT);"
                  "CREATE TABLE arenden(id INTEGER PRIMARY KEY, person_id INTEGER, malgrupp TEXT, enhet TEXT,"
                  " aktualisering TEXT, beslut TEXT);"
                  "CREATE TABLE insatser(id INTEGER PRIMARY KEY, arende_id INTEGER, ksi TEXT, beslut TEXT,"
                  " verkstallande TEXT, avslut TEXT);"
                  "CREATE TABLE uppfoljningar(id INTEGER PRIMARY KEY, insats_id INTEGER, datum TEXT,"
                  " maluppfyllelse TEXT);"))
        std::exit(1);
    QElapsedTimer timer;
    timer.start();
    if (!exec(db, "BEGIN"))
        std::exit(1);
    sqlite3_stmt* ps = nullptr;
    sqlite3_stmt* as = nullptr;
    sqlite3_stmt* is = nullptr;
    sqlite3_stmt* us = nullptr;
    check(db, sqlite3_prepare_v2(db, "INSERT INTO persons VALUES(?,?,?)", -1, &ps, nullptr), "prepare");
    check(db, sqlite3_prepare_v2(db, "INSERT INTO arenden VALUES(?,?,?,?,?,?)", -1, &as, nullptr), "prepare");
    check(db, sqlite3_prepare_v2(db, "INSERT INTO insatser VALUES(?,?,?,?,?,?)", -1, &is, nullptr), "prepare");
    check(db, sqlite3_prepare_v2(db, "INSERT INTO uppfoljningar VALUES(?,?,?,?)", -1, &us, nullptr), "prepare");
    auto text = [&](sqlite3_stmt* s, int i, const QString& v) {
        if (v.isEmpty()) {
            check(db, sqlite3_bind_null(s, i), "bind");
        } else {
            const QByteArray b = v.toUtf8();
            check(db, sqlite3_bind_text(s, i, b.constData(), static_cast<int>(b.size()), SQLITE_TRANSIENT), "bind");
        }
    };
    auto date = [&](sqlite3_stmt* s, int i, const QDate& d) {
        text(s, i, d.isValid() ? d.toString(Qt::ISODate) : QString());
    };
    auto step = [&](sqlite3_stmt* s) {
        check(db, sqlite3_step(s), "insert", SQLITE_DONE);
        check(db, sqlite3_reset(s), "reset");
    };
    for (const domain::Person& p : data.persons) {
        check(db, sqlite3_bind_int64(ps, 1, p.id), "bind");
        text(ps, 2, p.kon);
        date(ps, 3, p.birthDate);
        step(ps);
    }
    qint64 insatsId = 0;
    qint64 uppfId = 0;
    for (const domain::Arende& a : data.arenden) {
        check(db, sqlite3_bind_int64(as, 1, a.id), "bind");
        check(db, sqlite3_bind_int64(as, 2, a.personRef), "bind");
        text(as, 3, a.malgrupp);
        text(as, 4, a.enhet);
        date(as, 5, a.aktualiseringDatum);
        date(as, 6, a.beslutDatum);
        step(as);
        for (const domain::Insats& in : a.insatser) {
            check(db, sqlite3_bind_int64(is, 1, ++insatsId), "bind");
            check(db, sqlite3_bind_int64(is, 2, a.id), "bind");
            text(is, 3, in.ksi);
            date(is, 4, in.beslutDatum);
            date(is, 5, in.verkstallandeDatum);
            date(is, 6, in.avslutDatum);
            step(is);
            for (const domain::Uppfoljning& u : in.uppfoljningar) {
                check(db, sqlite3_bind_int64(us, 1, ++uppfId), "bind");
                check(db, sqlite3_bind_int64(us, 2, insatsId), "bind");
                date(us, 3, u.datum);
                text(us, 4, u.maluppfyllelse);
                step(us);
            }
        }
    }
    for (sqlite3_stmt* s : {ps, as, is, us})
        check(db, sqlite3_finalize(s), "finalize");
    if (!exec(db, "COMMIT"))
        std::exit(1);
    // The index the latest-uppföljning lookup needs; without it the query is quadratic.
    if (!exec(db, "CREATE INDEX uppf_insats ON uppfoljningar(insats_id, datum)"))
        std::exit(1);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    check(db, sqlite3_close(db), "close");
    return seconds;
}

// Cold: a new connection for every run (SQLCipher decrypts every page again; the file stays in the
// operating system's cache, as the Följa snapshot stays in memory). Warm: one connection, run again.
Baseline sqlcipherBaseline(const Data& data, const catalog::Catalog& catalog, const QString& path, const Period& period,
                           int runs)
{
    Baseline out;
    out.buildSeconds = fillBaseline(data, path);
    QElapsedTimer timer;
    for (int r = 0; r < runs; ++r) {
        timer.start();
        const double cpu0 = threadCpuMs();
        sqlite3* db = openBaseline(path, false);
        out.tally = runBaseline(db, catalog, period);
        out.coldCpu.push_back(threadCpuMs() - cpu0);
        out.coldWall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        check(db, sqlite3_close(db), "close");
    }
    sqlite3* db = openBaseline(path, false);
    (void)runBaseline(db, catalog, period); // warm-up, as Följa's warm runs follow a first one
    for (int r = 0; r < runs; ++r) {
        timer.start();
        const double cpu0 = threadCpuMs();
        out.tally = runBaseline(db, catalog, period);
        out.warmCpu.push_back(threadCpuMs() - cpu0);
        out.warmWall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    check(db, sqlite3_close(db), "close");
    QFile::remove(path);
    return out;
}

// The Följa table as a Tally (true counts: the suppression leaves them in the cells).
Tally tallyOf(const CrossTab& t)
{
    Tally out;
    for (int cell = 0; cell < t.layout.cellCount(); ++cell) {
        if (!t.layout.isInterior(cell) || t.cells[static_cast<std::size_t>(cell)].n == 0)
            continue;
        const std::vector<int> c = t.layout.coordinates(cell);
        QStringList key;
        for (qsizetype d = 0; d < t.dimensions.size(); ++d) {
            const Category& category = t.dimensions.at(d).categories.at(c[static_cast<std::size_t>(d)]);
            key.append(category.isMissing ? QStringLiteral("(missing)") : category.code);
        }
        out.cells[key] += t.cells[static_cast<std::size_t>(cell)].n;
    }
    out.notApplicable = t.dimensions.isEmpty() ? 0 : t.dimensions.back().notApplicable.n;
    out.population = t.population.n;
    return out;
}

// Whether both sides counted the same table; prints every difference.
bool sameTable(const Tally& folja, const Tally& sql)
{
    bool same = folja.notApplicable == sql.notApplicable && folja.population == sql.population;
    if (!same)
        std::printf("  MISMATCH: not applicable %lld vs %lld, population %lld vs %lld (Följa vs SQL)\n",
                    static_cast<long long>(folja.notApplicable), static_cast<long long>(sql.notApplicable),
                    static_cast<long long>(folja.population), static_cast<long long>(sql.population));
    std::map<QStringList, std::pair<qint64, qint64>> both;
    for (const auto& [key, n] : folja.cells)
        both[key].first = n;
    for (const auto& [key, n] : sql.cells)
        both[key].second = n;
    int shown = 0;
    for (const auto& [key, n] : both) {
        if (n.first == n.second)
            continue;
        same = false;
        if (++shown <= 10)
            std::printf("  MISMATCH %s: Följa %lld, SQL %lld\n", qPrintable(key.join(QLatin1Char('/'))),
                        static_cast<long long>(n.first), static_cast<long long>(n.second));
    }
    return same;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress is visible when piped
    std::vector<std::size_t> sizes{10000, 100000, 1000000};
    int runs = 21;
    bool onlyMain = false; // --only-main: the 3-D query alone (for profiling)
    bool onlyDb = false;   // --only-db: the snapshot build from the database alone
    bool skipDb = false;   // --skip-db: no snapshot build from a database (the queries alone)
    QString dbDir = QCoreApplication::applicationDirPath() + QStringLiteral("/bench-data");
    const QStringList args = app.arguments();
    onlyMain = args.contains(QStringLiteral("--only-main"));
    onlyDb = args.contains(QStringLiteral("--only-db"));
    skipDb = args.contains(QStringLiteral("--skip-db"));
    const bool skipSql = args.contains(QStringLiteral("--skip-sql")); // no SQLCipher baseline (profiling)
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString& s : args.at(i + 1).split(QLatin1Char(',')))
                sizes.push_back(s.toULongLong());
        } else if (args.at(i) == QLatin1String("--only-main")) {
            onlyMain = true;
        } else if (args.at(i) == QLatin1String("--db-dir")) {
            dbDir = args.at(i + 1);
        } else if (args.at(i) == QLatin1String("--runs")) {
            runs = std::max(1, args.at(i + 1).toInt());
        }
    }
    auto cat = catalog::Catalog::loadBuiltin();
    if (!cat.ok()) {
        std::fprintf(stderr, "catalogue: %s\n", qPrintable(cat.error().message));
        return 1;
    }
    const catalog::Catalog& catalog = cat.value();
    QTemporaryDir tmp;

    Query q;
    q.unit = Unit::Insats;
    q.dimensions = {QStringLiteral("malgrupp"), QStringLiteral("kon"), QStringLiteral("maluppfyllelse")};
    Query multi = q;
    multi.dimensions = {QStringLiteral("kon"), QStringLiteral("insats"), QStringLiteral("avslutsorsak")};
    multi.period = Period{QDate(2024, 1, 1), QDate(2024, 12, 31), TimeMeaning::ActiveDuring, EventKind::Auto};

    // The snapshot after unlock, from the encrypted database (persons per insats calibrated on
    // the demo generator: about 2.3).
    double build1M = 0.0;
    double cached1M = 0.0;
    std::printf("--- snapshot build from the encrypted database (io::loadSnapshot, analytiker)\n");
    for (std::size_t size : sizes) {
        if (skipDb)
            break;
        const int persons = std::max(1, static_cast<int>(static_cast<double>(size) / 2.29));
        const DbBuild b = buildFromDatabase(catalog, dbDir, persons, size >= 1000000 ? 3 : 5);
        std::printf("%zu insatser (%zu ärenden, %zu uppföljningar, %zu persons; file %.0f MB): %.3f s CPU "
                    "(%.3f s wall), %.2f µs CPU per insats; arrays %.1f MB, VmRSS delta %.1f MB (peak +%.1f MB)\n",
                    b.stats.insatser, b.stats.arenden, b.stats.uppfoljningar, b.stats.persons, b.fileMb, b.cpuSeconds,
                    b.wallSeconds, b.stats.insatser ? b.cpuSeconds * 1e6 / static_cast<double>(b.stats.insatser) : 0.0,
                    b.arrayMb, b.rssDeltaMb, b.peakDeltaMb);
        std::printf("  from the persisted cache (%.1f MB; writing it: %.3f s wall): %.3f s CPU (%.3f s wall), "
                    "VmRSS delta %.1f MB, same rows: %s\n",
                    b.cacheMb, b.cacheWriteSeconds, b.cachedCpuSeconds, b.cachedWallSeconds, b.cachedRssDeltaMb,
                    b.cachedSame ? "yes" : "NO");
        if (b.stats.insatser >= 900000) {
            build1M = b.cpuSeconds;
            cached1M = std::max(b.cachedCpuSeconds, b.cachedWallSeconds);
        }
    }
    if (cached1M > 0)
        std::printf("RATIO snapshot_cached_load_1M_budget %.2f\n", 1.5 / cached1M);
    if (onlyDb) {
        if (build1M > 0)
            std::printf("RATIO snapshot_build_1M_seconds_budget %.2f\n", 1.5 / build1M);
        return 0;
    }

    // Per size: the snapshot from records in memory; the main 3-D query cold and warm; the Cell Key
    // Method's overhead; the multi-valued 3-D query cold and warm; the SQLCipher baseline computing
    // the same table, cross-checked cell by cell.
    //
    // Cold: before every run the snapshot gets a new generation (an ärende upserted unchanged), so
    // nothing an earlier query resolved is reused, and the query itself differs from every earlier
    // one (its period starts a month later, always before the first record, so the table stays the
    // same size). Warm: the same query again and again (populations and columns from the cache).
    // Times are this thread's CPU time: the machine is shared, and wall time measures the queue
    // (wall medians are printed too).
    struct Figures {
        double coldMs = 0.0;
        double warmMs = 0.0;
    };
    Figures main1M;
    Figures multi1M;
    // The multi-valued table at every size: a real unit has 10k-100k insatser, where protecting
    // its ~3,400 mostly small cells costs more than counting them.
    std::vector<std::pair<std::size_t, Figures>> multiBySize;
    double baselineColdMs = 0.0;
    bool allSame = true;
    double cellKeyOverheadMs = -1.0;
    for (std::size_t size : sizes) {
        const Data data = generate(catalog, size);
        std::printf("--- %zu insatser (%lld persons, %lld ärenden, %zu uppföljningar)\n", data.insatser,
                    static_cast<long long>(data.persons.size()), static_cast<long long>(data.arenden.size()),
                    data.uppfoljningar);

        const long rssBefore = vmRssKb();
        QElapsedTimer timer;
        timer.start();
        const double buildCpu0 = threadCpuMs();
        Snapshot snapshot = Snapshot::build(data.persons, data.arenden);
        const double buildWall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        const double buildSeconds = (threadCpuMs() - buildCpu0) / 1e3;
        const long rssAfter = vmRssKb();
        const SnapshotStats stats = snapshot.stats();
        std::printf(
            "snapshot build from records in memory: %.3f s CPU (%.3f s wall); arrays %.1f MB; VmRSS delta %.1f MB\n",
            buildSeconds, buildWall, static_cast<double>(stats.bytes) / 1e6,
            static_cast<double>(rssAfter - rssBefore) / 1024.0);
        const domain::Arende same = data.arenden.at(data.arenden.size() / 3);

        // `vary(r)` gives run r's query; cold runs use a new generation each.
        auto measure = [&](const char* name, const std::function<Query(int)>& vary, int coldRuns, int warmRuns,
                           Result<CrossTab>* firstCold) {
            std::vector<double> coldCpu, coldWall, warmCpu, warmWall;
            Result<CrossTab> last = makeError(ErrorCode::Internal, QString());
            for (int r = 0; r < coldRuns; ++r) {
                snapshot.upsertArende(same); // same data, new generation: nothing cached
                const Query query = vary(r);
                timer.restart();
                const double cpu0 = threadCpuMs();
                last = crossTabulate(snapshot, catalog, query);
                coldCpu.push_back(threadCpuMs() - cpu0);
                coldWall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                if (!last.ok()) {
                    std::printf("%s: error %s\n", name, qPrintable(last.error().message));
                    std::exit(1);
                }
                if (r == 0 && firstCold)
                    *firstCold = last;
            }
            snapshot.compact();
            const Query warm = vary(0);
            (void)crossTabulate(snapshot, catalog, warm); // fills the cache
            for (int r = 0; r < warmRuns; ++r) {
                timer.restart();
                const double cpu0 = threadCpuMs();
                last = crossTabulate(snapshot, catalog, warm);
                warmCpu.push_back(threadCpuMs() - cpu0);
                warmWall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            }
            int suppressed = 0;
            for (const TableCell& c : last->cells)
                suppressed += c.suppressed() ? 1 : 0;
            std::printf("%s: %d cells, %d suppressed, total %lld\n"
                        "  cold: median %.2f ms CPU (min %.2f; wall median %.2f) over %d runs\n"
                        "  warm: median %.2f ms CPU (min %.2f; wall median %.2f) over %d runs\n",
                        name, static_cast<int>(last->cells.size()), suppressed, static_cast<long long>(last->total.n),
                        medianMs(coldCpu), *std::min_element(coldCpu.begin(), coldCpu.end()), medianMs(coldWall),
                        coldRuns, medianMs(warmCpu), *std::min_element(warmCpu.begin(), warmCpu.end()),
                        medianMs(warmWall), warmRuns);
            return Figures{medianMs(coldCpu), medianMs(warmCpu)};
        };

        auto mainQuery = [&](int r) {
            Query query = q;
            query.period =
                Period{QDate(1990, 1, 1).addMonths(r), QDate(2099, 12, 31), TimeMeaning::Events, EventKind::Beslut};
            return query;
        };
        const int coldRuns = size >= 1000000 ? 15 : 21;
        Result<CrossTab> firstCold = makeError(ErrorCode::Internal, QString());
        const Figures mainFigures = measure("crosstab malgrupp x kon x maluppfyllelse (insatser by beslut; bortfall, "
                                            "suppression)",
                                            mainQuery, coldRuns, runs, &firstCold);
        // The same with no period: the warm figure is the one the issue quotes.
        const Figures noPeriod = measure(
            "  same, no period", [&](int) { return q; }, coldRuns, runs, nullptr);
        Query counting = q;
        counting.mode = Mode::InternAnalys;
        measure(
            "  same, no period, InternAnalys (counting and bortfall, no protection)", [&](int) { return counting; }, 3,
            runs, nullptr);

        // CKM against no protection, both cold.
        {
            Query ckm = q;
            ckm.protection = ProtectionMethod::CellKey;
            Query plain = q;
            plain.mode = Mode::InternAnalys;
            std::vector<double> ckmMs;
            std::vector<double> plainMs;
            std::vector<double> suppressionMs;
            bool ok = true;
            for (int r = 0; r < coldRuns + 1; ++r) {
                for (int side = 0; side < 3; ++side) {
                    snapshot.upsertArende(same); // same data, new generation: nothing cached
                    const Query& query = side == 0 ? plain : side == 1 ? ckm : q;
                    const double cpu0 = threadCpuMs();
                    auto table = crossTabulate(snapshot, catalog, query);
                    const double ms = threadCpuMs() - cpu0;
                    ok = ok && table.ok();
                    if (r == 0)
                        continue; // warm-up
                    (side == 0 ? plainMs : side == 1 ? ckmMs : suppressionMs).push_back(ms);
                }
            }
            snapshot.compact();
            const double overhead = medianMs(ckmMs) - medianMs(plainMs);
            std::printf("cold 3-D query (no period), CPU medians over %d runs: unprotected %.2f ms, Cell Key Method "
                        "%.2f ms (overhead %.3f ms), suppression %.2f ms%s\n",
                        coldRuns, medianMs(plainMs), medianMs(ckmMs), overhead, medianMs(suppressionMs),
                        ok ? "" : " (a query FAILED)");
            if (!ok)
                return 1;
            cellKeyOverheadMs = overhead;
        }

        Figures multiFigures;
        if (!onlyMain) {
            auto multiQuery = [&](int r) {
                Query query = multi;
                query.period.from = multi.period.from.addMonths(-r);
                return query;
            };
            multiFigures = measure("crosstab kon x insats x avslutsorsak (multi-valued, active 2024)", multiQuery,
                                   size >= 1000000 ? 5 : 9, size >= 1000000 ? 5 : 9, nullptr);

            // Keeping the snapshot current: patching one ärende.
            domain::Arende changed = data.arenden.at(data.arenden.size() / 2);
            std::vector<double> times;
            for (int r = 0; r < 50; ++r) {
                timer.restart();
                snapshot.upsertArende(changed);
                times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e3);
            }
            std::printf("upsert one ärende: median %.1f µs\n", medianMs(times));
        }

        // The baseline computes the first cold run's table and the warm one; both must agree.
        if (!skipSql) {
            const int baselineRuns = size >= 1000000 ? 3 : 5;
            const Baseline base =
                sqlcipherBaseline(data, catalog, tmp.filePath(QStringLiteral("baseline.db")),
                                  firstCold->dimensions.isEmpty() ? Period{} : mainQuery(0).period, baselineRuns);
            const bool agree = sameTable(tallyOf(*firstCold), base.tally);
            allSame = allSame && agree;
            std::printf("sqlcipher baseline (the store's settings; same table: %s): load %.2f s; GROUP BY cold median "
                        "%.1f ms CPU (%.1f ms wall), warm median %.1f ms CPU (%.1f ms wall); %zu cells, %lld not "
                        "applicable\n",
                        agree ? "yes" : "NO", base.buildSeconds, medianMs(base.coldCpu), medianMs(base.coldWall),
                        medianMs(base.warmCpu), medianMs(base.warmWall), base.tally.cells.size(),
                        static_cast<long long>(base.tally.notApplicable));
            std::printf("ratio at %zu insatser (CPU time): cold %.1f, warm %.1f\n", data.insatser,
                        medianMs(base.coldCpu) / mainFigures.coldMs, medianMs(base.warmCpu) / mainFigures.warmMs);
            baselineColdMs = medianMs(base.coldCpu);
        }
        (void)noPeriod;
        main1M = mainFigures;
        multi1M = multiFigures;
        if (!onlyMain)
            multiBySize.emplace_back(size, multiFigures);
    }
    if (!allSame) {
        std::printf("FAILED: Följa and the SQLCipher baseline counted different tables\n");
        return 1;
    }
    auto budget = [](double goal, double ms) { return ms > 0 ? goal / ms : 0.0; };
    std::printf("RATIO crosstab_cold_10ms_budget %.2f\n", budget(10.0, main1M.coldMs));
    std::printf("RATIO crosstab_warm_3ms_budget %.2f\n", budget(3.0, main1M.warmMs));
    if (!onlyMain) {
        std::printf("RATIO crosstab_multivalued_100ms_budget %.2f\n", budget(100.0, multi1M.coldMs));
        // The same goal at every size measured (cold), named by size: 10k, 100k, 1M.
        for (const auto& [size, figures] : multiBySize) {
            const QString label = size >= 1000000 && size % 1000000 == 0 ? QString::number(size / 1000000) + u'M'
                                  : size >= 1000                         ? QString::number(size / 1000) + u'k'
                                                                         : QString::number(size);
            std::printf("RATIO crosstab_multivalued_%s_100ms_budget %.2f\n", qPrintable(label),
                        budget(100.0, figures.coldMs));
        }
    }
    if (baselineColdMs > 0)
        std::printf("RATIO crosstab_vs_sqlcipher_groupby %.1f\n", baselineColdMs / main1M.coldMs);
    if (cellKeyOverheadMs > -1.0)
        std::printf("RATIO cellkey_overhead_1ms_budget %.2f\n",
                    cellKeyOverheadMs <= 0.01 ? 100.0 : std::min(100.0, 1.0 / cellKeyOverheadMs));
    if (build1M > 0)
        std::printf("RATIO snapshot_build_1M_seconds_budget %.2f\n", 1.5 / build1M);
    return 0;
}
