// folja-cli microdata export: pseudonymised microdata for a named recipient (administratör only).
// The rules (pseudonyms, coarsening, exclusions, audit, all or nothing) are access::MicrodataExport's.

#include "access/microdata.h"

#include "access/catalogsettings.h"
#include "catalog/catalog.h"
#include "cli.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace folja;
using namespace folja::cli;

int Cli::microdata(const QStringList& args)
{
    if (args.isEmpty() || args.first() != QLatin1String("export"))
        return usage(tr("Unknown microdata command; use \"microdata export\"."));
    Options o;
    int code = kOk;
    if (!parse(
            args.mid(1),
            {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--password-file"),
             QStringLiteral("--recipient"), QStringLiteral("--out"), QStringLiteral("--from"), QStringLiteral("--to"),
             QStringLiteral("--date-precision")},
            {},
            {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--recipient"), QStringLiteral("--out")},
            o, code))
        return code;
    access::MicrodataRequest request;
    request.recipient = o.value(QStringLiteral("--recipient"));
    request.outDir = o.value(QStringLiteral("--out"));
    if (o.has(QStringLiteral("--date-precision"))) {
        const QString precision = o.value(QStringLiteral("--date-precision"));
        if (precision == QLatin1String("month"))
            request.precision = access::DatePrecision::Month;
        else if (precision == QLatin1String("day"))
            request.precision = access::DatePrecision::Day;
        else
            return usage(tr("--date-precision must be month or day, not \"%1\".").arg(precision));
    }
    for (const QString& flag : {QStringLiteral("--from"), QStringLiteral("--to")}) {
        if (!o.has(flag))
            continue;
        const auto date = parseDate(o.value(flag));
        if (!date)
            return refused(tr("%1 \"%2\" is not a date (YYYY-MM-DD).").arg(flag, o.value(flag)));
        (flag == QLatin1String("--from") ? request.from : request.to) = *date;
    }
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
    auto summary = access::MicrodataExport(**session, *catalog).run(request);
    if (!summary)
        return failed(summary.error());
    const QJsonObject json{
        {QStringLiteral("out"), QDir::toNativeSeparators(summary->outDir)},
        {QStringLiteral("recipient"), request.recipient},
        {QStringLiteral("rows"), summary->rows},
        {QStringLiteral("persons"), summary->persons},
        {QStringLiteral("skyddade_excluded"), summary->skyddadeExcluded},
        {QStringLiteral("new_recipient"), summary->newRecipient},
        {QStringLiteral("columns"), QJsonArray::fromStringList(summary->columns)},
    };
    out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out().flush();
    return kOk;
}
