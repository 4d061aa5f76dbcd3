#include "domain/records.h"

#include <algorithm>

namespace folja::domain {

void applyPersonId(Person& person, const identity::PersonId& id)
{
    person.personId = id.normalized();
    person.idType = id.type();
    person.kon = identity::konValueCode(id.kon());
    person.birthDate = id.birthDate();
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
