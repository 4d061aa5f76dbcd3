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

namespace folja::access {

namespace arendedetail {

QString idRef(Id id)
{
    return QString::number(id);
}

Error notVisible()
{
    return makeError(ErrorCode::NotFound, ArendeService::tr("No such ärende, or it is not yours."));
}

Result<Id> accountIdOf(store::sqlite::Connection& conn, const QString& name, bool mustBeActiveHandlaggare)
{
    auto st = conn.prepare("SELECT id, roles, active FROM accounts WHERE name = ?");
    if (!st)
        return st.error();
    st->bind(1, name);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, ArendeService::tr("There is no account named %1.").arg(name));
    if (mustBeActiveHandlaggare && ((st->columnInt64(1) & 1) == 0 || st->columnInt64(2) == 0)) {
        return makeError(ErrorCode::InvalidInput,
                         ArendeService::tr("%1 is not an active account with the handläggare role.").arg(name));
    }
    return st->columnInt64(0);
}

Result<QList<Id>> collectIds(store::sqlite::Statement& st)
{
    QList<Id> ids;
    for (;;) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!*row)
            return ids;
        ids.append(st.columnInt64(0));
    }
}

Result<void> removeEach(store::ArendeRepository& repo, AuditAppender& audit, const QList<Id>& ids,
                        const QString& action)
{
    for (Id id : ids) {
        if (auto done = repo.remove(id); !done)
            return done.error();
        if (auto logged = audit.append(action, kArende, idRef(id)); !logged)
            return logged.error();
    }
    return {};
}

} // namespace arendedetail

using namespace arendedetail;
using store::sqlite::Connection;
using store::sqlite::Transaction;

bool ArendeService::isAdmin() const
{
    return m_session.hasRole(Role::Administrator);
}

Result<void> ArendeService::requireIndividualAccess() const
{
    if (m_session.hasRole(Role::Handlaggare) || isAdmin())
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     tr("Your role gives access to aggregated statistics only, not to individual ärenden."));
}

QString ArendeService::pseudonymRef(const QString& normalisedPersonId)
{
    auto db = StoreDoor::database(m_session);
    if (!db)
        return {};
    // A prefix is enough to find the entries again and reveals nothing without the database key.
    return QString::fromLatin1((*db)->pseudonym(normalisedPersonId).toHex().left(16));
}

Result<Id> ArendeService::visibleId(Id id)
{
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    Connection& conn = (*db)->connection();
    auto st = isAdmin() ? conn.prepare("SELECT id FROM arenden WHERE id = ?")
                        : conn.prepare("SELECT a.id FROM arenden a JOIN accounts acc ON acc.id = a.owner_account_id "
                                       "WHERE a.id = ? AND acc.name = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!isAdmin())
        st->bind(2, m_session.user());
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return notVisible();
    return id;
}

Result<QList<ArendeSummary>> ArendeService::list()
{
    if (auto ok = requireIndividualAccess(); !ok)
        return ok.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    const bool all = isAdmin();
    auto rows = all ? (*repo)->listAll() : (*repo)->listByOwner(m_session.user());
    if (!rows)
        return rows.error();
    QList<ArendeSummary> out;
    out.reserve(rows->size());
    for (store::ArendeSummary& s : *rows) {
        // Re-check what SQL returned: a wrong query must fail closed.
        if (!all && s.owner.compare(m_session.user(), Qt::CaseInsensitive) != 0)
            continue;
        out.append(ArendeSummary{s.id, std::move(s.externalId), s.personRef, s.skyddad, std::move(s.malgrupp),
                                 std::move(s.enhet), std::move(s.owner), s.aktualiseringDatum, s.beslutDatum,
                                 s.insatsCount, s.status, std::move(s.updatedAt)});
    }
    return out;
}

Result<QHash<Id, int>> ArendeService::missingCounts(const catalog::Catalog& catalog)
{
    auto listed = list(); // the same visibility as the list itself
    if (!listed)
        return listed.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    QHash<Id, int> out;
    out.reserve(listed->size());
    for (const ArendeSummary& summary : *listed) {
        auto arende = (*repo)->load(summary.id);
        if (!arende)
            return arende.error();
        int missing = 0;
        for (const domain::Issue& issue : domain::checkAnswers(*arende, catalog))
            missing += issue.severity == domain::Severity::Varning ? 1 : 0;
        out.insert(summary.id, missing);
    }
    return out;
}

Result<qint64> ArendeService::count()
{
    if (auto ok = requireIndividualAccess(); !ok)
        return ok.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    return isAdmin() ? (*repo)->count() : (*repo)->countByOwner(m_session.user());
}

Result<domain::Arende> ArendeService::loadVisible(Id id)
{
    if (auto ok = requireIndividualAccess(); !ok)
        return ok.error();
    auto visible = visibleId(id);
    if (!visible)
        return visible.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    auto arende = (*repo)->load(id);
    if (!arende)
        return arende.error();
    // Re-check what came back: a wrong query must fail closed.
    if (!isAdmin() && arende->owner.compare(m_session.user(), Qt::CaseInsensitive) != 0)
        return notVisible();
    return arende;
}

Result<domain::Arende> ArendeService::get(Id id)
{
    auto arende = loadVisible(id);
    if (!arende)
        return arende.error();
    if (auto logged = m_session.audit(QStringLiteral("arende.open"), kArende, idRef(id)); !logged)
        return logged.error();
    return arende;
}

// The person of an ärende the session may see (NotFound otherwise, exactly like a missing one),
// with the person's answers as given in that ärende, never in another's ärende of the same person.
Result<domain::Person> ArendeService::personOfVisible(Id arendeId, bool withNumber)
{
    auto arende = loadVisible(arendeId);
    if (!arende)
        return arende.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    auto person = (*repo)->loadPerson(arende->personRef,
                                      withNumber ? store::PersonIdAccess::Decrypt : store::PersonIdAccess::Hidden);
    if (!person)
        return person;
    person->ursprung = arende->ursprung;
    person->skyddad = arende->skyddad;
    return person;
}

Result<domain::Person> ArendeService::personOf(Id arendeId)
{
    // The number itself stays encrypted: kön, birth date and the skydd flag are what a form needs.
    return personOfVisible(arendeId, false);
}

Result<QString> ArendeService::revealPersonId(Id arendeId)
{
    auto person = personOfVisible(arendeId, true);
    if (!person)
        return person.error();
    // Which ärende's person was shown, and to whom (the entry's actor); never the number.
    if (auto logged = m_session.audit(QStringLiteral("person.reveal"), kArende, idRef(arendeId)); !logged)
        return logged.error();
    return person->personId;
}

Result<Id> ArendeService::updateEnteredIdentity(Id personId, domain::Person& person, const QString& source)
{
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    auto stored = (*repo)->loadPerson(personId, store::PersonIdAccess::Decrypt);
    if (!stored)
        return stored.error();
    domain::Person updated = domain::mergeEnteredIdentity(*stored, person);
    updated.id = personId;
    if (domain::sameIdentity(updated, *stored)) {
        person = updated;
        return personId;
    }
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto tx = Transaction::begin((*db)->connection());
    if (!tx)
        return tx.error();
    if (auto saved = (*repo)->upsertPerson(updated); !saved)
        return saved;
    // Shared person data changed: audited, with which fields (never their values).
    if (auto logged = m_session.audit(QStringLiteral("person.update"), kPerson, pseudonymRef(updated.personId),
                                      QStringLiteral("%1 fields=entered").arg(source));
        !logged)
        return logged.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    person = updated;
    return personId;
}

Result<void> ArendeService::saveEnteredIdentity(Id arendeId, const domain::Person& entered)
{
    if (!entered.konEntered && entered.alderEntered < 0)
        return {};
    if (auto ok = requireIndividualAccess(); !ok)
        return ok.error();
    auto arende = loadVisible(arendeId);
    if (!arende)
        return arende.error();
    domain::Person person = entered;
    auto updated = updateEnteredIdentity(arende->personRef, person, QStringLiteral("form"));
    if (!updated)
        return updated.error();
    return {};
}

Result<Id> ArendeService::registerPerson(domain::Person& person)
{
    if (auto ok = requireIndividualAccess(); !ok)
        return ok.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    auto existing = (*repo)->findPerson(person.personId);
    if (existing) {
        person.id = *existing;
        // Kön and age entered by hand for a number that gives none (issue 12) are stored with the
        // person, like the derived ones; a form without them leaves the stored ones alone.
        if (person.konEntered || person.alderEntered >= 0)
            return updateEnteredIdentity(*existing, person, QStringLiteral("form"));
        return existing;
    }
    if (existing.error().code != ErrorCode::NotFound)
        return existing.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto tx = Transaction::begin((*db)->connection());
    if (!tx)
        return tx.error();
    auto id = (*repo)->upsertPerson(person);
    if (!id)
        return id;
    if (auto logged = m_session.audit(QStringLiteral("person.register"), kPerson, pseudonymRef(person.personId));
        !logged)
        return logged.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return id;
}

Result<Id> ArendeService::save(domain::Arende& arende)
{
    if (auto ok = requireIndividualAccess(); !ok)
        return ok.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    const bool isNew = arende.id == domain::kNoId;
    if (!isAdmin()) {
        if (arende.owner.compare(m_session.user(), Qt::CaseInsensitive) != 0) {
            return makeError(ErrorCode::PermissionDenied,
                             tr("You can only save ärenden of your own; moving ärenden is for an administratör."));
        }
        if (!isNew) {
            auto visible = visibleId(arende.id);
            if (!visible)
                return visible.error();
        }
    }
    auto tx = Transaction::begin((*db)->connection());
    if (!tx)
        return tx.error();
    auto id = (*repo)->save(arende);
    if (!id)
        return id;
    if (auto logged = m_session.audit(isNew ? QStringLiteral("arende.create") : QStringLiteral("arende.save"), kArende,
                                      idRef(*id));
        !logged)
        return logged.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    ArendeChange change;
    change.changed.append(*id);
    m_session.notifyChange(change);
    return id;
}

Result<void> ArendeService::remove(Id id)
{
    if (auto ok = requireIndividualAccess(); !ok)
        return ok;
    auto visible = visibleId(id);
    if (!visible)
        return visible.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto tx = Transaction::begin((*db)->connection());
    if (!tx)
        return tx.error();
    if (auto done = (*repo)->remove(id); !done)
        return done;
    if (auto logged = m_session.audit(QStringLiteral("arende.delete"), kArende, idRef(id)); !logged)
        return logged.error();
    if (auto committed = tx->commit(); !committed)
        return committed;
    ArendeChange change;
    change.removed.append(id);
    m_session.notifyChange(change);
    return {};
}

} // namespace folja::access
