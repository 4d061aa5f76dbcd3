#pragma once

// Internal to folja_analysis: selects the records of a query's unit from the snapshot and resolves
// any analysis variable to one key list per selected record. Shared by cross-tabulation, lead
// times and trends so that all three count the same records the same way.

#include "analysis/crosstab.h"
#include "analysis/query.h"
#include "analysis/snapshot.h"

#include <QStringList>

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace folja::catalog {
class Catalog;
}

namespace folja::analysis::detail {

constexpr std::int32_t kMissing = -1;       // the step was reached but the value is not there
constexpr std::int32_t kNotApplicable = -2; // the step was not reached (or no such record)
constexpr std::int32_t kOpen = std::numeric_limits<std::int32_t>::max();
constexpr std::int32_t kMinDay = std::numeric_limits<std::int32_t>::min() + 1;

enum class Level { Person, Arende, Insats, Uppfoljning };

enum class ColumnKind { Catalog, Malgrupp, Enhet, AgeBand, Date, ValueSet };

// One resolved variable over the population. Every record has a key range; a record without a
// value holds the single key kMissing, one where the variable does not apply kNotApplicable.
// Keys index `dict` (1..dict.size()-1).
struct Column {
    VariableRef ref;
    ColumnKind kind = ColumnKind::Catalog;
    bool multi = false;                 // a record may hold several keys
    bool mayBeNotApplicable = true;     // false: no record holds kNotApplicable
    std::vector<std::int32_t> keys;     // single: one per record (or empty: see `narrow`)
    std::vector<std::uint32_t> offsets; // multi: CSR into keys
    QStringList dict;                   // key -> code (dates: "2024", "2024-Q1", "2024-01")
    // Single-valued: the keys + 2 as bytes (0 not applicable, 1 missing; counting.h), when the
    // dictionary fits. A column resolved with KeyForm::Narrow holds its keys here alone (`keys`
    // empty): the counting kernel reads bytes, and a million int32 keys cost a pass of their own.
    std::vector<std::uint8_t> narrow;

    std::size_t records() const { return multi ? offsets.size() - 1 : keys.empty() ? narrow.size() : keys.size(); }
    bool narrowOnly() const { return !multi && keys.empty() && !narrow.empty(); }
};

// How Engine::resolve hands over single-valued keys: as int32 `keys` (Wide), or as bytes in
// `narrow` alone where the fast paths resolve them and the dictionary fits (Narrow; otherwise keys).
enum class KeyForm { Wide, Narrow };

struct Accessor; // engine.cpp: how one variable is read

// A single-valued column that one of Engine::resolve's gather loops fills: a code read up the parent
// chain, or from the insats' chosen uppföljning (Engine::gatherPlan). allocate, then fill the
// records at..at+n-1 of the population from their rows, in one piece or several.
struct GatherPlan {
    Column column;       // ref, kind, dictionary; the keys once allocated and filled
    bool narrow = false; // keys as bytes alone (Column::narrow), else int32 keys

    void allocate(std::size_t records);
    void fill(const std::uint32_t* rows, std::size_t n, std::size_t at);
    // Bytes only: a missing key's byte (1) gets by[group[p]] added, group[p] a byte per record of
    // the population (scaleMissing in the gather loop itself: categories.h, ScaleBytes). False, and
    // the plan unchanged, for int32 keys or a `by` of fewer than 256 entries.
    bool shiftMissing(const std::uint8_t* group, const std::vector<std::uint8_t>& by);

    // How (engine.cpp: gatherCodes, gatherLatestInPeriod).
    int levels = 0;
    bool latest = false;   // the insats' last uppföljning
    bool inPeriod = false; // the insats' latest uppföljning in [lower, upper]
    std::int32_t lower = 0;
    std::int32_t upper = 0;
    const std::uint32_t* first = nullptr;
    const std::uint32_t* count = nullptr;
    const std::int32_t* datum = nullptr;
    const std::uint32_t* chain[3] = {};
    const std::uint8_t* u8 = nullptr;
    const std::uint16_t* u16 = nullptr;
    const std::uint8_t* shiftGroup = nullptr; // shiftMissing
    std::vector<std::uint8_t> shiftBytes;     // by group byte * 256 + code
};

struct Population {
    Unit unit = Unit::Insats;
    std::vector<std::uint32_t> rows;          // rows of the unit's table
    std::vector<std::uint32_t> arendeOffsets; // person unit: qualifying ärenden per person (CSR)
    std::vector<std::uint32_t> arendeRows;
};

// Categories of one dimension (national codes in catalogue order, "(uppgift saknas)" last) and how
// a column's keys map onto them.
struct CategoryMap {
    QList<Category> categories;
    std::vector<int> keyToIndex; // column key -> category index
    int missingIndex = -1;
};
CategoryMap buildCategories(const catalog::Catalog& catalog, const Column& column, bool includeEmpty);
QString variableLabel(const catalog::Catalog& catalog, const VariableRef& ref);

bool recordApplies(const Column& column, std::size_t record);

class Engine
{
public:
    Engine(const Snapshot& snapshot, const catalog::Catalog& catalog, const Query& query);

    // The unit's records passing time, scope and filters.
    Result<Population> select() const;
    Result<Column> resolve(const Population& population, const VariableRef& ref, KeyForm form = KeyForm::Wide) const;
    // How resolve reads `ref` for a population of `unit` when one gather loop does it (the column
    // it gives is the one resolve gives); nullopt otherwise (and for an unknown variable).
    std::optional<GatherPlan> gatherPlan(Unit unit, const VariableRef& ref, KeyForm form) const;

    // Helpers shared with lead times and trends.
    std::int32_t from() const { return m_from; }
    std::int32_t to() const { return m_to; }
    std::int32_t horizon() const { return m_horizon; }
    std::uint32_t selectedUppfoljning(std::uint32_t insats) const;
    std::int32_t arendeEnd(std::uint32_t arende) const;    // kOpen while ongoing
    std::int32_t arendeBeslut(std::uint32_t arende) const; // ärende beslut, else earliest insats beslut
    std::int32_t insatsBeslut(std::uint32_t insats) const; // insats beslut, else the ärende's
    std::uint32_t arendeOf(Unit unit, std::uint32_t row) const;
    const Snapshot& snapshot() const { return m_s; }
    const catalog::Catalog& catalog() const { return m_catalog; }

private:
    bool inRange(std::int32_t day) const { return day != kNoDate && day >= m_from && day <= m_to; }
    bool insatsActive(std::uint32_t insats, std::int32_t first, std::int32_t last) const;
    bool arendeActive(std::uint32_t arende, std::int32_t first, std::int32_t last) const;
    bool timeSelects(Unit unit, std::uint32_t row) const;
    bool scopeSelects(std::uint32_t arende) const;
    Result<void> accessorFor(const VariableRef& ref, Accessor& acc) const;
    std::optional<GatherPlan> planFor(const Accessor& acc, const VariableRef& ref, Unit unit, KeyForm form) const;
    Result<Population> applyFilters(Population population) const;
    std::int32_t ageReference(const Population& population, std::size_t pos) const;

    const Snapshot& m_s;
    const catalog::Catalog& m_catalog;
    const Query& m_q;
    std::int32_t m_from = kMinDay;
    std::int32_t m_to = kOpen;
    std::int32_t m_status = kNoDate;           // StatusOn: the date
    std::int32_t m_horizon = kOpen;            // an avslut after this is "still ongoing"
    std::vector<std::uint8_t> m_scopeMalgrupp; // by dictionary code; empty = all
    std::vector<std::uint8_t> m_scopeEnhet;
};

} // namespace folja::analysis::detail
