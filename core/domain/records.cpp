#include "domain/records.h"

#include "identity/age.h"

#include <QCoreApplication>

#include <algorithm>

namespace folja::domain {

void applyPersonId(Person& person, const identity::PersonId& id)
{
    person.personId = id.normalized();
    person.idType = id.type();
    person.kon = identity::konValueCode(id.kon());
    person.birthDate = id.birthDate();
}

QDate estimatedBirthDate(int years, QDate on)
{
    if (years < 0 || !on.isValid())
        return {};
    return on.addYears(-years).addMonths(-6);
}

QString applyEnteredKonAlder(Person& person, const QString& konCode, int alder, QDate on)
{
    if (!konCode.isEmpty()) {
        if (!person.kon.isEmpty() && !person.konEntered) {
            if (konCode != person.kon)
                return QCoreApplication::translate("folja::domain",
                                                   "Legal sex is derived from the Person-ID; an entered value that "
                                                   "differs from it is not accepted.");
        } else {
            person.kon = konCode;
            person.konEntered = true;
        }
    }
    if (alder >= 0) {
        if (alder > kMaxEnteredAge)
            return QCoreApplication::translate("folja::domain", "Age must be a whole number of years from 0 to %1.")
                .arg(kMaxEnteredAge);
        if (!on.isValid())
            return QCoreApplication::translate("folja::domain",
                                               "An entered age needs the aktualisering date it refers to.");
        if (person.birthDate.isValid() && person.alderEntered < 0) {
            if (identity::ageAt(person.birthDate, on) != alder)
                return QCoreApplication::translate("folja::domain",
                                                   "Age is derived from the Person-ID; an entered value that differs "
                                                   "from it is not accepted.");
        } else {
            person.alderEntered = alder;
            person.alderEnteredOn = on;
            person.birthDate = estimatedBirthDate(alder, on);
        }
    }
    return {};
}

Person mergeEnteredIdentity(const Person& stored, const Person& incoming)
{
    Person out = stored;
    if (!incoming.personId.isEmpty())
        out.personId = incoming.personId;
    out.idType = incoming.idType;
    out.kon = incoming.kon;
    out.konEntered = incoming.konEntered;
    out.birthDate = incoming.birthDate;
    out.alderEntered = incoming.alderEntered;
    out.alderEnteredOn = incoming.alderEnteredOn;
    if (incoming.kon.isEmpty() && stored.konEntered) {
        out.kon = stored.kon;
        out.konEntered = true;
    }
    if (!incoming.birthDate.isValid() && stored.alderEntered >= 0) {
        out.birthDate = stored.birthDate;
        out.alderEntered = stored.alderEntered;
        out.alderEnteredOn = stored.alderEnteredOn;
    }
    return out;
}

bool sameIdentity(const Person& a, const Person& b)
{
    return a.idType == b.idType && a.kon == b.kon && a.birthDate == b.birthDate && a.konEntered == b.konEntered &&
           a.alderEntered == b.alderEntered && a.alderEnteredOn == b.alderEnteredOn;
}

ArendeStatus statusOf(const Arende& arende)
{
    if (!arende.insatser.isEmpty()) {
        const bool allClosed = std::all_of(arende.insatser.cbegin(), arende.insatser.cend(),
                                           [](const Insats& i) { return i.avslutDatum.isValid(); });
        if (allClosed)
            return ArendeStatus::Avslutat;
        const bool anyStarted = std::any_of(arende.insatser.cbegin(), arende.insatser.cend(),
                                            [](const Insats& i) { return i.verkstallandeDatum.isValid(); });
        if (anyStarted)
            return ArendeStatus::PagaendeInsats;
        return ArendeStatus::Beslutat;
    }
    return arende.beslutDatum.isValid() ? ArendeStatus::Beslutat : ArendeStatus::Aktualiserat;
}

} // namespace folja::domain
