#pragma once

// The audit log: who did what to which object and when. Entries name objects by internal ids or
// pseudonym prefixes, never by personal data. Entries are hash-chained (auditchain.h).

#include "access/auditchain.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace folja::access {

class Clock;
class Session;

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

} // namespace folja::access
