#include "access/arendeservice.h"
#include "access/arendeservice_p.h"
#include "access/auditlog.h"
#include "access/auditwriter.h"
#include "access/importmerge.h"
#include "access/session.h"
#include "access/settings.h"
#include "access/storedoor.h"
#include "catalog/catalog.h"
#include "domain/validation.h"
#include "identity/personid.h"
#include "store/database.h"
#include "store/sqlite.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

// Moving ärenden between handläggare, gallring and radering (administratör).

namespace folja::access {

using namespace arendedetail;
using store::sqlite::Connection;
using store::sqlite::Transaction;

Result<int> ArendeService::moveArenden(const QList<Id>& ids, const QString& newOwner)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    Connection& conn = (*db)->connection();
    auto target = accountIdOf(conn, newOwner, true);
    if (!target)
        return target.error();
    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    auto from = conn.prepare("SELECT acc.name, a.owner_account_id FROM arenden a "
                             "JOIN accounts acc ON acc.id = a.owner_account_id WHERE a.id = ?");
    auto update = conn.prepare("UPDATE arenden SET owner_account_id = ?, updated_at = ? WHERE id = ?");
    if (!from)
        return from.error();
    if (!update)
        return update.error();
    if (auto flushed = m_session.flushPendingAudit(); !flushed)
        return flushed.error();
    AuditAppender audit(conn, m_session.clock(), m_session.user());
    const QString now = m_session.clock().nowUtc().toString(Qt::ISODate);
    ArendeChange change;
    for (Id id : ids) {
        from->reset();
        from->bind(1, id);
        auto row = from->step();
        if (!row)
            return row.error();
        if (!*row)
            return makeError(ErrorCode::NotFound, tr("There is no ärende with id %1; nothing was moved.").arg(id));
        const QString oldOwner = from->columnText(0);
        if (from->columnInt64(1) == *target)
            continue;
        update->bind(1, *target).bind(2, now).bind(3, id);
        if (auto done = update->run(); !done)
            return done.error();
        if (auto logged = audit.append(QStringLiteral("arende.move"), kArende, idRef(id),
                                       QStringLiteral("%1 -> %2").arg(oldOwner, newOwner));
            !logged)
            return logged.error();
        change.changed.append(id);
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    m_session.notifyChange(change);
    return int(change.changed.size());
}

Result<int> ArendeService::moveAll(const QString& fromOwner, const QString& toOwner)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    Connection& conn = (*db)->connection();
    auto source = accountIdOf(conn, fromOwner, false);
    if (!source)
        return source.error();
    auto st = conn.prepare("SELECT id FROM arenden WHERE owner_account_id = ? ORDER BY id");
    if (!st)
        return st.error();
    st->bind(1, *source);
    auto collected = collectIds(*st);
    if (!collected)
        return collected.error();
    const QList<Id> ids = std::move(collected).value();
    return moveArenden(ids, toOwner);
}

Result<int> ArendeService::gallra(QDate today)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    Settings settings(m_session);
    auto years = settings.gallringYears();
    if (!years)
        return years.error();
    auto db = StoreDoor::database(m_session);
    auto repo = StoreDoor::repository(m_session);
    if (!db)
        return db.error();
    if (!repo)
        return repo.error();
    Connection& conn = (*db)->connection();
    const QString cutoff = today.addYears(-*years).toString(Qt::ISODate);
    auto st =
        conn.prepare("SELECT a.id FROM arenden a WHERE "
                     " (EXISTS (SELECT 1 FROM insatser i WHERE i.arende_id = a.id) "
                     "  AND NOT EXISTS (SELECT 1 FROM insatser i WHERE i.arende_id = a.id AND i.avslut_datum IS NULL) "
                     "  AND (SELECT max(i.avslut_datum) FROM insatser i WHERE i.arende_id = a.id) < ?1) "
                     " OR (NOT EXISTS (SELECT 1 FROM insatser i WHERE i.arende_id = a.id) "
                     "  AND a.beslut_datum IS NOT NULL AND a.beslut_datum < ?1) "
                     "ORDER BY a.id");
    if (!st)
        return st.error();
    st->bind(1, cutoff);
    auto collected = collectIds(*st);
    if (!collected)
        return collected.error();
    const QList<Id> ids = std::move(collected).value();
    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto flushed = m_session.flushPendingAudit(); !flushed)
        return flushed.error();
    AuditAppender audit(conn, m_session.clock(), m_session.user());
    if (auto removed = removeEach(**repo, audit, ids, QStringLiteral("arende.gallring")); !removed)
        return removed.error();
    if (auto logged =
            audit.append(QStringLiteral("gallring.run"), {}, {},
                         QStringLiteral("years=%1 cutoff=%2 removed=%3").arg(*years).arg(cutoff).arg(ids.size()));
        !logged)
        return logged.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    ArendeChange change;
    change.removed = ids;
    m_session.notifyChange(change);
    return int(ids.size());
}

Result<Id> ArendeService::findPersonId(const QString& personIdText, QString* ref)
{
    auto parsed = identity::PersonId::parse(personIdText);
    if (!parsed)
        return parsed.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    auto id = (*repo)->findPerson(parsed->normalized());
    if (!id) {
        if (id.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound, tr("Nothing is stored about this person."));
        return id.error();
    }
    if (ref)
        *ref = pseudonymRef(parsed->normalized());
    return id;
}

Result<int> ArendeService::removePerson(const QString& personIdText)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    QString ref;
    auto personId = findPersonId(personIdText, &ref);
    if (!personId)
        return personId.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    Connection& conn = (*db)->connection();
    auto st = conn.prepare("SELECT id FROM arenden WHERE person_id = ? ORDER BY id");
    if (!st)
        return st.error();
    st->bind(1, *personId);
    auto collected = collectIds(*st);
    if (!collected)
        return collected.error();
    const QList<Id> ids = std::move(collected).value();
    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto flushed = m_session.flushPendingAudit(); !flushed)
        return flushed.error();
    AuditAppender audit(conn, m_session.clock(), m_session.user());
    if (auto removed = removeEach(**repo, audit, ids, QStringLiteral("arende.delete")); !removed)
        return removed.error();
    // A person without ärenden is removed by the repository with the last one; one that never had
    // any is removed here.
    auto del = conn.prepare("DELETE FROM persons WHERE id = ?");
    if (!del)
        return del.error();
    del->bind(1, *personId);
    if (auto done = del->run(); !done)
        return done.error();
    if (auto logged =
            audit.append(QStringLiteral("person.delete"), kPerson, ref, QStringLiteral("arenden=%1").arg(ids.size()));
        !logged)
        return logged.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    ArendeChange change;
    change.removed = ids;
    m_session.notifyChange(change);
    return int(ids.size());
}

} // namespace folja::access
