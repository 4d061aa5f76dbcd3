#pragma once

// Internal to core/access: what the parts of ArendeService share. The parts: arendeservice.cpp
// (visibility, reading, saving, persons), arendeadmin.cpp (moving ärenden, gallring, radering),
// registerutdrag.cpp (the registerutdrag), arendeimport.cpp (the canonical import).

#include "access/arendeservice.h"
#include "access/auditwriter.h"
#include "store/sqlite.h"

namespace folja::store {
class ArendeRepository;
}

namespace folja::access::arendedetail {

using domain::Id;

inline const QString kArende = QStringLiteral("arende");
inline const QString kPerson = QStringLiteral("person");

// An ärende's id as the audit log's object reference.
QString idRef(Id id);

// The same answer for "does not exist" and "not yours": existence is not disclosed.
Error notVisible();

// The account's id; with mustBeActiveHandlaggare, only an active account with the handläggare role.
Result<Id> accountIdOf(store::sqlite::Connection& conn, const QString& name, bool mustBeActiveHandlaggare);

// The first column of every row of a prepared query, as ids.
Result<QList<Id>> collectIds(store::sqlite::Statement& st);

// Deletes each ärende (children cascade, secure_delete erases) with one audit entry per ärende,
// inside the caller's transaction.
Result<void> removeEach(store::ArendeRepository& repo, AuditAppender& audit, const QList<Id>& ids,
                        const QString& action);

} // namespace folja::access::arendedetail
