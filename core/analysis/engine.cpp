#include "analysis/engine.h"

#include "catalog/catalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace folja::analysis::detail {

// How to read one variable at the level where it is registered.
struct Accessor {
    Level level = Level::Arende;
    ColumnKind kind = ColumnKind::Catalog;
    const std::uint8_t* u8 = nullptr;
    const std::uint16_t* u16 = nullptr;
    const std::uint32_t* offsets = nullptr; // multi-valued at the source
    const std::uint8_t* values = nullptr;
    std::function<std::int32_t(std::uint32_t)> date; // date variables: day or kNoDate
    std::function<bool(std::uint32_t)> applicable;   // empty: always applies
    std::vector<std::int32_t> lut;                   // optional recoding of single codes
    QStringList dict;
    bool age = false;

    bool multiAtSource() const { return offsets != nullptr; }
};

namespace {

std::int32_t periodKey(std::int32_t day, const QString& part)
{
    const QDate d = dateOf(day);
    if (part == QLatin1String("month"))
        return d.year() * 12 + d.month() - 1;
    if (part == QLatin1String("quarter"))
        return d.year() * 4 + (d.month() - 1) / 3;
    return d.year();
}

QString periodLabel(std::int32_t key, const QString& part)
{
    if (part == QLatin1String("month"))
        return QStringLiteral("%1-%2").arg(key / 12).arg(key % 12 + 1, 2, 10, QLatin1Char('0'));
    if (part == QLatin1String("quarter"))
        return QStringLiteral("%1-Q%2").arg(key / 4).arg(key % 4 + 1);
    return QString::number(key);
}

// Bytes (Column::narrow) straight from codes: code 0 (missing) is byte 1, code c byte c + 2; with a
// group (GatherPlan::shiftMissing), from the table of (group byte, code), which moves a missing
// value by the record's group.
struct Shift {
    const std::uint8_t* group = nullptr; // per record (from the first record filled); null: no group
    const std::uint8_t* table = nullptr; // by code, or by group byte * 256 + code
};

// The byte of record p's code, or 0 ("not applicable") when `has` is 0 (all bits set otherwise):
// one table read instead of a test per record.
template <bool Shifted>
std::uint8_t byteOf(const Shift& shift, std::size_t p, std::uint32_t code, std::uint32_t has)
{
    std::size_t at = code & 0xffu;
    if constexpr (Shifted)
        at |= std::size_t{shift.group[p]} << 8;
    return static_cast<std::uint8_t>(shift.table[at] & has);
}

// The bytes of codes 0..255 without a group.
const std::uint8_t* plainBytes()
{
    static const std::vector<std::uint8_t> table = [] {
        std::vector<std::uint8_t> t(256);
        for (std::size_t c = 0; c < t.size(); ++c)
            t[c] = static_cast<std::uint8_t>(c == 0 ? 1 : c + 2);
        return t;
    }();
    return table.data();
}

// The hot path of most tables: a single code per record, read from the record's own row or a
// parent's (or the insats' last uppföljning), always applicable. One pass per record up the
// parent chain; code 0 (missing) becomes kMissing and a record without an uppföljning
// kNotApplicable without a branch. Writes the keys to `out` or, when it is null, as keys + 2 in
// bytes to `narrow` (Column::narrow), Shifted: a missing one moved by `shift`.
template <typename Code, int Levels, bool Latest, bool Narrow, bool Shifted>
void gatherCodes(const std::uint32_t* rows, std::size_t n, const std::uint32_t* first, const std::uint32_t* count,
                 const std::uint32_t* const* parents, const Code* codes, std::int32_t* out, std::uint8_t* narrow,
                 const Shift& shift)
{
    static_assert(kMissing == -1, "code 0 becomes kMissing by or-ing all bits");
    // The parent tables in locals: a byte written to `narrow` may alias anything, and the compiler
    // would read them from memory again for every record.
    const std::uint32_t* chain[Levels > 0 ? Levels : 1] = {};
    for (int l = 0; l < Levels; ++l)
        chain[l] = parents[l];
    const Shift bytes = shift; // locals: see above
    // Masks instead of conditions: a compiler turns a condition on the data into a branch.
    for (std::size_t p = 0; p < n; ++p) {
        std::uint32_t r = rows[p];
        std::uint32_t has = ~0u; // all bits: the record has a source row
        if constexpr (Latest) {
            const std::uint32_t c = count[r];
            has = 0u - static_cast<std::uint32_t>(c != 0);
            r = (first[r] + c - 1) & has; // row 0 when there is none (read, then masked out)
        }
        for (int l = 0; l < Levels; ++l)
            r = chain[l][r];
        const auto code = static_cast<std::uint32_t>(codes[r]);
        if constexpr (Narrow) {
            narrow[p] = byteOf<Shifted>(bytes, p, code, has);
        } else {
            const std::uint32_t key = code | (0u - static_cast<std::uint32_t>(code == 0));
            out[p] = static_cast<std::int32_t>((key & has) | (static_cast<std::uint32_t>(kNotApplicable) & ~has));
        }
    }
}

template <typename Code, int Levels, bool Latest>
void gatherCodes(const std::uint32_t* rows, std::size_t n, const std::uint32_t* first, const std::uint32_t* count,
                 const std::uint32_t* const* parents, const Code* codes, std::int32_t* out, std::uint8_t* narrow,
                 const Shift& shift)
{
    if (out)
        gatherCodes<Code, Levels, Latest, false, false>(rows, n, first, count, parents, codes, out, nullptr, shift);
    else if (shift.group)
        gatherCodes<Code, Levels, Latest, true, true>(rows, n, first, count, parents, codes, nullptr, narrow, shift);
    else
        gatherCodes<Code, Levels, Latest, true, false>(rows, n, first, count, parents, codes, nullptr, narrow, shift);
}

template <typename Code>
void gatherCodes(int levels, bool latest, const std::uint32_t* rows, std::size_t n, const std::uint32_t* first,
                 const std::uint32_t* count, const std::uint32_t* const* parents, const Code* codes, std::int32_t* out,
                 std::uint8_t* narrow, const Shift& shift)
{
    if (latest) {
        gatherCodes<Code, 0, true>(rows, n, first, count, parents, codes, out, narrow, shift);
        return;
    }
    switch (levels) {
    case 0:
        gatherCodes<Code, 0, false>(rows, n, first, count, parents, codes, out, narrow, shift);
        break;
    case 1:
        gatherCodes<Code, 1, false>(rows, n, first, count, parents, codes, out, narrow, shift);
        break;
    case 2:
        gatherCodes<Code, 2, false>(rows, n, first, count, parents, codes, out, narrow, shift);
        break;
    default:
        gatherCodes<Code, 3, false>(rows, n, first, count, parents, codes, out, narrow, shift);
        break;
    }
}

// The insats' latest uppföljning within [lower, upper] (Engine::selectedUppfoljning with
// MaluppfyllelseAt::LatestInPeriod) and its code, per record, as in gatherCodes. Most periods
// reach past an insats' last uppföljning, so that one is tried first without a branch; only an
// insats followed up after the period walks back (its uppföljningar are date-sorted). Writes to
// `out` or, when it is null, to `narrow`.
template <typename Code, bool Narrow, bool Shifted>
void gatherLatestInPeriod(const std::uint32_t* rows, std::size_t n, const std::uint32_t* first,
                          const std::uint32_t* count, const std::int32_t* datum, std::int32_t lower, std::int32_t upper,
                          const Code* codes, std::int32_t* out, std::uint8_t* narrow, const Shift& shift)
{
    const Shift bytes = shift; // in locals: a byte written to `narrow` may alias anything
    for (std::size_t p = 0; p < n; ++p) {
        const std::uint32_t r = rows[p];
        const std::uint32_t c = count[r];
        std::uint32_t has = 0u - static_cast<std::uint32_t>(c != 0);
        std::uint32_t f = (first[r] + c - 1) & has; // row 0 when there is none (read, then masked out)
        if (datum[f] > upper) [[unlikely]] {
            std::uint32_t g = first[r] + c;
            while (g > first[r] && datum[g - 1] > upper)
                --g;
            has = 0u - static_cast<std::uint32_t>(g > first[r]);
            f = (g - 1) & has;
        }
        has &= 0u - static_cast<std::uint32_t>(datum[f] >= lower);
        const auto code = static_cast<std::uint32_t>(codes[f]);
        if constexpr (Narrow) {
            narrow[p] = byteOf<Shifted>(bytes, p, code, has);
        } else {
            const std::uint32_t key = code | (0u - static_cast<std::uint32_t>(code == 0));
            out[p] = static_cast<std::int32_t>((key & has) | (static_cast<std::uint32_t>(kNotApplicable) & ~has));
        }
    }
}

template <typename Code>
void gatherLatestInPeriod(const std::uint32_t* rows, std::size_t n, const std::uint32_t* first,
                          const std::uint32_t* count, const std::int32_t* datum, std::int32_t lower, std::int32_t upper,
                          const Code* codes, std::int32_t* out, std::uint8_t* narrow, const Shift& shift)
{
    if (out)
        gatherLatestInPeriod<Code, false, false>(rows, n, first, count, datum, lower, upper, codes, out, nullptr,
                                                 shift);
    else if (shift.group)
        gatherLatestInPeriod<Code, true, true>(rows, n, first, count, datum, lower, upper, codes, nullptr, narrow,
                                               shift);
    else
        gatherLatestInPeriod<Code, true, false>(rows, n, first, count, datum, lower, upper, codes, nullptr, narrow,
                                                shift);
}

Level levelOf(Unit unit)
{
    switch (unit) {
    case Unit::Person:
        return Level::Person;
    case Unit::Arende:
        return Level::Arende;
    case Unit::Insats:
        return Level::Insats;
    case Unit::Uppfoljning:
        return Level::Uppfoljning;
    }
    return Level::Insats;
}

} // namespace

Engine::Engine(const Snapshot& snapshot, const catalog::Catalog& catalog, const Query& query)
    : m_s(snapshot)
    , m_catalog(catalog)
    , m_q(query)
{
    const Period& p = query.period;
    if (p.meaning == TimeMeaning::StatusOn) {
        m_status = dayNumber(p.to.isValid() ? p.to : p.from);
        m_horizon = m_status;
    } else {
        if (p.from.isValid())
            m_from = dayNumber(p.from);
        if (p.to.isValid()) {
            m_to = dayNumber(p.to);
            m_horizon = m_to;
        }
    }
    const ArendeTable& a = m_s.arenden();
    if (!query.scope.malgrupper.isEmpty()) {
        m_scopeMalgrupp.assign(static_cast<std::size_t>(a.malgrupp.dict.size()), 0);
        for (const QString& code : query.scope.malgrupper) {
            const std::uint16_t c = a.malgrupp.dict.find(code);
            if (c != 0)
                m_scopeMalgrupp[c] = 1;
        }
    }
    if (!query.scope.enheter.isEmpty()) {
        m_scopeEnhet.assign(static_cast<std::size_t>(a.enhet.dict.size()), 0);
        for (const QString& code : query.scope.enheter) {
            const std::uint16_t c = a.enhet.dict.find(code);
            if (c != 0)
                m_scopeEnhet[c] = 1;
        }
    }
}

std::uint32_t Engine::selectedUppfoljning(std::uint32_t insats) const
{
    const InsatsTable& in = m_s.insatser();
    const std::uint32_t count = in.uppfoljningCount[insats];
    if (count == 0)
        return kNoRow;
    const std::uint32_t first = in.firstUppfoljning[insats];
    const std::vector<std::int32_t>& datum = m_s.uppfoljningar().datum;
    if (m_q.maluppfyllelseAt == MaluppfyllelseAt::AtAvslut) {
        const std::int32_t avslut = in.avslut[insats];
        if (avslut == kNoDate || avslut > m_horizon)
            return kNoRow;
        // The assessment made at avslut is the insats' last uppföljning (dates never pass avslut).
        for (std::uint32_t f = first + count; f-- > first;) {
            if (datum[f] <= avslut)
                return f;
        }
        return kNoRow;
    }
    const std::int32_t upper = m_q.period.meaning == TimeMeaning::StatusOn ? m_status : m_to;
    const std::int32_t lower = m_q.period.meaning == TimeMeaning::StatusOn ? kMinDay : m_from;
    for (std::uint32_t f = first + count; f-- > first;) {
        if (datum[f] <= upper)
            return datum[f] >= lower ? f : kNoRow;
    }
    return kNoRow;
}

std::int32_t Engine::arendeEnd(std::uint32_t arende) const
{
    const ArendeTable& a = m_s.arenden();
    const InsatsTable& in = m_s.insatser();
    const std::uint32_t count = a.insatsCount[arende];
    if (count == 0)
        return a.beslut[arende] != kNoDate ? a.beslut[arende] : kOpen;
    std::int32_t end = kNoDate;
    for (std::uint32_t i = a.firstInsats[arende]; i < a.firstInsats[arende] + count; ++i) {
        if (in.avslut[i] == kNoDate)
            return kOpen;
        end = std::max(end, in.avslut[i]);
    }
    return end;
}

std::int32_t Engine::arendeBeslut(std::uint32_t arende) const
{
    const ArendeTable& a = m_s.arenden();
    if (a.beslut[arende] != kNoDate)
        return a.beslut[arende];
    const InsatsTable& in = m_s.insatser();
    std::int32_t best = kNoDate;
    for (std::uint32_t i = a.firstInsats[arende]; i < a.firstInsats[arende] + a.insatsCount[arende]; ++i) {
        if (in.beslut[i] != kNoDate && (best == kNoDate || in.beslut[i] < best))
            best = in.beslut[i];
    }
    return best;
}

std::int32_t Engine::insatsBeslut(std::uint32_t insats) const
{
    const std::int32_t own = m_s.insatser().beslut[insats];
    return own != kNoDate ? own : m_s.arenden().beslut[m_s.insatser().arende[insats]];
}

std::uint32_t Engine::arendeOf(Unit unit, std::uint32_t row) const
{
    switch (unit) {
    case Unit::Arende:
        return row;
    case Unit::Insats:
        return m_s.insatser().arende[row];
    case Unit::Uppfoljning:
        return m_s.insatser().arende[m_s.uppfoljningar().insats[row]];
    case Unit::Person:
        return kNoRow;
    }
    return kNoRow;
}

bool Engine::insatsActive(std::uint32_t insats, std::int32_t first, std::int32_t last) const
{
    // Ongoing = verkställd and not yet avslutad; an insats ending on a day is still active that day.
    const InsatsTable& in = m_s.insatser();
    const std::int32_t start = in.verkstallande[insats];
    const std::int32_t end = in.avslut[insats];
    return start != kNoDate && start <= last && (end == kNoDate || end >= first);
}

bool Engine::arendeActive(std::uint32_t arende, std::int32_t first, std::int32_t last) const
{
    const std::int32_t start = m_s.arenden().aktualisering[arende];
    return start != kNoDate && start <= last && arendeEnd(arende) >= first;
}

bool Engine::timeSelects(Unit unit, std::uint32_t row) const
{
    const Period& p = m_q.period;
    if (!p.isSet())
        return true;
    const ArendeTable& a = m_s.arenden();
    const InsatsTable& in = m_s.insatser();
    const UppfoljningTable& u = m_s.uppfoljningar();
    auto anyUppfoljning = [&](std::uint32_t insats) {
        for (std::uint32_t f = in.firstUppfoljning[insats];
             f < in.firstUppfoljning[insats] + in.uppfoljningCount[insats]; ++f) {
            if (inRange(u.datum[f]))
                return true;
        }
        return false;
    };
    switch (unit) {
    case Unit::Uppfoljning: {
        const std::uint32_t insats = u.insats[row];
        switch (p.event) {
        case EventKind::Aktualisering:
            return inRange(a.aktualisering[in.arende[insats]]);
        case EventKind::Beslut:
            return inRange(insatsBeslut(insats));
        case EventKind::Verkstallande:
            return inRange(in.verkstallande[insats]);
        case EventKind::Avslut:
            return inRange(in.avslut[insats]);
        case EventKind::Auto:
        case EventKind::Uppfoljning:
            return inRange(u.datum[row]);
        }
        return false;
    }
    case Unit::Insats:
        if (p.meaning == TimeMeaning::StatusOn)
            return insatsActive(row, m_status, m_status);
        if (p.meaning == TimeMeaning::ActiveDuring)
            return insatsActive(row, m_from, m_to);
        switch (p.event) {
        case EventKind::Aktualisering:
            return inRange(a.aktualisering[in.arende[row]]);
        case EventKind::Auto:
        case EventKind::Beslut:
            return inRange(insatsBeslut(row));
        case EventKind::Verkstallande:
            return inRange(in.verkstallande[row]);
        case EventKind::Avslut:
            return inRange(in.avslut[row]);
        case EventKind::Uppfoljning:
            return anyUppfoljning(row);
        }
        return false;
    case Unit::Arende:
    case Unit::Person:
        if (p.meaning == TimeMeaning::StatusOn)
            return arendeActive(row, m_status, m_status);
        if (p.meaning == TimeMeaning::ActiveDuring)
            return arendeActive(row, m_from, m_to);
        switch (p.event) {
        case EventKind::Auto:
        case EventKind::Aktualisering:
            return inRange(a.aktualisering[row]);
        case EventKind::Beslut:
            return inRange(arendeBeslut(row));
        case EventKind::Avslut: {
            const std::int32_t end = arendeEnd(row);
            return end != kOpen && inRange(end);
        }
        case EventKind::Verkstallande:
        case EventKind::Uppfoljning:
            for (std::uint32_t i = a.firstInsats[row]; i < a.firstInsats[row] + a.insatsCount[row]; ++i) {
                if (!in.alive[i])
                    continue;
                if (p.event == EventKind::Verkstallande ? inRange(in.verkstallande[i]) : anyUppfoljning(i))
                    return true;
            }
            return false;
        }
        return false;
    }
    return false;
}

bool Engine::scopeSelects(std::uint32_t arende) const
{
    const ArendeTable& a = m_s.arenden();
    if (!m_scopeMalgrupp.empty() && !m_scopeMalgrupp[a.malgrupp.data[arende]])
        return false;
    if (!m_scopeEnhet.empty() && !m_scopeEnhet[a.enhet.data[arende]])
        return false;
    return true;
}

Result<Population> Engine::select() const
{
    const Unit base = m_q.unit == Unit::Person ? Unit::Arende : m_q.unit;
    Population pop;
    pop.unit = base;
    const std::vector<std::uint8_t>* alive = nullptr;
    switch (base) {
    case Unit::Arende:
        alive = &m_s.arenden().alive;
        break;
    case Unit::Insats:
        alive = &m_s.insatser().alive;
        break;
    case Unit::Uppfoljning:
        alive = &m_s.uppfoljningar().alive;
        break;
    case Unit::Person:
        break;
    }
    const std::size_t n = alive->size();
    pop.rows.reserve(n);
    const bool timed = m_q.period.isSet();
    const bool scoped = !m_scopeMalgrupp.empty() || !m_scopeEnhet.empty();
    const Period& period = m_q.period;
    if (timed && !scoped && base == Unit::Insats && period.meaning == TimeMeaning::Events &&
        (period.event == EventKind::Auto || period.event == EventKind::Beslut)) {
        // Insatser by beslut (timeSelects: inRange(insatsBeslut(r))), without a branch.
        const InsatsTable& in = m_s.insatser();
        const std::int32_t* own = in.beslut.data();
        const std::uint32_t* arende = in.arende.data();
        const std::int32_t* arendeBeslut = m_s.arenden().beslut.data();
        const std::uint8_t* live = alive->data();
        // from <= day <= to as one unsigned comparison; kNoDate lies below every from.
        const auto from = static_cast<std::uint32_t>(m_from);
        const std::uint32_t width = static_cast<std::uint32_t>(m_to) - from;
        pop.rows.resize(n);
        std::uint32_t* out = pop.rows.data();
        std::size_t kept = 0;
        for (std::uint32_t r = 0; r < n; ++r) {
            // Both dates read and one chosen by a mask: which one applies varies from row to row.
            const std::int32_t mine = own[r];
            const std::uint32_t useOwn = 0u - static_cast<std::uint32_t>(mine != kNoDate);
            const auto day = (static_cast<std::uint32_t>(mine) & useOwn) |
                             (static_cast<std::uint32_t>(arendeBeslut[arende[r]]) & ~useOwn);
            const std::uint32_t inside = static_cast<std::uint32_t>(day - from <= width);
            out[kept] = r;
            kept += inside & (live[r] != 0 ? 1u : 0u);
        }
        pop.rows.resize(kept);
    } else if (!timed && !scoped) {
        // Every live row: a compaction without a branch.
        pop.rows.resize(n);
        const std::uint8_t* live = alive->data();
        std::uint32_t* out = pop.rows.data();
        std::size_t kept = 0;
        for (std::uint32_t r = 0; r < n; ++r) {
            out[kept] = r;
            kept += live[r] != 0 ? 1 : 0;
        }
        pop.rows.resize(kept);
    } else {
        for (std::uint32_t r = 0; r < n; ++r) {
            if (!(*alive)[r])
                continue;
            if (scoped && !scopeSelects(arendeOf(base, r)))
                continue;
            if (timed && !timeSelects(base, r))
                continue;
            pop.rows.push_back(r);
        }
    }
    auto filtered = applyFilters(std::move(pop));
    if (!filtered.ok() || m_q.unit != Unit::Person)
        return filtered;

    // Persons: the distinct persons of the qualifying ärenden, each with its ärenden.
    const std::vector<std::uint32_t>& arenden = filtered->rows;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> byPerson;
    byPerson.reserve(arenden.size());
    for (std::uint32_t r : arenden) {
        const std::uint32_t person = m_s.arenden().person[r];
        if (person != 0) // ärenden whose person is unknown cannot be counted per person
            byPerson.emplace_back(person, r);
    }
    std::sort(byPerson.begin(), byPerson.end());
    Population persons;
    persons.unit = Unit::Person;
    persons.arendeOffsets.push_back(0);
    for (std::size_t i = 0; i < byPerson.size(); ++i) {
        if (i == 0 || byPerson[i].first != byPerson[i - 1].first) {
            if (i != 0)
                persons.arendeOffsets.push_back(static_cast<std::uint32_t>(persons.arendeRows.size()));
            persons.rows.push_back(byPerson[i].first);
        }
        persons.arendeRows.push_back(byPerson[i].second);
    }
    if (!persons.rows.empty())
        persons.arendeOffsets.push_back(static_cast<std::uint32_t>(persons.arendeRows.size()));
    return persons;
}

Result<Population> Engine::applyFilters(Population pop) const
{
    for (const Filter& filter : m_q.filters) {
        const auto ref = parseVariableRef(filter.variable);
        if (!ref.ok())
            return ref.error();
        const auto column = resolve(pop, ref.value());
        if (!column.ok())
            return column.error();
        const Column& c = column.value();
        std::vector<std::uint8_t> wanted(static_cast<std::size_t>(c.dict.size()), 0);
        bool wantMissing = false;
        for (const QString& v : filter.values) {
            if (v.isEmpty()) {
                wantMissing = true;
                continue;
            }
            // Filters name national codes; local sub-values count as their national parent.
            for (qsizetype k = 1; k < c.dict.size(); ++k) {
                if (c.dict.at(k) == v ||
                    (c.kind == ColumnKind::Catalog && m_catalog.rollUp(ref->variable, c.dict.at(k)) == v))
                    wanted[static_cast<std::size_t>(k)] = 1;
            }
        }
        auto keep = [&](std::int32_t key) {
            if (key == kMissing)
                return wantMissing;
            return key > 0 && wanted[static_cast<std::size_t>(key)] != 0;
        };
        std::size_t out = 0;
        for (std::size_t p = 0; p < pop.rows.size(); ++p) {
            bool ok = false;
            if (c.multi) {
                for (std::uint32_t i = c.offsets[p]; i < c.offsets[p + 1] && !ok; ++i)
                    ok = keep(c.keys[i]);
            } else {
                ok = keep(c.keys[p]);
            }
            if (ok)
                pop.rows[out++] = pop.rows[p];
        }
        pop.rows.resize(out);
    }
    return pop;
}

std::int32_t Engine::ageReference(const Population& pop, std::size_t pos) const
{
    if (m_q.ageReference.isValid())
        return dayNumber(m_q.ageReference);
    if (m_q.period.from.isValid())
        return dayNumber(m_q.period.from);
    if (m_q.period.meaning == TimeMeaning::StatusOn)
        return m_status;
    if (pop.unit == Unit::Person) {
        std::int32_t first = kNoDate;
        for (std::uint32_t i = pop.arendeOffsets[pos]; i < pop.arendeOffsets[pos + 1]; ++i) {
            const std::int32_t d = m_s.arenden().aktualisering[pop.arendeRows[i]];
            if (d != kNoDate && (first == kNoDate || d < first))
                first = d;
        }
        return first;
    }
    return m_s.arenden().aktualisering[arendeOf(pop.unit, pop.rows[pos])];
}

Result<void> Engine::accessorFor(const VariableRef& ref, Accessor& acc) const
{
    const PersonTable& P = m_s.persons();
    const ArendeTable& A = m_s.arenden();
    const InsatsTable& I = m_s.insatser();
    const UppfoljningTable& U = m_s.uppfoljningar();
    const QString& v = ref.variable;
    const std::int32_t horizon = m_horizon;

    auto code8 = [&](Level level, const CodeColumn<std::uint8_t>& c) {
        acc.level = level;
        acc.u8 = c.data.data();
        acc.dict = c.dict.codes();
    };
    auto multi8 = [&](Level level, const MultiColumn<std::uint8_t>& c) {
        acc.level = level;
        acc.offsets = c.offsets.data();
        acc.values = c.values.data();
        acc.dict = c.dict.codes();
    };
    auto dateVar = [&](Level level, std::function<std::int32_t(std::uint32_t)> f) {
        acc.level = level;
        acc.kind = ColumnKind::Date;
        acc.date = std::move(f);
    };
    const bool arendeUnit = m_q.unit == Unit::Arende || m_q.unit == Unit::Person;

    if (v == QLatin1String("kon")) {
        code8(Level::Person, P.kon);
    } else if (v == QLatin1String("ursprung")) {
        // Kept per ärende: each ärende counts with its own answer; a person with the answer of
        // their latest ärende in the snapshot (PersonTable::ursprung).
        if (m_q.unit == Unit::Person)
            code8(Level::Person, P.ursprung);
        else
            code8(Level::Arende, A.ursprung);
    } else if (v == QLatin1String("alder_grupp")) {
        acc.level = Level::Person;
        acc.kind = ColumnKind::AgeBand;
        acc.age = true;
    } else if (v == QLatin1String("malgrupp")) {
        code8(Level::Arende, A.malgrupp);
        acc.kind = ColumnKind::Malgrupp;
    } else if (v == QLatin1String("enhet")) {
        acc.level = Level::Arende;
        acc.kind = ColumnKind::Enhet;
        acc.u16 = A.enhet.data.data();
        acc.dict = A.enhet.dict.codes();
    } else if (v == QLatin1String("aktualiseringstyp")) {
        code8(Level::Arende, A.aktualiseringstyp);
    } else if (v == QLatin1String("tidigare_kontakt")) {
        code8(Level::Arende, A.tidigareKontakt);
    } else if (v == QLatin1String("hushallstyp")) {
        code8(Level::Arende, A.hushallstyp);
    } else if (v == QLatin1String("aktualiseringsorsak")) {
        multi8(Level::Arende, A.aktualiseringsorsak);
    } else if (v == QLatin1String("problematik")) {
        // Identified in the utredning behind the beslut: before any beslut it does not apply yet.
        multi8(Level::Arende, A.problematik);
        acc.applicable = [this, &A](std::uint32_t r) { return A.insatsCount[r] > 0 || arendeBeslut(r) != kNoDate; };
    } else if (v == QLatin1String("aktualisering_datum")) {
        dateVar(Level::Arende, [&A](std::uint32_t r) { return A.aktualisering[r]; });
    } else if (v == QLatin1String("beslut_datum") && arendeUnit) {
        dateVar(Level::Arende, [this](std::uint32_t r) { return arendeBeslut(r); });
        acc.applicable = [this, &A, horizon](std::uint32_t r) {
            const std::int32_t d = arendeBeslut(r);
            return A.insatsCount[r] > 0 || (d != kNoDate && d <= horizon);
        };
    } else if (v == QLatin1String("insats")) {
        acc.level = Level::Insats;
        acc.u16 = I.ksi.data.data();
        acc.dict = I.ksi.dict.codes();
        if (ref.part == QLatin1String("parent")) {
            // Recode each KSI code to its parent level (a code without a parent is its own).
            const catalog::Variable* var = m_catalog.variable(u"insats");
            QStringList parents{QString()};
            acc.lut.assign(static_cast<std::size_t>(acc.dict.size()), kMissing);
            for (qsizetype k = 1; k < acc.dict.size(); ++k) {
                QString code = m_catalog.rollUp(u"insats", acc.dict.at(k));
                if (code.isEmpty())
                    code = acc.dict.at(k);
                const catalog::Value* value = var ? var->value(code) : nullptr;
                if (value && !value->parent.isEmpty())
                    code = value->parent;
                qsizetype idx = parents.indexOf(code);
                if (idx < 0) {
                    parents.append(code);
                    idx = parents.size() - 1;
                }
                acc.lut[static_cast<std::size_t>(k)] = static_cast<std::int32_t>(idx);
            }
            acc.dict = parents;
        }
    } else if (v == QLatin1String("avslutsorsak")) {
        multi8(Level::Insats, I.avslutsorsak);
        acc.applicable = [&I, horizon](std::uint32_t r) { return I.avslut[r] != kNoDate && I.avslut[r] <= horizon; };
    } else if (v == QLatin1String("beslut_datum")) {
        dateVar(Level::Insats, [this](std::uint32_t r) { return insatsBeslut(r); });
    } else if (v == QLatin1String("verkstallande_datum")) {
        // Not yet verkställd is not bortfall, unless the insats has already ended or been followed up.
        dateVar(Level::Insats, [&I](std::uint32_t r) { return I.verkstallande[r]; });
        acc.applicable = [&I, horizon](std::uint32_t r) {
            return (I.verkstallande[r] != kNoDate && I.verkstallande[r] <= horizon) ||
                   (I.avslut[r] != kNoDate && I.avslut[r] <= horizon) || I.uppfoljningCount[r] > 0;
        };
    } else if (v == QLatin1String("avslut_datum")) {
        dateVar(Level::Insats, [&I](std::uint32_t r) { return I.avslut[r]; });
        acc.applicable = [&I, horizon](std::uint32_t r) { return I.avslut[r] != kNoDate && I.avslut[r] <= horizon; };
    } else if (v == QLatin1String("uppfoljning_datum")) {
        dateVar(Level::Uppfoljning, [&U](std::uint32_t r) { return U.datum[r]; });
    } else if (v == QLatin1String("sip")) {
        code8(Level::Uppfoljning, U.sip);
    } else if (v == QLatin1String("maluppfyllelse")) {
        code8(Level::Uppfoljning, U.maluppfyllelse);
    } else if (v == QLatin1String("samverkan")) {
        multi8(Level::Uppfoljning, U.samverkan);
    } else if (v == QLatin1String("parallella_insatser")) {
        code8(Level::Uppfoljning, U.parallellaInsatser);
    } else if (v == QLatin1String("genomforande")) {
        code8(Level::Uppfoljning, U.genomforande);
    } else if (v == QLatin1String("b1a")) {
        // B1a and B1b are alternatives: a kommun asks one of them.
        code8(Level::Uppfoljning, U.b1a);
        acc.applicable = [&U](std::uint32_t r) { return U.b1a.data[r] != 0 || U.b1b.data[r] == 0; };
    } else if (v == QLatin1String("b1b")) {
        code8(Level::Uppfoljning, U.b1b);
        acc.applicable = [&U](std::uint32_t r) { return U.b1b.data[r] != 0 || U.b1a.data[r] == 0; };
    } else if (v == QLatin1String("b2")) {
        // Asked only when B1a/B1b says the situation improved (the catalogue's condition).
        code8(Level::Uppfoljning, U.b2);
        const catalog::Variable* b2 = m_catalog.variable(u"b2");
        QStringList improved;
        if (b2 && b2->condition)
            improved = b2->condition->values;
        auto flags = [&improved](const Dictionary& dict) {
            auto out = std::make_shared<std::vector<std::uint8_t>>(static_cast<std::size_t>(dict.size()), 0);
            for (int k = 1; k < dict.size(); ++k)
                (*out)[static_cast<std::size_t>(k)] =
                    improved.contains(dict.code(static_cast<std::uint16_t>(k))) ? 1 : 0;
            return out;
        };
        auto fa = flags(U.b1a.dict);
        auto fb = flags(U.b1b.dict);
        acc.applicable = [&U, fa, fb](std::uint32_t r) { return (*fa)[U.b1a.data[r]] || (*fb)[U.b1b.data[r]]; };
    } else {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("folja::analysis", "Unknown analysis variable \"%1\".").arg(v));
    }
    return {};
}

std::optional<GatherPlan> Engine::planFor(const Accessor& acc, const VariableRef& ref, Unit unit, KeyForm form) const
{
    const InsatsTable& I = m_s.insatser();
    const ArendeTable& A = m_s.arenden();
    const UppfoljningTable& U = m_s.uppfoljningar();
    const Level unitLevel = levelOf(unit);
    const bool below = static_cast<int>(acc.level) > static_cast<int>(unitLevel) &&
                       !(unit == Unit::Insats && acc.level == Level::Uppfoljning);
    // A code read straight up the parent chain, or from the insats' latest uppföljning: one pass.
    const bool latestOnly = unit == Unit::Insats && acc.level == Level::Uppfoljning;
    const bool simple = (acc.u8 || acc.u16) && !acc.applicable && acc.lut.empty() && !acc.date && !acc.age && !below;
    if (!simple)
        return std::nullopt;
    GatherPlan plan;
    plan.column.ref = ref;
    plan.column.kind = acc.kind;
    plan.column.dict = acc.dict;
    plan.column.multi = false;
    plan.narrow = form == KeyForm::Narrow && acc.dict.size() + 2 <= 256;
    plan.u8 = acc.u8;
    plan.u16 = acc.u16;
    plan.first = I.firstUppfoljning.data();
    plan.count = I.uppfoljningCount.data();
    if (latestOnly && m_q.period.isSet() && m_q.maluppfyllelseAt == MaluppfyllelseAt::LatestInPeriod && U.rows() > 0) {
        // The insats' latest uppföljning in the period (selectedUppfoljning).
        const bool status = m_q.period.meaning == TimeMeaning::StatusOn;
        plan.inPeriod = true;
        plan.upper = status ? m_status : m_to;
        plan.lower = status ? kMinDay : m_from;
        plan.datum = U.datum.data();
        plan.column.mayBeNotApplicable = true;
        return plan;
    }
    if (latestOnly && (m_q.period.isSet() || m_q.maluppfyllelseAt != MaluppfyllelseAt::LatestInPeriod || U.rows() == 0))
        return std::nullopt;
    Level at = latestOnly ? Level::Uppfoljning : unitLevel;
    while (at != acc.level && plan.levels < 3) {
        switch (at) {
        case Level::Uppfoljning:
            plan.chain[plan.levels++] = U.insats.data();
            at = Level::Insats;
            break;
        case Level::Insats:
            plan.chain[plan.levels++] = I.arende.data();
            at = Level::Arende;
            break;
        case Level::Arende:
            plan.chain[plan.levels++] = A.person.data();
            at = Level::Person;
            break;
        case Level::Person:
            break;
        }
    }
    plan.latest = latestOnly;
    plan.column.mayBeNotApplicable = latestOnly;
    return plan;
}

std::optional<GatherPlan> Engine::gatherPlan(Unit unit, const VariableRef& ref, KeyForm form) const
{
    Accessor acc;
    if (!accessorFor(ref, acc).ok())
        return std::nullopt;
    return planFor(acc, ref, unit, form);
}

void GatherPlan::allocate(std::size_t records)
{
    if (narrow)
        column.narrow.resize(records);
    else
        column.keys.resize(records);
}

void GatherPlan::fill(const std::uint32_t* rows, std::size_t n, std::size_t at)
{
    std::int32_t* out = narrow ? nullptr : column.keys.data() + at;
    std::uint8_t* bytes = narrow ? column.narrow.data() + at : nullptr;
    const Shift shift{shiftGroup ? shiftGroup + at : nullptr, shiftGroup ? shiftBytes.data() : plainBytes()};
    if (inPeriod) {
        if (u8)
            gatherLatestInPeriod(rows, n, first, count, datum, lower, upper, u8, out, bytes, shift);
        else
            gatherLatestInPeriod(rows, n, first, count, datum, lower, upper, u16, out, bytes, shift);
    } else if (u8) {
        gatherCodes(levels, latest, rows, n, first, count, chain, u8, out, bytes, shift);
    } else {
        gatherCodes(levels, latest, rows, n, first, count, chain, u16, out, bytes, shift);
    }
}

bool GatherPlan::shiftMissing(const std::uint8_t* group, const std::vector<std::uint8_t>& by)
{
    if (!narrow || by.size() < 256)
        return false;
    // By group byte * 256 + code (byteOf).
    shiftBytes.resize(256 * 256);
    const std::uint8_t* plain = plainBytes();
    for (std::size_t g = 0; g < 256; ++g) {
        std::copy(plain, plain + 256, shiftBytes.begin() + static_cast<std::ptrdiff_t>(g * 256));
        shiftBytes[g * 256] = static_cast<std::uint8_t>(1 + by[g]);
    }
    shiftGroup = group;
    return true;
}

Result<Column> Engine::resolve(const Population& pop, const VariableRef& ref, KeyForm form) const
{
    const PersonTable& P = m_s.persons();
    const ArendeTable& A = m_s.arenden();
    const InsatsTable& I = m_s.insatser();
    const UppfoljningTable& U = m_s.uppfoljningar();

    Accessor acc;
    if (auto found = accessorFor(ref, acc); !found.ok())
        return found.error();
    const std::size_t n = pop.rows.size();
    // The hot path of most tables: one gather loop (GatherPlan).
    if (std::optional<GatherPlan> plan = planFor(acc, ref, pop.unit, form)) {
        plan->allocate(n);
        plan->fill(pop.rows.data(), n, 0);
        return std::move(plan->column);
    }

    Column col;
    col.ref = ref;
    col.kind = acc.kind;
    col.dict = acc.dict;
    const Level unitLevel = levelOf(pop.unit);

    // Reads the keys of one source row into `out`; returns false if the variable does not apply.
    auto read = [&](std::uint32_t r, std::vector<std::int32_t>& out) -> bool {
        if (r == kNoRow)
            return false;
        if (acc.applicable && !acc.applicable(r))
            return false;
        if (acc.date) {
            const std::int32_t d = acc.date(r);
            out.push_back(d == kNoDate ? kMissing : periodKey(d, ref.part));
            return true;
        }
        if (acc.multiAtSource()) {
            const std::uint32_t b = acc.offsets[r];
            const std::uint32_t e = acc.offsets[r + 1];
            if (b == e)
                out.push_back(kMissing);
            for (std::uint32_t i = b; i < e; ++i)
                out.push_back(acc.values[i]);
            return true;
        }
        std::int32_t code = acc.u8 ? acc.u8[r] : acc.u16[r];
        if (!acc.lut.empty() && code != 0)
            code = acc.lut[static_cast<std::size_t>(code)];
        out.push_back(code == 0 ? kMissing : code);
        return true;
    };

    // Source rows: one per record when the variable sits at the unit's level or above it (or is
    // the insats' chosen uppföljning); several (children) when it sits below.
    const bool below = static_cast<int>(acc.level) > static_cast<int>(unitLevel) &&
                       !(pop.unit == Unit::Insats && acc.level == Level::Uppfoljning);
    // Source rows as int32 (row numbers stay below 2^31; kNoRow reads as -1) so that the buffer can
    // become the key column without a second allocation.
    std::vector<std::int32_t> src;
    constexpr auto none = static_cast<std::int32_t>(kNoRow);
    auto row = [](std::int32_t r) { return static_cast<std::uint32_t>(r); };
    std::vector<std::uint32_t> childOffsets;
    bool mayBeNone = false; // some record has no source row (an insats without uppföljning)
    if (!below) {
        // Walk up the parent chain one level at a time over the whole array: tight gather loops.
        src.assign(pop.rows.begin(), pop.rows.end());
        Level at = unitLevel;
        if (at == Level::Insats && acc.level == Level::Uppfoljning) {
            mayBeNone = true;
            if (!m_q.period.isSet() && m_q.maluppfyllelseAt == MaluppfyllelseAt::LatestInPeriod) {
                // Without a period the latest uppföljning is the last one (they are date-sorted).
                const std::uint32_t* first = I.firstUppfoljning.data();
                const std::uint32_t* count = I.uppfoljningCount.data();
                for (std::int32_t& r : src)
                    r = count[row(r)] ? static_cast<std::int32_t>(first[row(r)] + count[row(r)] - 1) : none;
            } else {
                for (std::int32_t& r : src)
                    r = static_cast<std::int32_t>(selectedUppfoljning(row(r)));
            }
            at = Level::Uppfoljning;
        }
        while (at != acc.level) {
            const std::uint32_t* parent = nullptr;
            switch (at) {
            case Level::Uppfoljning:
                parent = U.insats.data();
                at = Level::Insats;
                break;
            case Level::Insats:
                parent = I.arende.data();
                at = Level::Arende;
                break;
            case Level::Arende:
                parent = A.person.data();
                at = Level::Person;
                break;
            case Level::Person:
                break;
            }
            if (!parent)
                break;
            if (mayBeNone) {
                for (std::int32_t& r : src)
                    r = r == none ? none : static_cast<std::int32_t>(parent[row(r)]);
            } else {
                for (std::int32_t& r : src)
                    r = static_cast<std::int32_t>(parent[row(r)]);
            }
        }
    } else {
        mayBeNone = true;
        childOffsets.reserve(n + 1);
        childOffsets.push_back(0);
        auto addInsatsChildren = [&](std::uint32_t arende) {
            for (std::uint32_t i = A.firstInsats[arende]; i < A.firstInsats[arende] + A.insatsCount[arende]; ++i) {
                if (!I.alive[i])
                    continue;
                if (acc.level == Level::Insats)
                    src.push_back(static_cast<std::int32_t>(i));
                else if (const std::uint32_t f = selectedUppfoljning(i); f != kNoRow)
                    src.push_back(static_cast<std::int32_t>(f));
            }
        };
        for (std::size_t p = 0; p < n; ++p) {
            if (pop.unit == Unit::Person) {
                for (std::uint32_t k = pop.arendeOffsets[p]; k < pop.arendeOffsets[p + 1]; ++k) {
                    const std::uint32_t arende = pop.arendeRows[k];
                    if (acc.level == Level::Arende)
                        src.push_back(static_cast<std::int32_t>(arende));
                    else
                        addInsatsChildren(arende);
                }
            } else {
                addInsatsChildren(pop.rows[p]);
            }
            childOffsets.push_back(static_cast<std::uint32_t>(src.size()));
        }
    }
    col.mayBeNotApplicable = mayBeNone || static_cast<bool>(acc.applicable);

    col.multi = below || acc.multiAtSource();
    std::vector<std::int32_t> scratch;
    if (acc.age) {
        // Age needs the record's reference date, so it is resolved per record.
        col.keys.resize(n);
        const QList<identity::AgeBand>& bands = m_q.ageBands.bands();
        for (qsizetype b = 0; b < bands.size(); ++b)
            col.dict.append(bands.at(b).label());
        col.dict.prepend(QString());
        for (std::size_t p = 0; p < n; ++p) {
            const std::uint32_t person = row(src[p]);
            const std::int32_t birth = person == kNoRow ? kNoDate : P.birth[person];
            const std::int32_t reference = ageReference(pop, p);
            int band = -1;
            if (birth != kNoDate && reference != kNoDate)
                band = m_q.ageBands.bandAt(dateOf(birth), dateOf(reference));
            col.keys[p] = band < 0 ? kMissing : band + 1;
        }
        col.mayBeNotApplicable = false;
    } else if (!col.multi) {
        if ((acc.u8 || acc.u16) && !acc.applicable && acc.lut.empty() && !acc.date) {
            // Reuse the source-row buffer for the keys: one allocation per dimension.
            col.keys.swap(src);
            // The hot path of most tables: a single code per record, always applicable; code 0
            // (missing) becomes kMissing through a table instead of a branch.
            std::vector<std::int32_t> key(acc.u8 ? 256 : 65536);
            for (std::size_t c = 0; c < key.size(); ++c)
                key[c] = c == 0 ? kMissing : static_cast<std::int32_t>(c);
            std::int32_t* out = col.keys.data();
            const std::int32_t* map = key.data();
            if (acc.u8) {
                const std::uint8_t* codes = acc.u8;
                if (mayBeNone) {
                    for (std::size_t p = 0; p < n; ++p)
                        out[p] = out[p] == none ? kNotApplicable : map[codes[static_cast<std::uint32_t>(out[p])]];
                } else {
                    for (std::size_t p = 0; p < n; ++p)
                        out[p] = map[codes[static_cast<std::uint32_t>(out[p])]];
                }
            } else {
                const std::uint16_t* codes = acc.u16;
                for (std::size_t p = 0; p < n; ++p)
                    out[p] = out[p] == none ? kNotApplicable : map[codes[static_cast<std::uint32_t>(out[p])]];
            }
        } else {
            col.keys.resize(n);
            for (std::size_t p = 0; p < n; ++p) {
                scratch.clear();
                col.keys[p] = read(row(src[p]), scratch) ? scratch.front() : kNotApplicable;
            }
        }
    } else {
        col.offsets.reserve(n + 1);
        col.offsets.push_back(0);
        col.keys.reserve(n);
        for (std::size_t p = 0; p < n; ++p) {
            scratch.clear();
            bool applies = false;
            if (below) {
                for (std::uint32_t i = childOffsets[p]; i < childOffsets[p + 1]; ++i)
                    applies = read(row(src[i]), scratch) || applies;
            } else {
                applies = read(row(src[p]), scratch);
            }
            if (!applies) {
                col.keys.push_back(kNotApplicable);
            } else {
                // A record counts once per distinct value; "missing" only when it has none.
                std::sort(scratch.begin(), scratch.end());
                scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
                if (scratch.size() > 1 && scratch.front() == kMissing)
                    scratch.erase(scratch.begin());
                col.keys.insert(col.keys.end(), scratch.begin(), scratch.end());
            }
            col.offsets.push_back(static_cast<std::uint32_t>(col.keys.size()));
        }
    }

    if (acc.kind == ColumnKind::Date) {
        // Period keys → consecutive keys from the first to the last period present.
        std::int32_t lo = std::numeric_limits<std::int32_t>::max();
        std::int32_t hi = std::numeric_limits<std::int32_t>::min();
        for (std::int32_t k : col.keys) {
            if (k >= 0) {
                lo = std::min(lo, k);
                hi = std::max(hi, k);
            }
        }
        col.dict = QStringList{QString()};
        if (lo <= hi) {
            for (std::int32_t k = lo; k <= hi; ++k)
                col.dict.append(periodLabel(k, ref.part));
            for (std::int32_t& k : col.keys) {
                if (k >= 0)
                    k = k - lo + 1;
            }
        }
    }
    return col;
}

} // namespace folja::analysis::detail
