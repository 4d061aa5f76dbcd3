#pragma once

// The audit log: who did what to which object and when. Entries name objects by internal ids or
// pseudonym prefixes, never by personal data. Entries are hash-chained (auditchain.h).

#include "access/auditchain.h"
#include "common/result.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace folja::access {

class Clock;
class Session;

// Appends entries in the caller's transaction, keeping the chain head in memory so that bulk
// operations (an import of 100,000 ärenden) do not re-read it for every entry.
class AuditAppender
{
public:
    AuditAppender(store::sqlite::Connection& conn, const Clock& clock, QString actor);
    Result<qint64> append(const QString& action, const QString& objectType, const QString& objectRef,
                          const QString& details = {});

private:
    store::sqlite::Connection& m_conn;
    const Clock& m_clock;
    QString m_actor;
    bool m_loaded = false;
    qint64 m_lastSeq = 0;
    QString m_lastHash;
    store::sqlite::Statement m_insert; // prepared once, reused for every entry
};

// Low level, for the access layer: appends one entry in the caller's transaction (or on its own).
Result<qint64> appendAudit(store::sqlite::Connection& conn, const Clock& clock, const QString& actor,
                           const QString& action, const QString& objectType, const QString& objectRef,
                           const QString& details);

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::AuditLog)

public:
    explicit AuditLog(Session& session)
        : m_session(session)
    {}

    // Recomputes the whole chain. nullopt = intact; otherwise the first broken seq. Administratör.
    Result<std::optional<qint64>> verify();
    // Entries about the given objects, oldest first. Administratör.
    Result<QList<AuditEntry>> entriesFor(const QString& objectType, const QStringList& objectRefs);
    // The newest `limit` entries, oldest first. Administratör.
    Result<QList<AuditEntry>> recent(int limit);

private:
    Session& m_session;
};

// Reads entries matching an SQL condition; internal helper shared with the registerutdrag.
Result<QList<AuditEntry>> readAudit(store::sqlite::Connection& conn, const QString& objectType,
                                    const QStringList& objectRefs);

} // namespace folja::access
