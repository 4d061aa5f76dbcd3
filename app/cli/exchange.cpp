// folja-cli exchange export|import: exchange packages between a handläggare's laptop and the
// SU-team's database (INTERCHANGE §1). The rules (own ärenden only, encryption, matching, conflicts,
// all or nothing, audit) are access::ExchangeService's; this file reads flags and prints JSON.

#include "access/exchange.h"

#include "access/catalogsettings.h"
#include "catalog/catalog.h"
#include "cli.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace folja;
using namespace folja::cli;

namespace {

// The iteration count for a new package: production strength, unless a test build
// (FOLJA_ALLOW_WEAK_KDF) is asked for less with FOLJA_KDF_ITERATIONS, as for key slots.
quint32 packageIterations()
{
    quint32 iterations = access::exchange::kProductionIterations;
#ifdef FOLJA_ALLOW_WEAK_KDF
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue("FOLJA_KDF_ITERATIONS", &ok);
    if (ok && asked >= int(access::exchange::kTestMinIterations) && quint32(asked) < iterations)
        iterations = quint32(asked);
#endif
    return iterations;
}

} // namespace

int Cli::exchange(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("export") && sub != QLatin1String("import"))
        return usage(tr("Unknown exchange command; use \"exchange export\" or \"exchange import\"."));
    const bool isExport = sub == QLatin1String("export");
    Options o;
    int code = kOk;
    const QStringList common{QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--password-file")};
    if (!parse(args.mid(1),
               common + (isExport ? QStringList{QStringLiteral("--out"), QStringLiteral("--since")}
                                  : QStringList{QStringLiteral("--in"), QStringLiteral("--owner")}),
               {},
               {QStringLiteral("--db"), QStringLiteral("--user"),
                isExport ? QStringLiteral("--out") : QStringLiteral("--in")},
               o, code))
        return code;
    if (int once = onlyOnce(o, {}); once != kOk)
        return once;
    QDate since;
    if (o.has(QStringLiteral("--since"))) {
        const auto date = parseDate(o.value(QStringLiteral("--since")));
        if (!date)
            return refused(tr("--since \"%1\" is not a date (YYYY-MM-DD).").arg(o.value(QStringLiteral("--since"))));
        since = *date;
    }
    if (!qEnvironmentVariableIsSet("FOLJA_TRANSFER_PASSPHRASE"))
        return usage(tr("No transfer passphrase: set FOLJA_TRANSFER_PASSPHRASE (agreed with the other side; never "
                        "given on the command line)."));
    const QString passphrase = qEnvironmentVariable("FOLJA_TRANSFER_PASSPHRASE");
    const auto pw = password(o, code);
    if (!pw)
        return code;
    auto catalog = catalog::Catalog::loadBuiltin();
    if (!catalog)
        return failed(catalog.error());
    auto session = signIn(o, *pw, false);
    if (!session)
        return failed(session.error());
    if (auto customised = access::CatalogSettings(**session).applyTo(*catalog); !customised)
        return failed(customised.error());
    access::ExchangeService service(**session, *catalog);

    if (isExport) {
        access::ExchangeExportRequest request;
        request.outPath = o.value(QStringLiteral("--out"));
        request.since = since;
        request.passphrase = passphrase;
        request.iterations = packageIterations();
        auto summary = service.exportPackage(request);
        if (!summary)
            return failed(summary.error());
        const QJsonObject json{
            {QStringLiteral("out"), QDir::toNativeSeparators(summary->outPath)},
            {QStringLiteral("package"), summary->packageId},
            {QStringLiteral("since"), since.isValid() ? QJsonValue(since.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("arenden"), summary->arenden},
            {QStringLiteral("insatser"), summary->insatser},
            {QStringLiteral("uppfoljningar"), summary->uppfoljningar},
            {QStringLiteral("persons"), summary->persons},
            {QStringLiteral("bytes"), summary->bytes},
        };
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        out().flush();
        return kOk;
    }

    access::ExchangeImportRequest request;
    request.inPath = o.value(QStringLiteral("--in"));
    request.passphrase = passphrase;
    request.owner = o.value(QStringLiteral("--owner"));
    auto report = service.importPackage(request);
    if (!report)
        return failed(report.error());
    out() << QString::fromUtf8(access::exchangeReportJson(*report));
    out().flush();
    return kOk;
}
