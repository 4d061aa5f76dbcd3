#include "analysis/snapshot.h"

#include <algorithm>
#include <array>
#include <atomic>

namespace folja::analysis {

std::int32_t dayNumber(const QDate& date)
{
    return date.isValid() ? static_cast<std::int32_t>(date.toJulianDay()) : kNoDate;
}

QDate dateOf(std::int32_t day)
{
    return day == kNoDate ? QDate() : QDate::fromJulianDay(day);
}

Dictionary::Dictionary()
{
    m_codes.append(QString());
}

std::uint16_t Dictionary::intern(const QString& code)
{
    if (code.isEmpty())
        return 0;
    // Most value sets are tiny: comparing against a handful of codes beats hashing.
    if (m_codes.size() <= 12) {
        for (qsizetype i = 1; i < m_codes.size(); ++i) {
            const QString& known = m_codes.at(i);
            if (known.size() == code.size() && known == code)
                return static_cast<std::uint16_t>(i);
        }
    }
    const auto it = m_index.constFind(code);
    if (it != m_index.constEnd())
        return it.value();
    if (m_codes.size() >= std::numeric_limits<std::uint16_t>::max())
        return 0;
    const auto c = static_cast<std::uint16_t>(m_codes.size());
    m_codes.append(code);
    m_index.insert(code, c);
    return c;
}

std::uint16_t Dictionary::find(const QString& code) const
{
    return code.isEmpty() ? 0 : m_index.value(code, 0);
}

namespace {

template <typename T>
void setCode(CodeColumn<T>& column, std::size_t row, const QString& code)
{
    const std::uint16_t c = column.dict.intern(code);
    column.data[row] = c <= std::numeric_limits<T>::max() ? static_cast<T>(c) : T(0);
}

template <typename V>
void keepRows(std::vector<V>& column, const std::vector<std::uint8_t>& keep)
{
    std::size_t out = 0;
    for (std::size_t i = 0; i < column.size(); ++i) {
        if (keep[i])
            column[out++] = column[i];
    }
    column.resize(out);
    column.shrink_to_fit();
}

template <typename T>
void keepRows(CodeColumn<T>& column, const std::vector<std::uint8_t>& keep)
{
    keepRows(column.data, keep);
}

template <typename T>
void keepRows(MultiColumn<T>& column, const std::vector<std::uint8_t>& keep)
{
    std::vector<std::uint32_t> offsets{0};
    std::vector<T> values;
    for (std::size_t i = 0; i + 1 < column.offsets.size(); ++i) {
        if (!keep[i])
            continue;
        values.insert(values.end(), column.values.begin() + column.offsets[i],
                      column.values.begin() + column.offsets[i + 1]);
        offsets.push_back(static_cast<std::uint32_t>(values.size()));
    }
    column.offsets = std::move(offsets);
    column.values = std::move(values);
}

// New row numbers after dropping rows; kNoRow for dropped ones.
std::vector<std::uint32_t> renumber(const std::vector<std::uint8_t>& keep)
{
    std::vector<std::uint32_t> out(keep.size(), kNoRow);
    std::uint32_t next = 0;
    for (std::size_t i = 0; i < keep.size(); ++i) {
        if (keep[i])
            out[i] = next++;
    }
    return out;
}

} // namespace

namespace {
std::atomic<std::uint64_t> g_generation{0};
}

void Snapshot::touch()
{
    m_generation = ++g_generation;
}

Snapshot::Snapshot()
{
    touch();
    // The "unknown person" row.
    m_persons.alive.push_back(0);
    m_persons.kon.append(QString());
    m_persons.ursprung.append(QString());
    m_persons.birth.push_back(kNoDate);
}

Snapshot Snapshot::build(const QList<domain::Person>& persons, const QList<domain::Arende>& arenden)
{
    SnapshotBuilder builder;
    std::size_t insatser = 0;
    std::size_t uppfoljningar = 0;
    for (const domain::Arende& a : arenden) {
        insatser += static_cast<std::size_t>(a.insatser.size());
        for (const domain::Insats& i : a.insatser)
            uppfoljningar += static_cast<std::size_t>(i.uppfoljningar.size());
    }
    builder.reserve(static_cast<std::size_t>(persons.size()), static_cast<std::size_t>(arenden.size()), insatser,
                    uppfoljningar);
    for (const domain::Person& p : persons)
        builder.addPerson(p);
    for (const domain::Arende& a : arenden)
        builder.addArende(a);
    return builder.finish();
}

std::uint32_t Snapshot::personRow(domain::Id id) const
{
    return m_personById.value(id, 0);
}

void Snapshot::upsertPerson(const domain::Person& person)
{
    touch();
    const auto it = m_personById.constFind(person.id);
    if (it != m_personById.constEnd()) {
        const std::size_t row = it.value();
        setCode(m_persons.kon, row, person.kon);
        setCode(m_persons.ursprung, row, person.ursprung);
        m_persons.birth[row] = dayNumber(person.birthDate);
        return;
    }
    const auto row = static_cast<std::uint32_t>(m_persons.rows());
    m_persons.alive.push_back(1);
    m_persons.kon.append(person.kon);
    m_persons.ursprung.append(person.ursprung);
    m_persons.birth.push_back(dayNumber(person.birthDate));
    m_personById.insert(person.id, row);
}

void Snapshot::appendArende(const domain::Arende& arende, std::uint32_t personRow)
{
    ArendeTable& a = m_arenden;
    const auto row = static_cast<std::uint32_t>(a.rows());
    a.alive.push_back(1);
    a.person.push_back(personRow);
    a.malgrupp.append(arende.malgrupp);
    a.enhet.append(arende.enhet);
    a.aktualisering.push_back(dayNumber(arende.aktualiseringDatum));
    a.beslut.push_back(dayNumber(arende.beslutDatum));
    a.aktualiseringstyp.append(arende.aktualiseringstyp);
    a.tidigareKontakt.append(arende.tidigareKontakt);
    a.hushallstyp.append(arende.hushallstyp);
    a.aktualiseringsorsak.append(arende.aktualiseringsorsak);
    a.problematik.append(arende.problematik);
    a.firstInsats.push_back(static_cast<std::uint32_t>(m_insatser.rows()));
    a.insatsCount.push_back(static_cast<std::uint32_t>(arende.insatser.size()));

    InsatsTable& in = m_insatser;
    UppfoljningTable& u = m_uppfoljningar;
    for (const domain::Insats& insats : arende.insatser) {
        const auto insatsRow = static_cast<std::uint32_t>(in.rows());
        in.alive.push_back(1);
        in.arende.push_back(row);
        in.ksi.append(insats.ksi);
        in.beslut.push_back(dayNumber(insats.beslutDatum));
        in.verkstallande.push_back(dayNumber(insats.verkstallandeDatum));
        in.avslut.push_back(dayNumber(insats.avslutDatum));
        in.avslutsorsak.append(insats.avslutsorsak);
        in.firstUppfoljning.push_back(static_cast<std::uint32_t>(u.rows()));
        in.uppfoljningCount.push_back(static_cast<std::uint32_t>(insats.uppfoljningar.size()));

        // Sorted by date so "the latest uppföljning before a date" is a short backward scan.
        const auto byDate = [](const domain::Uppfoljning* x, const domain::Uppfoljning* y) {
            return dayNumber(x->datum) < dayNumber(y->datum);
        };
        std::array<const domain::Uppfoljning*, 8> small{};
        std::vector<const domain::Uppfoljning*> large;
        const domain::Uppfoljning** ordered = small.data();
        const auto count = static_cast<std::size_t>(insats.uppfoljningar.size());
        if (count > small.size()) {
            large.resize(count);
            ordered = large.data();
        }
        for (std::size_t k = 0; k < count; ++k)
            ordered[k] = &insats.uppfoljningar[static_cast<qsizetype>(k)];
        if (!std::is_sorted(ordered, ordered + count, byDate))
            std::stable_sort(ordered, ordered + count, byDate);
        for (std::size_t k = 0; k < count; ++k) {
            const domain::Uppfoljning* f = ordered[k];
            u.alive.push_back(1);
            u.insats.push_back(insatsRow);
            u.datum.push_back(dayNumber(f->datum));
            u.sip.append(f->sip);
            u.maluppfyllelse.append(f->maluppfyllelse);
            u.samverkan.append(f->samverkan);
            u.parallellaInsatser.append(f->parallellaInsatser);
            u.genomforande.append(f->genomforande);
            u.b1a.append(f->b1a);
            u.b1b.append(f->b1b);
            u.b2.append(f->b2);
            u.b3.append(f->b3);
            u.b4.append(f->b4);
            u.b5.append(f->b5);
        }
    }
    // Ärenden are matched by id; the external id is only kept for records without one (it costs
    // a string per ärende).
    if (arende.id != domain::kNoId)
        m_arendeById.insert(arende.id, row);
    else if (!arende.externalId.isEmpty())
        m_arendeByExternalId.insert(arende.externalId, row);
}

void Snapshot::retireArende(std::uint32_t row)
{
    if (!m_arenden.alive[row])
        return;
    m_arenden.alive[row] = 0;
    ++m_retired;
    const std::uint32_t first = m_arenden.firstInsats[row];
    for (std::uint32_t i = first; i < first + m_arenden.insatsCount[row]; ++i) {
        m_insatser.alive[i] = 0;
        ++m_retired;
        const std::uint32_t f0 = m_insatser.firstUppfoljning[i];
        for (std::uint32_t f = f0; f < f0 + m_insatser.uppfoljningCount[i]; ++f) {
            m_uppfoljningar.alive[f] = 0;
            ++m_retired;
        }
    }
}

void Snapshot::upsertArende(const domain::Arende& arende)
{
    // Mappings may point at retired rows (they are not scanned on every write); only live rows count.
    auto live = [this](std::uint32_t row) { return row != kNoRow && m_arenden.alive[row] ? row : kNoRow; };
    std::uint32_t old = kNoRow;
    if (arende.id != domain::kNoId)
        old = live(m_arendeById.value(arende.id, kNoRow));
    if (old == kNoRow && !arende.externalId.isEmpty())
        old = live(m_arendeByExternalId.value(arende.externalId, kNoRow));
    if (old != kNoRow)
        retireArende(old);
    appendArende(arende, personRow(arende.personRef));
    touch();
}

bool Snapshot::hasArende(domain::Id id) const
{
    const std::uint32_t row = m_arendeById.value(id, kNoRow);
    return row != kNoRow && m_arenden.alive[row];
}

bool Snapshot::removeArende(domain::Id id)
{
    const std::uint32_t row = m_arendeById.value(id, kNoRow);
    if (row == kNoRow || !m_arenden.alive[row])
        return false;
    retireArende(row);
    m_arendeById.remove(id);
    touch();
    return true;
}

void Snapshot::compact()
{
    if (m_retired == 0)
        return;
    touch();
    const std::vector<std::uint8_t> keepA = m_arenden.alive;
    const std::vector<std::uint8_t> keepI = m_insatser.alive;
    const std::vector<std::uint8_t> keepU = m_uppfoljningar.alive;
    const std::vector<std::uint32_t> newA = renumber(keepA);
    const std::vector<std::uint32_t> newI = renumber(keepI);
    const std::vector<std::uint32_t> newU = renumber(keepU);

    ArendeTable& a = m_arenden;
    for (std::size_t r = 0; r < a.rows(); ++r) {
        if (keepA[r]) {
            a.firstInsats[r] = a.insatsCount[r] ? newI[a.firstInsats[r]] : 0;
        }
    }
    keepRows(a.alive, keepA);
    keepRows(a.person, keepA);
    keepRows(a.malgrupp, keepA);
    keepRows(a.enhet, keepA);
    keepRows(a.aktualisering, keepA);
    keepRows(a.beslut, keepA);
    keepRows(a.aktualiseringstyp, keepA);
    keepRows(a.tidigareKontakt, keepA);
    keepRows(a.hushallstyp, keepA);
    keepRows(a.aktualiseringsorsak, keepA);
    keepRows(a.problematik, keepA);
    keepRows(a.firstInsats, keepA);
    keepRows(a.insatsCount, keepA);

    InsatsTable& in = m_insatser;
    for (std::size_t r = 0; r < in.rows(); ++r) {
        if (keepI[r]) {
            in.arende[r] = newA[in.arende[r]];
            in.firstUppfoljning[r] = in.uppfoljningCount[r] ? newU[in.firstUppfoljning[r]] : 0;
        }
    }
    keepRows(in.alive, keepI);
    keepRows(in.arende, keepI);
    keepRows(in.ksi, keepI);
    keepRows(in.beslut, keepI);
    keepRows(in.verkstallande, keepI);
    keepRows(in.avslut, keepI);
    keepRows(in.avslutsorsak, keepI);
    keepRows(in.firstUppfoljning, keepI);
    keepRows(in.uppfoljningCount, keepI);

    UppfoljningTable& u = m_uppfoljningar;
    for (std::size_t r = 0; r < u.rows(); ++r) {
        if (keepU[r])
            u.insats[r] = newI[u.insats[r]];
    }
    keepRows(u.alive, keepU);
    keepRows(u.insats, keepU);
    keepRows(u.datum, keepU);
    keepRows(u.sip, keepU);
    keepRows(u.maluppfyllelse, keepU);
    keepRows(u.samverkan, keepU);
    keepRows(u.parallellaInsatser, keepU);
    keepRows(u.genomforande, keepU);
    keepRows(u.b1a, keepU);
    keepRows(u.b1b, keepU);
    keepRows(u.b2, keepU);
    keepRows(u.b3, keepU);
    keepRows(u.b4, keepU);
    keepRows(u.b5, keepU);

    for (auto* map : {&m_arendeById})
        for (auto it = map->begin(); it != map->end();)
            it = newA[it.value()] == kNoRow ? map->erase(it) : (it.value() = newA[it.value()], ++it);
    for (auto it = m_arendeByExternalId.begin(); it != m_arendeByExternalId.end();)
        it = newA[it.value()] == kNoRow ? m_arendeByExternalId.erase(it) : (it.value() = newA[it.value()], ++it);
    m_retired = 0;
}

SnapshotStats Snapshot::stats() const
{
    SnapshotStats s;
    auto live = [](const std::vector<std::uint8_t>& alive) {
        return static_cast<std::size_t>(std::count(alive.cbegin(), alive.cend(), std::uint8_t(1)));
    };
    s.persons = live(m_persons.alive);
    s.arenden = live(m_arenden.alive);
    s.insatser = live(m_insatser.alive);
    s.uppfoljningar = live(m_uppfoljningar.alive);
    s.retiredRows = m_retired;
    auto vec = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    const PersonTable& p = m_persons;
    s.bytes += vec(p.alive) + p.kon.bytes() + p.ursprung.bytes() + vec(p.birth);
    const ArendeTable& a = m_arenden;
    s.bytes += vec(a.alive) + vec(a.person) + a.malgrupp.bytes() + a.enhet.bytes() + vec(a.aktualisering) +
               vec(a.beslut) + a.aktualiseringstyp.bytes() + a.tidigareKontakt.bytes() + a.hushallstyp.bytes() +
               a.aktualiseringsorsak.bytes() + a.problematik.bytes() + vec(a.firstInsats) + vec(a.insatsCount);
    const InsatsTable& in = m_insatser;
    s.bytes += vec(in.alive) + vec(in.arende) + in.ksi.bytes() + vec(in.beslut) + vec(in.verkstallande) +
               vec(in.avslut) + in.avslutsorsak.bytes() + vec(in.firstUppfoljning) + vec(in.uppfoljningCount);
    const UppfoljningTable& u = m_uppfoljningar;
    s.bytes += vec(u.alive) + vec(u.insats) + vec(u.datum) + u.sip.bytes() + u.maluppfyllelse.bytes() +
               u.samverkan.bytes() + u.parallellaInsatser.bytes() + u.genomforande.bytes() + u.b1a.bytes() +
               u.b1b.bytes() + u.b2.bytes() + u.b3.bytes() + u.b4.bytes() + u.b5.bytes();
    return s;
}

SnapshotBuilder::SnapshotBuilder() = default;

void SnapshotBuilder::reserve(std::size_t persons, std::size_t arenden, std::size_t insatser, std::size_t uppfoljningar)
{
    Snapshot& s = m_snapshot;
    s.m_persons.alive.reserve(persons + 1);
    s.m_persons.kon.data.reserve(persons + 1);
    s.m_persons.ursprung.data.reserve(persons + 1);
    s.m_persons.birth.reserve(persons + 1);
    s.m_personById.reserve(static_cast<qsizetype>(persons));
    ArendeTable& a = s.m_arenden;
    for (auto* v : {&a.alive})
        v->reserve(arenden);
    a.person.reserve(arenden);
    a.malgrupp.data.reserve(arenden);
    a.enhet.data.reserve(arenden);
    a.aktualisering.reserve(arenden);
    a.beslut.reserve(arenden);
    a.aktualiseringstyp.data.reserve(arenden);
    a.tidigareKontakt.data.reserve(arenden);
    a.hushallstyp.data.reserve(arenden);
    a.aktualiseringsorsak.offsets.reserve(arenden + 1);
    a.problematik.offsets.reserve(arenden + 1);
    a.firstInsats.reserve(arenden);
    a.insatsCount.reserve(arenden);
    s.m_arendeById.reserve(static_cast<qsizetype>(arenden));
    InsatsTable& in = s.m_insatser;
    in.alive.reserve(insatser);
    in.arende.reserve(insatser);
    in.ksi.data.reserve(insatser);
    in.beslut.reserve(insatser);
    in.verkstallande.reserve(insatser);
    in.avslut.reserve(insatser);
    in.avslutsorsak.offsets.reserve(insatser + 1);
    in.firstUppfoljning.reserve(insatser);
    in.uppfoljningCount.reserve(insatser);
    UppfoljningTable& u = s.m_uppfoljningar;
    u.alive.reserve(uppfoljningar);
    u.insats.reserve(uppfoljningar);
    u.datum.reserve(uppfoljningar);
    for (auto* c : {&u.sip, &u.maluppfyllelse, &u.parallellaInsatser, &u.genomforande, &u.b1a, &u.b1b, &u.b2, &u.b3,
                    &u.b4, &u.b5})
        c->data.reserve(uppfoljningar);
    u.samverkan.offsets.reserve(uppfoljningar + 1);
}

void SnapshotBuilder::addPerson(const domain::Person& person)
{
    m_snapshot.upsertPerson(person);
}

void SnapshotBuilder::addArende(const domain::Arende& arende)
{
    m_snapshot.appendArende(arende, 0);
    m_pendingPerson.push_back(arende.personRef);
}

Snapshot SnapshotBuilder::finish()
{
    for (std::size_t row = 0; row < m_pendingPerson.size(); ++row)
        m_snapshot.m_arenden.person[row] = m_snapshot.personRow(m_pendingPerson[row]);
    m_pendingPerson.clear();
    m_snapshot.touch();
    Snapshot out = std::move(m_snapshot);
    m_snapshot = Snapshot();
    return out;
}

} // namespace folja::analysis
