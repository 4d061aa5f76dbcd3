// Exchange packages (issue 13) of 10,000 ärenden: one handläggare's ärenden (demo data with their
// insatser, uppföljningar and persons) exported from one database and imported into another, then
// imported again (everything unchanged). Production strength throughout: Argon2id key slots and
// PBKDF2-HMAC-SHA512 at 600,000 iterations for the package. Prints times and the package size:
//   RATIO exchange_export_10k_budget <10 s / export seconds>
//   RATIO exchange_import_10k_budget <20 s / import seconds>   (> 1 is within budget)

#include "access/accounts.h"
#include "access/arendeservice.h"
#include "access/exchange.h"
#include "access/session.h"
#include "catalog/catalog.h"
#include "demo/demo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace folja;
using namespace folja::access;

namespace {

const QString kPw = QStringLiteral("bench-admin-password");
const QString kPassphrase = QStringLiteral("a long transfer passphrase for the benchmark");

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
    const int wanted =
        qEnvironmentVariableIsSet("BENCH_ARENDEN") ? qEnvironmentVariableIntValue("BENCH_ARENDEN") : 10000;
    auto catalog = catalog::Catalog::loadBuiltin();
    if (!catalog) {
        out << "catalogue: " << catalog.error().message << '\n';
        return 1;
    }

    // One handläggare's ärenden from the demo generator.
    demo::DemoOptions options;
    options.persons = wanted;
    options.seed = 5;
    options.handlaggareCount = 1;
    options.handlaggarePrefix = QStringLiteral("hl");
    demo::DemoData data = demo::generate(*catalog, options);
    while (data.arenden.size() > wanted)
        data.arenden.removeLast();

    const QString source = dir.filePath(QStringLiteral("laptop.folja"));
    const QString target = dir.filePath(QStringLiteral("su.folja"));
    for (const QString& path : {source, target}) {
        auto created = Session::createDatabase(path, QStringLiteral("admin"), kPw);
        if (!created ||
            !Accounts(*created->session).add(QStringLiteral("hl1"), QStringLiteral("HL"), Role::Handlaggare, kPw)) {
            out << "cannot create " << path << '\n';
            return 1;
        }
        if (path != source)
            continue;
        QList<ImportItem> items;
        for (const domain::Arende& a : std::as_const(data.arenden)) {
            ImportItem item;
            item.person = data.persons[int(a.personRef) - 1];
            item.person.id = domain::kNoId;
            item.arende = a;
            item.arende.owner = QStringLiteral("hl1");
            items.append(item);
        }
        auto filled = ArendeService(*created->session).importArenden(items, false, QStringLiteral("bench"));
        if (!filled || !filled->refusals.isEmpty()) {
            out << "cannot fill: " << (filled ? filled->refusals.first().message : filled.error().message) << '\n';
            return 1;
        }
    }
    int insatser = 0;
    for (const domain::Arende& a : std::as_const(data.arenden))
        insatser += int(a.insatser.size());
    out << "ärenden: " << data.arenden.size() << ", insatser: " << insatser << '\n';

    const QString package = dir.filePath(QStringLiteral("hl1.foljapaket"));
    double exportWall = 0;
    {
        auto session = Session::signIn(source, QStringLiteral("hl1"), kPw);
        if (!session) {
            out << "sign-in: " << session.error().message << '\n';
            return 1;
        }
        ExchangeExportRequest request;
        request.outPath = package;
        request.passphrase = kPassphrase;
        QElapsedTimer wall;
        wall.start();
        const double cpu = cpuSeconds();
        auto summary = ExchangeService(**session, *catalog).exportPackage(request);
        exportWall = wall.nsecsElapsed() / 1e9;
        if (!summary) {
            out << "export: " << summary.error().message << '\n';
            return 1;
        }
        out << "export: " << summary->arenden << " ärenden, " << summary->insatser << " insatser, "
            << summary->uppfoljningar << " uppföljningar in " << exportWall << " s wall, " << cpuSeconds() - cpu
            << " s CPU; package " << summary->bytes << " bytes (" << summary->bytes / 1024 << " KiB)\n";
    }

    double importWall = 0;
    for (const char* round : {"import (new)", "import again (unchanged)"}) {
        auto session = Session::signIn(target, QStringLiteral("admin"), kPw);
        if (!session) {
            out << "sign-in: " << session.error().message << '\n';
            return 1;
        }
        ExchangeImportRequest request;
        request.inPath = package;
        request.passphrase = kPassphrase;
        QElapsedTimer wall;
        wall.start();
        const double cpu = cpuSeconds();
        auto report = ExchangeService(**session, *catalog).importPackage(request);
        const double seconds = wall.nsecsElapsed() / 1e9;
        if (!report) {
            out << "import: " << report.error().message << '\n';
            return 1;
        }
        if (importWall == 0)
            importWall = seconds;
        out << round << ": created " << report->created << ", unchanged " << report->unchanged << " in " << seconds
            << " s wall, " << cpuSeconds() - cpu << " s CPU\n";
    }
    out << "RATIO exchange_export_10k_budget " << 10.0 / exportWall << '\n';
    out << "RATIO exchange_import_10k_budget " << 20.0 / importWall << '\n';
    return 0;
}
