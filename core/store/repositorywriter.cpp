#include "store/repository_p.h"

// Saving: an ärende with its children (replaced as a whole, record keys kept by id) and persons.

namespace folja::store {

using namespace repo;

Result<Id> ArendeRepository::Private::save(Arende& arende)
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

Result<void> ArendeRepository::Private::writeChildren(Arende& arende)
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

Result<void> ArendeRepository::Private::writeUppfoljning(Id aid, Id insatsId, int ord, Uppfoljning& u)
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

Result<void> ArendeRepository::Private::writeValues(Id arendeId, int variable, const QStringList& values)
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

Result<void> ArendeRepository::Private::writeComments(Id arendeId, int entityType, Id entityId,
                                                      const domain::Comments& comments)
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

Result<void> ArendeRepository::Private::deleteChildren(Id arendeId)
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

Result<void> ArendeRepository::Private::readKeys(Arende& arende)
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

Statement& ArendeRepository::Private::bindArende(Statement& st, const Arende& a, Id owner)
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

sqlite::Statement& ArendeRepository::Private::bindEntered(sqlite::Statement& st, const Person& person, int first)
{
    st.bind(first, person.konEntered);
    if (person.alderEntered >= 0)
        st.bind(first + 1, static_cast<qint64>(person.alderEntered)).bind(first + 2, person.alderEnteredOn);
    else
        st.bindNull(first + 1).bindNull(first + 2);
    return st;
}

Result<Id> ArendeRepository::Private::upsertPerson(Person& person)
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
        auto st = prepared(updatePerson, "UPDATE persons SET id_type = ?, kon = ?, birth_date = ?, kon_entered = ?, "
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

} // namespace folja::store
