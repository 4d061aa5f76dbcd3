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

std::uint16_t Dictionary::internUtf8(std::string_view utf8)
{
    if (utf8.empty())
        return 0;
    const QByteArray probe = QByteArray::fromRawData(utf8.data(), static_cast<qsizetype>(utf8.size()));
    // Most value sets are tiny: comparing against a handful of codes beats hashing.
    if (m_utf8.size() <= 8) {
        for (std::size_t i = 0; i < m_utf8.size(); ++i) {
            if (m_utf8[i] == probe && !m_utf8[i].isNull())
                return static_cast<std::uint16_t>(i);
        }
    } else {
        const auto it = m_utf8Index.constFind(probe);
        if (it != m_utf8Index.constEnd())
            return it.value();
    }
    const QByteArray owned(utf8.data(), static_cast<qsizetype>(utf8.size()));
    const std::uint16_t c = intern(QString::fromUtf8(owned));
    if (c == 0)
        return 0;
    if (m_utf8.size() <= c)
        m_utf8.resize(static_cast<std::size_t>(c) + 1);
    m_utf8[c] = owned;
    m_utf8Index.insert(owned, c);
    return c;
}

std::uint16_t Dictionary::find(const QString& code) const
{
    return code.isEmpty() ? 0 : m_index.value(code, 0);
}

namespace {

// A domain record's key as the snapshot stores it (the store hands out 0..255).
std::uint8_t recordKeyOf(int key)
{
    return static_cast<std::uint8_t>(key & 0xff);
}

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
    m_persons.key.push_back(0);
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
        m_persons.key[row] = recordKeyOf(person.recordKey);
        setCode(m_persons.kon, row, person.kon);
        m_persons.birth[row] = dayNumber(person.birthDate);
        return;
    }
    const auto row = static_cast<std::uint32_t>(m_persons.rows());
    m_persons.alive.push_back(1);
    m_persons.key.push_back(recordKeyOf(person.recordKey));
    m_persons.kon.append(person.kon);
    m_persons.ursprung.append(QString()); // until an ärende gives one (derivePersonUrsprung)
    m_persons.birth.push_back(dayNumber(person.birthDate));
    m_personById.insert(person.id, row);
}

void Snapshot::appendArende(const domain::Arende& arende, std::uint32_t personRow)
{
    ArendeTable& a = m_arenden;
    const auto row = static_cast<std::uint32_t>(a.rows());
    a.alive.push_back(1);
    a.key.push_back(recordKeyOf(arende.recordKey));
    a.person.push_back(personRow);
    a.malgrupp.append(arende.malgrupp);
    a.enhet.append(arende.enhet);
    a.aktualisering.push_back(dayNumber(arende.aktualiseringDatum));
    a.beslut.push_back(dayNumber(arende.beslutDatum));
    a.aktualiseringstyp.append(arende.aktualiseringstyp);
    a.tidigareKontakt.append(arende.tidigareKontakt);
    a.hushallstyp.append(arende.hushallstyp);
    a.ursprung.append(arende.ursprung);
    a.aktualiseringsorsak.append(arende.aktualiseringsorsak);
    a.problematik.append(arende.problematik);
    a.firstInsats.push_back(static_cast<std::uint32_t>(m_insatser.rows()));
    a.insatsCount.push_back(static_cast<std::uint32_t>(arende.insatser.size()));

    InsatsTable& in = m_insatser;
    UppfoljningTable& u = m_uppfoljningar;
    for (const domain::Insats& insats : arende.insatser) {
        const auto insatsRow = static_cast<std::uint32_t>(in.rows());
        in.alive.push_back(1);
        in.key.push_back(recordKeyOf(insats.recordKey));
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
            u.key.push_back(recordKeyOf(f->recordKey));
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
    const std::uint32_t oldPerson = old != kNoRow ? m_arenden.person[old] : 0;
    if (old != kNoRow)
        retireArende(old);
    const std::uint32_t person = personRow(arende.personRef);
    appendArende(arende, person);
    derivePersonUrsprung(person);
    if (oldPerson != person)
        derivePersonUrsprung(oldPerson);
    touch();
}

void Snapshot::derivePersonUrsprung(std::uint32_t only)
{
    const ArendeTable& a = m_arenden;
    PersonTable& p = m_persons;
    if (only == 0 || (only != kNoRow && only >= p.rows()))
        return; // the "unknown person" row keeps no values
    const std::size_t nA = a.rows();
    std::vector<domain::Id> ids; // row → ärende id, built only when two dates tie
    auto idOf = [&](std::uint32_t row) {
        if (ids.empty()) {
            ids.assign(nA, domain::kNoId);
            for (auto it = m_arendeById.cbegin(); it != m_arendeById.cend(); ++it) {
                if (it.value() < nA && a.alive[it.value()])
                    ids[it.value()] = it.key();
            }
        }
        return ids[row];
    };
    std::vector<std::uint32_t> latest(only == kNoRow ? p.rows() : 1, kNoRow);
    for (std::size_t r = 0; r < nA; ++r) {
        const std::uint32_t person = a.person[r];
        if (!a.alive[r] || person == 0 || (only != kNoRow && person != only))
            continue;
        std::uint32_t& best = latest[only == kNoRow ? person : 0];
        const auto row = static_cast<std::uint32_t>(r);
        if (best == kNoRow || a.aktualisering[row] > a.aktualisering[best] ||
            (a.aktualisering[row] == a.aktualisering[best] && idOf(row) > idOf(best)))
            best = row;
    }
    auto set = [&](std::uint32_t person, std::uint32_t row) {
        setCode(p.ursprung, person, row == kNoRow ? QString() : a.ursprung.dict.code(a.ursprung.data[row]));
    };
    if (only != kNoRow) {
        set(only, latest[0]);
        return;
    }
    for (std::size_t person = 1; person < p.rows(); ++person)
        set(static_cast<std::uint32_t>(person), latest[person]);
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
    const std::uint32_t person = m_arenden.person[row];
    retireArende(row);
    m_arendeById.remove(id);
    derivePersonUrsprung(person);
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
    keepRows(a.key, keepA);
    keepRows(a.person, keepA);
    keepRows(a.malgrupp, keepA);
    keepRows(a.enhet, keepA);
    keepRows(a.aktualisering, keepA);
    keepRows(a.beslut, keepA);
    keepRows(a.aktualiseringstyp, keepA);
    keepRows(a.tidigareKontakt, keepA);
    keepRows(a.hushallstyp, keepA);
    keepRows(a.ursprung, keepA);
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
    keepRows(in.key, keepI);
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
    keepRows(u.key, keepU);
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

std::size_t Snapshot::retainArenden(const std::function<bool(std::uint32_t row)>& keep)
{
    std::size_t dropped = 0;
    for (std::uint32_t row = 0; row < m_arenden.rows(); ++row) {
        if (m_arenden.alive[row] && !keep(row)) {
            retireArende(row);
            ++dropped;
        }
    }
    if (dropped) {
        touch();
        compact();
        derivePersonUrsprung(); // from the ärenden kept only
    }
    return dropped;
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
    s.bytes += vec(p.key) + p.kon.bytes() + p.ursprung.bytes() + vec(p.birth);
    const ArendeTable& a = m_arenden;
    s.bytes += vec(a.alive) + vec(a.key) + vec(a.person) + a.malgrupp.bytes() + a.enhet.bytes() + vec(a.aktualisering) +
               vec(a.beslut) + a.aktualiseringstyp.bytes() + a.tidigareKontakt.bytes() + a.hushallstyp.bytes() +
               a.ursprung.bytes() + a.aktualiseringsorsak.bytes() + a.problematik.bytes() + vec(a.firstInsats) +
               vec(a.insatsCount);
    const InsatsTable& in = m_insatser;
    s.bytes += vec(in.alive) + vec(in.key) + vec(in.arende) + in.ksi.bytes() + vec(in.beslut) + vec(in.verkstallande) +
               vec(in.avslut) + in.avslutsorsak.bytes() + vec(in.firstUppfoljning) + vec(in.uppfoljningCount);
    const UppfoljningTable& u = m_uppfoljningar;
    s.bytes += vec(u.alive) + vec(u.key) + vec(u.insats) + vec(u.datum) + u.sip.bytes() + u.maluppfyllelse.bytes() +
               u.samverkan.bytes() + u.parallellaInsatser.bytes() + u.genomforande.bytes() + u.b1a.bytes() +
               u.b1b.bytes() + u.b2.bytes() + u.b3.bytes() + u.b4.bytes() + u.b5.bytes();
    return s;
}

SnapshotBuilder::SnapshotBuilder() = default;

void SnapshotBuilder::reserve(std::size_t persons, std::size_t arenden, std::size_t insatser, std::size_t uppfoljningar)
{
    Snapshot& s = m_snapshot;
    s.m_persons.alive.reserve(persons + 1);
    s.m_persons.key.reserve(persons + 1);
    s.m_persons.kon.data.reserve(persons + 1);
    s.m_persons.ursprung.data.reserve(persons + 1);
    s.m_persons.birth.reserve(persons + 1);
    s.m_personById.reserve(static_cast<qsizetype>(persons));
    ArendeTable& a = s.m_arenden;
    for (auto* v : {&a.alive, &a.key})
        v->reserve(arenden);
    a.person.reserve(arenden);
    a.malgrupp.data.reserve(arenden);
    a.enhet.data.reserve(arenden);
    a.aktualisering.reserve(arenden);
    a.beslut.reserve(arenden);
    a.aktualiseringstyp.data.reserve(arenden);
    a.tidigareKontakt.data.reserve(arenden);
    a.hushallstyp.data.reserve(arenden);
    a.ursprung.data.reserve(arenden);
    a.aktualiseringsorsak.offsets.reserve(arenden + 1);
    a.problematik.offsets.reserve(arenden + 1);
    a.firstInsats.reserve(arenden);
    a.insatsCount.reserve(arenden);
    s.m_arendeById.reserve(static_cast<qsizetype>(arenden));
    InsatsTable& in = s.m_insatser;
    in.alive.reserve(insatser);
    in.key.reserve(insatser);
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
    u.key.reserve(uppfoljningar);
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
    m_snapshot.derivePersonUrsprung();
    m_snapshot.touch();
    Snapshot out = std::move(m_snapshot);
    m_snapshot = Snapshot();
    return out;
}

// --- ColumnBuilder ------------------------------------------------------------------------------

namespace {

// Row numbers by id. Ids are SQLite rowids, dense from 1 in practice: a vector, with a hash for
// the odd huge id.
class IdMap
{
public:
    void set(domain::Id id, std::uint32_t row)
    {
        if (id >= 0 && id < kDenseLimit) {
            const auto at = static_cast<std::size_t>(id);
            if (at >= m_dense.size())
                m_dense.resize(std::max(at + 1, m_dense.size() * 3 / 2), kNoRow);
            m_dense[at] = row;
        } else {
            m_sparse.insert(id, row);
        }
    }
    std::uint32_t get(domain::Id id) const
    {
        if (id >= 0 && id < kDenseLimit) {
            const auto at = static_cast<std::size_t>(id);
            return at < m_dense.size() ? m_dense[at] : kNoRow;
        }
        return m_sparse.value(id, kNoRow);
    }

private:
    static constexpr domain::Id kDenseLimit = 1 << 26;
    std::vector<std::uint32_t> m_dense;
    QHash<domain::Id, std::uint32_t> m_sparse;
};

template <typename T>
void appendCode(CodeColumn<T>& column, std::string_view code)
{
    const std::uint16_t c = column.dict.internUtf8(code);
    column.data.push_back(c <= std::numeric_limits<T>::max() ? static_cast<T>(c) : T(0));
}

// Values of a multi-valued variable as (row, code) pairs in arrival order.
struct Pairs {
    std::vector<std::uint32_t> rows;
    std::vector<std::uint8_t> codes;
    Dictionary dict;

    void add(std::uint32_t row, std::string_view code)
    {
        const std::uint16_t c = dict.internUtf8(code);
        if (c == 0 || c > std::numeric_limits<std::uint8_t>::max())
            return;
        rows.push_back(row);
        codes.push_back(static_cast<std::uint8_t>(c));
    }

    // The CSR column over `rowCount` rows; `map` gives the final row of a pair's row (kNoRow: drop).
    // Stable, so the order of values within a row is the arrival order (the stored ord).
    template <typename Map>
    MultiColumn<std::uint8_t> build(std::size_t rowCount, const Map& map)
    {
        MultiColumn<std::uint8_t> out;
        out.dict = std::move(dict);
        out.offsets.assign(rowCount + 1, 0);
        std::vector<std::uint32_t> finalRow(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            finalRow[i] = map(rows[i]);
            if (finalRow[i] != kNoRow)
                ++out.offsets[finalRow[i] + 1];
        }
        for (std::size_t r = 0; r < rowCount; ++r)
            out.offsets[r + 1] += out.offsets[r];
        out.values.resize(out.offsets[rowCount]);
        std::vector<std::uint32_t> next(out.offsets.begin(), out.offsets.end() - 1);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (finalRow[i] != kNoRow)
                out.values[next[finalRow[i]]++] = codes[i];
        }
        rows = {};
        codes = {};
        return out;
    }
};

// Rows grouped by parent (stable counting sort), then each group ordered by `less`. Returns the
// order (order[k] = input row) and fills first/count per parent.
template <typename Less>
std::vector<std::uint32_t> groupRows(const std::vector<std::uint32_t>& parentOf, std::size_t parents,
                                     std::vector<std::uint32_t>& first, std::vector<std::uint32_t>& count,
                                     const Less& less)
{
    count.assign(parents, 0);
    std::size_t kept = 0;
    for (std::uint32_t p : parentOf) {
        if (p != kNoRow) {
            ++count[p];
            ++kept;
        }
    }
    first.assign(parents, 0);
    std::uint32_t at = 0;
    for (std::size_t p = 0; p < parents; ++p) {
        first[p] = at;
        at += count[p];
    }
    std::vector<std::uint32_t> order(kept);
    std::vector<std::uint32_t> next = first;
    for (std::size_t i = 0; i < parentOf.size(); ++i) {
        if (parentOf[i] != kNoRow)
            order[next[parentOf[i]]++] = static_cast<std::uint32_t>(i);
    }
    for (std::size_t p = 0; p < parents; ++p) {
        auto b = order.begin() + first[p];
        auto e = b + count[p];
        if (count[p] > 1 && !std::is_sorted(b, e, less))
            std::stable_sort(b, e, less);
    }
    return order;
}

template <typename V>
std::vector<V> permuted(std::vector<V>& in, const std::vector<std::uint32_t>& order)
{
    std::vector<V> out(order.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        out[k] = in[order[k]];
    in = {};
    return out;
}

template <typename T>
void permuteInto(CodeColumn<T>& out, CodeColumn<T>& in, const std::vector<std::uint32_t>& order)
{
    out.dict = std::move(in.dict);
    out.data = permuted(in.data, order);
}

} // namespace

struct ColumnBuilder::Private {
    Snapshot snapshot;
    IdMap arendeRow;
    std::vector<Id> arendePerson;
    std::vector<Id> arendeIds;
    IdMap personRow;
    IdMap neededPersons; // value 1 when needed
    Pairs orsak, problematik;

    // insatser in arrival order
    IdMap insatsIndex;
    std::vector<std::uint32_t> insatsArende;
    std::vector<std::int32_t> insatsOrd;
    std::vector<std::uint8_t> insatsKey;
    CodeColumn<std::uint16_t> ksi;
    std::vector<std::int32_t> insatsBeslut, insatsVerkstallande, insatsAvslut;
    Pairs avslutsorsak;

    // uppföljningar in arrival order
    IdMap uppfIndex;
    std::vector<std::uint32_t> uppfInsats; // arrival index of the insats
    std::vector<std::int32_t> uppfOrd, uppfDatum;
    std::vector<std::uint8_t> uppfKey;
    CodeColumn<std::uint8_t> codes[10];
    Pairs samverkan;
};

ColumnBuilder::ColumnBuilder()
    : d(std::make_unique<Private>())
{}

ColumnBuilder::~ColumnBuilder() = default;

void ColumnBuilder::arende(Id id, Id person, Text malgrupp, Text enhet, std::int32_t aktualisering,
                           Text aktualiseringstyp, Text tidigareKontakt, Text hushallstyp, std::int32_t beslut,
                           Text ursprung, std::uint8_t key)
{
    ArendeTable& a = d->snapshot.m_arenden;
    const auto row = static_cast<std::uint32_t>(a.rows());
    a.alive.push_back(1);
    a.key.push_back(key);
    a.person.push_back(0);
    appendCode(a.malgrupp, malgrupp);
    appendCode(a.enhet, enhet);
    a.aktualisering.push_back(aktualisering);
    a.beslut.push_back(beslut);
    appendCode(a.aktualiseringstyp, aktualiseringstyp);
    appendCode(a.tidigareKontakt, tidigareKontakt);
    appendCode(a.hushallstyp, hushallstyp);
    appendCode(a.ursprung, ursprung);
    d->arendeRow.set(id, row);
    d->arendePerson.push_back(person);
    d->arendeIds.push_back(id);
    d->neededPersons.set(person, 1);
}

void ColumnBuilder::aktualiseringsorsak(Id arende, Text code)
{
    const std::uint32_t row = d->arendeRow.get(arende);
    if (row != kNoRow)
        d->orsak.add(row, code);
}

void ColumnBuilder::problematik(Id arende, Text code)
{
    const std::uint32_t row = d->arendeRow.get(arende);
    if (row != kNoRow)
        d->problematik.add(row, code);
}

void ColumnBuilder::insats(Id arende, Id id, int ord, Text ksi, std::int32_t beslut, std::int32_t verkstallande,
                           std::int32_t avslut, std::uint8_t key)
{
    const std::uint32_t row = d->arendeRow.get(arende);
    if (row == kNoRow)
        return;
    d->insatsIndex.set(id, static_cast<std::uint32_t>(d->insatsArende.size()));
    d->insatsArende.push_back(row);
    d->insatsOrd.push_back(ord);
    d->insatsKey.push_back(key);
    appendCode(d->ksi, ksi);
    d->insatsBeslut.push_back(beslut);
    d->insatsVerkstallande.push_back(verkstallande);
    d->insatsAvslut.push_back(avslut);
}

void ColumnBuilder::avslutsorsak(Id insats, Text code)
{
    const std::uint32_t index = d->insatsIndex.get(insats);
    if (index != kNoRow)
        d->avslutsorsak.add(index, code);
}

void ColumnBuilder::uppfoljning(Id insats, Id id, int ord, std::int32_t datum, const Text (&codes)[10],
                                std::uint8_t key)
{
    const std::uint32_t index = d->insatsIndex.get(insats);
    if (index == kNoRow)
        return;
    d->uppfIndex.set(id, static_cast<std::uint32_t>(d->uppfInsats.size()));
    d->uppfInsats.push_back(index);
    d->uppfOrd.push_back(ord);
    d->uppfKey.push_back(key);
    d->uppfDatum.push_back(datum);
    for (int k = 0; k < 10; ++k)
        appendCode(d->codes[k], codes[k]);
}

void ColumnBuilder::samverkan(Id uppfoljning, Text code)
{
    const std::uint32_t index = d->uppfIndex.get(uppfoljning);
    if (index != kNoRow)
        d->samverkan.add(index, code);
}

bool ColumnBuilder::needsPerson(Id id) const
{
    return d->neededPersons.get(id) != kNoRow;
}

void ColumnBuilder::person(Id id, Text kon, std::int32_t birth, std::uint8_t key)
{
    PersonTable& p = d->snapshot.m_persons;
    const auto row = static_cast<std::uint32_t>(p.rows());
    p.alive.push_back(1);
    p.key.push_back(key);
    appendCode(p.kon, kon);
    appendCode(p.ursprung, std::string_view()); // derived from the ärenden in finish()
    p.birth.push_back(birth);
    d->personRow.set(id, row);
    d->snapshot.m_personById.insert(id, row);
}

std::size_t ColumnBuilder::arenden() const
{
    return d->snapshot.m_arenden.rows();
}

Snapshot ColumnBuilder::finish()
{
    Snapshot& s = d->snapshot;
    ArendeTable& a = s.m_arenden;
    const std::size_t nA = a.rows();
    for (std::size_t r = 0; r < nA; ++r) {
        const std::uint32_t p = d->personRow.get(d->arendePerson[r]);
        a.person[r] = p == kNoRow ? 0 : p;
    }
    auto same = [](std::uint32_t row) { return row; };
    a.aktualiseringsorsak = d->orsak.build(nA, same);
    a.problematik = d->problematik.build(nA, same);

    // Insatser: grouped by ärende, in ord order.
    const std::vector<std::int32_t>& ord = d->insatsOrd;
    const std::vector<std::uint32_t> insatsOrder =
        groupRows(d->insatsArende, nA, a.firstInsats, a.insatsCount,
                  [&ord](std::uint32_t x, std::uint32_t y) { return ord[x] < ord[y]; });
    const std::size_t nI = insatsOrder.size();
    std::vector<std::uint32_t> insatsFinal(d->insatsArende.size(), kNoRow);
    for (std::size_t k = 0; k < nI; ++k)
        insatsFinal[insatsOrder[k]] = static_cast<std::uint32_t>(k);
    InsatsTable& in = s.m_insatser;
    in.alive.assign(nI, 1);
    in.key = permuted(d->insatsKey, insatsOrder);
    in.arende = permuted(d->insatsArende, insatsOrder);
    permuteInto(in.ksi, d->ksi, insatsOrder);
    in.beslut = permuted(d->insatsBeslut, insatsOrder);
    in.verkstallande = permuted(d->insatsVerkstallande, insatsOrder);
    in.avslut = permuted(d->insatsAvslut, insatsOrder);
    d->insatsOrd = {};
    in.avslutsorsak = d->avslutsorsak.build(nI, [&](std::uint32_t index) { return insatsFinal[index]; });

    // Uppföljningar: grouped by insats, by date, then ord.
    for (std::uint32_t& index : d->uppfInsats)
        index = insatsFinal[index];
    const std::vector<std::int32_t>& datum = d->uppfDatum;
    const std::vector<std::int32_t>& uord = d->uppfOrd;
    const std::vector<std::uint32_t> uppfOrder =
        groupRows(d->uppfInsats, nI, in.firstUppfoljning, in.uppfoljningCount, [&](std::uint32_t x, std::uint32_t y) {
            return datum[x] != datum[y] ? datum[x] < datum[y] : uord[x] < uord[y];
        });
    const std::size_t nU = uppfOrder.size();
    std::vector<std::uint32_t> uppfFinal(d->uppfInsats.size(), kNoRow);
    for (std::size_t k = 0; k < nU; ++k)
        uppfFinal[uppfOrder[k]] = static_cast<std::uint32_t>(k);
    UppfoljningTable& u = s.m_uppfoljningar;
    u.alive.assign(nU, 1);
    u.key = permuted(d->uppfKey, uppfOrder);
    u.insats = permuted(d->uppfInsats, uppfOrder);
    u.datum = permuted(d->uppfDatum, uppfOrder);
    d->uppfOrd = {};
    CodeColumn<std::uint8_t>* targets[10] = {
        &u.sip, &u.maluppfyllelse, &u.parallellaInsatser, &u.genomforande, &u.b1a, &u.b1b, &u.b2, &u.b3, &u.b4, &u.b5};
    for (int k = 0; k < 10; ++k)
        permuteInto(*targets[k], d->codes[k], uppfOrder);
    u.samverkan = d->samverkan.build(nU, [&](std::uint32_t index) { return uppfFinal[index]; });

    // Ids for patching (upsertArende/removeArende).
    s.m_arendeById.reserve(static_cast<qsizetype>(nA));
    for (std::size_t r = 0; r < nA; ++r)
        s.m_arendeById.insert(d->arendeIds[r], static_cast<std::uint32_t>(r));
    s.derivePersonUrsprung();
    Snapshot out = std::move(s);
    out.touch();
    d = std::make_unique<Private>();
    return out;
}

} // namespace folja::analysis
