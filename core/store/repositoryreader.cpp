#include "store/repository_p.h"

// Reading: ärenden with all their children, and the summaries of the ärende lists.

namespace folja::store {

using namespace repo;

Result<void> ArendeRepository::Private::read(Id only, QList<Arende>& out)
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
    return scan("arende_id, entity_type, entity_id, variable, text FROM comments", [&](Arende& a, const Statement& r) {
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

Result<QList<ArendeSummary>> ArendeRepository::Private::summaries(Id ownerId, bool filter)
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
            s.status = s.beslutDatum.isValid() ? domain::ArendeStatus::Beslutat : domain::ArendeStatus::Aktualiserat;
        out.append(std::move(s));
    }
    return out;
}

} // namespace folja::store
