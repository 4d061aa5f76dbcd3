#include "domain/draftjson.h"

#include <QJsonArray>

namespace folja::domain {

namespace {

QJsonValue date(QDate value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QDate date(const QJsonValue& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QJsonArray list(const QStringList& values)
{
    return QJsonArray::fromStringList(values);
}

QStringList list(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        out.append(item.toString());
    return out;
}

QJsonObject comments(const domain::Comments& value)
{
    QJsonObject out;
    for (auto it = value.cbegin(); it != value.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

domain::Comments comments(const QJsonValue& value)
{
    domain::Comments out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString idTypeCode(domain::PersonIdType type)
{
    switch (type) {
    case domain::PersonIdType::Personnummer:
        return QStringLiteral("personnummer");
    case domain::PersonIdType::Samordningsnummer:
        return QStringLiteral("samordningsnummer");
    case domain::PersonIdType::Reservnummer:
        return QStringLiteral("reservnummer");
    }
    return {};
}

domain::PersonIdType idType(const QString& code)
{
    if (code == u"samordningsnummer")
        return domain::PersonIdType::Samordningsnummer;
    if (code == u"reservnummer")
        return domain::PersonIdType::Reservnummer;
    return domain::PersonIdType::Personnummer;
}

QJsonObject toJson(const domain::Uppfoljning& u)
{
    return QJsonObject{
        {QStringLiteral("id"), u.id},
        {QStringLiteral("datum"), date(u.datum)},
        {QStringLiteral("sip"), u.sip},
        {QStringLiteral("maluppfyllelse"), u.maluppfyllelse},
        {QStringLiteral("samverkan"), list(u.samverkan)},
        {QStringLiteral("parallellaInsatser"), u.parallellaInsatser},
        {QStringLiteral("genomforande"), u.genomforande},
        {QStringLiteral("b1a"), u.b1a},
        {QStringLiteral("b1b"), u.b1b},
        {QStringLiteral("b2"), u.b2},
        {QStringLiteral("b3"), u.b3},
        {QStringLiteral("b4"), u.b4},
        {QStringLiteral("b5"), u.b5},
        {QStringLiteral("comments"), comments(u.comments)},
    };
}

domain::Uppfoljning uppfoljningFromJson(const QJsonObject& o)
{
    domain::Uppfoljning u;
    u.id = o.value(QStringLiteral("id")).toInteger();
    u.datum = date(o.value(QStringLiteral("datum")));
    u.sip = o.value(QStringLiteral("sip")).toString();
    u.maluppfyllelse = o.value(QStringLiteral("maluppfyllelse")).toString();
    u.samverkan = list(o.value(QStringLiteral("samverkan")));
    u.parallellaInsatser = o.value(QStringLiteral("parallellaInsatser")).toString();
    u.genomforande = o.value(QStringLiteral("genomforande")).toString();
    u.b1a = o.value(QStringLiteral("b1a")).toString();
    u.b1b = o.value(QStringLiteral("b1b")).toString();
    u.b2 = o.value(QStringLiteral("b2")).toString();
    u.b3 = o.value(QStringLiteral("b3")).toString();
    u.b4 = o.value(QStringLiteral("b4")).toString();
    u.b5 = o.value(QStringLiteral("b5")).toString();
    u.comments = comments(o.value(QStringLiteral("comments")));
    return u;
}

QJsonObject toJson(const domain::Insats& i)
{
    QJsonArray uppfoljningar;
    for (const domain::Uppfoljning& u : i.uppfoljningar)
        uppfoljningar.append(toJson(u));
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("ksi"), i.ksi},
        {QStringLiteral("catalogVersion"), i.catalogVersion},
        {QStringLiteral("beslutDatum"), date(i.beslutDatum)},
        {QStringLiteral("verkstallandeDatum"), date(i.verkstallandeDatum)},
        {QStringLiteral("avslutDatum"), date(i.avslutDatum)},
        {QStringLiteral("avslutsorsak"), list(i.avslutsorsak)},
        {QStringLiteral("uppfoljningar"), uppfoljningar},
        {QStringLiteral("comments"), comments(i.comments)},
    };
}

domain::Insats insatsFromJson(const QJsonObject& o)
{
    domain::Insats i;
    i.id = o.value(QStringLiteral("id")).toInteger();
    i.ksi = o.value(QStringLiteral("ksi")).toString();
    i.catalogVersion = o.value(QStringLiteral("catalogVersion")).toString();
    i.beslutDatum = date(o.value(QStringLiteral("beslutDatum")));
    i.verkstallandeDatum = date(o.value(QStringLiteral("verkstallandeDatum")));
    i.avslutDatum = date(o.value(QStringLiteral("avslutDatum")));
    i.avslutsorsak = list(o.value(QStringLiteral("avslutsorsak")));
    const QJsonArray uppfoljningar = o.value(QStringLiteral("uppfoljningar")).toArray();
    for (const QJsonValue& u : uppfoljningar)
        i.uppfoljningar.append(uppfoljningFromJson(u.toObject()));
    i.comments = comments(o.value(QStringLiteral("comments")));
    return i;
}

} // namespace

QJsonObject toJson(const domain::Arende& a)
{
    QJsonArray insatser;
    for (const domain::Insats& i : a.insatser)
        insatser.append(toJson(i));
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("arende")},
        {QStringLiteral("id"), a.id},
        {QStringLiteral("externalId"), a.externalId},
        {QStringLiteral("personRef"), a.personRef},
        {QStringLiteral("malgrupp"), a.malgrupp},
        {QStringLiteral("enhet"), a.enhet},
        {QStringLiteral("owner"), a.owner},
        {QStringLiteral("aktualiseringDatum"), date(a.aktualiseringDatum)},
        {QStringLiteral("aktualiseringstyp"), a.aktualiseringstyp},
        {QStringLiteral("aktualiseringsorsak"), list(a.aktualiseringsorsak)},
        {QStringLiteral("tidigareKontakt"), a.tidigareKontakt},
        {QStringLiteral("hushallstyp"), a.hushallstyp},
        {QStringLiteral("problematik"), list(a.problematik)},
        {QStringLiteral("beslutDatum"), date(a.beslutDatum)},
        {QStringLiteral("insatser"), insatser},
        {QStringLiteral("comments"), comments(a.comments)},
    };
}

QJsonObject toJson(const domain::Person& p)
{
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("person")},
        {QStringLiteral("id"), p.id},
        {QStringLiteral("personId"), p.personId},
        {QStringLiteral("idType"), idTypeCode(p.idType)},
        {QStringLiteral("kon"), p.kon},
        {QStringLiteral("birthDate"), date(p.birthDate)},
        {QStringLiteral("skyddad"), p.skyddad},
        {QStringLiteral("ursprung"), p.ursprung},
        {QStringLiteral("konEntered"), p.konEntered},
        {QStringLiteral("alderEntered"), p.alderEntered},
        {QStringLiteral("alderEnteredOn"), date(p.alderEnteredOn)},
    };
}

bool fromJson(const QJsonObject& o, domain::Arende& a)
{
    if (o.value(QStringLiteral("kind")).toString() != u"arende")
        return false;
    a = domain::Arende();
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.externalId = o.value(QStringLiteral("externalId")).toString();
    a.personRef = o.value(QStringLiteral("personRef")).toInteger();
    a.malgrupp = o.value(QStringLiteral("malgrupp")).toString();
    a.enhet = o.value(QStringLiteral("enhet")).toString();
    a.owner = o.value(QStringLiteral("owner")).toString();
    a.aktualiseringDatum = date(o.value(QStringLiteral("aktualiseringDatum")));
    a.aktualiseringstyp = o.value(QStringLiteral("aktualiseringstyp")).toString();
    a.aktualiseringsorsak = list(o.value(QStringLiteral("aktualiseringsorsak")));
    a.tidigareKontakt = o.value(QStringLiteral("tidigareKontakt")).toString();
    a.hushallstyp = o.value(QStringLiteral("hushallstyp")).toString();
    a.problematik = list(o.value(QStringLiteral("problematik")));
    a.beslutDatum = date(o.value(QStringLiteral("beslutDatum")));
    const QJsonArray insatser = o.value(QStringLiteral("insatser")).toArray();
    for (const QJsonValue& i : insatser)
        a.insatser.append(insatsFromJson(i.toObject()));
    a.comments = comments(o.value(QStringLiteral("comments")));
    return true;
}

bool fromJson(const QJsonObject& o, domain::Person& p)
{
    if (o.value(QStringLiteral("kind")).toString() != u"person")
        return false;
    p = domain::Person();
    p.id = o.value(QStringLiteral("id")).toInteger();
    p.personId = o.value(QStringLiteral("personId")).toString();
    p.idType = idType(o.value(QStringLiteral("idType")).toString());
    p.kon = o.value(QStringLiteral("kon")).toString();
    p.birthDate = date(o.value(QStringLiteral("birthDate")));
    p.skyddad = o.value(QStringLiteral("skyddad")).toBool();
    p.ursprung = o.value(QStringLiteral("ursprung")).toString();
    p.konEntered = o.value(QStringLiteral("konEntered")).toBool();
    p.alderEntered = o.value(QStringLiteral("alderEntered")).toInt(-1);
    p.alderEnteredOn = date(o.value(QStringLiteral("alderEnteredOn")));
    return true;
}

} // namespace folja::domain
