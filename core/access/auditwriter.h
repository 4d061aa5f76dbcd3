#pragma once

// The store side of the audit log, for the code of core/access only: appending entries inside
// the caller's transaction, and reading entries by SQL. Everything else uses AuditLog
// (auditlog.h) or Session::audit.

#if !defined(FOLJA_STORE_DOOR)
#error "access/auditwriter.h is for core/access only: use access/auditlog.h or Session::audit."
#endif

#include "access/auditchain.h"
#include "common/result.h"
#include "store/sqlite.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace folja::access {

class Clock;

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

// Reads entries matching an SQL condition; internal helper shared with the registerutdrag.
Result<QList<AuditEntry>> readAudit(store::sqlite::Connection& conn, const QString& objectType,
                                    const QStringList& objectRefs);

} // namespace folja::access
