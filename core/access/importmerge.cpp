#include "access/importmerge.h"

#include <algorithm>

namespace folja::access {

namespace {

bool sameUppfoljning(const domain::Uppfoljning& a, const domain::Uppfoljning& b)
{
    return a.id == b.id && a.datum == b.datum && a.sip == b.sip && a.maluppfyllelse == b.maluppfyllelse &&
           a.samverkan == b.samverkan && a.parallellaInsatser == b.parallellaInsatser &&
           a.genomforande == b.genomforande && a.b1a == b.b1a && a.b1b == b.b1b && a.b2 == b.b2 && a.b3 == b.b3 &&
           a.b4 == b.b4 && a.b5 == b.b5 && a.comments == b.comments;
}

bool sameInsats(const domain::Insats& a, const domain::Insats& b)
{
    if (a.id != b.id || a.ksi != b.ksi || a.catalogVersion != b.catalogVersion || a.beslutDatum != b.beslutDatum ||
        a.verkstallandeDatum != b.verkstallandeDatum || a.avslutDatum != b.avslutDatum ||
        a.avslutsorsak != b.avslutsorsak || a.comments != b.comments ||
        a.uppfoljningar.size() != b.uppfoljningar.size())
        return false;
    for (qsizetype i = 0; i < a.uppfoljningar.size(); ++i) {
        if (!sameUppfoljning(a.uppfoljningar[i], b.uppfoljningar[i]))
            return false;
    }
    return true;
}

} // namespace

domain::Arende mergeImported(const domain::Arende& stored, const domain::Arende& file)
{
    domain::Arende out = stored;
    out.malgrupp = file.malgrupp;
    out.owner = file.owner;
    out.aktualiseringDatum = file.aktualiseringDatum;
    out.aktualiseringstyp = file.aktualiseringstyp;
    out.aktualiseringsorsak = file.aktualiseringsorsak;
    out.tidigareKontakt = file.tidigareKontakt;
    out.problematik = file.problematik;
    out.beslutDatum = file.beslutDatum;
    if (!file.ursprung.isEmpty())
        out.ursprung = file.ursprung;

    QList<bool> used(stored.insatser.size(), false);
    out.insatser.clear();
    for (const domain::Insats& fi : file.insatser) {
        qsizetype match = -1;
        for (qsizetype i = 0; i < stored.insatser.size(); ++i) {
            const domain::Insats& si = stored.insatser[i];
            if (!used[i] && si.ksi == fi.ksi && si.beslutDatum == fi.beslutDatum) {
                match = i;
                break;
            }
        }
        if (match < 0) {
            out.insatser.append(fi);
            continue;
        }
        used[match] = true;
        domain::Insats merged = stored.insatser[match];
        merged.verkstallandeDatum = fi.verkstallandeDatum;
        merged.avslutDatum = fi.avslutDatum;
        merged.avslutsorsak = fi.avslutsorsak;
        for (const domain::Uppfoljning& fu : fi.uppfoljningar) {
            auto it = std::find_if(merged.uppfoljningar.begin(), merged.uppfoljningar.end(),
                                   [&](const domain::Uppfoljning& u) { return u.datum == fu.datum; });
            if (it == merged.uppfoljningar.end()) {
                merged.uppfoljningar.append(fu);
            } else {
                it->sip = fu.sip;
                it->maluppfyllelse = fu.maluppfyllelse;
            }
        }
        std::stable_sort(merged.uppfoljningar.begin(), merged.uppfoljningar.end(),
                         [](const domain::Uppfoljning& a, const domain::Uppfoljning& b) { return a.datum < b.datum; });
        out.insatser.append(std::move(merged));
    }
    return out;
}

bool sameArende(const domain::Arende& a, const domain::Arende& b)
{
    if (a.id != b.id || a.externalId != b.externalId || a.personRef != b.personRef || a.malgrupp != b.malgrupp ||
        a.enhet != b.enhet || a.owner != b.owner || a.aktualiseringDatum != b.aktualiseringDatum ||
        a.aktualiseringstyp != b.aktualiseringstyp || a.aktualiseringsorsak != b.aktualiseringsorsak ||
        a.tidigareKontakt != b.tidigareKontakt || a.hushallstyp != b.hushallstyp || a.problematik != b.problematik ||
        a.beslutDatum != b.beslutDatum || a.ursprung != b.ursprung || a.skyddad != b.skyddad ||
        a.comments != b.comments || a.insatser.size() != b.insatser.size())
        return false;
    for (qsizetype i = 0; i < a.insatser.size(); ++i) {
        if (!sameInsats(a.insatser[i], b.insatser[i]))
            return false;
    }
    return true;
}

bool samePerson(const domain::Person& a, const domain::Person& b)
{
    return domain::sameIdentity(a, b);
}

} // namespace folja::access
