#include "access/analysisscope.h"

#include "access/session.h"
#include "access/storedoor.h"
#include "catalog/types.h"
#include "store/database.h"
#include "store/repository.h"
#include "store/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace folja::access {

namespace {

constexpr int kMaxEnhetLength = 100;

QString settingKey(qint64 accountId)
{
    return QStringLiteral("analysis_scope.%1").arg(accountId);
}

QString toJson(const AnalysisScope& scope)
{
    QJsonObject o;
    o.insert(QStringLiteral("malgrupper"), QJsonArray::fromStringList(scope.malgrupper));
    o.insert(QStringLiteral("enheter"), QJsonArray::fromStringList(scope.enheter));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

// A stored value that does not parse (only possible from outside Följa) limits to nothing rather
// than to everything: failing closed is the safe direction for a privacy limit.
AnalysisScope fromJson(const QString& text, bool* ok)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    if (!*ok)
        return {};
    const QJsonObject o = doc.object();
    return {stringList(o.value(QStringLiteral("malgrupper"))), stringList(o.value(QStringLiteral("enheter")))};
}

void normalise(QStringList& list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

QStringList intersectLists(const QStringList& a, const QStringList& b, bool* empty)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    QStringList out;
    for (const QString& s : a) {
        if (b.contains(s))
            out.append(s);
    }
    if (out.isEmpty())
        *empty = true;
    return out;
}

} // namespace

AnalysisScope AnalysisScope::intersect(const AnalysisScope& a, const AnalysisScope& b, bool* nothing)
{
    bool empty = false;
    AnalysisScope out{intersectLists(a.malgrupper, b.malgrupper, &empty), intersectLists(a.enheter, b.enheter, &empty)};
    if (nothing)
        *nothing = empty;
    return out;
}

Result<qint64> AnalysisScopes::accountIdOf(const QString& accountName)
{
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto st = (*db)->connection().prepare("SELECT id FROM accounts WHERE name = ? AND active = 1");
    if (!st)
        return st.error();
    st->bind(1, accountName);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("There is no active account \"%1\".").arg(accountName));
    return st->columnInt64(0);
}

Result<AnalysisScope> AnalysisScopes::of(const QString& accountName)
{
    if (accountName != m_session.user()) {
        if (auto ok = m_session.require(Role::Administrator); !ok)
            return ok.error();
    }
    auto id = accountIdOf(accountName);
    if (!id)
        return id.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto text = store::readSetting((*db)->connection(), settingKey(*id));
    if (!text)
        return text.error();
    if (text->isNull())
        return AnalysisScope{};
    bool ok = false;
    AnalysisScope scope = fromJson(*text, &ok);
    if (!ok) {
        return makeError(ErrorCode::Corrupt,
                         tr("The stored analysis scope of \"%1\" cannot be read; an administratör must set it again.")
                             .arg(accountName));
    }
    return scope;
}

Result<AnalysisScope> AnalysisScopes::effective()
{
    if (m_session.hasRole(Role::Administrator))
        return AnalysisScope{};
    return of(m_session.user());
}

Result<void> AnalysisScopes::set(const QString& accountName, const AnalysisScope& scope)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    AnalysisScope clean;
    for (const QString& raw : scope.malgrupper) {
        const QString code = raw.trimmed().toUpper();
        if (!catalog::malgruppFromCode(code)) {
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is not a målgrupp code (BOU, VUX, ALDRE, FUNK or EKB).").arg(raw));
        }
        clean.malgrupper.append(code);
    }
    for (const QString& raw : scope.enheter) {
        const QString name = raw.trimmed();
        if (name.isEmpty() || name.size() > kMaxEnhetLength) {
            return makeError(ErrorCode::InvalidInput,
                             tr("An enhet name must have 1 to %1 characters.").arg(kMaxEnhetLength));
        }
        clean.enheter.append(name);
    }
    normalise(clean.malgrupper);
    normalise(clean.enheter);

    auto id = accountIdOf(accountName);
    if (!id)
        return id.error();
    auto old = of(accountName);
    if (!old)
        return old.error();
    if (*old == clean)
        return {};
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto& conn = (*db)->connection();
    auto tx = store::sqlite::Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto done = store::writeSetting(conn, settingKey(*id), toJson(clean)); !done)
        return done.error();
    // Codes and unit names only: no personal data in the log.
    const QString details = toJson(*old) % QStringLiteral(" -> ") % toJson(clean);
    if (auto logged = m_session.audit(QStringLiteral("analysis_scope.change"), QStringLiteral("account"),
                                      QString::number(*id), details);
        !logged)
        return logged.error();
    return tx->commit();
}

} // namespace folja::access
