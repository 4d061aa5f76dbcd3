// Store benchmark: KDF cost at the production iteration count, create/open time, the size of an
// empty database, bulk insert of 100 000 ärenden (the CSV import) and of ~1 000 000 insatser (the
// demo data), and the streaming read the analysis snapshot is built from.
//
//   bench_store [--insatser 1000000] [--out PATH]
//
// Ends with `RATIO store_bulk_100k_budget <10 s / wall time of the insert, fsync included>` and
// `RATIO store_read_1M_insatser_budget <1.5 s / CPU time of the analysis read>` (the whole snapshot
// budget; the read is only part of it): ArendeRepository::scanForAnalysis, the read the analysis
// snapshot is built from (CPU time: the machine is shared, see Timer; wall is printed too).

#include "store/crypto.h"
#include "store/database.h"
#include "store/keyfile.h"
#include "store/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>

using namespace folja;
using namespace folja::store;

namespace {

QList<ImportRow> makeRows(int arenden, int insatserPerArende, std::mt19937& rng, int offset)
{
    static const char* malgrupper[] = {"BOU", "VUX", "ALDRE", "FUNK", "EKB"};
    static const char* ksi[] = {"YAC.25.ZZ", "YAB.12.AA", "YBA.11.ZZ", "YAD.30.BB", "YEC.40.ZZ", "YAE.21.ZZ"};
    QList<ImportRow> rows;
    rows.reserve(arenden);
    std::uniform_int_distribution<int> pick(0, 1000);
    for (int i = 0; i < arenden; ++i) {
        ImportRow row;
        const int n = offset + i;
        row.person.personId = QStringLiteral("19%1").arg(10000000 + (n * 7919) % 70000000, 10, 10, QLatin1Char('0'));
        row.person.kon = QString::number(1 + pick(rng) % 2);
        row.person.birthDate = QDate(1940 + pick(rng) % 80, 1 + pick(rng) % 12, 1 + pick(rng) % 28);
        row.person.ursprung = QStringLiteral("U%1").arg(1 + pick(rng) % 4);
        domain::Arende& a = row.arende;
        a.externalId = QStringLiteral("A%1").arg(n);
        a.malgrupp = QLatin1String(malgrupper[pick(rng) % 5]);
        a.enhet = QStringLiteral("E%1").arg(pick(rng) % 12);
        a.owner = QStringLiteral("h%1").arg(pick(rng) % 20);
        a.aktualiseringDatum = QDate(2020 + pick(rng) % 5, 1 + pick(rng) % 12, 1 + pick(rng) % 28);
        a.aktualiseringstyp = QStringLiteral("T%1").arg(pick(rng) % 4);
        a.aktualiseringsorsak = {QStringLiteral("O%1").arg(pick(rng) % 9)};
        a.tidigareKontakt = QStringLiteral("JA");
        a.hushallstyp = QStringLiteral("H%1").arg(pick(rng) % 6);
        a.problematik = {QStringLiteral("P%1").arg(pick(rng) % 12), QStringLiteral("P%1").arg(12 + pick(rng) % 5)};
        a.beslutDatum = a.aktualiseringDatum.addDays(pick(rng) % 60);
        for (int k = 0; k < insatserPerArende; ++k) {
            domain::Insats ins;
            ins.ksi = QLatin1String(ksi[pick(rng) % 6]);
            ins.catalogVersion = QStringLiteral("2024.1");
            ins.beslutDatum = a.beslutDatum;
            ins.verkstallandeDatum = a.beslutDatum.addDays(pick(rng) % 30);
            if (pick(rng) % 2) {
                ins.avslutDatum = ins.verkstallandeDatum.addDays(30 + pick(rng) % 300);
                ins.avslutsorsak = {QStringLiteral("AV%1").arg(pick(rng) % 6)};
                domain::Uppfoljning u;
                u.datum = ins.avslutDatum;
                u.maluppfyllelse = QStringLiteral("M%1").arg(pick(rng) % 5);
                u.samverkan = {QStringLiteral("S%1").arg(pick(rng) % 8)};
                u.genomforande = QStringLiteral("G1");
                u.b1a = QString::number(1 + pick(rng) % 5);
                u.b3 = QString::number(1 + pick(rng) % 5);
                ins.uppfoljningar.append(u);
            }
            a.insatser.append(ins);
        }
        rows.append(row);
    }
    return rows;
}

double cpuNow()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// Wall time and this process's CPU time: the development VM is shared and often overloaded, so
// the CPU time is the better estimate of the wall time on an otherwise idle desktop.
class Timer
{
public:
    void start()
    {
        m_wall.start();
        m_cpu = cpuNow();
    }
    double wall() const { return static_cast<double>(m_wall.nsecsElapsed()) / 1e9; }
    double cpu() const { return cpuNow() - m_cpu; }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int totalInsatser = 1000000;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--insatser"));
    if (at > 0 && at + 1 < args.size())
        totalInsatser = args.at(at + 1).toInt();
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    // KDF at the production iteration count.
    {
        const SecureBytes password = SecureBytes::fromUtf8(QStringLiteral("ett rimligt lösenord"));
        const QByteArray salt(16, 's');
        for (int run = 0; run < 3; ++run) {
            Timer t;
            t.start();
            auto kek = crypto::pbkdf2Sha512(password, salt, kProductionKdfIterations, 32);
            std::printf("kdf pbkdf2-sha512 x%d (old slots): %.3f s wall, %.3f s cpu\n", kProductionKdfIterations,
                        t.wall(), t.cpu());
        }
        // Argon2id at the production parameters (new and upgraded slots): the goal is about 0.5 s
        // and at least 64 MiB per unlock on a municipal laptop.
        const KdfParams production;
        double best = 0.0;
        for (int run = 0; run < 3; ++run) {
            Timer t;
            t.start();
            auto kek =
                crypto::argon2id(password, salt, production.timeCost, production.memoryKiB, production.lanes, 32);
            if (!kek)
                return 1;
            best = run == 0 ? t.wall() : std::min(best, t.wall());
            std::printf("kdf argon2id t=%u m=%u KiB p=%u: %.3f s wall, %.3f s cpu\n", production.timeCost,
                        production.memoryKiB, production.lanes, t.wall(), t.cpu());
        }
        // Not a RATIO: a KDF should cost about its target, neither much less nor much more.
        std::printf("kdf argon2id best of 3: %.3f s (target about 0.5 s)\n", best);
    }

    // Create and open with the production KDF.
    // --out PATH keeps the filled database (user admin, password pw) for further experiments.
    const qsizetype outAt = args.indexOf(QStringLiteral("--out"));
    const QString path =
        outAt > 0 && outAt + 1 < args.size() ? args.at(outAt + 1) : dir.filePath(QStringLiteral("bench.folja"));
    {
        Timer t;
        t.start();
        auto db = Database::create(path, QStringLiteral("admin"), QStringLiteral("pw"));
        if (!db)
            return std::printf("create failed\n"), 1;
        std::printf("create (production KDF): %.3f s wall, %.3f s cpu\n", t.wall(), t.cpu());
    }
    std::printf("empty database: %lld bytes, key file: %lld bytes\n", static_cast<long long>(QFileInfo(path).size()),
                static_cast<long long>(QFileInfo(Database::keyFilePath(path)).size()));
    for (int run = 0; run < 3; ++run) {
        Timer t;
        t.start();
        auto db = Database::open(path, QStringLiteral("admin"), QStringLiteral("pw"));
        if (!db)
            return std::printf("open failed\n"), 1;
        std::printf("open empty (production KDF + quick_check): %.3f s wall, %.3f s cpu\n", t.wall(), t.cpu());
    }

    OpenOptions fast;
    fast.kdf = KdfParams::fastForTests();
    auto db = Database::open(path, QStringLiteral("admin"), QStringLiteral("pw"), fast);
    if (!db)
        return 1;
    for (int h = 0; h < 20; ++h) {
        const QByteArray sql = "INSERT INTO accounts(name, roles, created_at) VALUES ('h" + QByteArray::number(h) +
                               "', 1, '2024-01-01T00:00:00Z')";
        if (!(*db)->connection().exec(sql.constData()))
            return 1;
    }
    ArendeRepository repo(**db);
    std::mt19937 rng(42);

    // 100 000 ärenden, the CSV import: one transaction.
    double bulk100k = 0;
    {
        QList<ImportRow> rows = makeRows(100000, 1, rng, 0);
        Timer t;
        t.start();
        auto rc = repo.insertAll(rows);
        bulk100k = t.wall(); // a write is done when it is on disk: wall time, fsync included
        if (!rc)
            return std::printf("bulk insert failed: %s\n", qPrintable(rc.error().message)), 1;
        std::printf("bulk insert 100k ärenden (1 insats each, half with uppföljning; synchronous = EXTRA): %.3f s "
                    "wall, %.3f s cpu\n",
                    t.wall(), t.cpu());
    }

    // The rest up to ~1M insatser (2 per ärende), in batches of 50 000 ärenden.
    {
        int done = 100000;
        Timer t;
        t.start();
        int offset = 100000;
        while (done < totalInsatser) {
            const int batch = std::min(50000, (totalInsatser - done + 1) / 2);
            QList<ImportRow> rows = makeRows(batch, 2, rng, offset);
            offset += batch;
            if (auto rc = repo.insertAll(rows); !rc)
                return std::printf("demo insert failed: %s\n", qPrintable(rc.error().message)), 1;
            done += 2 * batch;
        }
        std::printf("bulk insert to %d insatser (+%d ärenden): %.3f s wall, %.3f s cpu (including generating the "
                    "records)\n",
                    done, offset - 100000, t.wall(), t.cpu());
    }
    std::printf("database with ~%d insatser: %.1f MB\n", totalInsatser,
                static_cast<double>(QFileInfo(path).size()) / 1e6);

    // The read the analysis snapshot is built from: every row handed over as plain values.
    struct CountingSink final : AnalysisSink {
        qint64 arenden = 0, insatser = 0, uppfoljningar = 0, persons = 0, values = 0;
        void arende(domain::Id, domain::Id, domain::Id, TextView, TextView, qint32, TextView, TextView, TextView,
                    qint32, TextView, std::uint8_t) override
        {
            ++arenden;
        }
        void arendeValue(domain::Id, int, TextView) override { ++values; }
        void insats(domain::Id, domain::Id, int, TextView, qint32, qint32, qint32, std::uint8_t) override
        {
            ++insatser;
        }
        void insatsValue(domain::Id, domain::Id, TextView) override { ++values; }
        void uppfoljning(domain::Id, domain::Id, domain::Id, int, qint32, const TextView (&)[10], std::uint8_t) override
        {
            ++uppfoljningar;
        }
        void uppfoljningValue(domain::Id, domain::Id, TextView) override { ++values; }
        void person(domain::Id, TextView, qint32, std::uint8_t) override { ++persons; }
    };
    double readBest = 1e9;
    for (int run = 0; run < 3; ++run) {
        Timer t;
        t.start();
        CountingSink sink;
        auto rc = repo.scanForAnalysis(sink);
        const double s = t.cpu();
        readBest = std::min(readBest, s);
        if (!rc)
            return std::printf("analysis read failed: %s\n", qPrintable(rc.error().message)), 1;
        std::printf("analysis read (scanForAnalysis): %lld ärenden, %lld insatser, %lld uppföljningar, %lld persons, "
                    "%lld values: %.3f s wall, %.3f s cpu\n",
                    static_cast<long long>(sink.arenden), static_cast<long long>(sink.insatser),
                    static_cast<long long>(sink.uppfoljningar), static_cast<long long>(sink.persons),
                    static_cast<long long>(sink.values), t.wall(), s);
    }
    {
        Timer t;
        t.start();
        auto rc = (*db)->quickCheck();
        std::printf("quick_check on the big database: %.3f s wall, %.3f s cpu (%s)\n", t.wall(), t.cpu(),
                    rc ? "ok" : "FAILED");
    }
    db->reset();
    {
        Timer t;
        t.start();
        auto big = Database::open(path, QStringLiteral("admin"), QStringLiteral("pw"), fast);
        std::printf("open big database (fast KDF, with quick_check): %.3f s wall, %.3f s cpu\n", t.wall(), t.cpu());
    }
    std::printf("RATIO store_bulk_100k_budget %.2f\n", 10.0 / bulk100k);
    std::printf("RATIO store_read_1M_insatser_budget %.2f\n", 1.5 / readBest);
    return 0;
}
