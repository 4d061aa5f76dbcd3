// Imports 100,000 canonical CSV rows (50,000 ärenden with two insatser each, 40,000 persons) into a
// new encrypted database and reports the time against the 10 s budget:
//   RATIO import_100k_rows_budget <10 / seconds>   (> 1 is within budget)
// Also times the validation alone and a second, unchanged import of the same file.

#include "access/accounts.h"
#include "access/session.h"
#include "catalog/catalog.h"
#include "identity/personid.h"
#include "io/importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace folja;

namespace {

void writeCsv(const QString& path, int arenden)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    QByteArray out = "arende_id;person_id;malgrupp;handlaggare;aktualisering_datum;aktualiseringstyp;"
                     "aktualiseringsorsak;tidigare_kontakt;ursprung;problematik;beslut_datum;insats;"
                     "verkstallande_datum;uppfoljning_datum;sip;maluppfyllelse;avslut_datum;avslutsorsak\r\n";
    const char* insatser[] = {"YAD.15.ZZ", "YAD.20.15", "YAD.20.25", "YAD.30.15", "YAD.40.11"};
    for (int i = 0; i < arenden; ++i) {
        const int person = i % 40000;
        const QByteArray pnr =
            identity::PersonId::compose(QDate(1940, 1, 1).addDays(person % 25000), 100 + person % 800).toLatin1();
        const QByteArray id = "B-" + QByteArray::number(i);
        const QByteArray owner = "hl" + QByteArray::number(i % 20);
        const QDate akt = QDate(2022, 1, 1).addDays(i % 700);
        const QByteArray common = id + ';' + pnr + ";VUX;" + owner + ';' + akt.toString(Qt::ISODate).toLatin1() +
                                  ";Ansökan;Egen psykisk ohälsa|ORSAK.EGET_SKADLIGT_BRUK;TIDKONTAKT.NEJ;"
                                  "URSPRUNG.SVERIGE;ORSAK.EGET_SKADLIGT_BRUK;";
        for (int k = 0; k < 2; ++k) {
            const QDate beslut = akt.addDays(10 + k);
            out += common + beslut.toString(Qt::ISODate).toLatin1() + ';' + insatser[(i + k) % 5] + ';' +
                   beslut.addDays(5).toString(Qt::ISODate).toLatin1() + ';' +
                   beslut.addDays(90).toString(Qt::ISODate).toLatin1() + ";SIP.JA;Ingen förändring;" +
                   (k == 0 ? QByteArray(beslut.addDays(120).toString(Qt::ISODate).toLatin1() + ";AVSLUT.MAL_UPPNATT")
                           : QByteArray(";")) +
                   "\r\n";
        }
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
}

// Process CPU time: on a shared 2-core machine wall time mostly measures the neighbours.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("bench.csv"));
    const QString dbPath = dir.filePath(QStringLiteral("bench.db"));
    // BENCH_ARENDEN lets a developer profile a smaller run; the reported ratio is for 50,000.
    const int arenden =
        qEnvironmentVariableIsSet("BENCH_ARENDEN") ? qEnvironmentVariableIntValue("BENCH_ARENDEN") : 50000;
    writeCsv(csv, arenden);

    access::SessionOptions so;
    so.kdf = access::KdfParams::fastForTests(); // key-slot strength is not what is measured
    auto created =
        access::Session::createDatabase(dbPath, QStringLiteral("admin"), QStringLiteral("bench-password"), so);
    if (!created) {
        out << "create failed: " << created.error().message << '\n';
        return 1;
    }
    auto& session = *created->session;
    {
        access::Accounts accounts(session);
        for (int i = 0; i < 20; ++i) {
            if (!accounts.add(QStringLiteral("hl%1").arg(i), {}, access::Role::Handlaggare,
                              QStringLiteral("hl-password"))) {
                out << "account failed\n";
                return 1;
            }
        }
    }
    auto catalog = catalog::Catalog::loadBuiltin();
    if (!catalog)
        return 1;

    QElapsedTimer timer;
    timer.start();
    {
        QFile file(csv);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        io::ImportOptions options;
        options.actorIsAdministrator = true;
        for (int i = 0; i < 20; ++i)
            options.handlaggare.insert(QStringLiteral("hl%1").arg(i));
        const io::ParsedImport parsed = io::CanonicalImport::parse(&file, *catalog, options);
        out << "validate only: " << QString::number(timer.nsecsElapsed() / 1e9, 'f', 2) << " s (" << parsed.rows
            << " rows)\n";
        out.flush();
    }
    timer.restart();
    auto dry = io::Importer::runFile(session, *catalog, csv, true);
    const double drySeconds = timer.nsecsElapsed() / 1e9;
    if (!dry || !dry->ok()) {
        out << "dry run failed\n";
        if (dry) {
            for (int i = 0; i < std::min<qsizetype>(5, dry->errors.size()); ++i)
                out << io::formatIssue(dry->errors[i]) << '\n';
        }
        return 1;
    }

    timer.restart();
    const double cpuBefore = cpuSeconds();
    auto result = io::Importer::runFile(session, *catalog, csv, false);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    if (!result || !result->ok() || result->outcome.created != arenden) {
        out << "import failed\n";
        return 1;
    }

    timer.restart();
    auto again = io::Importer::runFile(session, *catalog, csv, false);
    const double againSeconds = timer.nsecsElapsed() / 1e9;
    if (!again || again->outcome.unchanged != arenden) {
        out << "second import changed data\n";
        return 1;
    }

    out << "rows: " << result->rows << ", arenden: " << result->arenden << ", insatser: " << result->insatser << '\n';
    out << "validate + dry run: " << QString::number(drySeconds, 'f', 2) << " s\n";
    out << "import (new database): " << QString::number(seconds, 'f', 2) << " s wall, " << QString::number(cpu, 'f', 2)
        << " s CPU\n";
    out << "import again (unchanged): " << QString::number(againSeconds, 'f', 2) << " s\n";
    out << "RATIO import_100k_rows_budget " << QString::number(10.0 / seconds, 'f', 3) << '\n';
    return 0;
}
