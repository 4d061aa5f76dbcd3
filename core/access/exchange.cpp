#include "access/exchange.h"

#include "access/auditwriter.h"
#include "access/session.h"
#include "access/storedoor.h"
#include "catalog/catalog.h"
#include "domain/validation.h"
#include "store/crypto.h"
#include "store/database.h"
#include "store/sqlite.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <optional>

namespace folja::access {

namespace {

using domain::Id;
using store::sqlite::Connection;
using store::sqlite::Transaction;

const QString kArende = QStringLiteral("arende");
// A package larger than this is not read (10,000 ärenden make about 1 MB).
constexpr qint64 kMaxPackageBytes = qint64(512) * 1024 * 1024;

QString nowIso(const Session& session)
{
    return session.clock().nowUtc().toString(Qt::ISODate);
}

QDateTime parseTime(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// The exchange state of one ärende here.
struct State {
    Id arendeId = domain::kNoId;
    QString stableId;
    QByteArray baseHash;
};

struct Local {
    Id id = domain::kNoId;
    QString owner;
    QString updatedAt;
};

// Gives the children of `incoming` the ids of the stored children they continue (the same KSI and
// beslut_datum for an insats, the same date for an uppföljning, as the CSV import matches them),
// so that they keep their ids and record keys; the rest are new.
void adoptChildIds(const domain::Arende& stored, domain::Arende& incoming)
{
    QList<bool> used(stored.insatser.size(), false);
    for (domain::Insats& in : incoming.insatser) {
        in.id = domain::kNoId;
        for (qsizetype i = 0; i < stored.insatser.size(); ++i) {
            const domain::Insats& si = stored.insatser[i];
            if (used[i] || si.ksi != in.ksi || si.beslutDatum != in.beslutDatum)
                continue;
            used[i] = true;
            in.id = si.id;
            QList<bool> usedU(si.uppfoljningar.size(), false);
            for (domain::Uppfoljning& u : in.uppfoljningar) {
                u.id = domain::kNoId;
                for (qsizetype k = 0; k < si.uppfoljningar.size(); ++k) {
                    if (!usedU[k] && si.uppfoljningar[k].datum == u.datum) {
                        usedU[k] = true;
                        u.id = si.uppfoljningar[k].id;
                        break;
                    }
                }
            }
            break;
        }
    }
}

Result<void> writeState(Connection& conn, Id arendeId, const QString& stableId, const QByteArray& hash,
                        const QString& when)
{
    // SQLite 3.15 (SQLCipher 3.4.1) has no UPSERT; the row has no dependents, so REPLACE is enough.
    auto st = conn.prepare("INSERT OR REPLACE INTO exchange_state(arende_id, stable_id, base_hash, exchanged_at) "
                           "VALUES (?, ?, ?, ?)");
    if (!st)
        return st.error();
    return st->bind(1, arendeId).bind(2, stableId).bind(3, hash).bind(4, when).run();
}

// The canonical name of an active account with the handläggare role, or an empty string.
Result<QString> activeHandlaggare(Connection& conn, const QString& name)
{
    auto st = conn.prepare("SELECT name FROM accounts WHERE name = ? AND active = 1 AND (roles & 1) = 1");
    if (!st)
        return st.error();
    st->bind(1, name);
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? st->columnText(0) : QString();
}

bool stillGoing(const ExchangeProgress& progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}

Error cancelled()
{
    return makeError(ErrorCode::InvalidInput, ExchangeService::tr("Cancelled. Nothing was changed."));
}

} // namespace

ExchangeService::ExchangeService(Session& session, const catalog::Catalog& catalog)
    : m_session(session)
    , m_catalog(catalog)
{}

// --- export ---------------------------------------------------------------------------------------

Result<ExchangeExportSummary> ExchangeService::exportPackage(const ExchangeExportRequest& request,
                                                             const ExchangeProgress& progress)
{
    if (!m_session.hasRole(Role::Handlaggare)) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("Sending ärenden in an exchange package requires the handläggare role: a package holds "
                            "only your own ärenden."));
    }
    if (request.passphrase.size() < kMinPassphraseLength) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The transfer passphrase must be at least %1 characters long.").arg(kMinPassphraseLength));
    }
    if (request.outPath.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No file was given for the exchange package."));
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    Connection& conn = (*db)->connection();

    // The own ärenden, with their exchange state: ownership is part of the SQL.
    struct Row {
        Id id;
        QString updatedAt, createdAt, stableId;
    };
    QList<Row> rows;
    {
        auto st = conn.prepare("SELECT a.id, a.updated_at, a.created_at, es.stable_id FROM arenden a "
                               "JOIN accounts acc ON acc.id = a.owner_account_id "
                               "LEFT JOIN exchange_state es ON es.arende_id = a.id "
                               "WHERE acc.name = ? AND (? IS NULL OR a.updated_at >= ?) ORDER BY a.id");
        if (!st)
            return st.error();
        const QString since = request.since.isValid() ? request.since.toString(Qt::ISODate) : QString();
        st->bind(1, m_session.user()).bind(2, since).bind(3, since);
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            rows.append({st->columnInt64(0), st->columnText(1), st->columnText(2), st->columnText(3)});
        }
    }

    // Read in one streaming pass when there are many (a load per ärende costs a handful of queries).
    QHash<Id, domain::Arende> loaded;
    if (rows.size() > 64) {
        QSet<Id> wanted;
        for (const Row& r : std::as_const(rows))
            wanted.insert(r.id);
        auto rc = (*repo)->forEachArende([&](const domain::Arende& a) {
            if (wanted.contains(a.id))
                loaded.insert(a.id, a);
            return true;
        });
        if (!rc)
            return rc.error();
    }

    ExchangePayload payload;
    payload.handlaggare = m_session.user();
    payload.createdAt = nowIso(m_session);
    payload.since = request.since;
    payload.packageId = ExchangePackage::newStableId();
    ExchangeExportSummary summary;
    QHash<Id, domain::Person> persons;
    struct Sent {
        Id id;
        QString stableId;
        QByteArray hash;
    };
    QList<Sent> sent;
    const qint64 total = rows.size() + 1;
    for (qsizetype n = 0; n < rows.size(); ++n) {
        const Row& r = rows[n];
        if (n % 50 == 0 && !stillGoing(progress, n, total))
            return cancelled();
        Result<domain::Arende> arende =
            loaded.contains(r.id) ? Result<domain::Arende>(loaded.take(r.id)) : (*repo)->load(r.id);
        if (!arende)
            return arende.error();
        // The SQL chose own ärenden; the record must agree.
        if (arende->owner.compare(m_session.user(), Qt::CaseInsensitive) != 0)
            return makeError(ErrorCode::Internal, QStringLiteral("exchange export: owner mismatch"));
        auto known = persons.constFind(arende->personRef);
        if (known == persons.constEnd()) {
            auto person = (*repo)->loadPerson(arende->personRef, store::PersonIdAccess::Decrypt);
            if (!person)
                return person.error();
            known = persons.insert(arende->personRef, *person);
        }
        ExchangeRecord rec;
        rec.stableId = r.stableId.isEmpty() ? ExchangePackage::newStableId() : r.stableId;
        if (rec.stableId.isEmpty())
            return makeError(ErrorCode::Internal, QStringLiteral("exchange export: no random id"));
        rec.updatedAt = r.updatedAt;
        rec.createdAt = r.createdAt;
        rec.person = *known;
        rec.person.id = domain::kNoId;
        rec.person.ursprung.clear();
        rec.person.skyddad = false;
        rec.arende = std::move(*arende);
        rec.arende.owner = m_session.user();
        summary.insatser += int(rec.arende.insatser.size());
        for (const domain::Insats& i : rec.arende.insatser)
            summary.uppfoljningar += int(i.uppfoljningar.size());
        sent.append({r.id, rec.stableId, ExchangePackage::contentHash(rec.person, rec.arende)});
        payload.records.append(std::move(rec));
    }
    summary.arenden = int(payload.records.size());
    summary.persons = int(persons.size());
    summary.packageId = payload.packageId;

    QByteArray plain = ExchangePackage::encodePayload(payload);
    payload.records.clear();
    auto sealed = ExchangePackage::seal(plain, request.passphrase, request.iterations);
    store::wipe(plain);
    if (!sealed)
        return sealed.error();
    if (!stillGoing(progress, total - 1, total))
        return cancelled();

    // The exchange state and the audit entry, committed only once the file is complete.
    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto flushed = m_session.flushPendingAudit(); !flushed)
        return flushed.error();
    const QString now = nowIso(m_session);
    for (const Sent& s : std::as_const(sent)) {
        if (auto rc = writeState(conn, s.id, s.stableId, s.hash, now); !rc)
            return rc.error();
    }
    AuditAppender audit(conn, m_session.clock(), m_session.user());
    if (auto logged = audit.append(
            QStringLiteral("exchange.export"), {}, payload.packageId,
            QStringLiteral("arenden=%1 insatser=%2 since=%3")
                .arg(summary.arenden)
                .arg(summary.insatser)
                .arg(request.since.isValid() ? request.since.toString(Qt::ISODate) : QStringLiteral("all")));
        !logged)
        return logged.error();

    QSaveFile file(request.outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(*sealed) != sealed->size() || !file.commit()) {
        return makeError(ErrorCode::Io,
                         tr("Cannot write the exchange package %1.").arg(QFileInfo(request.outPath).fileName()));
    }
    if (auto committed = tx->commit(); !committed) {
        QFile::remove(request.outPath);
        return committed.error();
    }
    summary.outPath = request.outPath;
    summary.bytes = sealed->size();
    stillGoing(progress, total, total);
    return summary;
}

// --- import ---------------------------------------------------------------------------------------

Result<ExchangeImportReport> ExchangeService::importPackage(const ExchangeImportRequest& request,
                                                            const ExchangeProgress& progress)
{
    const bool admin = m_session.hasRole(Role::Administrator);
    if (!admin && !m_session.hasRole(Role::Handlaggare)) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("Receiving an exchange package requires the administratör role."));
    }
    if (!request.owner.isEmpty() && !admin) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only an administratör may give a package's ärenden to another handläggare."));
    }
    const QString fileName = QFileInfo(request.inPath).fileName();
    QFile file(request.inPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                         tr("Cannot read the exchange package %1.").arg(fileName));
    }
    if (file.size() > kMaxPackageBytes)
        return makeError(ErrorCode::InvalidInput, tr("%1 is too large to be an exchange package.").arg(fileName));
    const QByteArray bytes = file.readAll();
    file.close();
    if (!stillGoing(progress, 0, 1))
        return cancelled();

    auto where = [&fileName](const Error& e) {
        return makeError(e.code, QStringLiteral("%1: %2").arg(fileName, e.message));
    };
    auto opened = ExchangePackage::open(bytes, request.passphrase);
    if (!opened)
        return where(opened.error());
    auto decoded = ExchangePackage::decodePayload(*opened);
    store::wipe(*opened);
    if (!decoded)
        return where(decoded.error());
    ExchangePayload& payload = *decoded;

    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    Connection& conn = (*db)->connection();

    const QString notYours = tr("You may only receive a package of your own ärenden.");
    if (!admin && payload.handlaggare.compare(m_session.user(), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::PermissionDenied, notYours);

    // Who owns the ärenden here.
    const QString wanted = request.owner.isEmpty() ? payload.handlaggare : request.owner;
    auto owner = activeHandlaggare(conn, wanted);
    if (!owner)
        return owner.error();
    if (owner->isEmpty()) {
        if (!request.owner.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 is not an active account with the handläggare role.").arg(request.owner));
        return makeError(ErrorCode::InvalidInput,
                         tr("%1: the package's handläggare %2 has no active handläggare account in this database. "
                            "Create the account, or let an administratör give the ärenden to an existing "
                            "handläggare.")
                             .arg(fileName, payload.handlaggare));
    }
    if (!admin && owner->compare(m_session.user(), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::PermissionDenied, notYours);

    ExchangeImportReport report;
    report.packageId = payload.packageId;
    report.handlaggare = payload.handlaggare;
    report.owner = *owner;
    report.packageCreatedAt = payload.createdAt;
    report.arenden = int(payload.records.size());

    // Every code must be one this database knows (the kommun's customisation included).
    for (qsizetype n = 0; n < payload.records.size(); ++n) {
        const domain::Arende& a = payload.records[n].arende;
        for (const domain::Issue& issue : domain::checkAnswers(a, m_catalog)) {
            if (issue.severity != domain::Severity::Fel)
                continue;
            return makeError(
                ErrorCode::InvalidInput,
                tr("%1: ärende %2 of the package (arende_id %3), variable %4: %5")
                    .arg(fileName)
                    .arg(n + 1)
                    .arg(a.externalId.isEmpty() ? QStringLiteral("-") : a.externalId, issue.variable, issue.message));
        }
    }

    // What is here: exchange states by stable id, ärenden by external id, owners.
    QHash<QString, State> states;
    QHash<Id, QString> stableOf;
    {
        auto st = conn.prepare("SELECT arende_id, stable_id, base_hash FROM exchange_state");
        if (!st)
            return st.error();
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            State s{st->columnInt64(0), st->columnText(1), st->columnBlob(2)};
            stableOf.insert(s.arendeId, s.stableId);
            states.insert(s.stableId, s);
        }
    }
    // Ärenden erased here after an exchange (schema v9's trigger): never brought back.
    QSet<QString> removedHere;
    {
        auto st = conn.prepare("SELECT stable_id FROM exchange_removed");
        if (!st)
            return st.error();
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            removedHere.insert(st->columnText(0));
        }
    }
    QHash<Id, Local> locals;
    QHash<QString, Id> byExternal;
    {
        auto st = conn.prepare("SELECT a.id, acc.name, a.updated_at, a.external_id FROM arenden a "
                               "JOIN accounts acc ON acc.id = a.owner_account_id");
        if (!st)
            return st.error();
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const Id id = st->columnInt64(0);
            locals.insert(id, Local{id, st->columnText(1), st->columnText(2)});
            if (!st->isNull(3))
                byExternal.insert(st->columnText(3), id);
        }
    }

    // Match every record and check it before anything is written.
    struct Plan {
        Id localId = domain::kNoId; // kNoId: new here
        State state;                // the local exchange state, if any
        bool removedHere = false;   // erased here after an exchange: skipped
    };
    QList<Plan> plans;
    plans.reserve(payload.records.size());
    QSet<Id> matched;
    for (const ExchangeRecord& rec : std::as_const(payload.records)) {
        Plan plan;
        const auto st = states.constFind(rec.stableId);
        if (st == states.constEnd() && removedHere.contains(rec.stableId)) {
            plan.removedHere = true;
            plans.append(plan);
            continue;
        }
        if (st != states.constEnd()) {
            plan.localId = st->arendeId;
            plan.state = *st;
        } else if (!rec.arende.externalId.isEmpty() && byExternal.contains(rec.arende.externalId)) {
            // An ärende that came here by another way (the same CSV imported on both sides):
            // matched by the source system's key, unless it already travels under another id.
            plan.localId = byExternal.value(rec.arende.externalId);
            // A handläggare learns nothing about another's ärende: the same refusal as for any other.
            if (!admin && locals.value(plan.localId).owner.compare(m_session.user(), Qt::CaseInsensitive) != 0)
                return makeError(ErrorCode::PermissionDenied, notYours);
            if (stableOf.contains(plan.localId)) {
                return makeError(
                    ErrorCode::Conflict,
                    tr("%1: the ärende with arende_id %2 is already exchanged under another id in this database.")
                        .arg(fileName, rec.arende.externalId));
            }
        }
        if (plan.localId != domain::kNoId) {
            if (matched.contains(plan.localId))
                return where(makeError(ErrorCode::Corrupt, tr("two ärenden of the package are the same here.")));
            matched.insert(plan.localId);
            if (!admin && locals.value(plan.localId).owner.compare(m_session.user(), Qt::CaseInsensitive) != 0)
                return makeError(ErrorCode::PermissionDenied, notYours);
        }
        // The source system's key must stay unique here.
        if (!rec.arende.externalId.isEmpty()) {
            const Id holder = byExternal.value(rec.arende.externalId, domain::kNoId);
            if (holder != domain::kNoId && holder != plan.localId) {
                if (!admin && locals.value(holder).owner.compare(m_session.user(), Qt::CaseInsensitive) != 0)
                    return makeError(ErrorCode::PermissionDenied, notYours);
                return makeError(ErrorCode::Conflict,
                                 tr("%1: arende_id %2 of the package belongs to another ärende in this database.")
                                     .arg(fileName, rec.arende.externalId));
            }
        }
        plans.append(plan);
    }

    // Stored ärenden that are matched: in one streaming pass when there are many.
    QHash<Id, domain::Arende> storedById;
    if (matched.size() > 64) {
        auto rc = (*repo)->forEachArende([&](const domain::Arende& a) {
            if (matched.contains(a.id))
                storedById.insert(a.id, a);
            return true;
        });
        if (!rc)
            return rc.error();
    }

    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto flushed = m_session.flushPendingAudit(); !flushed)
        return flushed.error();
    AuditAppender audit(conn, m_session.clock(), m_session.user());
    ArendeChange change;
    QHash<QString, domain::Person> personsDone; // by Person-ID: as stored here after this import
    QHash<Id, domain::Person> localPersons;     // by local person id, with the number
    const QString now = nowIso(m_session);
    const qint64 total = payload.records.size() + 1;

    auto localPerson = [&](Id id) -> Result<domain::Person> {
        auto it = localPersons.constFind(id);
        if (it != localPersons.constEnd())
            return *it;
        auto p = (*repo)->loadPerson(id, store::PersonIdAccess::Decrypt);
        if (!p)
            return p.error();
        localPersons.insert(id, *p);
        return p;
    };

    // The person of a record as stored here (found by the Person-ID, or registered).
    auto personHere = [&](const domain::Person& incoming) -> Result<domain::Person> {
        auto known = personsDone.constFind(incoming.personId);
        if (known != personsDone.constEnd())
            return *known;
        domain::Person person;
        auto found = (*repo)->findPerson(incoming.personId);
        if (found) {
            auto stored = localPerson(*found);
            if (!stored)
                return stored.error();
            domain::Person updated = domain::mergeEnteredIdentity(*stored, incoming);
            updated.id = stored->id;
            if (!domain::sameIdentity(updated, *stored)) {
                if (auto saved = (*repo)->upsertPerson(updated); !saved)
                    return saved.error();
                localPersons.insert(updated.id, updated);
                change.persons.append(updated.id);
                if (auto logged = audit.append(QStringLiteral("person.update"), QStringLiteral("person"),
                                               QString::fromLatin1((*db)->pseudonym(updated.personId).toHex().left(16)),
                                               QStringLiteral("exchange fields=derived"));
                    !logged)
                    return logged.error();
            }
            person = updated;
        } else if (found.error().code == ErrorCode::NotFound) {
            person = incoming;
            person.id = domain::kNoId;
            if (auto saved = (*repo)->upsertPerson(person); !saved)
                return saved.error();
            localPersons.insert(person.id, person);
            if (auto logged = audit.append(QStringLiteral("person.register"), QStringLiteral("person"),
                                           QString::fromLatin1((*db)->pseudonym(person.personId).toHex().left(16)),
                                           QStringLiteral("exchange"));
                !logged)
                return logged.error();
        } else {
            return found.error();
        }
        personsDone.insert(incoming.personId, person);
        return person;
    };

    auto setTimes = [&](Id id, const ExchangeRecord& rec) -> Result<void> {
        // The edit keeps its own time: "changed since" and "the newer edit" refer to the edit.
        auto st = conn.prepare("UPDATE arenden SET updated_at = ?, created_at = ? WHERE id = ?");
        if (!st)
            return st.error();
        return st->bind(1, rec.updatedAt).bind(2, rec.createdAt).bind(3, id).run();
    };

    for (qsizetype n = 0; n < payload.records.size(); ++n) {
        if (n % 50 == 0 && !stillGoing(progress, n, total))
            return cancelled();
        ExchangeRecord& rec = payload.records[n];
        const Plan& plan = plans[n];
        if (plan.removedHere) {
            ++report.removedHere;
            continue;
        }
        const QByteArray incomingHash = ExchangePackage::contentHash(rec.person, rec.arende);
        rec.arende.owner = *owner;

        if (plan.localId == domain::kNoId) {
            auto person = personHere(rec.person);
            if (!person)
                return person.error();
            domain::Arende arende = rec.arende;
            arende.id = domain::kNoId;
            arende.personRef = person->id;
            auto id = (*repo)->save(arende);
            if (!id)
                return id.error();
            if (auto rc = setTimes(*id, rec); !rc)
                return rc.error();
            if (auto rc = writeState(conn, *id, rec.stableId, incomingHash, now); !rc)
                return rc.error();
            if (auto logged = audit.append(QStringLiteral("arende.exchange"), kArende, QString::number(*id),
                                           QStringLiteral("created package=%1").arg(payload.packageId));
                !logged)
                return logged.error();
            change.changed.append(*id);
            ++report.created;
            continue;
        }

        Result<domain::Arende> stored = storedById.contains(plan.localId)
                                            ? Result<domain::Arende>(storedById.take(plan.localId))
                                            : (*repo)->load(plan.localId);
        if (!stored)
            return stored.error();
        auto storedPerson = localPerson(stored->personRef);
        if (!storedPerson)
            return storedPerson.error();
        domain::Person forHash = *storedPerson;
        const QByteArray localHash = ExchangePackage::contentHash(forHash, *stored);
        const Local local = locals.value(plan.localId);

        if (localHash == incomingHash) {
            ++report.unchanged;
            if (plan.state.baseHash != incomingHash || plan.state.stableId != rec.stableId) {
                if (auto rc = writeState(conn, plan.localId, rec.stableId, incomingHash, now); !rc)
                    return rc.error();
            }
            continue;
        }
        const bool hasBase = !plan.state.baseHash.isEmpty();
        const bool changedHere = !hasBase || localHash != plan.state.baseHash;
        const bool changedThere = !hasBase || incomingHash != plan.state.baseHash;
        bool take = false;
        if (changedHere && changedThere) {
            const QDateTime mine = parseTime(local.updatedAt);
            const QDateTime theirs = parseTime(rec.updatedAt);
            take = theirs.isValid() && (!mine.isValid() || theirs > mine);
            report.conflicts.append(ExchangeConflict{rec.stableId, plan.localId, rec.arende.externalId, local.updatedAt,
                                                     rec.updatedAt, take});
        } else {
            take = changedThere;
        }

        if (!take) {
            ++report.keptLocal;
            // What the other side sent is now known here: an unchanged resend is not a conflict.
            if (auto rc = writeState(conn, plan.localId, rec.stableId, incomingHash, now); !rc)
                return rc.error();
            if (auto logged = audit.append(QStringLiteral("arende.exchange"), kArende, QString::number(plan.localId),
                                           QStringLiteral("kept_local package=%1").arg(payload.packageId));
                !logged)
                return logged.error();
            continue;
        }

        auto person = personHere(rec.person);
        if (!person)
            return person.error();
        domain::Arende arende = rec.arende;
        arende.id = plan.localId;
        arende.personRef = person->id;
        adoptChildIds(*stored, arende);
        if (auto saved = (*repo)->save(arende); !saved)
            return saved.error();
        if (auto rc = setTimes(plan.localId, rec); !rc)
            return rc.error();
        if (auto rc = writeState(conn, plan.localId, rec.stableId, incomingHash, now); !rc)
            return rc.error();
        if (auto logged = audit.append(QStringLiteral("arende.exchange"), kArende, QString::number(plan.localId),
                                       QStringLiteral("updated package=%1").arg(payload.packageId));
            !logged)
            return logged.error();
        if (stored->owner.compare(arende.owner, Qt::CaseInsensitive) != 0) {
            if (auto logged = audit.append(QStringLiteral("arende.move"), kArende, QString::number(plan.localId),
                                           QStringLiteral("%1 -> %2").arg(stored->owner, arende.owner));
                !logged)
                return logged.error();
        }
        change.changed.append(plan.localId);
        ++report.updated;
    }

    if (auto logged = audit.append(QStringLiteral("exchange.import"), {}, payload.packageId,
                                   QStringLiteral("handlaggare=%1 owner=%2 arenden=%3 created=%4 updated=%5 "
                                                  "unchanged=%6 kept_local=%7 conflicts=%8 removed_here=%9")
                                       .arg(payload.handlaggare, *owner)
                                       .arg(report.arenden)
                                       .arg(report.created)
                                       .arg(report.updated)
                                       .arg(report.unchanged)
                                       .arg(report.keptLocal)
                                       .arg(report.conflicts.size())
                                       .arg(report.removedHere));
        !logged)
        return logged.error();
    if (!stillGoing(progress, total - 1, total))
        return cancelled();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    if (!change.isEmpty())
        m_session.notifyChange(change);
    stillGoing(progress, total, total);
    return report;
}

QByteArray exchangeReportJson(const ExchangeImportReport& r)
{
    QJsonArray conflicts;
    for (const ExchangeConflict& c : r.conflicts) {
        conflicts.append(QJsonObject{
            {QStringLiteral("stable_id"), c.stableId},
            {QStringLiteral("arende_id"), c.arendeId},
            {QStringLiteral("external_id"), c.externalId.isEmpty() ? QJsonValue() : QJsonValue(c.externalId)},
            {QStringLiteral("local_updated_at"), c.localUpdatedAt},
            {QStringLiteral("package_updated_at"), c.packageUpdatedAt},
            {QStringLiteral("kept"), c.keptPackage ? QStringLiteral("package") : QStringLiteral("local")},
        });
    }
    const QJsonObject o{
        {QStringLiteral("package"), r.packageId},       {QStringLiteral("package_created_at"), r.packageCreatedAt},
        {QStringLiteral("handlaggare"), r.handlaggare}, {QStringLiteral("owner"), r.owner},
        {QStringLiteral("arenden"), r.arenden},         {QStringLiteral("created"), r.created},
        {QStringLiteral("updated"), r.updated},         {QStringLiteral("unchanged"), r.unchanged},
        {QStringLiteral("kept_local"), r.keptLocal},    {QStringLiteral("removed_here"), r.removedHere},
        {QStringLiteral("conflicts"), conflicts},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace folja::access
