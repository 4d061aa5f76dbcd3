#include "access/importmappings.h"

#include "access/session.h"
#include "access/storedoor.h"
#include "common/i18n.h"
#include "store/database.h"
#include "store/sqlite.h"

#include <QJsonDocument>

#include <algorithm>

namespace folja::access {

namespace {

using store::sqlite::Connection;
using store::sqlite::Statement;
using store::sqlite::Transaction;

QString timestamp(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QString normalised(const QString& name)
{
    return name.simplified().toCaseFolded();
}

constexpr const char* kColumns =
    "SELECT id, name, mapping_json, created_by, created_at, updated_at FROM import_mappings ";

SavedImportMapping fromRow(const Statement& st)
{
    SavedImportMapping m;
    m.id = st.columnInt64(0);
    m.name = st.columnText(1);
    m.json = st.columnText(2).toUtf8();
    m.createdBy = st.columnText(3);
    m.createdAt = QDateTime::fromString(st.columnText(4), Qt::ISODateWithMs);
    m.updatedAt = QDateTime::fromString(st.columnText(5), Qt::ISODateWithMs);
    return m;
}

} // namespace

Result<QString> ImportMappings::checkName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The import mapping needs a name."));
    if (trimmed.size() > kMaxNameLength) {
        return makeError(ErrorCode::InvalidInput, tr("The name of the import mapping is too long (%1 characters; at "
                                                     "most %2).")
                                                      .arg(trimmed.size())
                                                      .arg(kMaxNameLength));
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return makeError(ErrorCode::InvalidInput, tr("The name of the import mapping must be on one line."));
    }
    return trimmed;
}

Result<void> ImportMappings::requireMayImport()
{
    if (m_session.hasRole(Role::Administrator))
        return {};
    const Error refused{ErrorCode::PermissionDenied,
                        tr("Importing with an import mapping is for administratörer and for handläggare an "
                           "administratör has allowed.")};
    if (!m_session.hasRole(Role::Handlaggare))
        return refused;
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto st = (*db)->connection().prepare("SELECT 1 FROM import_rights WHERE account_id = ?");
    if (!st)
        return st.error();
    st->bind(1, m_session.accountId());
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return refused;
    return {};
}

bool ImportMappings::mayImport()
{
    return requireMayImport().ok();
}

Result<QList<SavedImportMapping>> ImportMappings::list()
{
    if (auto ok = requireMayImport(); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto st = (*db)->connection().prepare(kColumns);
    if (!st)
        return st.error();
    QList<SavedImportMapping> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(fromRow(*st));
    }
    const QCollator collator = i18n::nameCollator();
    std::sort(out.begin(), out.end(), [&collator](const SavedImportMapping& a, const SavedImportMapping& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return out;
}

Result<SavedImportMapping> ImportMappings::loadByName(const QString& name)
{
    auto all = list();
    if (!all)
        return all.error();
    const QString wanted = normalised(name);
    for (const SavedImportMapping& m : *all) {
        if (normalised(m.name) == wanted)
            return m;
    }
    QStringList names;
    for (const SavedImportMapping& m : *all)
        names.append(m.name);
    return makeError(ErrorCode::NotFound,
                     names.isEmpty()
                         ? tr("There is no import mapping named \"%1\"; none is saved yet.").arg(name.trimmed())
                         : tr("There is no import mapping named \"%1\"; saved mappings: %2.")
                               .arg(name.trimmed(), names.join(QLatin1String(", "))));
}

Result<SavedImportMapping> ImportMappings::save(const QString& name, const QByteArray& json)
{
    if (auto ok = requireMayImport(); !ok)
        return ok.error();
    auto checked = checkName(name);
    if (!checked)
        return checked.error();
    if (json.size() > kMaxJsonBytes || !QJsonDocument::fromJson(json).isObject())
        return makeError(ErrorCode::InvalidInput, tr("The import mapping is not valid and was not saved."));
    auto existing = list();
    if (!existing)
        return existing.error();
    qint64 id = 0;
    for (const SavedImportMapping& m : *existing) {
        if (normalised(m.name) == normalised(*checked))
            id = m.id;
    }
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    Connection& conn = (*db)->connection();
    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto flushed = m_session.flushPendingAudit(); !flushed)
        return flushed.error();
    const QString now = timestamp(m_session.clock().nowUtc());
    const QString text = QString::fromUtf8(json);
    if (id == 0) {
        auto st = conn.prepare("INSERT INTO import_mappings (name, mapping_json, created_by, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?)");
        if (!st)
            return st.error();
        st->bind(1, *checked).bind(2, text).bind(3, m_session.user()).bind(4, now).bind(5, now);
        if (auto done = st->run(); !done)
            return done.error();
        id = conn.lastInsertRowId();
    } else {
        auto st = conn.prepare("UPDATE import_mappings SET mapping_json = ?, updated_at = ? WHERE id = ?");
        if (!st)
            return st.error();
        st->bind(1, text).bind(2, now).bind(3, id);
        if (auto done = st->run(); !done)
            return done.error();
    }
    if (auto logged = m_session.audit(QStringLiteral("import_mapping.save"), QStringLiteral("import_mapping"),
                                      QString::number(id));
        !logged)
        return logged.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return loadByName(*checked);
}

Result<void> ImportMappings::remove(qint64 id)
{
    if (auto ok = requireMayImport(); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    Connection& conn = (*db)->connection();
    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto flushed = m_session.flushPendingAudit(); !flushed)
        return flushed.error();
    auto st = conn.prepare("DELETE FROM import_mappings WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    if (auto done = st->run(); !done)
        return done.error();
    if (conn.changes() != 1)
        return makeError(ErrorCode::NotFound, tr("There is no import mapping number %1.").arg(id));
    if (auto logged = m_session.audit(QStringLiteral("import_mapping.remove"), QStringLiteral("import_mapping"),
                                      QString::number(id));
        !logged)
        return logged.error();
    return tx->commit();
}

Result<QStringList> ImportMappings::allowedAccounts()
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto st = (*db)->connection().prepare(
        "SELECT a.name FROM import_rights r JOIN accounts a ON a.id = r.account_id ORDER BY a.name");
    if (!st)
        return st.error();
    QStringList out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(st->columnText(0));
    }
    return out;
}

Result<void> ImportMappings::setAllowed(const QString& accountName, bool allowed)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    Connection& conn = (*db)->connection();
    auto find = conn.prepare("SELECT id, roles FROM accounts WHERE name = ?");
    if (!find)
        return find.error();
    find->bind(1, accountName);
    auto row = find->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("There is no account named \"%1\".").arg(accountName));
    const qint64 accountId = find->columnInt64(0);
    const Roles roles = rolesFromBits(int(find->columnInt64(1)));
    if (allowed && !roles.testFlag(Role::Handlaggare)) {
        return makeError(
            ErrorCode::InvalidInput,
            tr("Only a handläggare can be allowed to import; \"%1\" does not hold that role.").arg(accountName));
    }
    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto flushed = m_session.flushPendingAudit(); !flushed)
        return flushed.error();
    auto st = allowed ? conn.prepare("INSERT OR IGNORE INTO import_rights (account_id, granted_by, granted_at) "
                                     "VALUES (?, ?, ?)")
                      : conn.prepare("DELETE FROM import_rights WHERE account_id = ?");
    if (!st)
        return st.error();
    st->bind(1, accountId);
    if (allowed)
        st->bind(2, m_session.user()).bind(3, timestamp(m_session.clock().nowUtc()));
    if (auto done = st->run(); !done)
        return done.error();
    if (auto logged =
            m_session.audit(allowed ? QStringLiteral("import_rights.grant") : QStringLiteral("import_rights.revoke"),
                            QStringLiteral("account"), QString::number(accountId));
        !logged)
        return logged.error();
    return tx->commit();
}

} // namespace folja::access
