#pragma once

// The ONLY door to individual data for ui/, io/ and the CLI. Rules:
// * handläggare: lists, counts, opens, saves and deletes only ärenden they own. Ownership is part
//   of the SQL (WHERE owner = me) and re-checked on what comes back. Someone else's ärende is
//   reported as NotFound, exactly like one that does not exist.
// * analytiker (without another role): no individual rows at all — PermissionDenied.
// * administratör: sees all ärenden, moves them between handläggare, runs gallring, deletes
//   persons and ärenden, and produces the registerutdrag.
// Every read of an ärende and every change is audited (object refs are internal ids; persons are
// referred to by a prefix of their pseudonym, never by personnummer).

#include "access/roles.h"
#include "access/values.h"
#include "common/result.h"
#include "domain/records.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace folja::catalog {
class Catalog;
}

namespace folja::access {

class Session;

struct ImportItem {
    domain::Person person; // personId normalised
    domain::Arende arende; // externalId and owner set; ids unset
    qint64 firstRow = 0;   // for messages
};

struct ImportRefusal {
    qint64 row = 0;
    QString arendeId;
    QString message;
};

struct ImportOutcome {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int moved = 0;                 // existing ärenden given to another handläggare (administratör only)
    QList<ImportRefusal> refusals; // non-empty: nothing was written
};

class ArendeService
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::ArendeService)

public:
    explicit ArendeService(Session& session)
        : m_session(session)
    {}

    Result<QList<ArendeSummary>> list();
    Result<qint64> count();
    // Per visible ärende: required answers missing although their step was reached (bortfall),
    // for the list's "missing data" column. Reads the records without auditing each as opened:
    // nothing individual leaves core/, only the counts.
    Result<QHash<domain::Id, int>> missingCounts(const catalog::Catalog& catalog);
    Result<domain::Arende> get(domain::Id id); // audited: arende.open

    // The person of a visible ärende WITHOUT the personnummer (derived kön, birth date, skydd).
    Result<domain::Person> personOf(domain::Id arendeId);
    // The full Person-ID of the person of a visible ärende, for a user who asked to see it in the
    // form (the "Show" button). Audited (person.reveal) before it is returned; another's ärende is
    // NotFound, exactly like a missing one.
    Result<QString> revealPersonId(domain::Id arendeId);
    // Finds or registers the person of a new ärende (handläggare or administratör). Sets person.id.
    Result<domain::Id> registerPerson(domain::Person& person);
    // Kön and age entered by hand (domain::applyEnteredKonAlder) for the person of a visible ärende
    // whose Person-ID gives none: stored with the person (audited: person.update fields=entered).
    // Values the Person-ID derives are not changed; nothing entered changes nothing.
    Result<void> saveEnteredIdentity(domain::Id arendeId, const domain::Person& entered);
    // Inserts (id == kNoId) or updates. A handläggare may only save ärenden they own, and may not
    // give one away (owner must stay theirs); moving is moveArenden().
    Result<domain::Id> save(domain::Arende& arende);
    Result<void> remove(domain::Id id); // own ärende, or any for administratör

    // --- administratör --------------------------------------------------------------------------
    Result<int> moveArenden(const QList<domain::Id>& ids, const QString& newOwner);
    Result<int> moveAll(const QString& fromOwner, const QString& toOwner);
    // Deletes ärenden closed more than gallring_years before `today`: all insatser ended (the
    // latest avslut_datum is the closing date), or no insats and a beslut om ej insats (beslut_datum).
    // Ärenden still open are never touched.
    Result<int> gallra(QDate today);
    // Radering of everything stored about one person (all their ärenden and the person record).
    Result<int> removePerson(const QString& personIdText);
    // Registerutdrag as JSON: the person, every ärende with insatser and uppföljningar, and the
    // audit entries about them. Labels are added when a catalogue is given. Audited.
    Result<QJsonObject> extract(const QString& personIdText, const catalog::Catalog* catalog = nullptr);

    // --- import (io/) ---------------------------------------------------------------------------
    // Upserts by arende_id in ONE transaction (all or nothing), see importmerge.h for the rules.
    // Unchanged ärenden are not written. With dryRun everything is checked and counted, nothing
    // is written (not even the audit log). A handläggare may import only ärenden they own now and
    // after the import.
    Result<ImportOutcome> importArenden(QList<ImportItem>& items, bool dryRun, const QString& source);

private:
    Result<domain::Id> updateEnteredIdentity(domain::Id personId, domain::Person& person, const QString& source);
    Result<void> requireIndividualAccess() const;
    bool isAdmin() const;
    Result<domain::Id> visibleId(domain::Id id);       // NotFound unless the session may see it
    Result<domain::Arende> loadVisible(domain::Id id); // visibleId + load + owner re-check
    // The person of a visible ärende with that ärende's answers; the number only withNumber.
    Result<domain::Person> personOfVisible(domain::Id arendeId, bool withNumber);
    Result<domain::Id> findPersonId(const QString& personIdText, QString* pseudonymRef);
    QString pseudonymRef(const QString& normalisedPersonId);

    Session& m_session;
};

} // namespace folja::access
