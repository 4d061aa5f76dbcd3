#include "analysis/crosstab.h"

#include "analysis/aggregation.h"
#include "analysis/cellkey.h"
#include "analysis/counting.h"
#include "analysis/engine.h"
#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace folja::analysis {

using detail::buildCategories;
using detail::CategoryMap;
using detail::Column;
using detail::ColumnKind;
using detail::kMissing;
using detail::kNotApplicable;
using detail::recordApplies;
using detail::variableLabel;

namespace {

const QString kMissingSourceLabel = QStringLiteral("(uppgift saknas)");
const QString kValueSetVariable = QStringLiteral("maluppfyllelse_vardemangd");

} // namespace

namespace detail {

QString variableLabel(const catalog::Catalog& catalog, const VariableRef& ref)
{
    if (ref.variable == kValueSetVariable)
        return QCoreApplication::translate("folja::analysis", "Value set of måluppfyllelse");
    if (ref.variable == QLatin1String("alder_grupp"))
        return QCoreApplication::translate("folja::analysis", "Age group");
    if (ref.variable == QLatin1String("malgrupp"))
        return QCoreApplication::translate("folja::analysis", "Målgrupp");
    if (ref.variable == QLatin1String("enhet"))
        return QCoreApplication::translate("folja::analysis", "Unit");
    const catalog::Variable* v = catalog.variable(ref.variable);
    return v ? v->label : ref.variable;
}

CategoryMap buildCategories(const catalog::Catalog& catalog, const Column& column, bool includeEmpty)
{
    struct Entry {
        std::pair<int, QString> order;
        Category category;
    };
    std::map<QString, Entry> byCode; // keyed by category code; ordered at the end
    std::vector<QString> keyCode(static_cast<std::size_t>(column.dict.size()));

    const QString varCode = column.ref.variable;
    const catalog::Variable* var = column.kind == ColumnKind::Catalog ? catalog.variable(varCode) : nullptr;
    auto catalogueEntry = [&](const QString& code) {
        Entry e;
        e.category.code = code;
        e.category.label = code;
        e.category.sourceLabel = code;
        e.order = {1 << 30, code};
        if (var) {
            for (qsizetype i = 0; i < var->values.size(); ++i) {
                const catalog::Value& value = var->values.at(i);
                if (value.code != code)
                    continue;
                e.order = {static_cast<int>(i), code};
                e.category.label = value.label;
                e.category.sourceLabel = varCode == QLatin1String("insats")
                                             ? code
                                             : (value.sourceLabel.isEmpty() ? value.label : value.sourceLabel);
                e.category.isUncertain = value.uncertain;
                break;
            }
        }
        return e;
    };

    for (qsizetype k = 1; k < column.dict.size(); ++k) {
        const QString raw = column.dict.at(k);
        QString code = raw;
        Entry entry;
        switch (column.kind) {
        case ColumnKind::Catalog: {
            // Local sub-values count as their national parent.
            const QString national = catalog.rollUp(varCode, raw);
            if (!national.isEmpty())
                code = national;
            entry = catalogueEntry(code);
            break;
        }
        case ColumnKind::Malgrupp: {
            const auto m = catalog::malgruppFromCode(raw);
            entry.category.code = raw;
            entry.category.label = m ? catalog.malgruppLabel(*m) : raw;
            entry.category.sourceLabel = entry.category.label;
            entry.order = {m ? static_cast<int>(*m) : 1 << 30, raw};
            break;
        }
        default:
            // Enhet, age bands, periods and value sets: the dictionary order is the order.
            entry.category.code = raw;
            entry.category.label = raw;
            entry.category.sourceLabel = raw;
            entry.order = {column.kind == ColumnKind::Enhet ? 0 : static_cast<int>(k), raw};
            break;
        }
        keyCode[static_cast<std::size_t>(k)] = code;
        byCode.emplace(code, entry);
    }
    if (includeEmpty && var) {
        const bool parentsOnly = column.ref.part == QLatin1String("parent");
        for (const catalog::Value& value : var->values) {
            if (value.local || (parentsOnly && !value.parent.isEmpty()))
                continue;
            if (byCode.find(value.code) == byCode.end())
                byCode.emplace(value.code, catalogueEntry(value.code));
        }
    }
    std::vector<Entry> ordered;
    ordered.reserve(byCode.size());
    for (auto& [code, entry] : byCode)
        ordered.push_back(entry);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Entry& a, const Entry& b) { return a.order < b.order; });

    CategoryMap out;
    QHash<QString, int> indexOf;
    for (const Entry& e : ordered) {
        indexOf.insert(e.category.code, static_cast<int>(out.categories.size()));
        out.categories.append(e.category);
    }
    Category missing;
    missing.label = QCoreApplication::translate("folja::analysis", "(missing)");
    missing.sourceLabel = kMissingSourceLabel;
    missing.isMissing = true;
    out.missingIndex = static_cast<int>(out.categories.size());
    out.categories.append(missing);
    out.keyToIndex.assign(static_cast<std::size_t>(column.dict.size()), -1);
    for (qsizetype k = 1; k < column.dict.size(); ++k)
        out.keyToIndex[static_cast<std::size_t>(k)] = indexOf.value(keyCode[static_cast<std::size_t>(k)], -1);
    return out;
}

bool recordApplies(const Column& c, std::size_t p)
{
    return c.multi ? c.keys[c.offsets[p]] != kNotApplicable : c.keys[p] != kNotApplicable;
}

} // namespace detail

namespace {

// The value set (BBIC/IBIC) each record's måluppfyllelse belongs to, from its ärende's målgrupp.
Column valueSetColumn(const detail::Engine& engine, const detail::Population& pop)
{
    Column col;
    col.ref.variable = kValueSetVariable;
    col.kind = ColumnKind::ValueSet;
    col.mayBeNotApplicable = false;
    col.dict = {QString(), QStringLiteral("BBIC"), QStringLiteral("IBIC")};
    const Column malgrupp = engine.resolve(pop, VariableRef{QStringLiteral("malgrupp"), QString()}).value();
    const catalog::Variable* mal = engine.catalog().variable(u"maluppfyllelse");
    std::vector<std::int32_t> lut(static_cast<std::size_t>(malgrupp.dict.size()), kMissing);
    for (qsizetype k = 1; k < malgrupp.dict.size(); ++k) {
        const auto m = catalog::malgruppFromCode(malgrupp.dict.at(k));
        QString set;
        if (m && mal)
            set = engine.catalog().valueSetFor(*mal, *m);
        if (set.isEmpty() && m) // SKR: BBIC for individ- och familjeomsorg, IBIC for vård och omsorg
            set = (*m == catalog::Malgrupp::Aldre || *m == catalog::Malgrupp::Funk) ? QStringLiteral("IBIC")
                                                                                    : QStringLiteral("BBIC");
        lut[static_cast<std::size_t>(k)] = set == QLatin1String("BBIC")   ? 1
                                           : set == QLatin1String("IBIC") ? 2
                                                                          : kMissing;
    }
    auto map = [&](std::int32_t key) { return key > 0 ? lut[static_cast<std::size_t>(key)] : key; };
    col.multi = malgrupp.multi;
    if (!malgrupp.multi) {
        col.keys.resize(malgrupp.keys.size());
        for (std::size_t p = 0; p < malgrupp.keys.size(); ++p)
            col.keys[p] = map(malgrupp.keys[p]);
    } else {
        col.offsets.push_back(0);
        std::vector<std::int32_t> scratch;
        for (std::size_t p = 0; p + 1 < malgrupp.offsets.size(); ++p) {
            scratch.clear();
            for (std::uint32_t i = malgrupp.offsets[p]; i < malgrupp.offsets[p + 1]; ++i)
                scratch.push_back(map(malgrupp.keys[i]));
            std::sort(scratch.begin(), scratch.end());
            scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
            col.keys.insert(col.keys.end(), scratch.begin(), scratch.end());
            col.offsets.push_back(static_cast<std::uint32_t>(col.keys.size()));
        }
    }
    return col;
}

Percentage percentage(qint64 n, qint64 denominator, bool numeratorHidden, bool denominatorHidden, int k, bool publish)
{
    Percentage pct;
    if (denominator <= 0)
        return pct;
    pct.available = true;
    pct.denominator = denominator;
    n = std::clamp<qint64>(n, 0, denominator); // perturbed counts (cellkey.h) need not nest
    pct.value = 100.0 * static_cast<double>(n) / static_cast<double>(denominator);
    const auto [lo, hi] = wilsonInterval(n, denominator);
    pct.ciLow = 100.0 * lo;
    pct.ciHigh = 100.0 * hi;
    if (publish && (numeratorHidden || denominatorHidden || denominator < k))
        pct.suppressed = true;
    return pct;
}

} // namespace

std::pair<double, double> wilsonInterval(qint64 x, qint64 n)
{
    if (n <= 0)
        return {0.0, 0.0};
    const double z = 1.959963984540054;
    const double nn = static_cast<double>(n);
    const double p = static_cast<double>(x) / nn;
    const double z2 = z * z;
    const double denom = 1.0 + z2 / nn;
    const double centre = (p + z2 / (2.0 * nn)) / denom;
    const double half = z * std::sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn)) / denom;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

namespace {

// Resolved populations and columns, reused by later queries on the same snapshot data (a GUI
// changing one dimension re-resolves only that one). Keyed by the snapshot's generation, which
// changes on every write, and bounded in bytes; least recently used entries go first.
class ResolveCache
{
public:
    template <typename T>
    std::shared_ptr<const T> find(std::uint64_t generation, const QString& key)
    {
        QMutexLocker lock(&m_mutex);
        for (Entry& e : m_entries) {
            if (e.generation == generation && e.key == key) {
                e.used = ++m_clock;
                return std::static_pointer_cast<const T>(e.value);
            }
        }
        return nullptr;
    }

    void insert(std::uint64_t generation, const QString& key, std::shared_ptr<const void> value, std::size_t bytes)
    {
        QMutexLocker lock(&m_mutex);
        if (bytes > kLimit)
            return;
        while (!m_entries.empty() && m_bytes + bytes > kLimit) {
            auto oldest = std::min_element(m_entries.begin(), m_entries.end(),
                                           [](const Entry& a, const Entry& b) { return a.used < b.used; });
            m_bytes -= oldest->bytes;
            m_entries.erase(oldest);
        }
        m_entries.push_back(Entry{generation, key, std::move(value), bytes, ++m_clock});
        m_bytes += bytes;
    }

private:
    static constexpr std::size_t kLimit = 40u << 20;
    struct Entry {
        std::uint64_t generation = 0;
        QString key;
        std::shared_ptr<const void> value;
        std::size_t bytes = 0;
        std::uint64_t used = 0;
    };
    QMutex m_mutex;
    std::vector<Entry> m_entries;
    std::size_t m_bytes = 0;
    std::uint64_t m_clock = 0;
};

ResolveCache& resolveCache()
{
    static ResolveCache cache;
    return cache;
}

struct CachedPopulation {
    detail::Population pop;
    bool haveInsatser = false;
    bool haveArenden = false;
    qint64 closed = 0;
    qint64 closedWithout = 0;
    qint64 decided = 0;
    qint64 decidedWithout = 0;
    // Cell Key Method (cellkey.h): the key sums of the external bortfall counts.
    std::uint32_t closedKeys = 0, closedWithoutKeys = 0, decidedKeys = 0, decidedWithoutKeys = 0;
};

// A resolved column and, when it is single-valued, its one-byte keys for the counting kernel.
struct CachedColumn {
    Column column;
    std::vector<std::uint8_t> narrow; // detail::narrowKeys(column)
};

// Everything that decides which records are selected and how variables resolve, but not the
// dimensions, mode or threshold.
QString populationKey(const Query& query)
{
    Query k = query;
    k.dimensions.clear();
    k.mode = Mode::Publicering;
    k.minCell = Query::kDefaultMinCell;
    k.includeEmptyCategories = false;
    k.strict = StrictMode::Auto;
    k.aggregate = Aggregation::Off;
    return QString::fromUtf8(k.toJson());
}

// External bortfall of an insats population: visitInsats (countExternal) for every record, without
// a branch (kept out of line so that its accumulators stay in registers).
__attribute__((noinline)) void externalOfInsatser(const InsatsTable& I, const std::vector<std::uint32_t>& rows,
                                                  std::int32_t horizon, CachedPopulation& c)
{
    const std::int32_t* avslut = I.avslut.data();
    const std::uint32_t* uppfoljningar = I.uppfoljningCount.data();
    const std::uint8_t* keys = I.key.data();
    // Closed: kNoDate < avslut <= horizon, as one unsigned comparison.
    const std::uint32_t base = static_cast<std::uint32_t>(kNoDate) + 1u;
    const std::uint32_t limit = static_cast<std::uint32_t>(horizon) - base;
    std::uint32_t closed = 0, without = 0, closedKeys = 0, withoutKeys = 0;
    for (const std::uint32_t r : rows) {
        const std::uint32_t isClosed =
            static_cast<std::uint32_t>(static_cast<std::uint32_t>(avslut[r]) - base <= limit);
        const std::uint32_t isWithout = isClosed & static_cast<std::uint32_t>(uppfoljningar[r] == 0);
        closed += isClosed;
        without += isWithout;
        closedKeys += keys[r] & (0u - isClosed);
        withoutKeys += keys[r] & (0u - isWithout);
    }
    c.closed += closed;
    c.closedWithout += without;
    c.closedKeys += closedKeys;
    c.closedWithoutKeys += withoutKeys;
}

// External bortfall: what never reached the register at all.
void countExternal(const Snapshot& snapshot, const detail::Engine& engine, CachedPopulation& c)
{
    const InsatsTable& I = snapshot.insatser();
    const ArendeTable& A = snapshot.arenden();
    const std::int32_t horizon = engine.horizon();
    auto visitInsats = [&](std::uint32_t i) {
        if (I.avslut[i] != kNoDate && I.avslut[i] <= horizon) {
            ++c.closed;
            c.closedWithout += I.uppfoljningCount[i] == 0 ? 1 : 0;
            c.closedKeys += I.key[i];
            c.closedWithoutKeys += I.uppfoljningCount[i] == 0 ? I.key[i] : 0;
        }
    };
    auto visitArende = [&](std::uint32_t a) {
        const std::int32_t beslut = engine.arendeBeslut(a);
        if (beslut != kNoDate && beslut <= horizon) {
            ++c.decided;
            c.decidedWithout += A.insatsCount[a] == 0 ? 1 : 0;
            c.decidedKeys += A.key[a];
            c.decidedWithoutKeys += A.insatsCount[a] == 0 ? A.key[a] : 0;
        }
        for (std::uint32_t i = A.firstInsats[a]; i < A.firstInsats[a] + A.insatsCount[a]; ++i) {
            if (I.alive[i])
                visitInsats(i);
        }
    };
    c.haveInsatser = true;
    c.haveArenden = true;
    if (c.pop.unit == Unit::Insats) {
        externalOfInsatser(I, c.pop.rows, horizon, c);
        c.haveArenden = false;
    } else if (c.pop.unit == Unit::Arende) {
        for (std::uint32_t r : c.pop.rows)
            visitArende(r);
    } else if (c.pop.unit == Unit::Person) {
        for (std::uint32_t r : c.pop.arendeRows)
            visitArende(r);
    } else {
        c.haveInsatser = c.haveArenden = false;
    }
}

} // namespace

namespace {

// S6: the categories with these codes become one "Övriga" category, after the other valid ones and
// before "(uppgift saknas)". A record holding several merged values counts once in it.
void mergeIntoOther(CategoryMap& map, const QStringList& codes)
{
    QList<Category> categories;
    std::vector<int> newIndex(static_cast<std::size_t>(map.categories.size()), -1);
    std::vector<int> merged;
    for (qsizetype i = 0; i < map.categories.size(); ++i) {
        if (i == map.missingIndex)
            continue;
        if (codes.contains(map.categories.at(i).code)) {
            merged.push_back(static_cast<int>(i));
            continue;
        }
        newIndex[static_cast<std::size_t>(i)] = static_cast<int>(categories.size());
        categories.append(map.categories.at(i));
    }
    if (merged.empty())
        return;
    Category other;
    other.code = otherCategoryCode();
    other.label = QCoreApplication::translate("folja::analysis", "Other");
    other.sourceLabel = QStringLiteral("Övriga");
    for (int i : merged)
        newIndex[static_cast<std::size_t>(i)] = static_cast<int>(categories.size());
    categories.append(other);
    if (map.missingIndex >= 0) {
        newIndex[static_cast<std::size_t>(map.missingIndex)] = static_cast<int>(categories.size());
        categories.append(map.categories.at(map.missingIndex));
        map.missingIndex = static_cast<int>(categories.size()) - 1;
    }
    for (int& idx : map.keyToIndex) {
        if (idx >= 0)
            idx = newIndex[static_cast<std::size_t>(idx)];
    }
    map.categories = categories;
}

} // namespace

namespace detail {

Result<CrossTab> tabulate(const Snapshot& snapshot, const catalog::Catalog& catalog, const Query& query,
                          const AggregationPlan& plan)
{
    const Result<void> valid = query.validate();
    if (!valid.ok())
        return valid.error();
    const bool publish = query.mode == Mode::Publicering;
    const int k = query.minCell;

    detail::Engine engine(snapshot, catalog, query);
    const std::uint64_t generation = snapshot.generation();
    const QString popKey = populationKey(query);
    std::shared_ptr<const CachedPopulation> cached = resolveCache().find<CachedPopulation>(generation, popKey);
    if (!cached) {
        auto selected = engine.select();
        if (!selected.ok())
            return selected.error();
        auto fresh = std::make_shared<CachedPopulation>();
        fresh->pop = std::move(selected.value());
        countExternal(snapshot, engine, *fresh);
        const std::size_t bytes =
            4 * (fresh->pop.rows.size() + fresh->pop.arendeRows.size() + fresh->pop.arendeOffsets.size());
        resolveCache().insert(generation, popKey, fresh, bytes);
        cached = fresh;
    }
    const detail::Population& pop = cached->pop;
    const std::size_t records = pop.rows.size();
    // Cell Key Method (cellkey.h): record keys summed per cell in the counting pass.
    const bool cellKey = publish && query.protection == ProtectionMethod::CellKey;
    if (cellKey && !PTable::builtin().ok())
        return PTable::builtin().error();
    const std::uint8_t* recordKeys = cellKey ? detail::recordKeyTable(snapshot, pop.unit).data() : nullptr;

    std::vector<std::shared_ptr<const void>> owned;
    std::vector<const Column*> columns;
    std::vector<const std::uint8_t*> narrow; // per column: its one-byte keys, or null
    bool hasMaluppfyllelse = false;
    bool hasMalgrupp = false;
    for (const QString& d : query.dimensions) {
        const VariableRef ref = parseVariableRef(d).value();
        const QString key = popKey + QLatin1Char('\n') + ref.name();
        std::shared_ptr<const CachedColumn> column = resolveCache().find<CachedColumn>(generation, key);
        if (!column) {
            auto resolved = engine.resolve(pop, ref);
            if (!resolved.ok())
                return resolved.error();
            auto fresh = std::make_shared<CachedColumn>();
            fresh->column = std::move(resolved.value());
            fresh->narrow = detail::narrowKeys(fresh->column);
            resolveCache().insert(generation, key, fresh,
                                  4 * (fresh->column.keys.size() + fresh->column.offsets.size()) +
                                      fresh->narrow.size());
            column = fresh;
        }
        hasMaluppfyllelse = hasMaluppfyllelse || ref.variable == QLatin1String("maluppfyllelse");
        hasMalgrupp = hasMalgrupp || ref.variable == QLatin1String("malgrupp");
        owned.push_back(column);
        columns.push_back(&column->column);
        narrow.push_back(column->narrow.empty() ? nullptr : column->narrow.data());
    }

    // BBIC and IBIC answers are different scales: never let one table pool them.
    bool splitValueSets = false;
    if (hasMaluppfyllelse && !hasMalgrupp) {
        Column sets = valueSetColumn(engine, pop);
        bool seen[3] = {false, false, false};
        for (std::size_t p = 0; p < records; ++p) {
            bool applies = true;
            for (const Column* c : columns)
                applies = applies && recordApplies(*c, p);
            if (!applies)
                continue;
            if (sets.multi) {
                for (std::uint32_t i = sets.offsets[p]; i < sets.offsets[p + 1]; ++i)
                    seen[std::max(0, sets.keys[i])] = true;
            } else {
                seen[std::max(0, sets.keys[p])] = true;
            }
        }
        if (seen[1] && seen[2]) {
            if (columns.size() >= 3)
                return makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate(
                                     "folja::analysis",
                                     "This table would pool the BBIC and IBIC måluppfyllelse scales, which cannot be "
                                     "added up. Limit it to målgrupper using one scale, or use one dimension less so "
                                     "that the scales can be shown as separate layers."));
            auto setColumn = std::make_shared<Column>(std::move(sets));
            columns.push_back(setColumn.get());
            narrow.push_back(nullptr);
            owned.push_back(std::move(setColumn));
            splitValueSets = true;
        }
    }

    const int dims = static_cast<int>(columns.size());
    std::vector<CategoryMap> maps;
    std::vector<int> shape;
    std::vector<bool> multi;
    for (const Column* c : columns) {
        // CKM lists every value of a catalogue variable, so that a listed category reveals nothing.
        maps.push_back(buildCategories(catalog, *c, query.includeEmptyCategories || cellKey));
        const std::size_t d = maps.size() - 1;
        if (d < plan.ovriga.size() && !plan.ovriga[d].isEmpty())
            mergeIntoOther(maps.back(), plan.ovriga[d]);
        shape.push_back(static_cast<int>(maps.back().categories.size()));
        multi.push_back(c->multi);
    }

    // Counting pass into the dense array (categories + total per dimension).
    DenseLayout full(shape);
    std::vector<int> strides(static_cast<std::size_t>(dims));
    {
        int s = 1;
        for (int d = dims - 1; d >= 0; --d) {
            strides[static_cast<std::size_t>(d)] = s;
            s *= shape[static_cast<std::size_t>(d)] + 1;
        }
    }
    // key + 2 -> offset of the category in the dense array; -1 for "not applicable".
    std::vector<detail::CountDimension> counted(static_cast<std::size_t>(dims));
    for (int d = 0; d < dims; ++d) {
        const CategoryMap& m = maps[static_cast<std::size_t>(d)];
        detail::CountDimension& cd = counted[static_cast<std::size_t>(d)];
        cd.column = columns[static_cast<std::size_t>(d)];
        cd.narrow = narrow[static_cast<std::size_t>(d)];
        cd.totalOffset = shape[static_cast<std::size_t>(d)] * strides[static_cast<std::size_t>(d)];
        std::vector<int>& lut = cd.offsetOf;
        lut.assign(m.keyToIndex.size() + 2, -1);
        lut[static_cast<std::size_t>(kMissing + 2)] = m.missingIndex * strides[static_cast<std::size_t>(d)];
        for (std::size_t key = 1; key < m.keyToIndex.size(); ++key) {
            const int idx = m.keyToIndex[key];
            lut[key + 2] = (idx < 0 ? m.missingIndex : idx) * strides[static_cast<std::size_t>(d)];
        }
    }
    const bool anyMulti = std::find(multi.begin(), multi.end(), true) != multi.end();
    detail::CellCounts tally =
        detail::countCells(counted, full.cellCount(), records, cellKey ? pop.rows.data() : nullptr, recordKeys);
    std::vector<qint64>& counts = tally.counts;
    const std::vector<qint64>& notApplicable = tally.notApplicable;
    std::vector<std::uint32_t>& keySums = tally.keySums; // wrap modulo 2^32: fine mod 256
    // Margins along single-valued dimensions are sums.
    for (int d = 0; d < dims; ++d) {
        if (multi[static_cast<std::size_t>(d)])
            continue;
        const int stride = strides[static_cast<std::size_t>(d)];
        const int n = shape[static_cast<std::size_t>(d)];
        for (int base = 0; base < full.cellCount(); ++base) {
            if ((base / stride) % (n + 1) != 0)
                continue;
            qint64 sum = 0;
            for (int i = 0; i < n; ++i)
                sum += counts[static_cast<std::size_t>(base + i * stride)];
            counts[static_cast<std::size_t>(base + n * stride)] = sum;
        }
    }

    if (cellKey)
        detail::sumKeyMargins(keySums, shape, multi);

    // Drop categories nobody holds (the missing category always, other ones unless asked for).
    // CKM lists every category, "(uppgift saknas)" too, so that a listed category reveals nothing.
    std::vector<std::vector<int>> kept(static_cast<std::size_t>(dims));
    for (int d = 0; d < dims; ++d) {
        std::vector<int> coords(static_cast<std::size_t>(dims));
        for (int e = 0; e < dims; ++e)
            coords[static_cast<std::size_t>(e)] = shape[static_cast<std::size_t>(e)];
        for (int i = 0; i < shape[static_cast<std::size_t>(d)]; ++i) {
            coords[static_cast<std::size_t>(d)] = i;
            const bool isMissing = i == maps[static_cast<std::size_t>(d)].missingIndex;
            if (cellKey || counts[static_cast<std::size_t>(full.index(coords))] > 0 ||
                (query.includeEmptyCategories && !isMissing))
                kept[static_cast<std::size_t>(d)].push_back(i);
        }
    }
    std::vector<int> keptShape;
    for (const auto& kd : kept)
        keptShape.push_back(static_cast<int>(kd.size()));

    CrossTab table;
    table.unit = query.unit;
    table.mode = query.mode;
    table.minCell = k;
    table.layout = DenseLayout(keptShape);
    std::vector<qint64> values(static_cast<std::size_t>(table.layout.cellCount()), 0);
    detail::CellKeyInput cellKeys;
    if (cellKey)
        cellKeys.cellKeySums.assign(values.size(), 0);
    for (int cell = 0; cell < table.layout.cellCount(); ++cell) {
        std::vector<int> coords = table.layout.coordinates(cell);
        for (int d = 0; d < dims; ++d) {
            int& c = coords[static_cast<std::size_t>(d)];
            c = c == keptShape[static_cast<std::size_t>(d)]
                    ? shape[static_cast<std::size_t>(d)]
                    : kept[static_cast<std::size_t>(d)][static_cast<std::size_t>(c)];
        }
        values[static_cast<std::size_t>(cell)] = counts[static_cast<std::size_t>(full.index(coords))];
        if (cellKey)
            cellKeys.cellKeySums[static_cast<std::size_t>(cell)] =
                keySums[static_cast<std::size_t>(full.index(coords))];
    }

    for (int d = 0; d < dims; ++d) {
        const Column& c = *columns[static_cast<std::size_t>(d)];
        TableDimension dim;
        dim.variable = c.ref.name();
        dim.label = variableLabel(catalog, c.ref);
        dim.multiValued = c.multi;
        dim.implicit = splitValueSets && d == dims - 1;
        // buildCategories lists empty catalogue values only.
        dim.listsEmptyCategories =
            query.includeEmptyCategories && c.kind == ColumnKind::Catalog && catalog.variable(c.ref.variable);
        for (int i : kept[static_cast<std::size_t>(d)]) {
            if (i == maps[static_cast<std::size_t>(d)].missingIndex)
                dim.missingIndex = static_cast<int>(dim.categories.size());
            dim.categories.append(maps[static_cast<std::size_t>(d)].categories.at(i));
        }
        table.dimensions.append(dim);
    }
    std::vector<bool> tableMulti;
    std::vector<int> tableMissing;
    for (const TableDimension& d : table.dimensions) {
        tableMulti.push_back(d.multiValued);
        tableMissing.push_back(d.missingIndex);
    }
    table.multiValued = anyMulti;

    table.cells.resize(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        table.cells[i].n = values[i];
    for (int d = 0; d < dims; ++d) {
        const bool outcome = isOutcomeVariable(columns[static_cast<std::size_t>(d)]->ref.variable);
        if (!table.dimensions[d].implicit &&
            (query.strict == StrictMode::On || (query.strict == StrictMode::Auto && outcome)))
            table.strictDimensions.append(d);
        table.dimensions[d].notApplicable.n = notApplicable[static_cast<std::size_t>(d)];
    }
    table.population.n = static_cast<qint64>(records);
    table.aggregation = plan.steps;

    // External bortfall: what never reached the register at all.
    {
        const qint64 closed = cached->closed;
        const qint64 closedWithout = cached->closedWithout;
        const qint64 decided = cached->decided;
        const qint64 decidedWithout = cached->decidedWithout;
        const bool haveInsatser = cached->haveInsatser;
        const bool haveArenden = cached->haveArenden;
        auto hide = [&](qint64 n) { return publish && n > 0 && n < k; };
        if (haveInsatser) {
            table.external.append(
                {QStringLiteral("insatser_utan_uppfoljning"),
                 QCoreApplication::translate("folja::analysis", "Ended insatser without any uppföljning"),
                 {closedWithout, hide(closedWithout)},
                 {closed, hide(closed)}});
        }
        if (haveArenden) {
            table.external.append(
                {QStringLiteral("arenden_utan_insats"),
                 QCoreApplication::translate("folja::analysis", "Ärenden past beslut without any insats"),
                 {decidedWithout, hide(decidedWithout)},
                 {decided, hide(decided)}});
        }
    }

    if (cellKey) {
        cellKeys.notApplicableKeySums = tally.notApplicableKeySums;
        cellKeys.populationKeySum = tally.populationKeySum;
        if (cached->haveInsatser)
            cellKeys.external.append({cached->closedWithoutKeys, cached->closedKeys});
        if (cached->haveArenden)
            cellKeys.external.append({cached->decidedWithoutKeys, cached->decidedKeys});
        if (auto rc = detail::applyCellKey(table, cellKeys); !rc)
            return rc.error();
        return table;
    }

    ProtectionOptions options;
    options.minCell = publish ? k : 0;
    const std::vector<Line> lines = tableLines(table);
    options.groupLines = groupDisclosureLines(table, lines);
    options.geometry = {TableGeometry{0, &table.layout}};
    options.lowerBounds = tableLowerBounds(table);
    if (publish && query.protection == ProtectionMethod::Suppression && dims >= 2 && !splitValueSets &&
        query.aggregate == Aggregation::Off) {
        // The 1-D margins are the 1-D tables of the same query where no other dimension drops
        // not-applicable records: give them the pattern those tables get.
        std::vector<int> oneWay;
        for (int d = 0; d < dims; ++d) {
            bool same = true;
            for (int e = 0; e < dims; ++e)
                same = same && (e == d || notApplicable[static_cast<std::size_t>(e)] == 0);
            if (same)
                oneWay.push_back(d);
        }
        std::vector<int> strict(table.strictDimensions.cbegin(), table.strictDimensions.cend());
        fixMarginsToOneWayTables(table.layout, values, tableMulti, tableMissing, oneWay, strict, options);
    }
    Protection protection = protectTable(values, lines, options);
    if (!protection.auditPassed && !options.mustPublish.empty()) {
        // The 1-D tables' published margins left no safe pattern: protect this table on its own
        // terms (their hidden margins stay hidden).
        options.mustPublish.clear();
        protection = protectTable(values, lines, options);
    }
    applyProtection(table, protection);
    return table;
}

} // namespace detail

Result<CrossTab> crossTabulate(const Snapshot& snapshot, const catalog::Catalog& catalog, const Query& query)
{
    const Result<void> valid = query.validate();
    if (!valid.ok())
        return valid.error();
    if (const Result<void> window = checkPublicationWindow(query); !window.ok())
        return window.error();
    if (query.aggregate == Aggregation::Auto && query.mode == Mode::Publicering)
        return detail::tabulateAggregated(snapshot, catalog, query);
    return detail::tabulate(snapshot, catalog, query, detail::AggregationPlan{});
}

QString otherCategoryCode()
{
    return QStringLiteral("OVRIGA");
}

std::vector<Line> tableLines(const CrossTab& table)
{
    std::vector<bool> multi;
    std::vector<int> missing;
    for (const TableDimension& d : table.dimensions) {
        multi.push_back(d.multiValued);
        missing.push_back(d.missingIndex);
    }
    return table.layout.lines(multi, missing);
}

std::vector<qint64> tableLowerBounds(const CrossTab& table)
{
    std::vector<qint64> out(table.cells.size(), 0);
    const int dims = static_cast<int>(table.dimensions.size());
    std::vector<int> coords(static_cast<std::size_t>(dims));
    for (int d = 0; d < dims; ++d) {
        const TableDimension& dim = table.dimensions[d];
        for (int e = 0; e < dims; ++e)
            coords[static_cast<std::size_t>(e)] = table.layout.size(e);
        for (int i = 0; i < table.layout.size(d); ++i) {
            coords[static_cast<std::size_t>(d)] = i;
            const std::size_t cell = static_cast<std::size_t>(table.layout.index(coords));
            const bool presenceTells = !dim.listsEmptyCategories || i == dim.missingIndex;
            if (presenceTells && cell < out.size() && table.cells[cell].n > 0)
                out[cell] = 1;
        }
    }
    return out;
}

std::vector<int> groupDisclosureLines(const CrossTab& table, const std::vector<Line>& lines)
{
    std::vector<int> out;
    for (std::size_t l = 0; l < lines.size(); ++l) {
        if (table.strictDimensions.contains(lines[l].axis))
            out.push_back(static_cast<int>(l));
    }
    return out;
}

void applyProtection(CrossTab& table, const Protection& protection)
{
    const bool publish = table.mode == Mode::Publicering;
    const int k = table.minCell;
    const int dims = static_cast<int>(table.dimensions.size());
    table.auditPassed = protection.auditPassed;
    table.audit = protection.audit;
    table.groupDisclosureLines = static_cast<int>(protection.flaggedGroupLines.size());
    for (std::size_t i = 0; i < table.cells.size(); ++i) {
        const qint64 n = table.cells[i].n;
        table.cells[i] = TableCell{};
        table.cells[i].n = n;
        table.cells[i].reason = i < protection.reasons.size() ? protection.reasons[i] : SuppressionReason::None;
    }
    std::vector<int> keptShape;
    for (int d = 0; d < dims; ++d)
        keptShape.push_back(table.layout.size(d));
    auto hidden = [&](const std::vector<int>& coords) {
        return table.cells[static_cast<std::size_t>(table.layout.index(coords))].suppressed();
    };
    auto count = [&](const std::vector<int>& coords) {
        return table.cells[static_cast<std::size_t>(table.layout.index(coords))].n;
    };
    std::vector<int> totalCoords(static_cast<std::size_t>(dims));
    for (int d = 0; d < dims; ++d)
        totalCoords[static_cast<std::size_t>(d)] = keptShape[static_cast<std::size_t>(d)];
    table.total = {count(totalCoords), hidden(totalCoords)};

    // Percentages of records with valid values, per layer.
    for (int cell = 0; cell < table.layout.cellCount(); ++cell) {
        if (!table.layout.isInterior(cell))
            continue;
        TableCell& tc = table.cells[static_cast<std::size_t>(cell)];
        const std::vector<int> c = table.layout.coordinates(cell);
        const int miss0 = table.dimensions[0].missingIndex;
        if (c[0] == miss0)
            continue;
        if (dims == 1) {
            std::vector<int> t{keptShape[0]};
            qint64 den = count(t);
            bool denHidden = hidden(t);
            if (miss0 >= 0) {
                den -= count({miss0});
                denHidden = denHidden || hidden({miss0});
            }
            tc.total = percentage(tc.n, den, tc.suppressed(), denHidden, k, publish);
            continue;
        }
        const int miss1 = table.dimensions[1].missingIndex;
        if (c[1] == miss1)
            continue;
        auto at = [&](int a, int b) {
            std::vector<int> x = c;
            x[0] = a;
            x[1] = b;
            return x;
        };
        const int t0 = keptShape[0];
        const int t1 = keptShape[1];
        // Row: records of this row with a valid column value.
        qint64 rowDen = count(at(c[0], t1));
        bool rowHidden = hidden(at(c[0], t1));
        if (miss1 >= 0) {
            rowDen -= count(at(c[0], miss1));
            rowHidden = rowHidden || hidden(at(c[0], miss1));
        }
        qint64 colDen = count(at(t0, c[1]));
        bool colHidden = hidden(at(t0, c[1]));
        if (miss0 >= 0) {
            colDen -= count(at(miss0, c[1]));
            colHidden = colHidden || hidden(at(miss0, c[1]));
        }
        qint64 totDen = count(at(t0, t1));
        bool totHidden = hidden(at(t0, t1));
        if (miss0 >= 0) {
            totDen -= count(at(miss0, t1));
            totHidden = totHidden || hidden(at(miss0, t1));
        }
        if (miss1 >= 0) {
            totDen -= count(at(t0, miss1));
            totHidden = totHidden || hidden(at(t0, miss1));
        }
        if (miss0 >= 0 && miss1 >= 0) {
            totDen += count(at(miss0, miss1));
            totHidden = totHidden || hidden(at(miss0, miss1));
        }
        tc.row = percentage(tc.n, rowDen, tc.suppressed(), rowHidden, k, publish);
        tc.column = percentage(tc.n, colDen, tc.suppressed(), colHidden, k, publish);
        tc.total = percentage(tc.n, totDen, tc.suppressed(), totHidden, k, publish);
    }

    // Bortfall, uncertain answers and not-applicable records per dimension.
    bool naHidden = false;
    for (int d = 0; d < dims; ++d) {
        TableDimension& dim = table.dimensions[d];
        dim.bortfall = Count{};
        dim.uncertain = Count{};
        std::vector<int> coords = totalCoords;
        if (dim.missingIndex >= 0) {
            coords[static_cast<std::size_t>(d)] = dim.missingIndex;
            dim.bortfall = {count(coords), hidden(coords)};
        }
        dim.bortfallPercent =
            table.total.n > 0 ? 100.0 * static_cast<double>(dim.bortfall.n) / static_cast<double>(table.total.n) : 0.0;
        for (qsizetype i = 0; i < dim.categories.size(); ++i) {
            if (!dim.categories.at(i).isUncertain)
                continue;
            coords[static_cast<std::size_t>(d)] = static_cast<int>(i);
            dim.uncertain.n += count(coords);
            dim.uncertain.suppressed = dim.uncertain.suppressed || hidden(coords);
        }
        const qint64 na = dim.notApplicable.n;
        dim.notApplicable = {na, publish && ((na > 0 && na < k) || table.total.suppressed)};
        naHidden = naHidden || dim.notApplicable.suppressed;
    }
    // population - total = records left out; hiding a not-applicable count hides the population too.
    table.population.suppressed = publish && (naHidden || table.total.suppressed);

    // Mode and footnotes.
    table.footnotes.clear();
    table.exportable = publish;
    table.watermark.clear();
    if (!publish) {
        table.exportable = false;
        table.watermark = QCoreApplication::translate("folja::analysis", "Not for publication");
        table.footnotes.append(QCoreApplication::translate(
            "folja::analysis", "Internal analysis: small counts are shown. Not for publication."));
    }
    const auto used = [&](SuppressionReason reason) {
        return std::any_of(table.cells.cbegin(), table.cells.cend(),
                           [reason](const TableCell& c) { return c.reason == reason; });
    };
    if (table.protection == ProtectionMethod::CellKey && publish) {
        table.footnotes.append(cellKeyNote());
        if (protection.suppressedCount() > 0)
            table.footnotes.append(
                QCoreApplication::translate("folja::analysis", "Values below %1 after the change are shown as \"..\".")
                    .arg(k + PTable::builtin()->maxDeviation()));
    } else if (protection.suppressedCount() > 0)
        table.footnotes.append(QCoreApplication::translate(
                                   "folja::analysis",
                                   "Values below %1 are not shown for confidentiality reasons; some further values "
                                   "have been hidden so that they cannot be derived.")
                                   .arg(k));
    if (used(SuppressionReason::GroupDisclosure))
        table.footnotes.append(QCoreApplication::translate(
            "folja::analysis", "Strict mode: where every person in a small group had the same outcome, the group's "
                               "values are not shown, since they would reveal each person's outcome."));
    if (used(SuppressionReason::Linked))
        table.footnotes.append(QCoreApplication::translate(
            "folja::analysis", "Some values are not shown because the same values are hidden in another table of "
                               "this report."));
    for (const AggregationStep& step : table.aggregation)
        table.footnotes.append(step.description);
    for (const TableDimension& d : table.dimensions) {
        if (d.multiValued)
            table.footnotes.append(
                QCoreApplication::translate("folja::analysis",
                                            "%1 can hold several values: a record is counted once for each value, so "
                                            "percentages can add up to more than 100 %.")
                    .arg(d.label));
    }
    table.footnotes.append(QCoreApplication::translate(
        "folja::analysis", "(missing): the value is missing although the step was reached (internal bortfall). "
                           "Records for which the question did not apply are left out and reported separately. "
                           "Percentages are of records with a valid answer."));
    const bool splitValueSets = std::any_of(table.dimensions.cbegin(), table.dimensions.cend(),
                                            [](const TableDimension& d) { return d.implicit; });
    if (splitValueSets)
        table.footnotes.append(QCoreApplication::translate(
            "folja::analysis", "Måluppfyllelse is shown separately for the BBIC and IBIC value sets, which "
                               "cannot be pooled."));
}

} // namespace folja::analysis
