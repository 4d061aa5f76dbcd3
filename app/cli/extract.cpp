// folja-cli extract: the registerutdrag of one person (administratör only).

#include "access/arendeservice.h"
#include "access/catalogsettings.h"
#include "catalog/catalog.h"
#include "cli.h"

#include <QJsonDocument>

using namespace folja;
using namespace folja::cli;

int Cli::extract(const QStringList& args)
{
    Options o;
    int code = kOk;
    if (!parse(
            args,
            {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--password-file"),
             QStringLiteral("--person"), QStringLiteral("--format")},
            {},
            {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--person"), QStringLiteral("--format")},
            o, code))
        return code;
    if (o.values.value(QStringLiteral("--format")).constLast() != QLatin1String("json"))
        return usage(tr("extract supports only --format json."));
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
        return failed(customised.error()); // the kommun's local values and hidden variables
    access::ArendeService service(**session);
    auto json = service.extract(o.values.value(QStringLiteral("--person")).constLast(), &*catalog);
    if (!json)
        return failed(json.error());
    out() << QString::fromUtf8(QJsonDocument(*json).toJson(QJsonDocument::Indented));
    out().flush();
    return kOk;
}
