#include "store/repository_p.h"

#include <QDateTime>

#include <optional>

namespace folja::store {

namespace repo {

qint64 idTypeCode(domain::PersonIdType type)
{
    switch (type) {
    case domain::PersonIdType::Personnummer:
        return 1;
    case domain::PersonIdType::Samordningsnummer:
        return 2;
    case domain::PersonIdType::Reservnummer:
        return 3;
    }
    return 1;
}

domain::PersonIdType idTypeFromCode(qint64 code)
{
    switch (code) {
    case 2:
        return domain::PersonIdType::Samordningsnummer;
    case 3:
        return domain::PersonIdType::Reservnummer;
    default:
        return domain::PersonIdType::Personnummer;
    }
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Insats* findInsats(Arende& arende, qint64 id)
{
    for (Insats& insats : arende.insatser) {
        if (insats.id == id)
            return &insats;
    }
    return nullptr;
}

Uppfoljning* findUppfoljning(Arende& arende, qint64 id)
{
    for (Insats& insats : arende.insatser) {
        for (Uppfoljning& u : insats.uppfoljningar) {
            if (u.id == id)
                return &u;
        }
    }
    return nullptr;
}

} // namespace repo

using namespace repo;

Result<Statement*> ArendeRepository::Private::prepared(Statement& slot, const char* sql)
{
    if (!slot.isValid()) {
        auto st = conn.prepare(sql);
        if (!st)
            return st.error();
        slot = std::move(*st);
    }
    return &slot;
}

Result<void> ArendeRepository::Private::loadAccounts()
{
    auto st = conn.prepare("SELECT id, name FROM accounts");
    if (!st)
        return st.error();
    accountIds.clear();
    accountNames.clear();
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        const Id id = st->columnInt64(0);
        const QString name = st->columnText(1);
        accountIds.insert(name.toLower(), id);
        accountNames.insert(id, name);
    }
}

Result<Id> ArendeRepository::Private::accountId(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key.isEmpty())
        return messages::invalidArgument();
    if (!accountIds.contains(key)) {
        if (auto rc = loadAccounts(); !rc)
            return rc.error();
        if (!accountIds.contains(key))
            return messages::invalidArgument();
    }
    return accountIds.value(key);
}

Result<QString> ArendeRepository::Private::accountName(Id id)
{
    if (!accountNames.contains(id)) {
        if (auto rc = loadAccounts(); !rc)
            return rc.error();
    }
    return accountNames.value(id);
}

ArendeRepository::ArendeRepository(Database& db)
    : d(std::make_unique<Private>(db))
{}

ArendeRepository::~ArendeRepository() = default;

Result<Id> ArendeRepository::upsertPerson(Person& person)
{
    return d->upsertPerson(person);
}

Result<Id> ArendeRepository::findPerson(const QString& normalisedPersonId)
{
    if (normalisedPersonId.isEmpty())
        return messages::invalidArgument();
    auto find = d->prepared(d->findPerson, "SELECT id, record_key FROM persons WHERE pseudonym = ?");
    if (!find)
        return find.error();
    (*find)->bind(1, d->db.pseudonym(normalisedPersonId));
    auto row = (*find)->step();
    const Id id = row && *row ? (*find)->columnInt64(0) : domain::kNoId;
    (*find)->reset();
    if (!row)
        return row.error();
    if (id == domain::kNoId)
        return messages::notFound();
    return id;
}

namespace {

// kon_entered, alder_entered, alder_entered_on from column `first` on (schema v6).
void readEntered(sqlite::Statement& st, int first, Person& person)
{
    person.konEntered = st.columnInt64(first) != 0;
    person.alderEntered = st.isNull(first + 1) ? -1 : static_cast<int>(st.columnInt64(first + 1));
    person.alderEnteredOn = st.columnDate(first + 2);
}

} // namespace

Result<Person> ArendeRepository::loadPerson(Id id, PersonIdAccess access)
{
    auto st = d->conn.prepare("SELECT pnr_enc, id_type, kon, birth_date, record_key, kon_entered, alder_entered, "
                              "alder_entered_on FROM persons WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return messages::notFound();
    Person person;
    person.id = id;
    person.idType = idTypeFromCode(st->columnInt64(1));
    person.kon = st->columnText(2);
    person.birthDate = st->columnDate(3);
    person.recordKey = static_cast<int>(st->columnInt64(4));
    readEntered(*st, 5, person);
    if (access == PersonIdAccess::Decrypt) {
        auto pid = d->db.decryptPersonId(st->columnBlob(0));
        if (!pid)
            return pid.error();
        person.personId = *pid;
    }
    return person;
}

Result<QList<Person>> ArendeRepository::loadAllPersons()
{
    auto st = d->conn.prepare(
        "SELECT id, id_type, kon, birth_date, record_key, kon_entered, alder_entered, alder_entered_on FROM persons");
    if (!st)
        return st.error();
    QList<Person> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Person person;
        person.id = st->columnInt64(0);
        person.idType = idTypeFromCode(st->columnInt64(1));
        person.kon = st->columnText(2);
        person.birthDate = st->columnDate(3);
        person.recordKey = static_cast<int>(st->columnInt64(4));
        readEntered(*st, 5, person);
        out.append(std::move(person));
    }
    return out;
}

Result<Id> ArendeRepository::save(Arende& arende)
{
    // Alone, a save is atomic through its own savepoint. Inside a caller's transaction (an import
    // of thousands of ärenden) the caller's transaction is the unit: a failed save fails the whole
    // transaction, which the caller rolls back. A savepoint per ärende there would cost most of
    // the import's CPU (SQLCipher re-encrypts every page copied to the sub-journal).
    std::optional<sqlite::Savepoint> sp;
    if (!d->conn.inTransaction()) {
        auto begun = sqlite::Savepoint::begin(d->conn);
        if (!begun)
            return begun.error();
        sp.emplace(std::move(begun).value());
    }
    Arende working = arende; // ids are written back only when the whole save succeeded
    auto id = d->save(working);
    if (!id)
        return id.error();
    if (sp) {
        if (auto rc = sp->release(); !rc)
            return rc.error();
    }
    arende = std::move(working);
    return id;
}

Result<Arende> ArendeRepository::load(Id id)
{
    if (id == domain::kNoId)
        return messages::notFound();
    QList<Arende> found;
    if (auto rc = d->read(id, found); !rc)
        return rc.error();
    if (found.isEmpty())
        return messages::notFound();
    return std::move(found.first());
}

Result<Id> ArendeRepository::idByExternalId(const QString& externalId)
{
    if (externalId.isEmpty())
        return messages::invalidArgument();
    auto st = d->conn.prepare("SELECT id FROM arenden WHERE external_id = ?");
    if (!st)
        return st.error();
    st->bind(1, externalId);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return messages::notFound();
    return st->columnInt64(0);
}

Result<Arende> ArendeRepository::loadByExternalId(const QString& externalId)
{
    auto id = idByExternalId(externalId);
    if (!id)
        return id.error();
    return load(*id);
}

Result<QString> ArendeRepository::ownerOf(Id id)
{
    auto st = d->conn.prepare("SELECT acc.name FROM arenden a JOIN accounts acc ON acc.id = a.owner_account_id "
                              "WHERE a.id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return messages::notFound();
    return st->columnText(0);
}

Result<void> ArendeRepository::remove(Id id)
{
    auto sp = sqlite::Savepoint::begin(d->conn);
    if (!sp)
        return sp.error();
    auto find = d->conn.prepare("SELECT person_id FROM arenden WHERE id = ?");
    if (!find)
        return find.error();
    find->bind(1, id);
    auto row = find->step();
    if (!row)
        return row.error();
    if (!*row)
        return messages::notFound();
    const Id person = find->columnInt64(0);
    find->reset();
    auto del = d->conn.prepare("DELETE FROM arenden WHERE id = ?");
    if (!del)
        return del.error();
    del->bind(1, id);
    if (auto rc = del->run(); !rc)
        return rc;
    auto orphan = d->conn.prepare("DELETE FROM persons WHERE id = ?1 AND NOT EXISTS "
                                  "(SELECT 1 FROM arenden WHERE person_id = ?1)");
    if (!orphan)
        return orphan.error();
    orphan->bind(1, person);
    if (auto rc = orphan->run(); !rc)
        return rc;
    return sp->release();
}

Result<QList<ArendeSummary>> ArendeRepository::listByOwner(const QString& ownerAccount)
{
    auto owner = d->accountId(ownerAccount);
    if (!owner)
        return owner.error().code == ErrorCode::InvalidInput ? Result<QList<ArendeSummary>>(QList<ArendeSummary>())
                                                             : Result<QList<ArendeSummary>>(owner.error());
    return d->summaries(*owner, true);
}

Result<QList<ArendeSummary>> ArendeRepository::listAll()
{
    return d->summaries(domain::kNoId, false);
}

Result<qint64> ArendeRepository::countByOwner(const QString& ownerAccount)
{
    auto owner = d->accountId(ownerAccount);
    if (!owner)
        return owner.error().code == ErrorCode::InvalidInput ? Result<qint64>(0) : Result<qint64>(owner.error());
    auto st = d->conn.prepare("SELECT count(*) FROM arenden WHERE owner_account_id = ?");
    if (!st)
        return st.error();
    st->bind(1, *owner);
    auto row = st->step();
    if (!row)
        return row.error();
    return st->columnInt64(0);
}

Result<QHash<domain::Id, QByteArray>> ArendeRepository::personPseudonyms()
{
    auto st = d->conn.prepare("SELECT id, pseudonym FROM persons");
    if (!st)
        return st.error();
    QHash<domain::Id, QByteArray> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.insert(st->columnInt64(0), st->columnBlob(1));
    }
    return out;
}

Result<qint64> ArendeRepository::count()
{
    return d->conn.queryInt("SELECT count(*) FROM arenden");
}

Result<void> ArendeRepository::insertAll(QList<ImportRow>& rows, const QString& markSetting)
{
    auto tx = sqlite::Transaction::begin(d->conn);
    if (!tx)
        return tx.error();
    // No savepoint per row: any failure abandons the whole transaction anyway.
    QList<ImportRow> working = rows;
    for (ImportRow& row : working) {
        auto person = d->upsertPerson(row.person);
        if (!person)
            return person.error();
        row.arende.personRef = *person;
        row.arende.id = domain::kNoId;
        auto id = d->save(row.arende);
        if (!id)
            return id.error();
    }
    if (!markSetting.isEmpty()) {
        if (auto marked = writeSetting(d->conn, markSetting, QStringLiteral("1")); !marked)
            return marked;
    }
    if (auto rc = tx->commit(); !rc)
        return rc;
    rows = std::move(working);
    return {};
}

Result<void> ArendeRepository::forEachArende(const std::function<bool(const Arende&)>& visit)
{
    QList<Arende> all;
    if (auto rc = d->read(domain::kNoId, all); !rc)
        return rc;
    for (const Arende& arende : std::as_const(all)) {
        if (!visit(arende))
            break;
    }
    return {};
}

Result<QList<Arende>> ArendeRepository::loadAllArenden()
{
    QList<Arende> all;
    if (auto rc = d->read(domain::kNoId, all); !rc)
        return rc.error();
    return all;
}

} // namespace folja::store
