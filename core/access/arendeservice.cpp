#include "access/arendeservice.h"

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

namespace {

using domain::Id;
using store::sqlite::Connection;
using store::sqlite::Transaction;

const QString kArende = QStringLiteral("arende");
const QString kPerson = QStringLiteral("person");

QString idRef(Id id)
{
    return QString::number(id);
}

Error notVisible()
{
    // The same answer for "does not exist" and "not yours": existence is not disclosed.
    return makeError(ErrorCode::NotFound, ArendeService::tr("No such ärende, or it is not yours."));
}

Result<Id> accountIdOf(Connection& conn, const QString& name, bool mustBeActiveHandlaggare)
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

// The first column of every row of a prepared query, as ids.
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

// Deletes each ärende (children cascade, secure_delete erases) with one audit entry per ärende,
// inside the caller's transaction.
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

} // namespace

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

namespace {

void putCode(QJsonObject& o, const char* key, const QString& variable, const QString& code,
             const catalog::Catalog* catalog)
{
    if (code.isEmpty()) {
        o.insert(QLatin1String(key), QJsonValue::Null);
        return;
    }
    o.insert(QLatin1String(key), code);
    if (catalog) {
        if (const catalog::Value* v = catalog->value(variable, code))
            o.insert(QLatin1String(key) + QLatin1String("_label"), v->label);
    }
}

void putCodes(QJsonObject& o, const char* key, const QString& variable, const QStringList& codes,
              const catalog::Catalog* catalog)
{
    o.insert(QLatin1String(key), QJsonArray::fromStringList(codes));
    if (catalog) {
        QStringList labels;
        for (const QString& c : codes) {
            const catalog::Value* v = catalog->value(variable, c);
            labels.append(v ? v->label : c);
        }
        o.insert(QLatin1String(key) + QLatin1String("_label"), QJsonArray::fromStringList(labels));
    }
}

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject comments(const domain::Comments& c)
{
    QJsonObject o;
    for (auto it = c.cbegin(); it != c.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject arendeJson(const domain::Arende& a, const catalog::Catalog* cat)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), a.id);
    o.insert(QLatin1String("arende_id"), a.externalId);
    o.insert(QLatin1String("malgrupp"), a.malgrupp);
    o.insert(QLatin1String("enhet"), a.enhet);
    o.insert(QLatin1String("handlaggare"), a.owner);
    o.insert(QLatin1String("aktualisering_datum"), date(a.aktualiseringDatum));
    putCode(o, "aktualiseringstyp", QStringLiteral("aktualiseringstyp"), a.aktualiseringstyp, cat);
    putCodes(o, "aktualiseringsorsak", QStringLiteral("aktualiseringsorsak"), a.aktualiseringsorsak, cat);
    putCode(o, "tidigare_kontakt", QStringLiteral("tidigare_kontakt"), a.tidigareKontakt, cat);
    // The person's answers as given in this ärende.
    o.insert(QLatin1String("skyddad"), a.skyddad);
    putCode(o, "ursprung", QStringLiteral("ursprung"), a.ursprung, cat);
    putCode(o, "hushallstyp", QStringLiteral("hushallstyp"), a.hushallstyp, cat);
    putCodes(o, "problematik", QStringLiteral("problematik"), a.problematik, cat);
    o.insert(QLatin1String("beslut_datum"), date(a.beslutDatum));
    o.insert(QLatin1String("comments"), comments(a.comments));
    QJsonArray insatser;
    for (const domain::Insats& i : a.insatser) {
        QJsonObject io;
        io.insert(QLatin1String("id"), i.id);
        putCode(io, "insats", QStringLiteral("insats"), i.ksi, cat);
        io.insert(QLatin1String("beslut_datum"), date(i.beslutDatum));
        io.insert(QLatin1String("verkstallande_datum"), date(i.verkstallandeDatum));
        io.insert(QLatin1String("avslut_datum"), date(i.avslutDatum));
        putCodes(io, "avslutsorsak", QStringLiteral("avslutsorsak"), i.avslutsorsak, cat);
        io.insert(QLatin1String("comments"), comments(i.comments));
        QJsonArray ups;
        for (const domain::Uppfoljning& u : i.uppfoljningar) {
            QJsonObject uo;
            uo.insert(QLatin1String("id"), u.id);
            uo.insert(QLatin1String("uppfoljning_datum"), date(u.datum));
            putCode(uo, "sip", QStringLiteral("sip"), u.sip, cat);
            putCode(uo, "maluppfyllelse", QStringLiteral("maluppfyllelse"), u.maluppfyllelse, cat);
            putCodes(uo, "samverkan", QStringLiteral("samverkan"), u.samverkan, cat);
            putCode(uo, "parallella_insatser", QStringLiteral("parallella_insatser"), u.parallellaInsatser, cat);
            putCode(uo, "genomforande", QStringLiteral("genomforande"), u.genomforande, cat);
            putCode(uo, "b1a", QStringLiteral("b1a"), u.b1a, cat);
            putCode(uo, "b1b", QStringLiteral("b1b"), u.b1b, cat);
            putCode(uo, "b2", QStringLiteral("b2"), u.b2, cat);
            putCode(uo, "b3", QStringLiteral("b3"), u.b3, cat);
            putCode(uo, "b4", QStringLiteral("b4"), u.b4, cat);
            putCode(uo, "b5", QStringLiteral("b5"), u.b5, cat);
            uo.insert(QLatin1String("comments"), comments(u.comments));
            ups.append(uo);
        }
        io.insert(QLatin1String("uppfoljningar"), ups);
        insatser.append(io);
    }
    o.insert(QLatin1String("insatser"), insatser);
    return o;
}

QJsonObject auditJson(const AuditEntry& e)
{
    QJsonObject o;
    o.insert(QLatin1String("seq"), e.seq);
    o.insert(QLatin1String("ts"), auditTimestamp(e.ts));
    o.insert(QLatin1String("actor"), e.actor);
    o.insert(QLatin1String("action"), e.action);
    o.insert(QLatin1String("object_type"), e.objectType);
    o.insert(QLatin1String("object_ref"), e.objectRef);
    o.insert(QLatin1String("details"), e.details);
    return o;
}

QString idTypeName(domain::PersonIdType t)
{
    switch (t) {
    case domain::PersonIdType::Personnummer:
        return QStringLiteral("personnummer");
    case domain::PersonIdType::Samordningsnummer:
        return QStringLiteral("samordningsnummer");
    case domain::PersonIdType::Reservnummer:
        return QStringLiteral("reservnummer");
    }
    return {};
}

} // namespace

Result<QJsonObject> ArendeService::extract(const QString& personIdText, const catalog::Catalog* catalog)
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
    auto person = (*repo)->loadPerson(*personId, store::PersonIdAccess::Decrypt);
    if (!person)
        return person.error();

    auto st = conn.prepare("SELECT id FROM arenden WHERE person_id = ? ORDER BY id");
    if (!st)
        return st.error();
    st->bind(1, *personId);
    auto collected = collectIds(*st);
    if (!collected)
        return collected.error();
    const QList<Id> ids = std::move(collected).value();

    // The registerutdrag is itself an access to individual data: log it first, so that it is
    // part of the trail it prints.
    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto logged = m_session.audit(QStringLiteral("person.extract"), kPerson, ref,
                                      QStringLiteral("arenden=%1").arg(ids.size()));
        !logged)
        return logged.error();

    QJsonArray arenden;
    QStringList refs;
    for (Id id : std::as_const(ids)) {
        auto a = (*repo)->load(id);
        if (!a)
            return a.error();
        arenden.append(arendeJson(*a, catalog));
        refs.append(idRef(id));
    }
    auto arendeTrail = readAudit(conn, kArende, refs);
    if (!arendeTrail)
        return arendeTrail.error();
    auto personTrail = readAudit(conn, kPerson, {ref});
    if (!personTrail)
        return personTrail.error();
    QList<AuditEntry> trail = *arendeTrail + *personTrail;
    std::sort(trail.begin(), trail.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.seq < b.seq; });
    QJsonArray audit;
    for (const AuditEntry& e : std::as_const(trail))
        audit.append(auditJson(e));
    if (auto committed = tx->commit(); !committed)
        return committed.error();

    QJsonObject p;
    p.insert(QLatin1String("person_id"), person->personId);
    p.insert(QLatin1String("id_type"), idTypeName(person->idType));
    putCode(p, "kon", QStringLiteral("kon"), person->kon, catalog);
    p.insert(QLatin1String("birth_date"), date(person->birthDate));
    // Entered by hand where the Person-ID gives none (issue 12): said so, with the age as entered;
    // the birth date is then the one that age implies.
    p.insert(QLatin1String("kon_entered"), person->konEntered);
    if (person->alderEntered >= 0) {
        p.insert(QLatin1String("alder_entered"), person->alderEntered);
        p.insert(QLatin1String("alder_entered_on"), date(person->alderEnteredOn));
        p.insert(QLatin1String("birth_date_estimated"), true);
    }
    // skyddad and ursprung are kept per ärende: arendeJson() shows them for each.

    QJsonObject out;
    out.insert(QLatin1String("format"), QStringLiteral("folja-registerutdrag-1"));
    out.insert(QLatin1String("generated_at"), m_session.clock().nowUtc().toString(Qt::ISODate));
    out.insert(QLatin1String("generated_by"), m_session.user());
    out.insert(QLatin1String("person"), p);
    out.insert(QLatin1String("arenden"), arenden);
    out.insert(QLatin1String("audit"), audit);
    return out;
}

Result<ImportOutcome> ArendeService::importArenden(QList<ImportItem>& items, bool dryRun, const QString& source)
{
    if (auto ok = requireIndividualAccess(); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    auto repo = StoreDoor::repository(m_session);
    if (!db)
        return db.error();
    if (!repo)
        return repo.error();
    Connection& conn = (*db)->connection();
    ImportOutcome outcome;

    // Every existing external id with its owner, in one query (a lookup per row would dominate
    // the time of a 100,000-row import).
    struct Existing {
        Id id;
        QString owner;
    };
    QHash<QString, Existing> existing;
    {
        auto st = conn.prepare("SELECT a.external_id, a.id, acc.name FROM arenden a "
                               "JOIN accounts acc ON acc.id = a.owner_account_id WHERE a.external_id IS NOT NULL");
        if (!st)
            return st.error();
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            existing.insert(st->columnText(0), Existing{st->columnInt64(1), st->columnText(2)});
        }
    }

    // A handläggare gets one and the same refusal for a row naming another handläggare and for an
    // arende_id that another's ärende holds: the message must not confirm that such an ärende exists.
    const bool admin = isAdmin();
    const QString notYours = tr("You may only import your own ärenden.");
    for (const ImportItem& item : std::as_const(items)) {
        if (!admin && item.arende.owner.compare(m_session.user(), Qt::CaseInsensitive) != 0) {
            outcome.refusals.append({item.firstRow, item.arende.externalId, notYours});
            continue;
        }
        const auto it = existing.constFind(item.arende.externalId);
        if (!admin && it != existing.constEnd() && it->owner.compare(m_session.user(), Qt::CaseInsensitive) != 0)
            outcome.refusals.append({item.firstRow, item.arende.externalId, notYours});
    }
    if (!outcome.refusals.isEmpty())
        return outcome;

    // Ärenden the file updates: read in one streaming pass when there are many (one load per
    // ärende costs a handful of queries each), singly when there are few.
    QHash<Id, domain::Arende> storedById;
    {
        QSet<Id> wanted;
        for (const ImportItem& item : std::as_const(items)) {
            const auto it = existing.constFind(item.arende.externalId);
            if (it != existing.constEnd())
                wanted.insert(it->id);
        }
        if (wanted.size() > 64) {
            auto rc = (*repo)->forEachArende([&](const domain::Arende& a) {
                if (wanted.contains(a.id))
                    storedById.insert(a.id, a);
                return true;
            });
            if (!rc)
                return rc.error();
        }
    }

    std::optional<Transaction> tx;
    if (!dryRun) {
        auto begun = Transaction::begin(conn);
        if (!begun)
            return begun.error();
        tx.emplace(std::move(begun).value());
        if (auto flushed = m_session.flushPendingAudit(); !flushed)
            return flushed.error();
    }
    AuditAppender audit(conn, m_session.clock(), m_session.user());
    QHash<QString, domain::Person> persons; // normalised id → person as it will be stored
    ArendeChange change;                    // announced after the commit

    for (ImportItem& item : items) {
        // The person: the fields derived from the number. The person's answers (ursprung, skydd)
        // belong to the ärende: they are never read from or written to another's ärende.
        domain::Person person;
        auto known = persons.constFind(item.person.personId);
        if (known != persons.constEnd()) {
            person = *known;
        } else {
            auto found = (*repo)->findPerson(item.person.personId);
            if (found) {
                auto stored = (*repo)->loadPerson(*found);
                if (!stored)
                    return stored.error();
                person = *stored;
                person.personId = item.person.personId;
                // Derived fields from the number; kön and age entered by hand (a reservnummer
                // without them) from the file, or kept as stored when the file has none.
                domain::Person updated = domain::mergeEnteredIdentity(person, item.person);
                if (!samePerson(updated, person) && !dryRun) {
                    if (auto saved = (*repo)->upsertPerson(updated); !saved)
                        return saved.error();
                    change.persons.append(updated.id);
                    // Shared person data changed: audited, with which fields (never their values).
                    if (auto logged =
                            audit.append(QStringLiteral("person.update"), kPerson, pseudonymRef(updated.personId),
                                         QStringLiteral("import fields=derived"));
                        !logged)
                        return logged.error();
                }
                person = updated;
            } else if (found.error().code == ErrorCode::NotFound) {
                person = item.person;
                if (!dryRun) {
                    auto saved = (*repo)->upsertPerson(person);
                    if (!saved)
                        return saved.error();
                    if (auto logged = audit.append(QStringLiteral("person.register"), kPerson,
                                                   pseudonymRef(person.personId), QStringLiteral("import"));
                        !logged)
                        return logged.error();
                }
            } else {
                return found.error();
            }
        }
        persons.insert(item.person.personId, person);

        domain::Arende& arende = item.arende;
        arende.personRef = person.id;
        arende.ursprung = item.person.ursprung;
        arende.skyddad = item.person.skyddad;
        const auto it = existing.constFind(arende.externalId);
        if (it == existing.constEnd()) {
            ++outcome.created;
            if (dryRun)
                continue;
            auto id = (*repo)->save(arende);
            if (!id)
                return id.error();
            if (auto logged =
                    audit.append(QStringLiteral("arende.import"), kArende, idRef(*id), QStringLiteral("created"));
                !logged)
                return logged.error();
            change.changed.append(*id);
            continue;
        }
        Result<domain::Arende> stored =
            storedById.contains(it->id) ? Result<domain::Arende>(storedById.take(it->id)) : (*repo)->load(it->id);
        if (!stored)
            return stored.error();
        domain::Arende merged = mergeImported(*stored, arende);
        merged.personRef = person.id;
        if (sameArende(merged, *stored)) {
            ++outcome.unchanged;
            continue;
        }
        ++outcome.updated;
        const bool moved = stored->owner.compare(merged.owner, Qt::CaseInsensitive) != 0;
        if (moved)
            ++outcome.moved;
        if (dryRun)
            continue;
        if (auto id = (*repo)->save(merged); !id)
            return id.error();
        change.changed.append(merged.id);
        if (auto logged =
                audit.append(QStringLiteral("arende.import"), kArende, idRef(merged.id), QStringLiteral("updated"));
            !logged)
            return logged.error();
        // The person's answers in this ärende changed: audited per ärende, naming the field only.
        if (merged.ursprung != stored->ursprung) {
            if (auto logged = audit.append(QStringLiteral("person.update"), kArende, idRef(merged.id),
                                           QStringLiteral("import fields=ursprung"));
                !logged)
                return logged.error();
        }
        if (moved) {
            if (auto logged = audit.append(QStringLiteral("arende.move"), kArende, idRef(merged.id),
                                           QStringLiteral("%1 -> %2").arg(stored->owner, merged.owner));
                !logged)
                return logged.error();
        }
        arende = merged;
    }

    if (dryRun)
        return outcome;
    if (auto logged = audit.append(QStringLiteral("import.csv"), {}, {},
                                   QStringLiteral("source=%1 created=%2 updated=%3 unchanged=%4")
                                       .arg(source)
                                       .arg(outcome.created)
                                       .arg(outcome.updated)
                                       .arg(outcome.unchanged));
        !logged)
        return logged.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    m_session.notifyChange(change);
    return outcome;
}

} // namespace folja::access
