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
const QString kBbic = QStringLiteral("BBIC");
const QString kIbic = QStringLiteral("IBIC");

} // namespace

namespace detail {

QString variableLabel(const catalog::Catalog& catalog, const VariableRef& ref)
{
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

// The måluppfyllelse scale of a målgrupp (INTERCHANGE §2/§3): the catalogue's value set, else
// SKR's rule: BBIC for individ- och familjeomsorg, IBIC for vård och omsorg.
QString scaleOf(const catalog::Catalog& catalog, catalog::Malgrupp m)
{
    const catalog::Variable* mal = catalog.variable(u"maluppfyllelse");
    QString set = mal ? catalog.valueSetFor(*mal, m) : QString();
    if (set.isEmpty())
        set = (m == catalog::Malgrupp::Aldre || m == catalog::Malgrupp::Funk) ? kIbic : kBbic;
    return set;
}

// The scale of each record's ärende (1 BBIC, 2 IBIC, kMissing unknown), from its målgrupp; a
// person holds the scales of all their ärenden.
Column scaleColumn(const detail::Engine& engine, const detail::Population& pop)
{
    Column col;
    col.mayBeNotApplicable = false;
    col.dict = {QString(), kBbic, kIbic};
    const Column malgrupp = engine.resolve(pop, VariableRef{QStringLiteral("malgrupp"), QString()}).value();
    std::vector<std::int32_t> lut(static_cast<std::size_t>(malgrupp.dict.size()), kMissing);
    for (qsizetype k = 1; k < malgrupp.dict.size(); ++k) {
        const auto m = catalog::malgruppFromCode(malgrupp.dict.at(k));
        if (m)
            lut[static_cast<std::size_t>(k)] = scaleOf(engine.catalog(), *m) == kIbic ? 2 : 1;
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

// Måluppfyllelse with "(uppgift saknas)" per scale: a record without a value keeps kMissing on
// the BBIC scale and gets the extra key dict.size() (appended, code "") on the IBIC scale; a person
// with ärenden on both scales and no value is missing on both.
Column scaleMissing(const detail::Engine& engine, const detail::Population& pop, const Column& in)
{
    const Column scales = scaleColumn(engine, pop);
    Column out = in;
    const auto ibicMissing = static_cast<std::int32_t>(out.dict.size());
    out.dict.append(QString());
    if (!in.multi) {
        for (std::size_t p = 0; p < out.keys.size(); ++p) {
            if (out.keys[p] == kMissing && !scales.multi && scales.keys[p] == 2)
                out.keys[p] = ibicMissing;
        }
        return out;
    }
    out.keys.clear();
    out.offsets.assign(1, 0);
    for (std::size_t p = 0; p + 1 < in.offsets.size(); ++p) {
        const std::uint32_t b = in.offsets[p];
        const std::uint32_t e = in.offsets[p + 1];
        if (e - b == 1 && in.keys[b] == kMissing) {
            bool bbic = false;
            bool ibic = false;
            const std::size_t sb = scales.multi ? scales.offsets[p] : p;
            const std::size_t se = scales.multi ? scales.offsets[p + 1] : p + 1;
            for (std::size_t i = sb; i < se; ++i) {
                bbic = bbic || scales.keys[i] != 2;
                ibic = ibic || scales.keys[i] == 2;
            }
            if (bbic || !ibic)
                out.keys.push_back(kMissing);
            if (ibic)
                out.keys.push_back(ibicMissing);
        } else {
            out.keys.insert(out.keys.end(), in.keys.begin() + b, in.keys.begin() + e);
        }
        out.offsets.push_back(static_cast<std::uint32_t>(out.keys.size()));
    }
    return out;
}

// The scales a query can hold: those of the målgrupper its scope and målgrupp filters allow.
QStringList allowedScales(const catalog::Catalog& catalog, const Query& query)
{
    QStringList scales;
    for (const catalog::Malgrupp m : {catalog::Malgrupp::Bou, catalog::Malgrupp::Vux, catalog::Malgrupp::Ekb,
                                      catalog::Malgrupp::Aldre, catalog::Malgrupp::Funk}) {
        const QString code = catalog::malgruppCode(m);
        bool allowed = query.scope.malgrupper.isEmpty() || query.scope.malgrupper.contains(code);
        for (const Filter& f : query.filters) {
            if (f.variable == QLatin1String("malgrupp"))
                allowed = allowed && f.values.contains(code);
        }
        const QString scale = scaleOf(catalog, m);
        if (allowed && !scales.contains(scale))
            scales.append(scale);
    }
    if (scales.isEmpty()) // the filters allow no målgrupp: no records, both scales listed as empty
        scales = QStringList{kBbic, kIbic};
    if (scales.size() > 1 && scales.front() != kBbic)
        std::swap(scales.first(), scales.last());
    return scales;
}

// Måluppfyllelse: tags every category with its scale and orders them in one block per scale
// (BBIC, then IBIC), each block's values followed by its own "(uppgift saknas)"; categories of a
// scale the query cannot hold are left out. `column` is the scaleMissing column (its last key is
// the IBIC "(uppgift saknas)"); `merged` the codes an S6 "Övriga" took, whose scale it has.
void splitScales(CategoryMap& map, const catalog::Catalog& catalog, const Column& column, const QStringList& scales,
                 const QStringList& merged)
{
    const catalog::Variable* var = catalog.variable(u"maluppfyllelse");
    auto scaleOfCode = [&](const QString& code) {
        const catalog::Value* value = var ? var->value(code) : nullptr;
        return value ? value->valueSet : QString();
    };
    QString otherScale;
    for (const QString& code : merged) {
        if (otherScale.isEmpty())
            otherScale = scaleOfCode(code);
    }
    QList<Category> categories;
    std::vector<int> newIndex(static_cast<std::size_t>(map.categories.size()), -1);
    int bbicMissing = -1;
    int ibicMissing = -1;
    for (const QString& scale : scales) {
        for (qsizetype i = 0; i < map.categories.size(); ++i) {
            Category c = map.categories.at(i);
            if (c.isMissing)
                continue;
            QString own = c.code == otherCategoryCode() ? otherScale : scaleOfCode(c.code);
            if (own.isEmpty())
                own = scales.front(); // not in the catalogue: kept, on the first scale
            if (own != scale)
                continue;
            c.scale = scale;
            newIndex[static_cast<std::size_t>(i)] = static_cast<int>(categories.size());
            categories.append(c);
        }
        Category missing = map.categories.at(map.missingIndex);
        missing.scale = scale;
        (scale == kIbic ? ibicMissing : bbicMissing) = static_cast<int>(categories.size());
        categories.append(missing);
    }
    std::vector<int> keyToIndex(static_cast<std::size_t>(column.dict.size()), -1);
    for (std::size_t k = 1; k < map.keyToIndex.size() && k < keyToIndex.size(); ++k) {
        const int idx = map.keyToIndex[k];
        keyToIndex[k] = idx < 0 ? -1 : newIndex[static_cast<std::size_t>(idx)];
    }
    // Records of a scale that is left out count as that scale's missing only if it is listed.
    map.missingIndex = bbicMissing >= 0 ? bbicMissing : ibicMissing;
    keyToIndex.back() = ibicMissing >= 0 ? ibicMissing : map.missingIndex;
    map.categories = categories;
    map.keyToIndex = std::move(keyToIndex);
}

// A multi-valued måluppfyllelse split into blocks: a block's total counts the records holding any
// of its values once (a sum of its cells would count a record once per value). Laid out like the
// counting pass's dense array, with the block number in place of the category along `split`.
void countBlockTotals(const std::vector<const Column*>& columns, const std::vector<std::vector<int>>& offsetOf,
                      const std::vector<int>& strides, const std::vector<int>& shape, const std::vector<bool>& multi,
                      int split, const std::vector<int>& blockOfKey, const std::uint8_t* rk,
                      std::vector<qint64>& counts, std::vector<std::uint32_t>& keySums)
{
    const int dims = static_cast<int>(columns.size());
    const std::size_t records = columns[0]->records();
    std::vector<std::vector<int>> lists(static_cast<std::size_t>(dims));
    for (std::size_t p = 0; p < records; ++p) {
        bool applies = true;
        for (int d = 0; d < dims && applies; ++d) {
            const Column& c = *columns[static_cast<std::size_t>(d)];
            std::vector<int>& list = lists[static_cast<std::size_t>(d)];
            list.clear();
            const std::size_t b = c.multi ? c.offsets[p] : p;
            const std::size_t e = c.multi ? c.offsets[p + 1] : p + 1;
            for (std::size_t i = b; i < e; ++i) {
                const auto key = static_cast<std::size_t>(c.keys[i] + 2);
                int off = offsetOf[static_cast<std::size_t>(d)][key];
                if (off >= 0 && d == split)
                    off = blockOfKey[key] * strides[static_cast<std::size_t>(d)];
                if (off < 0) {
                    applies = false;
                    break;
                }
                if (std::find(list.begin(), list.end(), off) == list.end())
                    list.push_back(off);
            }
            if (c.multi && d != split)
                list.push_back(shape[static_cast<std::size_t>(d)] * strides[static_cast<std::size_t>(d)]);
        }
        if (!applies)
            continue;
        std::vector<std::size_t> at(static_cast<std::size_t>(dims), 0);
        while (true) {
            int idx = 0;
            for (int d = 0; d < dims; ++d)
                idx += lists[static_cast<std::size_t>(d)][at[static_cast<std::size_t>(d)]];
            ++counts[static_cast<std::size_t>(idx)];
            if (rk)
                keySums[static_cast<std::size_t>(idx)] += rk[p];
            int d = dims - 1;
            while (d >= 0 && ++at[static_cast<std::size_t>(d)] == lists[static_cast<std::size_t>(d)].size()) {
                at[static_cast<std::size_t>(d)] = 0;
                --d;
            }
            if (d < 0)
                break;
        }
    }
    const int cells = static_cast<int>(counts.size());
    for (int d = 0; d < dims; ++d) {
        if (multi[static_cast<std::size_t>(d)])
            continue;
        const int stride = strides[static_cast<std::size_t>(d)];
        const int n = shape[static_cast<std::size_t>(d)];
        for (int base = 0; base < cells; ++base) {
            if ((base / stride) % (n + 1) != 0)
                continue;
            qint64 sum = 0;
            std::uint32_t keys = 0;
            for (int i = 0; i < n; ++i) {
                sum += counts[static_cast<std::size_t>(base + i * stride)];
                keys += rk ? keySums[static_cast<std::size_t>(base + i * stride)] : 0;
            }
            counts[static_cast<std::size_t>(base + n * stride)] = sum;
            if (rk)
                keySums[static_cast<std::size_t>(base + n * stride)] = keys;
        }
    }
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
        owned.push_back(column);
        columns.push_back(&column->column);
        narrow.push_back(column->narrow.empty() ? nullptr : column->narrow.data());
    }

    // Måluppfyllelse (INTERCHANGE §3): BBIC and IBIC are different scales. Their values are
    // categories of their own, tagged with the scale, "(uppgift saknas)" is given per scale (from
    // the ärende's målgrupp), and a table holding both splits the dimension into a block per scale
    // with its own total, so that no margin or percentage adds the two.
    int scaleDim = -1;
    const Column* unscaled = nullptr; // kept alive by owned[scaleDim]
    for (std::size_t d = 0; d < columns.size(); ++d) {
        if (columns[d]->ref.variable != QLatin1String("maluppfyllelse"))
            continue;
        scaleDim = static_cast<int>(d);
        const QString key = popKey + QLatin1Char('\n') + columns[d]->ref.name() + QStringLiteral("\nskala");
        std::shared_ptr<const CachedColumn> scaled = resolveCache().find<CachedColumn>(generation, key);
        if (!scaled) {
            auto fresh = std::make_shared<CachedColumn>();
            fresh->column = scaleMissing(engine, pop, *columns[d]);
            fresh->narrow = detail::narrowKeys(fresh->column);
            resolveCache().insert(generation, key, fresh,
                                  4 * (fresh->column.keys.size() + fresh->column.offsets.size()) +
                                      fresh->narrow.size());
            scaled = fresh;
        }
        unscaled = columns[d];
        owned.push_back(scaled);
        columns[d] = &scaled->column;
        narrow[d] = scaled->narrow.empty() ? nullptr : scaled->narrow.data();
        break;
    }

    const int dims = static_cast<int>(columns.size());
    std::vector<CategoryMap> maps;
    std::vector<int> shape;
    std::vector<bool> multi;
    for (const Column* c : columns) {
        const std::size_t d = maps.size();
        const bool scaled = static_cast<int>(d) == scaleDim;
        // CKM lists every value of a catalogue variable, so that a listed category reveals nothing.
        maps.push_back(buildCategories(catalog, scaled ? *unscaled : *c, query.includeEmptyCategories || cellKey));
        const QStringList merged = d < plan.ovriga.size() ? plan.ovriga[d] : QStringList();
        if (!merged.isEmpty())
            mergeIntoOther(maps.back(), merged);
        if (scaled)
            splitScales(maps.back(), catalog, *c, allowedScales(catalog, query), merged);
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
            const bool isMissing = maps[static_cast<std::size_t>(d)].categories.at(i).isMissing; // one per scale
            if (cellKey || counts[static_cast<std::size_t>(full.index(coords))] > 0 ||
                (query.includeEmptyCategories && !isMissing))
                kept[static_cast<std::size_t>(d)].push_back(i);
        }
    }
    std::vector<int> keptShape;
    for (const auto& kd : kept)
        keptShape.push_back(static_cast<int>(kd.size()));

    // Måluppfyllelse's listed categories in one block per scale; two blocks split the dimension.
    std::vector<std::vector<int>> blockStarts(static_cast<std::size_t>(dims));
    if (scaleDim >= 0) {
        const std::vector<int>& listed = kept[static_cast<std::size_t>(scaleDim)];
        const QList<Category>& all = maps[static_cast<std::size_t>(scaleDim)].categories;
        for (std::size_t i = 0; i < listed.size(); ++i) {
            if (i == 0 || all.at(listed[i]).scale != all.at(listed[i - 1]).scale)
                blockStarts[static_cast<std::size_t>(scaleDim)].push_back(static_cast<int>(i));
        }
    }
    const bool split = scaleDim >= 0 && blockStarts[static_cast<std::size_t>(scaleDim)].size() > 1;

    CrossTab table;
    table.unit = query.unit;
    table.mode = query.mode;
    table.minCell = k;
    table.layout = split ? DenseLayout(keptShape, blockStarts) : DenseLayout(keptShape);
    std::vector<qint64> values(static_cast<std::size_t>(table.layout.cellCount()), 0);
    detail::CellKeyInput cellKeys;
    if (cellKey)
        cellKeys.cellKeySums.assign(values.size(), 0);
    // A split multi-valued måluppfyllelse counts its block totals record by record.
    std::vector<qint64> blockCounts;
    std::vector<std::uint32_t> blockKeys;
    if (split && multi[static_cast<std::size_t>(scaleDim)]) {
        const CategoryMap& m = maps[static_cast<std::size_t>(scaleDim)];
        std::vector<int> blockOfCategory(m.categories.size(), 0);
        for (std::size_t i = 0; i < kept[static_cast<std::size_t>(scaleDim)].size(); ++i)
            blockOfCategory[static_cast<std::size_t>(kept[static_cast<std::size_t>(scaleDim)][i])] =
                table.layout.blockOf(scaleDim, static_cast<int>(i));
        std::vector<int> blockOfKey(m.keyToIndex.size() + 2, 0);
        blockOfKey[static_cast<std::size_t>(kMissing + 2)] = blockOfCategory[static_cast<std::size_t>(m.missingIndex)];
        for (std::size_t key = 1; key < m.keyToIndex.size(); ++key) {
            const int idx = m.keyToIndex[key] < 0 ? m.missingIndex : m.keyToIndex[key];
            blockOfKey[key + 2] = blockOfCategory[static_cast<std::size_t>(idx)];
        }
        blockCounts.assign(counts.size(), 0);
        blockKeys.assign(cellKey ? counts.size() : 0, 0);
        std::vector<std::vector<int>> offsetOf;
        for (const detail::CountDimension& cd : counted)
            offsetOf.push_back(cd.offsetOf);
        countBlockTotals(columns, offsetOf, strides, shape, multi, scaleDim, blockOfKey, recordKeys, blockCounts,
                         blockKeys);
    }
    for (int cell = 0; cell < table.layout.cellCount(); ++cell) {
        std::vector<int> coords = table.layout.coordinates(cell);
        int block = -1; // a block total of the split måluppfyllelse
        for (int d = 0; d < dims; ++d) {
            int& c = coords[static_cast<std::size_t>(d)];
            if (c >= keptShape[static_cast<std::size_t>(d)]) {
                block = split && d == scaleDim ? c - keptShape[static_cast<std::size_t>(d)] : block;
                c = shape[static_cast<std::size_t>(d)];
            } else {
                c = kept[static_cast<std::size_t>(d)][static_cast<std::size_t>(c)];
            }
        }
        qint64 n = 0;
        std::uint32_t keySum = 0;
        if (block < 0) {
            n = counts[static_cast<std::size_t>(full.index(coords))];
            keySum = cellKey ? keySums[static_cast<std::size_t>(full.index(coords))] : 0;
        } else if (!blockCounts.empty()) {
            coords[static_cast<std::size_t>(scaleDim)] = block;
            n = blockCounts[static_cast<std::size_t>(full.index(coords))];
            keySum = cellKey ? blockKeys[static_cast<std::size_t>(full.index(coords))] : 0;
        } else {
            // Single-valued: the block's total is the sum of its categories.
            for (int i = table.layout.blockBegin(scaleDim, block); i < table.layout.blockEnd(scaleDim, block); ++i) {
                coords[static_cast<std::size_t>(scaleDim)] =
                    kept[static_cast<std::size_t>(scaleDim)][static_cast<std::size_t>(i)];
                n += counts[static_cast<std::size_t>(full.index(coords))];
                keySum += cellKey ? keySums[static_cast<std::size_t>(full.index(coords))] : 0;
            }
        }
        values[static_cast<std::size_t>(cell)] = n;
        if (cellKey)
            cellKeys.cellKeySums[static_cast<std::size_t>(cell)] = keySum;
    }

    for (int d = 0; d < dims; ++d) {
        const Column& c = *columns[static_cast<std::size_t>(d)];
        TableDimension dim;
        dim.variable = c.ref.name();
        dim.label = variableLabel(catalog, c.ref);
        dim.multiValued = c.multi;
        // buildCategories lists empty catalogue values only.
        dim.listsEmptyCategories =
            query.includeEmptyCategories && c.kind == ColumnKind::Catalog && catalog.variable(c.ref.variable);
        for (int i : kept[static_cast<std::size_t>(d)]) {
            if (maps[static_cast<std::size_t>(d)].categories.at(i).isMissing)
                dim.missingIndex = static_cast<int>(dim.categories.size());
            dim.categories.append(maps[static_cast<std::size_t>(d)].categories.at(i));
        }
        if (d == scaleDim) {
            const std::vector<int>& starts = blockStarts[static_cast<std::size_t>(d)];
            for (std::size_t b = 0; b < starts.size(); ++b) {
                CategoryBlock block;
                block.first = starts[b];
                block.end = b + 1 < starts.size() ? starts[b + 1] : static_cast<int>(dim.categories.size());
                block.scale = dim.categories.at(block.first).scale;
                for (int i = block.first; i < block.end; ++i) {
                    if (dim.categories.at(i).isMissing)
                        block.missingIndex = i;
                }
                dim.blocks.append(block);
            }
            if (dim.isSplit())
                dim.missingIndex = -1;
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
        if (query.strict == StrictMode::On || (query.strict == StrictMode::Auto && outcome))
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
    if (publish && query.protection == ProtectionMethod::Suppression && dims >= 2 && !split &&
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
    std::vector<std::vector<int>> missingOf;
    for (const TableDimension& d : table.dimensions) {
        multi.push_back(d.multiValued);
        missing.push_back(d.missingIndex);
        std::vector<int> of;
        if (d.isSplit()) {
            for (qsizetype i = 0; i < d.categories.size(); ++i)
                of.push_back(d.missingOf(static_cast<int>(i)));
        }
        missingOf.push_back(std::move(of));
    }
    return table.layout.lines(multi, missing, missingOf);
}

int TableDimension::blockOf(int position) const
{
    const int n = static_cast<int>(categories.size());
    if (!isSplit())
        return 0;
    if (position >= n)
        return position - n;
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        if (position >= blocks.at(b).first && position < blocks.at(b).end)
            return static_cast<int>(b);
    }
    return 0;
}

int TableDimension::missingOf(int position) const
{
    return isSplit() ? blocks.at(blockOf(position)).missingIndex : missingIndex;
}

QString TableDimension::scaleOf(int position) const
{
    if (blocks.isEmpty())
        return QString();
    if (position >= 0 && position < categories.size())
        return categories.at(position).scale;
    return blocks.at(blockOf(position)).scale;
}

QList<int> TableDimension::readingOrder() const
{
    QList<int> out;
    const int n = static_cast<int>(categories.size());
    if (!isSplit()) {
        for (int i = 0; i <= n; ++i)
            out.append(i);
        return out;
    }
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        for (int i = blocks.at(b).first; i < blocks.at(b).end; ++i)
            out.append(i);
        out.append(n + static_cast<int>(b));
    }
    return out;
}

std::vector<qint64> tableLowerBounds(const CrossTab& table)
{
    std::vector<qint64> out(table.cells.size(), 0);
    const int dims = static_cast<int>(table.dimensions.size());
    for (int d = 0; d < dims; ++d) {
        const TableDimension& dim = table.dimensions[d];
        for (int i = 0; i < table.layout.extent(d); ++i) {
            const bool total = i >= table.layout.size(d);
            // A listed category holds a record; so does a listed block (its total) unless the
            // dimension lists empty categories too.
            const bool presenceTells = !dim.listsEmptyCategories || (!total && i == dim.missingOf(i));
            if (!presenceTells || (total && !dim.isSplit()))
                continue;
            // The margin of position i over every other dimension: at their totals, or at each
            // block's total of a split one (the record is in one of them; giving each non-empty
            // one the bound credits the attacker with more than it knows, which is safe).
            std::vector<int> coords(static_cast<std::size_t>(dims));
            std::vector<int> choice(static_cast<std::size_t>(dims), 0);
            while (true) {
                for (int e = 0; e < dims; ++e)
                    coords[static_cast<std::size_t>(e)] =
                        e == d ? i : table.layout.size(e) + choice[static_cast<std::size_t>(e)];
                const std::size_t cell = static_cast<std::size_t>(table.layout.index(coords));
                if (cell < out.size() && table.cells[cell].n > 0)
                    out[cell] = 1;
                int e = dims - 1;
                while (e >= 0 && (e == d || ++choice[static_cast<std::size_t>(e)] == table.layout.blocks(e))) {
                    choice[static_cast<std::size_t>(e)] = 0;
                    --e;
                }
                if (e < 0)
                    break;
            }
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
    // Every dimension at its total; -1 along a split one: all its blocks' totals.
    std::vector<int> totalCoords(static_cast<std::size_t>(dims));
    for (int d = 0; d < dims; ++d)
        totalCoords[static_cast<std::size_t>(d)] =
            table.dimensions[d].isSplit() ? -1 : keptShape[static_cast<std::size_t>(d)];
    // The records at `coords`; -1 along a split dimension adds its blocks' totals (records of both
    // scales: the table's total and the dimensions' bortfall, never a published margin).
    auto records = [&](std::vector<int> coords) {
        Count c;
        for (int d = 0; d < dims; ++d) {
            const auto ud = static_cast<std::size_t>(d);
            if (coords[ud] < 0) {
                for (int b = 0; b < table.layout.blocks(d); ++b) {
                    coords[ud] = keptShape[ud] + b;
                    c.n += count(coords);
                    c.suppressed = c.suppressed || hidden(coords);
                }
                return c;
            }
        }
        return Count{count(coords), hidden(coords)};
    };
    table.total = records(totalCoords);

    // Percentages of records with valid values, per layer.
    for (int cell = 0; cell < table.layout.cellCount(); ++cell) {
        if (!table.layout.isInterior(cell))
            continue;
        TableCell& tc = table.cells[static_cast<std::size_t>(cell)];
        const std::vector<int> c = table.layout.coordinates(cell);
        // Denominators stay within the cell's block of a split dimension.
        const int miss0 = table.dimensions[0].missingOf(c[0]);
        if (c[0] == miss0)
            continue;
        if (dims == 1) {
            std::vector<int> t{table.layout.totalOf(0, c[0])};
            qint64 den = count(t);
            bool denHidden = hidden(t);
            if (miss0 >= 0) {
                den -= count({miss0});
                denHidden = denHidden || hidden({miss0});
            }
            tc.total = percentage(tc.n, den, tc.suppressed(), denHidden, k, publish);
            continue;
        }
        const int miss1 = table.dimensions[1].missingOf(c[1]);
        if (c[1] == miss1)
            continue;
        auto at = [&](int a, int b) {
            std::vector<int> x = c;
            x[0] = a;
            x[1] = b;
            return x;
        };
        const int t0 = table.layout.totalOf(0, c[0]);
        const int t1 = table.layout.totalOf(1, c[1]);
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
        auto add = [](Count& sum, const Count& c) {
            sum.n += c.n;
            sum.suppressed = sum.suppressed || c.suppressed;
        };
        auto percentOf = [](const Count& part, const Count& whole) {
            return whole.n > 0 ? 100.0 * static_cast<double>(part.n) / static_cast<double>(whole.n) : 0.0;
        };
        // Per block (scale), then the dimension's counts of records as their sums.
        for (CategoryBlock& block : dim.blocks) {
            block.bortfall = Count{};
            block.uncertain = Count{};
            coords[static_cast<std::size_t>(d)] = table.layout.totalOf(d, block.first);
            block.total = records(coords);
            for (int i = block.first; i < block.end; ++i) {
                coords[static_cast<std::size_t>(d)] = i;
                if (i == block.missingIndex)
                    block.bortfall = records(coords);
                if (dim.categories.at(i).isUncertain)
                    add(block.uncertain, records(coords));
            }
            block.bortfallPercent = percentOf(block.bortfall, block.total);
        }
        if (dim.isSplit()) {
            for (const CategoryBlock& block : dim.blocks) {
                add(dim.bortfall, block.bortfall);
                add(dim.uncertain, block.uncertain);
            }
        } else {
            if (dim.missingIndex >= 0) {
                coords[static_cast<std::size_t>(d)] = dim.missingIndex;
                dim.bortfall = records(coords);
            }
            for (qsizetype i = 0; i < dim.categories.size(); ++i) {
                if (!dim.categories.at(i).isUncertain)
                    continue;
                coords[static_cast<std::size_t>(d)] = static_cast<int>(i);
                add(dim.uncertain, records(coords));
            }
        }
        dim.bortfallPercent = percentOf(dim.bortfall, table.total);
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
    const bool scalesSplit = std::any_of(table.dimensions.cbegin(), table.dimensions.cend(),
                                         [](const TableDimension& d) { return d.isSplit(); });
    if (scalesSplit)
        table.footnotes.append(QCoreApplication::translate(
            "folja::analysis", "Måluppfyllelse is shown separately for the BBIC and IBIC value sets, which "
                               "cannot be pooled."));
}

} // namespace folja::analysis
