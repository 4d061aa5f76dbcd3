#pragma once

// Internal to core/store: the repository's shared state (prepared statements, the account cache,
// record keys) and the helpers its parts share. The parts: repository.cpp (the public methods and
// the account cache), repositorywriter.cpp (saving ärenden and persons), repositoryreader.cpp
// (reading ärenden and summaries), analysisscan.cpp (the analysis snapshot's read),
// settingsstore.cpp (key/value settings).

#include "store/crypto.h"
#include "store/database.h"
#include "store/messages.h"
#include "store/repository.h"

namespace folja::store {

namespace repo {

using domain::Arende;
using domain::Id;
using domain::Insats;
using domain::Person;
using domain::Uppfoljning;
using sqlite::Statement;

enum CommentEntity : int { EntityArende = 1, EntityInsats = 2, EntityUppfoljning = 3 };
// arende_values.variable; insats_values and uppfoljning_values hold one variable each (code 1).
enum ArendeVariable : int { VarAktualiseringsorsak = 1, VarProblematik = 2 };

qint64 idTypeCode(domain::PersonIdType type);
domain::PersonIdType idTypeFromCode(qint64 code);
QString nowUtc();

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

Insats* findInsats(Arende& arende, qint64 id);
Uppfoljning* findUppfoljning(Arende& arende, qint64 id);

} // namespace repo

struct ArendeRepository::Private {
    using Arende = domain::Arende;
    using Id = domain::Id;
    using Person = domain::Person;
    using Statement = sqlite::Statement;
    using Uppfoljning = domain::Uppfoljning;

    Database& db;
    sqlite::Connection& conn;
    QHash<QString, Id> accountIds;   // lowercased name → id
    QHash<Id, QString> accountNames; // id → name as stored
    repo::RecordKeys keys;
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

    Result<Statement*> prepared(Statement& slot, const char* sql);

    Result<void> loadAccounts();

    // Accounts are created by the access layer at any time: reload on a miss.
    Result<Id> accountId(const QString& name);

    Result<QString> accountName(Id id);

    Result<void> writeValues(Id arendeId, int variable, const QStringList& values);

    Result<void> writeComments(Id arendeId, int entityType, Id entityId, const domain::Comments& comments);

    Result<void> deleteChildren(Id arendeId);

    Result<void> writeChildren(Arende& arende);

    Result<void> writeUppfoljning(Id aid, Id insatsId, int ord, Uppfoljning& u);

    Result<Id> save(Arende& arende);

    // The record keys of a stored ärende and its children (before they are replaced).
    Result<void> readKeys(Arende& arende);

    static Statement& bindArende(Statement& st, const Arende& a, Id owner);

    // kon_entered, alder_entered, alder_entered_on at `first`, `first` + 1, `first` + 2 (schema v6).
    static sqlite::Statement& bindEntered(sqlite::Statement& st, const Person& person, int first);

    Result<Id> upsertPerson(Person& person);

    // Reads ärenden with all children into `out` (in id order): every ärende when `only` is kNoId,
    // else just that one. Each table is scanned in its storage order — rowid or primary key, never
    // through a secondary index — and the rows are put in place in C++: a full read then touches
    // each table page once, which matters because every page read costs a decryption.
    Result<void> read(Id only, QList<Arende>& out);

    Result<QList<ArendeSummary>> summaries(Id ownerId, bool filter);
};

} // namespace folja::store
