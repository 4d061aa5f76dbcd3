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

// The registerutdrag: everything Följa holds about one person, as JSON.

namespace folja::access {

using namespace arendedetail;
using store::sqlite::Connection;
using store::sqlite::Transaction;

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

} // namespace folja::access
