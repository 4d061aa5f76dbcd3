#include "access/organisation.h"

#include "access/session.h"
#include "access/storedoor.h"
#include "catalog/types.h"
#include "store/database.h"
#include "store/repository.h"
#include "store/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace folja::access {

namespace {

const QString kMalgrupperKey = QStringLiteral("malgrupper");
const QString kEnheterKey = QStringLiteral("enheter");

QStringList parseList(const QString& json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : array) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

QString listJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

} // namespace

Result<OrganisationSetup> Organisation::normalised(const OrganisationSetup& setup)
{
    OrganisationSetup out;
    for (const QString& raw : setup.malgrupper) {
        const QString code = raw.trimmed().toUpper();
        if (!catalog::malgruppFromCode(code))
            return makeError(ErrorCode::InvalidInput, tr("Unknown target group code: %1").arg(raw.trimmed()));
        if (!out.malgrupper.contains(code))
            out.malgrupper.append(code);
    }
    // Keep the catalogue's order, whatever order they were given in.
    QStringList ordered;
    for (catalog::Malgrupp m : catalog::kAllMalgrupper) {
        if (out.malgrupper.contains(catalog::malgruppCode(m)))
            ordered.append(catalog::malgruppCode(m));
    }
    out.malgrupper = ordered;

    QSet<QString> seen;
    for (const QString& raw : setup.enheter) {
        const QString name = raw.simplified();
        if (name.isEmpty())
            continue; // blank lines in a list typed by hand
        if (name.size() > kMaxEnhetLength)
            return makeError(
                ErrorCode::InvalidInput,
                tr("The unit name \"%1…\" is longer than %2 characters.").arg(name.left(20)).arg(kMaxEnhetLength));
        if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
            return makeError(ErrorCode::InvalidInput,
                             tr("The unit name \"%1\" contains a control character.").arg(name));
        if (seen.contains(name.toCaseFolded()))
            continue;
        seen.insert(name.toCaseFolded());
        out.enheter.append(name);
    }
    if (out.enheter.size() > kMaxEnheter)
        return makeError(ErrorCode::InvalidInput, tr("At most %1 units can be listed.").arg(kMaxEnheter));
    return out;
}

Result<OrganisationSetup> Organisation::setup()
{
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto& conn = (*db)->connection();
    auto malgrupper = store::readSetting(conn, kMalgrupperKey);
    if (!malgrupper)
        return malgrupper.error();
    auto enheter = store::readSetting(conn, kEnheterKey);
    if (!enheter)
        return enheter.error();
    OrganisationSetup stored{parseList(*malgrupper), parseList(*enheter)};
    // Anything unreadable (written outside Följa) falls back to "no limits" rather than failing.
    auto clean = normalised(stored);
    return clean ? clean.value() : OrganisationSetup();
}

Result<void> Organisation::setSetup(const OrganisationSetup& setup)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto clean = normalised(setup);
    if (!clean)
        return clean.error();
    auto old = this->setup();
    if (!old)
        return old.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto& conn = (*db)->connection();
    auto tx = store::sqlite::Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto done = m_session.flushPendingAudit(); !done)
        return done.error();
    if (auto done = store::writeSetting(conn, kMalgrupperKey, listJson(clean->malgrupper)); !done)
        return done.error();
    if (auto done = store::writeSetting(conn, kEnheterKey, listJson(clean->enheter)); !done)
        return done.error();
    const QString details = QStringLiteral("malgrupper %1 -> %2; enheter %3 -> %4")
                                .arg(listJson(old->malgrupper), listJson(clean->malgrupper), listJson(old->enheter),
                                     listJson(clean->enheter));
    if (auto logged = m_session.audit(QStringLiteral("setting.change"), QStringLiteral("setting"),
                                      QStringLiteral("organisation"), details);
        !logged)
        return logged.error();
    return tx->commit();
}

} // namespace folja::access

namespace folja::access {

Result<void> Organisation::setDisplayName(const QString& accountName, const QString& displayName)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    const QString name = displayName.simplified();
    if (name.size() > 100)
        return makeError(ErrorCode::InvalidInput, tr("A display name can have at most 100 characters."));
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto& conn = (*db)->connection();
    auto tx = store::sqlite::Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto done = m_session.flushPendingAudit(); !done)
        return done.error();
    auto st = conn.prepare("UPDATE accounts SET display_name = ? WHERE name = ?");
    if (!st)
        return st.error();
    if (auto done = st->bind(1, name).bind(2, accountName).run(); !done)
        return done.error();
    if (conn.changes() != 1)
        return makeError(ErrorCode::NotFound, tr("There is no account named %1.").arg(accountName));
    if (auto logged = m_session.audit(QStringLiteral("account.display_name"), QStringLiteral("account"), accountName);
        !logged)
        return logged.error();
    return tx->commit();
}

} // namespace folja::access
