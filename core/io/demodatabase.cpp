#include "io/demodatabase.h"

#include "access/accounts.h"
#include "access/demodata.h"
#include "access/session.h"
#include "catalog/catalog.h"
#include "demo/demo.h"

#include <QCoreApplication>
#include <QFile>

namespace folja::io {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("folja::io::DemoDatabase", text);
}

} // namespace

Result<DemoSummary> fillWithDemoData(access::Session& admin, const catalog::Catalog& catalog, const DemoFill& fill)
{
    if (auto ok = admin.require(access::Role::Administrator); !ok)
        return ok.error();
    if (fill.persons < 1)
        return makeError(
            ErrorCode::InvalidInput,
            translated(QT_TRANSLATE_NOOP("folja::io::DemoDatabase", "The number of persons must be at least 1.")));

    demo::DemoOptions options;
    options.persons = fill.persons;
    options.seed = fill.seed;
    options.today = fill.today;
    demo::Generator generator(catalog, options);

    DemoSummary summary;
    summary.handlaggare = generator.handlaggare();

    // The records go in as one transaction (DemoData::insert) after the accounts exist.
    QList<access::DemoRecord> rows;
    generator.generate([&](domain::Person&& person, QList<domain::Arende>&& arenden) {
        ++summary.persons;
        for (domain::Arende& a : arenden) {
            ++summary.arenden;
            summary.insatser += static_cast<int>(a.insatser.size());
            for (const auto& i : a.insatser)
                summary.uppfoljningar += static_cast<int>(i.uppfoljningar.size());
            rows.append(access::DemoRecord{person, std::move(a)});
        }
    });

    // Refuse before anything is written: the demo ärendenummer must all be new. (The accounts
    // below are key-file changes outside the data transaction, so they must not be made for a
    // fill that cannot succeed.)
    access::DemoData data(admin);
    auto exists = data.anyExists(rows);
    if (!exists)
        return exists.error();
    if (*exists)
        return makeError(ErrorCode::Conflict,
                         translated(QT_TRANSLATE_NOOP(
                             "folja::io::DemoDatabase",
                             "The database already holds demo ärenden; demo data can be added only once.")));

    access::Accounts accounts(admin);
    auto existing = accounts.list();
    if (!existing)
        return existing.error();
    for (const QString& name : summary.handlaggare) {
        const bool known =
            std::any_of(existing->cbegin(), existing->cend(), [&](const access::Account& a) { return a.name == name; });
        if (known)
            continue;
        if (auto added = accounts.add(name, name, access::Roles(access::Role::Handlaggare), fill.password); !added)
            return added.error();
    }

    if (auto inserted = data.insert(rows); !inserted)
        return inserted.error();
    if (auto audited = admin.audit(QStringLiteral("demo.fill"), QStringLiteral("database"), QString(),
                                   QStringLiteral("persons=%1 seed=%2").arg(fill.persons).arg(fill.seed));
        !audited)
        return audited.error();
    return summary;
}

Result<DemoCreated> createDemoDatabase(const QString& path, const catalog::Catalog& catalog, const DemoDatabase& demo)
{
    access::SessionOptions options;
    options.kdf = demo.kdf;
    auto created = access::Session::createDatabase(path, demo.adminUser, demo.password, options);
    if (!created)
        return created.error();
    access::Session& session = *created->session;

    auto cleanUp = [&](const Error& error) -> Result<DemoCreated> {
        created->session.reset();
        QFile::remove(path);
        QFile::remove(access::Session::keyFilePath(path));
        QFile::remove(path + QStringLiteral("-journal"));
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return error;
    };

    access::Accounts accounts(session);
    if (auto added = accounts.add(demo.analytikerUser, demo.analytikerUser, access::Roles(access::Role::Analytiker),
                                  demo.password);
        !added)
        return cleanUp(added.error());
    DemoFill fill = demo.fill;
    fill.password = demo.password;
    auto filled = fillWithDemoData(session, catalog, fill);
    if (!filled)
        return cleanUp(filled.error());
    return DemoCreated{filled.value(), created->recoveryCode};
}

} // namespace folja::io
