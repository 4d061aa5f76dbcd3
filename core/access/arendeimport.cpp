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

// The canonical import (INTERCHANGE §2) through the same rules as the form: all or nothing.

namespace folja::access {

using namespace arendedetail;
using store::sqlite::Connection;
using store::sqlite::Transaction;

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
