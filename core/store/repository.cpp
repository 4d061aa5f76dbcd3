#include "store/repository.h"

#include "store/crypto.h"
#include "store/database.h"
#include "store/messages.h"

#include <QDateTime>

#include <optional>

namespace folja::store {

using domain::Arende;
using domain::Id;
using domain::Insats;
using domain::Person;
using domain::Uppfoljning;
using sqlite::Statement;

namespace {

enum CommentEntity : int { EntityArende = 1, EntityInsats = 2, EntityUppfoljning = 3 };
// arende_values.variable; insats_values and uppfoljning_values hold one variable each (code 1).
enum ArendeVariable : int { VarAktualiseringsorsak = 1, VarProblematik = 2 };

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

// Coded answers repeat a few hundred distinct values across millions of rows. Sharing one QString
// per distinct value (implicit sharing) saves an allocation per cell on the snapshot read path.
class Interner
{
public:
    QString get(const Statement& st, int column)
    {
        int size = 0;
        const char* text = st.columnRawText(column, &size);
        if (!text)
            return QString();
        const QByteArray probe = QByteArray::fromRawData(text, size);
        auto it = m_strings.constFind(probe);
        if (it != m_strings.cend())
            return *it;
        QString value = QString::fromUtf8(text, size);
        m_strings.insert(QByteArray(text, size), value);
        return value;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

// Record keys for the Cell Key Method: uniform 0..255 from OpenSSL's generator, fetched in blocks.
class RecordKeys
{
public:
    Result<int> next()
    {
        if (m_at >= m_block.size()) {
            auto fresh = crypto::randomBytes(256);
            if (!fresh || fresh->size() != 256)
                return messages::internal();
            m_block = *fresh;
            m_at = 0;
        }
        return static_cast<int>(static_cast<unsigned char>(m_block.at(m_at++)));
    }

private:
    QByteArray m_block;
    qsizetype m_at = 0;
};

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

} // namespace

struct ArendeRepository::Private {
    Database& db;
    sqlite::Connection& conn;
    QHash<QString, Id> accountIds;   // lowercased name → id
    QHash<Id, QString> accountNames; // id → name as stored
    RecordKeys keys;
    // Record keys of the children being replaced by a save, by id: a child saved again under its
    // id keeps its key.
    QHash<Id, int> oldInsatsKeys, oldUppfoljningKeys;

    Statement findPerson, insertPerson, updatePerson;
    Statement insertArende, updateArende;
    Statement insertValue, insertInsats, insertInsatsValue, insertUppfoljning, insertUppfoljningValue, insertComment;
    Statement arendeKey, childKeysInsatser, childKeysUppfoljningar;
    Statement deleteValues, deleteInsatsValues, deleteUppfoljningValues, deleteComments, deleteUppfoljningar,
        deleteInsatser;

    Private(Database& database)
        : db(database)
        , conn(database.connection())
    {}

    Result<Statement*> prepared(Statement& slot, const char* sql)
    {
        if (!slot.isValid()) {
            auto st = conn.prepare(sql);
            if (!st)
                return st.error();
            slot = std::move(*st);
        }
        return &slot;
    }

    Result<void> loadAccounts()
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

    // Accounts are created by the access layer at any time: reload on a miss.
    Result<Id> accountId(const QString& name)
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

    Result<QString> accountName(Id id)
    {
        if (!accountNames.contains(id)) {
            if (auto rc = loadAccounts(); !rc)
                return rc.error();
        }
        return accountNames.value(id);
    }

    Result<void> writeValues(Id arendeId, int variable, const QStringList& values)
    {
        auto st = prepared(insertValue, "INSERT INTO arende_values(arende_id, variable, ord, value_code) "
                                        "VALUES (?, ?, ?, ?)");
        if (!st)
            return st.error();
        for (int i = 0; i < values.size(); ++i) {
            (*st)->bind(1, arendeId).bind(2, variable).bind(3, i).bind(4, values.at(i));
            if (auto rc = (*st)->run(); !rc)
                return rc;
        }
        return {};
    }

    Result<void> writeComments(Id arendeId, int entityType, Id entityId, const domain::Comments& comments)
    {
        if (comments.isEmpty())
            return {};
        auto st = prepared(insertComment, "INSERT INTO comments(arende_id, entity_type, entity_id, variable, text) "
                                          "VALUES (?, ?, ?, ?, ?)");
        if (!st)
            return st.error();
        for (auto it = comments.cbegin(); it != comments.cend(); ++it) {
            (*st)->bind(1, arendeId).bind(2, entityType).bind(3, entityId).bind(4, it.key()).bind(5, it.value());
            if (auto rc = (*st)->run(); !rc)
                return rc;
        }
        return {};
    }

    Result<void> deleteChildren(Id arendeId)
    {
        const std::pair<Statement*, const char*> deletes[] = {
            {&deleteValues, "DELETE FROM arende_values WHERE arende_id = ?"},
            {&deleteInsatsValues, "DELETE FROM insats_values WHERE arende_id = ?"},
            {&deleteUppfoljningValues, "DELETE FROM uppfoljning_values WHERE arende_id = ?"},
            {&deleteComments, "DELETE FROM comments WHERE arende_id = ?"},
            {&deleteUppfoljningar, "DELETE FROM uppfoljningar WHERE arende_id = ?"},
            {&deleteInsatser, "DELETE FROM insatser WHERE arende_id = ?"},
        };
        for (const auto& [slot, sql] : deletes) {
            auto st = prepared(*slot, sql);
            if (!st)
                return st.error();
            (*st)->bind(1, arendeId);
            if (auto rc = (*st)->run(); !rc)
                return rc;
        }
        return {};
    }

    Result<void> writeChildren(Arende& arende)
    {
        const Id aid = arende.id;
        if (auto rc = writeValues(aid, VarAktualiseringsorsak, arende.aktualiseringsorsak); !rc)
            return rc;
        if (auto rc = writeValues(aid, VarProblematik, arende.problematik); !rc)
            return rc;
        if (auto rc = writeComments(aid, EntityArende, aid, arende.comments); !rc)
            return rc;
        auto ins =
            prepared(insertInsats, "INSERT INTO insatser(id, arende_id, ord, ksi, catalog_version, beslut_datum, "
                                   "verkstallande_datum, avslut_datum, record_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!ins)
            return ins.error();
        for (int i = 0; i < arende.insatser.size(); ++i) {
            Insats& insats = arende.insatser[i];
            Statement& st = **ins;
            int key = insats.id != domain::kNoId ? oldInsatsKeys.value(insats.id, -1) : -1;
            if (key < 0) {
                auto fresh = keys.next();
                if (!fresh)
                    return fresh.error();
                key = *fresh;
            }
            if (insats.id != domain::kNoId)
                st.bind(1, insats.id);
            st.bind(2, aid)
                .bind(3, i)
                .bindOptional(4, insats.ksi)
                .bindOptional(5, insats.catalogVersion)
                .bind(6, insats.beslutDatum)
                .bind(7, insats.verkstallandeDatum)
                .bind(8, insats.avslutDatum)
                .bind(9, static_cast<qint64>(key));
            if (auto rc = st.run(); !rc)
                return rc;
            insats.id = conn.lastInsertRowId();
            insats.recordKey = key;
            if (!insats.avslutsorsak.isEmpty()) {
                auto iv = prepared(insertInsatsValue, "INSERT INTO insats_values(arende_id, insats_id, variable, ord, "
                                                      "value_code) VALUES (?, ?, 1, ?, ?)");
                if (!iv)
                    return iv.error();
                for (int k = 0; k < insats.avslutsorsak.size(); ++k) {
                    (*iv)->bind(1, aid).bind(2, insats.id).bind(3, k).bind(4, insats.avslutsorsak.at(k));
                    if (auto rc = (*iv)->run(); !rc)
                        return rc;
                }
            }
            if (auto rc = writeComments(aid, EntityInsats, insats.id, insats.comments); !rc)
                return rc;
            for (int j = 0; j < insats.uppfoljningar.size(); ++j) {
                if (auto rc = writeUppfoljning(aid, insats.id, j, insats.uppfoljningar[j]); !rc)
                    return rc;
            }
        }
        return {};
    }

    Result<void> writeUppfoljning(Id aid, Id insatsId, int ord, Uppfoljning& u)
    {
        auto up = prepared(insertUppfoljning,
                           "INSERT INTO uppfoljningar(id, arende_id, insats_id, ord, datum, sip, maluppfyllelse, "
                           "parallella_insatser, genomforande, b1a, b1b, b2, b3, b4, b5, record_key) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!up)
            return up.error();
        Statement& st = **up;
        int key = u.id != domain::kNoId ? oldUppfoljningKeys.value(u.id, -1) : -1;
        if (key < 0) {
            auto fresh = keys.next();
            if (!fresh)
                return fresh.error();
            key = *fresh;
        }
        if (u.id != domain::kNoId)
            st.bind(1, u.id);
        st.bind(2, aid)
            .bind(3, insatsId)
            .bind(4, ord)
            .bind(5, u.datum)
            .bindOptional(6, u.sip)
            .bindOptional(7, u.maluppfyllelse)
            .bindOptional(8, u.parallellaInsatser)
            .bindOptional(9, u.genomforande)
            .bindOptional(10, u.b1a)
            .bindOptional(11, u.b1b)
            .bindOptional(12, u.b2)
            .bindOptional(13, u.b3)
            .bindOptional(14, u.b4)
            .bindOptional(15, u.b5)
            .bind(16, static_cast<qint64>(key));
        if (auto rc = st.run(); !rc)
            return rc;
        u.id = conn.lastInsertRowId();
        u.recordKey = key;
        if (!u.samverkan.isEmpty()) {
            auto uv = prepared(insertUppfoljningValue, "INSERT INTO uppfoljning_values(arende_id, uppfoljning_id, "
                                                       "variable, ord, value_code) VALUES (?, ?, 1, ?, ?)");
            if (!uv)
                return uv.error();
            for (int k = 0; k < u.samverkan.size(); ++k) {
                (*uv)->bind(1, aid).bind(2, u.id).bind(3, k).bind(4, u.samverkan.at(k));
                if (auto rc = (*uv)->run(); !rc)
                    return rc;
            }
        }
        return writeComments(aid, EntityUppfoljning, u.id, u.comments);
    }

    Result<Id> save(Arende& arende)
    {
        auto owner = accountId(arende.owner);
        if (!owner)
            return owner.error();
        if (arende.personRef == domain::kNoId)
            return messages::invalidArgument();
        const QString now = nowUtc();
        if (arende.id == domain::kNoId) {
            auto st = prepared(insertArende,
                               "INSERT INTO arenden(external_id, person_id, malgrupp, enhet, owner_account_id, "
                               "aktualisering_datum, aktualiseringstyp, tidigare_kontakt, hushallstyp, beslut_datum, "
                               "ursprung, skyddad, created_at, updated_at, record_key) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            if (!st)
                return st.error();
            auto key = keys.next();
            if (!key)
                return key.error();
            bindArende(**st, arende, *owner).bind(13, now).bind(14, now).bind(15, static_cast<qint64>(*key));
            if (auto rc = (*st)->run(); !rc)
                return rc.error();
            arende.id = conn.lastInsertRowId();
            arende.recordKey = *key;
            oldInsatsKeys.clear();
            oldUppfoljningKeys.clear();
        } else {
            auto st = prepared(updateArende,
                               "UPDATE arenden SET external_id = ?, person_id = ?, malgrupp = ?, enhet = ?, "
                               "owner_account_id = ?, aktualisering_datum = ?, aktualiseringstyp = ?, "
                               "tidigare_kontakt = ?, hushallstyp = ?, beslut_datum = ?, ursprung = ?, skyddad = ?, "
                               "updated_at = ? WHERE id = ?");
            if (!st)
                return st.error();
            bindArende(**st, arende, *owner).bind(13, now).bind(14, arende.id);
            if (auto rc = (*st)->run(); !rc)
                return rc.error();
            if (conn.changes() == 0)
                return messages::notFound();
            if (auto rc = readKeys(arende); !rc)
                return rc.error();
            if (auto rc = deleteChildren(arende.id); !rc)
                return rc.error();
        }
        if (auto rc = writeChildren(arende); !rc)
            return rc.error();
        return arende.id;
    }

    // The record keys of a stored ärende and its children (before they are replaced).
    Result<void> readKeys(Arende& arende)
    {
        auto own = prepared(arendeKey, "SELECT record_key FROM arenden WHERE id = ?");
        if (!own)
            return own.error();
        (*own)->bind(1, arende.id);
        auto row = (*own)->step();
        if (row && *row)
            arende.recordKey = static_cast<int>((*own)->columnInt64(0));
        (*own)->reset();
        if (!row)
            return row.error();
        const std::pair<Statement*, const char*> queries[] = {
            {&childKeysInsatser, "SELECT id, record_key FROM insatser WHERE arende_id = ?"},
            {&childKeysUppfoljningar, "SELECT id, record_key FROM uppfoljningar WHERE arende_id = ?"},
        };
        QHash<Id, int>* targets[] = {&oldInsatsKeys, &oldUppfoljningKeys};
        for (int q = 0; q < 2; ++q) {
            targets[q]->clear();
            auto st = prepared(*queries[q].first, queries[q].second);
            if (!st)
                return st.error();
            (*st)->bind(1, arende.id);
            for (;;) {
                auto more = (*st)->step();
                if (!more) {
                    (*st)->reset();
                    return more.error();
                }
                if (!*more)
                    break;
                targets[q]->insert((*st)->columnInt64(0), static_cast<int>((*st)->columnInt64(1)));
            }
            (*st)->reset();
        }
        return {};
    }

    static Statement& bindArende(Statement& st, const Arende& a, Id owner)
    {
        return st.bindOptional(1, a.externalId)
            .bind(2, a.personRef)
            .bindOptional(3, a.malgrupp)
            .bindOptional(4, a.enhet)
            .bind(5, owner)
            .bind(6, a.aktualiseringDatum)
            .bindOptional(7, a.aktualiseringstyp)
            .bindOptional(8, a.tidigareKontakt)
            .bindOptional(9, a.hushallstyp)
            .bind(10, a.beslutDatum)
            .bindOptional(11, a.ursprung)
            .bind(12, a.skyddad);
    }

    // kon_entered, alder_entered, alder_entered_on at `first`, `first` + 1, `first` + 2 (schema v6).
    static sqlite::Statement& bindEntered(sqlite::Statement& st, const Person& person, int first)
    {
        st.bind(first, person.konEntered);
        if (person.alderEntered >= 0)
            st.bind(first + 1, static_cast<qint64>(person.alderEntered)).bind(first + 2, person.alderEnteredOn);
        else
            st.bindNull(first + 1).bindNull(first + 2);
        return st;
    }

    Result<Id> upsertPerson(Person& person)
    {
        if (person.personId.isEmpty())
            return messages::invalidArgument();
        const QByteArray pseudonym = db.pseudonym(person.personId);
        if (pseudonym.isEmpty())
            return messages::internal();
        auto find = prepared(findPerson, "SELECT id, record_key FROM persons WHERE pseudonym = ?");
        if (!find)
            return find.error();
        (*find)->bind(1, pseudonym);
        auto row = (*find)->step();
        const Id existing = row && *row ? (*find)->columnInt64(0) : domain::kNoId;
        const int existingKey = row && *row ? static_cast<int>((*find)->columnInt64(1)) : 0;
        (*find)->reset();
        if (!row)
            return row.error();
        if (existing != domain::kNoId) {
            auto st =
                prepared(updatePerson, "UPDATE persons SET id_type = ?, kon = ?, birth_date = ?, kon_entered = ?, "
                                       "alder_entered = ?, alder_entered_on = ? WHERE id = ?");
            if (!st)
                return st.error();
            bindEntered(**st, person, 4)
                .bind(1, idTypeCode(person.idType))
                .bindOptional(2, person.kon)
                .bind(3, person.birthDate)
                .bind(7, existing);
            if (auto rc = (*st)->run(); !rc)
                return rc.error();
            person.id = existing;
            person.recordKey = existingKey;
            return existing;
        }
        auto encrypted = db.encryptPersonId(person.personId);
        if (!encrypted)
            return encrypted.error();
        auto st = prepared(insertPerson, "INSERT INTO persons(pseudonym, pnr_enc, id_type, kon, birth_date, "
                                         "record_key, kon_entered, alder_entered, alder_entered_on) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!st)
            return st.error();
        auto key = keys.next();
        if (!key)
            return key.error();
        (*st)
            ->bind(1, pseudonym)
            .bind(2, *encrypted)
            .bind(3, idTypeCode(person.idType))
            .bindOptional(4, person.kon)
            .bind(5, person.birthDate)
            .bind(6, static_cast<qint64>(*key));
        bindEntered(**st, person, 7);
        if (auto rc = (*st)->run(); !rc)
            return rc.error();
        person.id = conn.lastInsertRowId();
        person.recordKey = *key;
        return person.id;
    }

    // Reads ärenden with all children into `out` (in id order): every ärende when `only` is kNoId,
    // else just that one. Each table is scanned in its storage order — rowid or primary key, never
    // through a secondary index — and the rows are put in place in C++: a full read then touches
    // each table page once, which matters because every page read costs a decryption.
    Result<void> read(Id only, QList<Arende>& out)
    {
        if (auto rc = loadAccounts(); !rc)
            return rc;
        const bool one = only != domain::kNoId;
        auto query = [&](const char* columnsAndTable, const char* keyColumn) -> Result<Statement> {
            QByteArray sql = QByteArray("SELECT ") + columnsAndTable;
            if (one)
                sql += QByteArray(" WHERE ") + keyColumn + " = ?";
            auto st = conn.prepare(sql);
            if (!st)
                return st.error();
            if (one)
                st->bind(1, only);
            return std::move(*st);
        };
        Interner strings;
        std::vector<Id> ids;

        // ärenden, by rowid = id order
        {
            auto st = query("id, external_id, person_id, malgrupp, enhet, owner_account_id, aktualisering_datum, "
                            "aktualiseringstyp, tidigare_kontakt, hushallstyp, beslut_datum, record_key, ursprung, "
                            "skyddad FROM arenden",
                            "id");
            if (!st)
                return st.error();
            for (;;) {
                auto row = st->step();
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                const Statement& s = *st;
                Arende arende;
                arende.id = s.columnInt64(0);
                arende.externalId = s.columnText(1);
                arende.personRef = s.columnInt64(2);
                arende.malgrupp = strings.get(s, 3);
                arende.enhet = strings.get(s, 4);
                arende.owner = accountNames.value(s.columnInt64(5));
                arende.aktualiseringDatum = s.columnDate(6);
                arende.aktualiseringstyp = strings.get(s, 7);
                arende.tidigareKontakt = strings.get(s, 8);
                arende.hushallstyp = strings.get(s, 9);
                arende.beslutDatum = s.columnDate(10);
                arende.recordKey = static_cast<int>(s.columnInt64(11));
                arende.ursprung = strings.get(s, 12);
                arende.skyddad = s.columnInt64(13) != 0;
                ids.push_back(arende.id);
                out.append(std::move(arende));
            }
        }
        // The position of an ärende id: children come mostly in ärende order, so try the position
        // of the previous row and the next one before a binary search.
        std::size_t hint = 0;
        auto find = [&](Id id) -> Arende* {
            if (hint < ids.size() && ids[hint] == id)
                return &out[static_cast<qsizetype>(hint)];
            if (hint + 1 < ids.size() && ids[hint + 1] == id) {
                ++hint;
                return &out[static_cast<qsizetype>(hint)];
            }
            const auto it = std::lower_bound(ids.cbegin(), ids.cend(), id);
            if (it == ids.cend() || *it != id)
                return nullptr;
            hint = static_cast<std::size_t>(it - ids.cbegin());
            return &out[static_cast<qsizetype>(hint)];
        };
        // Rows carry their list position (ord); lists are dense 0..n-1 as written by save().
        auto placeAt = [](auto& list, qint64 ord) -> auto&
        {
            const qsizetype at = static_cast<qsizetype>(std::max<qint64>(0, ord));
            if (at >= list.size())
                list.resize(at + 1);
            return list[at];
        };
        auto scan = [&](const char* columnsAndTable, const auto& apply) -> Result<void> {
            auto st = query(columnsAndTable, "arende_id");
            if (!st)
                return st.error();
            hint = 0;
            for (;;) {
                auto row = st->step();
                if (!row)
                    return row.error();
                if (!*row)
                    return {};
                if (Arende* arende = find(st->columnInt64(0)))
                    apply(*arende, *st);
            }
        };

        auto rc = scan("arende_id, variable, value_code FROM arende_values", [&](Arende& a, const Statement& r) {
            const qint64 variable = r.columnInt64(1);
            if (variable == VarAktualiseringsorsak)
                a.aktualiseringsorsak.append(strings.get(r, 2));
            else if (variable == VarProblematik)
                a.problematik.append(strings.get(r, 2));
        });
        if (!rc)
            return rc;
        rc = scan("arende_id, id, ord, ksi, catalog_version, beslut_datum, verkstallande_datum, avslut_datum, "
                  "record_key FROM insatser",
                  [&](Arende& a, const Statement& r) {
                      Insats& insats = placeAt(a.insatser, r.columnInt64(2));
                      insats.id = r.columnInt64(1);
                      insats.ksi = strings.get(r, 3);
                      insats.catalogVersion = strings.get(r, 4);
                      insats.beslutDatum = r.columnDate(5);
                      insats.verkstallandeDatum = r.columnDate(6);
                      insats.avslutDatum = r.columnDate(7);
                      insats.recordKey = static_cast<int>(r.columnInt64(8));
                  });
        if (!rc)
            return rc;
        rc = scan("arende_id, insats_id, value_code FROM insats_values", [&](Arende& a, const Statement& r) {
            if (Insats* insats = findInsats(a, r.columnInt64(1)))
                insats->avslutsorsak.append(strings.get(r, 2));
        });
        if (!rc)
            return rc;
        rc = scan("arende_id, insats_id, id, ord, datum, sip, maluppfyllelse, parallella_insatser, genomforande, "
                  "b1a, b1b, b2, b3, b4, b5, record_key FROM uppfoljningar",
                  [&](Arende& a, const Statement& r) {
                      Insats* insats = findInsats(a, r.columnInt64(1));
                      if (!insats)
                          return;
                      Uppfoljning& u = placeAt(insats->uppfoljningar, r.columnInt64(3));
                      u.id = r.columnInt64(2);
                      u.datum = r.columnDate(4);
                      u.sip = strings.get(r, 5);
                      u.maluppfyllelse = strings.get(r, 6);
                      u.parallellaInsatser = strings.get(r, 7);
                      u.genomforande = strings.get(r, 8);
                      u.b1a = strings.get(r, 9);
                      u.b1b = strings.get(r, 10);
                      u.b2 = strings.get(r, 11);
                      u.b3 = strings.get(r, 12);
                      u.b4 = strings.get(r, 13);
                      u.b5 = strings.get(r, 14);
                      u.recordKey = static_cast<int>(r.columnInt64(15));
                  });
        if (!rc)
            return rc;
        rc = scan("arende_id, uppfoljning_id, value_code FROM uppfoljning_values", [&](Arende& a, const Statement& r) {
            if (Uppfoljning* u = findUppfoljning(a, r.columnInt64(1)))
                u->samverkan.append(strings.get(r, 2));
        });
        if (!rc)
            return rc;
        return scan("arende_id, entity_type, entity_id, variable, text FROM comments",
                    [&](Arende& a, const Statement& r) {
                        const qint64 entityId = r.columnInt64(2);
                        const QString variable = strings.get(r, 3);
                        const QString text = r.columnText(4);
                        switch (r.columnInt64(1)) {
                        case EntityArende:
                            a.comments.insert(variable, text);
                            break;
                        case EntityInsats:
                            if (Insats* insats = findInsats(a, entityId))
                                insats->comments.insert(variable, text);
                            break;
                        case EntityUppfoljning:
                            if (Uppfoljning* u = findUppfoljning(a, entityId))
                                u->comments.insert(variable, text);
                            break;
                        default:
                            break;
                        }
                    });
    }

    Result<QList<ArendeSummary>> summaries(Id ownerId, bool filter)
    {
        QByteArray sql =
            "SELECT a.id, a.external_id, a.person_id, a.skyddad, a.malgrupp, a.enhet, acc.name, "
            "a.aktualisering_datum, a.beslut_datum, a.updated_at, "
            "(SELECT count(*) FROM insatser i WHERE i.arende_id = a.id), "
            "(SELECT count(*) FROM insatser i WHERE i.arende_id = a.id AND i.avslut_datum IS NULL), "
            "(SELECT count(*) FROM insatser i WHERE i.arende_id = a.id AND i.verkstallande_datum IS NOT NULL) "
            "FROM arenden a JOIN persons p ON p.id = a.person_id JOIN accounts acc ON acc.id = a.owner_account_id";
        if (filter)
            sql += " WHERE a.owner_account_id = ?";
        sql += " ORDER BY a.id";
        auto st = conn.prepare(sql);
        if (!st)
            return st.error();
        if (filter)
            st->bind(1, ownerId);
        QList<ArendeSummary> out;
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            ArendeSummary s;
            s.id = st->columnInt64(0);
            s.externalId = st->columnText(1);
            s.personRef = st->columnInt64(2);
            s.skyddad = st->columnInt64(3) != 0;
            s.malgrupp = st->columnText(4);
            s.enhet = st->columnText(5);
            s.owner = st->columnText(6);
            s.aktualiseringDatum = st->columnDate(7);
            s.beslutDatum = st->columnDate(8);
            s.updatedAt = st->columnText(9);
            s.insatsCount = static_cast<int>(st->columnInt64(10));
            const qint64 open = st->columnInt64(11);
            const qint64 started = st->columnInt64(12);
            // The same rule as domain::statusOf, computed in SQL so no children are loaded.
            if (s.insatsCount > 0)
                s.status = open == 0     ? domain::ArendeStatus::Avslutat
                           : started > 0 ? domain::ArendeStatus::PagaendeInsats
                                         : domain::ArendeStatus::Beslutat;
            else
                s.status =
                    s.beslutDatum.isValid() ? domain::ArendeStatus::Beslutat : domain::ArendeStatus::Aktualiserat;
            out.append(std::move(s));
        }
        return out;
    }
};

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

namespace {

TextView textOf(const Statement& st, int column)
{
    TextView v;
    v.data = st.columnRawText(column, &v.size);
    return v;
}

std::uint8_t keyOf(const Statement& st, int column)
{
    return static_cast<std::uint8_t>(st.columnInt64(column) & 0xff);
}

// 'YYYY-MM-DD' as a Julian day number, parsed by hand (millions of dates per read).
qint32 dayOf(const Statement& st, int column)
{
    int size = 0;
    const char* t = st.columnRawText(column, &size);
    if (!t || size != 10 || t[4] != '-' || t[7] != '-')
        return kNoDay;
    int v[8];
    const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        v[i] = t[at[i]] - '0';
        if (v[i] < 0 || v[i] > 9)
            return kNoDay;
    }
    const int y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    const int m = v[4] * 10 + v[5];
    const int d = v[6] * 10 + v[7];
    static constexpr int kDays[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > kDays[m])
        return kNoDay;
    if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return kNoDay;
    // Gregorian calendar to Julian day number (Fliegel & Van Flandern), as QDate::toJulianDay.
    const int a = (14 - m) / 12;
    const int yy = y + 4800 - a;
    const int mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

} // namespace

Result<void> ArendeRepository::scanForAnalysis(AnalysisSink& sink)
{
    sqlite::Connection& conn = d->conn;
    // One read transaction: the tables are read as of one moment. (Nested inside a caller's
    // transaction when there is one.)
    const bool own = !conn.inTransaction();
    if (own) {
        if (auto rc = conn.exec("BEGIN"); !rc)
            return rc;
    }
    auto finish = [&](Result<void> rc) -> Result<void> {
        if (own)
            (void)conn.exec(rc ? "COMMIT" : "ROLLBACK");
        return rc;
    };
    auto scan = [&](const char* sql, const auto& row) -> Result<void> {
        auto st = conn.prepare(sql);
        if (!st)
            return st.error();
        for (;;) {
            auto more = st->step();
            if (!more)
                return more.error();
            if (!*more)
                return {};
            row(*st);
        }
    };
    auto rc = scan("SELECT id, person_id, owner_account_id, malgrupp, enhet, aktualisering_datum, aktualiseringstyp, "
                   "tidigare_kontakt, hushallstyp, beslut_datum, record_key, ursprung FROM arenden",
                   [&](const Statement& r) {
                       sink.arende(r.columnInt64(0), r.columnInt64(1), r.columnInt64(2), textOf(r, 3), textOf(r, 4),
                                   dayOf(r, 5), textOf(r, 6), textOf(r, 7), textOf(r, 8), dayOf(r, 9), textOf(r, 11),
                                   keyOf(r, 10));
                   });
    if (!rc)
        return finish(rc);
    rc = scan("SELECT arende_id, variable, value_code FROM arende_values", [&](const Statement& r) {
        sink.arendeValue(r.columnInt64(0), static_cast<int>(r.columnInt64(1)), textOf(r, 2));
    });
    if (!rc)
        return finish(rc);
    rc = scan("SELECT arende_id, id, ord, ksi, beslut_datum, verkstallande_datum, avslut_datum, record_key "
              "FROM insatser",
              [&](const Statement& r) {
                  sink.insats(r.columnInt64(0), r.columnInt64(1), static_cast<int>(r.columnInt64(2)), textOf(r, 3),
                              dayOf(r, 4), dayOf(r, 5), dayOf(r, 6), keyOf(r, 7));
              });
    if (!rc)
        return finish(rc);
    rc = scan("SELECT arende_id, insats_id, value_code FROM insats_values",
              [&](const Statement& r) { sink.insatsValue(r.columnInt64(0), r.columnInt64(1), textOf(r, 2)); });
    if (!rc)
        return finish(rc);
    rc =
        scan("SELECT arende_id, insats_id, id, ord, datum, sip, maluppfyllelse, parallella_insatser, genomforande, "
             "b1a, b1b, b2, b3, b4, b5, record_key FROM uppfoljningar",
             [&](const Statement& r) {
                 const TextView codes[10] = {textOf(r, 5),  textOf(r, 6),  textOf(r, 7),  textOf(r, 8),  textOf(r, 9),
                                             textOf(r, 10), textOf(r, 11), textOf(r, 12), textOf(r, 13), textOf(r, 14)};
                 sink.uppfoljning(r.columnInt64(0), r.columnInt64(1), r.columnInt64(2),
                                  static_cast<int>(r.columnInt64(3)), dayOf(r, 4), codes, keyOf(r, 15));
             });
    if (!rc)
        return finish(rc);
    rc = scan("SELECT arende_id, uppfoljning_id, value_code FROM uppfoljning_values",
              [&](const Statement& r) { sink.uppfoljningValue(r.columnInt64(0), r.columnInt64(1), textOf(r, 2)); });
    if (!rc)
        return finish(rc);
    rc = scan("SELECT id, kon, birth_date, record_key FROM persons",
              [&](const Statement& r) { sink.person(r.columnInt64(0), textOf(r, 1), dayOf(r, 2), keyOf(r, 3)); });
    return finish(rc);
}

// --- settings -----------------------------------------------------------------------------------

Result<QString> readSetting(sqlite::Connection& conn, const QString& key)
{
    auto st = conn.prepare("SELECT value FROM settings WHERE key = ?");
    if (!st)
        return st.error();
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return QString();
    const QString value = st->columnText(0);
    return value.isNull() ? QString(QLatin1String("")) : value;
}

Result<void> writeSetting(sqlite::Connection& conn, const QString& key, const QString& value)
{
    auto st = conn.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    if (!st)
        return st.error();
    return st->bind(1, key).bind(2, value).run();
}

} // namespace folja::store
