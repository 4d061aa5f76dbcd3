#pragma once

// Reading and writing the registered data (domain::Person, domain::Arende with its insatser,
// uppföljningar, multi-valued answers and comments). Store level: NO access rules here —
// core/access wraps this and decides who may see or change what.
//
// Statements are prepared once per repository and reused, so bulk work is fast when the caller
// wraps many calls in one sqlite::Transaction. Every single write is atomic on its own as well
// (a savepoint), so an error never leaves half an ärende behind.

#include "common/result.h"
#include "domain/records.h"
#include "store/sqlite.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>

namespace folja::store {

class Database;

// Enough for a list of ärenden without loading the children.
struct ArendeSummary {
    domain::Id id = domain::kNoId;
    QString externalId;
    domain::Id personRef = domain::kNoId;
    bool skyddad = false; // the person has skyddade personuppgifter: mask in lists
    QString malgrupp;
    QString enhet;
    QString owner; // account name
    QDate aktualiseringDatum;
    QDate beslutDatum;
    int insatsCount = 0;
    domain::ArendeStatus status = domain::ArendeStatus::Aktualiserat;
    QString updatedAt; // ISO 8601 UTC
};

// Whether loadPerson decrypts the personnummer (only for registerutdrag and the like).
enum class PersonIdAccess { Hidden, Decrypt };

struct ImportRow {
    domain::Person person;
    domain::Arende arende; // personRef is filled in from person
};

// The analysis read (see ArendeRepository::scanForAnalysis): every row handed over as plain
// values, without building records. Text is a view of the stored UTF-8, valid only during the
// call (null data = NULL). Dates are Julian day numbers, kNoDay when missing or malformed.
struct TextView {
    const char* data = nullptr;
    int size = 0;
};
constexpr qint32 kNoDay = std::numeric_limits<qint32>::min();

class AnalysisSink
{
public:
    virtual ~AnalysisSink() = default;
    // Tables come in this order, each in its storage order: arenden (by id), arende_values,
    // insatser (by id), insats_values, uppfoljningar (by id), uppfoljning_values, persons (by id).
    // `key` is the record's Cell Key Method record key (0..255; domain::Person::recordKey).
    virtual void arende(domain::Id id, domain::Id person, domain::Id ownerAccount, TextView malgrupp, TextView enhet,
                        qint32 aktualisering, TextView aktualiseringstyp, TextView tidigareKontakt,
                        TextView hushallstyp, qint32 beslut, TextView ursprung, std::uint8_t key) = 0;
    // variable: 1 aktualiseringsorsak, 2 problematik; in (arende, variable, ord) order
    virtual void arendeValue(domain::Id arende, int variable, TextView code) = 0;
    virtual void insats(domain::Id arende, domain::Id id, int ord, TextView ksi, qint32 beslut, qint32 verkstallande,
                        qint32 avslut, std::uint8_t key) = 0;
    // avslutsorsak, in (arende, insats, ord) order
    virtual void insatsValue(domain::Id arende, domain::Id insats, TextView code) = 0;
    // codes: sip, maluppfyllelse, parallella_insatser, genomforande, b1a, b1b, b2, b3, b4, b5
    virtual void uppfoljning(domain::Id arende, domain::Id insats, domain::Id id, int ord, qint32 datum,
                             const TextView (&codes)[10], std::uint8_t key) = 0;
    // samverkan, in (arende, uppföljning, ord) order
    virtual void uppfoljningValue(domain::Id arende, domain::Id uppfoljning, TextView code) = 0;
    // Only what the personnummer gives: the person's answers (ursprung) are the ärende's.
    virtual void person(domain::Id id, TextView kon, qint32 birth, std::uint8_t key) = 0;
};

class ArendeRepository
{
public:
    explicit ArendeRepository(Database& db);
    ~ArendeRepository();
    ArendeRepository(const ArendeRepository&) = delete;
    ArendeRepository& operator=(const ArendeRepository&) = delete;

    // --- persons --------------------------------------------------------------------------------
    // Finds the person by the pseudonym of person.personId (which must be normalised and
    // non-empty); updates the derived fields if found, inserts otherwise. Sets person.id.
    Result<domain::Id> upsertPerson(domain::Person& person);
    // NotFound if no such person.
    Result<domain::Id> findPerson(const QString& normalisedPersonId);
    Result<domain::Person> loadPerson(domain::Id id, PersonIdAccess access = PersonIdAccess::Hidden);
    // Every person without the personnummer, in id order, for the analysis snapshot.
    Result<QList<domain::Person>> loadAllPersons();
    // Every person's stored pseudonym (the database's keyed hash of the Person-ID), by person id:
    // the stable input of the per-recipient pseudonyms of a microdata export. Never the Person-ID.
    Result<QHash<domain::Id, QByteArray>> personPseudonyms();

    // --- ärenden --------------------------------------------------------------------------------
    // id == kNoId: insert (Conflict if externalId exists). Otherwise update the ärende and replace
    // all its children. Ids of insatser/uppföljningar that are kNoId are assigned; non-zero ids
    // are kept. The assigned ids are written back into `arende`. Record keys (Person::recordKey) are
    // the store's: a new record gets a random one, a stored record (an insats or uppföljning saved
    // again under its id included) keeps its own; the keys are written back too. arende.owner must be an account
    // name (InvalidInput otherwise) and arende.personRef an existing person.
    // Atomic on its own; inside a caller's open transaction a failure leaves that transaction to
    // be rolled back by the caller (no per-save savepoint there, for import speed).
    Result<domain::Id> save(domain::Arende& arende);
    Result<domain::Arende> load(domain::Id id);
    Result<domain::Arende> loadByExternalId(const QString& externalId);
    Result<domain::Id> idByExternalId(const QString& externalId); // NotFound if none
    Result<QString> ownerOf(domain::Id id);                       // account name; NotFound
    // Deletes the ärende and all its children (secure_delete overwrites them); the person goes
    // too when no other ärende refers to it.
    Result<void> remove(domain::Id id);

    Result<QList<ArendeSummary>> listByOwner(const QString& ownerAccount);
    Result<QList<ArendeSummary>> listAll();
    Result<qint64> countByOwner(const QString& ownerAccount);
    Result<qint64> count();

    // All rows in ONE transaction (all or nothing), prepared statements reused: the CSV import.
    // With `markSetting`, that setting is set to "1" in the same transaction (the demo marker).
    Result<void> insertAll(QList<ImportRow>& rows, const QString& markSetting = {});

    // Every ärende with all its children, in id order: the input of the analysis snapshot
    // (with loadAllPersons). One scan per table in storage order, merged in C++ — no query per
    // ärende and no index lookups, so each encrypted page is decrypted once.
    Result<QList<domain::Arende>> loadAllArenden();
    // The same records handed to a visitor one by one (in id order); return false to stop. They
    // are read in full first: memory use is that of loadAllArenden().
    Result<void> forEachArende(const std::function<bool(const domain::Arende&)>& visit);

    // The analysis snapshot's read: one SELECT per table in storage order, every row handed to
    // `sink` as plain values (no records, no QString, no personnummer). Each encrypted page is
    // decrypted once. Runs in one read transaction, so the tables are consistent with each other.
    Result<void> scanForAnalysis(AnalysisSink& sink);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Key/value settings (min_cell, idle_lock_minutes, gallring_years, catalogue customisation, …).
// readSetting returns a null QString when the key is not set.
Result<QString> readSetting(sqlite::Connection& conn, const QString& key);
Result<void> writeSetting(sqlite::Connection& conn, const QString& key, const QString& value);

} // namespace folja::store
