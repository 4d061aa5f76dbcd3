// folja-cli demo: fill a database with deterministic synthetic data (administratör only).

#include "catalog/catalog.h"
#include "cli.h"
#include "io/demodatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace folja;
using namespace folja::cli;

int Cli::demo(const QStringList& args)
{
    Options o;
    int code = kOk;
    if (!parse(args,
               {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--password-file"),
                QStringLiteral("--persons"), QStringLiteral("--seed")},
               {}, {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--persons")}, o, code))
        return code;
    bool ok = false;
    const QString personsText = o.value(QStringLiteral("--persons"));
    const int persons = personsText.toInt(&ok);
    if (!ok || persons < 1)
        return usage(tr("--persons needs a whole number of at least 1, not \"%1\".").arg(personsText));
    quint64 seed = 1;
    if (o.has(QStringLiteral("--seed"))) {
        const QString seedText = o.value(QStringLiteral("--seed"));
        seed = seedText.toULongLong(&ok);
        if (!ok)
            return usage(tr("--seed needs a whole number of 0 or more, not \"%1\".").arg(seedText));
    }
    const auto pw = password(o, code);
    if (!pw)
        return code;
    auto catalog = catalog::Catalog::loadBuiltin();
    if (!catalog)
        return failed(catalog.error());
    auto session = signIn(o, *pw, true);
    if (!session)
        return failed(session.error());

    io::DemoFill fill;
    fill.persons = persons;
    fill.seed = seed;
    // INTERCHANGE §1: the demo handläggare get the password in FOLJA_PASSWORD (the administratör's
    // own password when it came from --password-file instead).
    fill.password = qEnvironmentVariableIsSet("FOLJA_PASSWORD") ? qEnvironmentVariable("FOLJA_PASSWORD") : *pw;
    auto summary = io::fillWithDemoData(**session, *catalog, fill);
    if (!summary && summary.error().code == ErrorCode::Conflict)
        return refused(tr("Cannot fill %1 with demo data: it already holds demo ärenden. Demo data can be added "
                          "only once; use a new database.")
                           .arg(o.value(QStringLiteral("--db"))));
    if (!summary)
        return refused(
            tr("Cannot fill %1 with demo data: %2").arg(o.value(QStringLiteral("--db")), summary.error().message));

    QJsonObject json;
    json.insert(QStringLiteral("persons"), summary->persons);
    json.insert(QStringLiteral("arenden"), summary->arenden);
    json.insert(QStringLiteral("insatser"), summary->insatser);
    json.insert(QStringLiteral("uppfoljningar"), summary->uppfoljningar);
    json.insert(QStringLiteral("handlaggare"), QJsonArray::fromStringList(summary->handlaggare));
    json.insert(QStringLiteral("seed"), static_cast<double>(seed));
    out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
    out().flush();
    return kOk;
}
