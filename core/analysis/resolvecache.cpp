#include "analysis/resolvecache.h"

#include "analysis/categories.h"
#include "analysis/counting.h"

#include <QMutex>

#include <algorithm>
#include <optional>

namespace folja::analysis::detail {

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

    // Drops the entries of generations older than `generation`: after a write only a snapshot copy
    // from before it could ask for them. Freed before a query of the new generation allocates,
    // their memory is what that query reuses; memory that is only freed once entries age out of
    // the limit is not, and fresh pages cost a page fault each (a million-row population is a
    // thousand of them: on a virtual machine more than the whole resolve).
    void retireBefore(std::uint64_t generation)
    {
        QMutexLocker lock(&m_mutex);
        std::erase_if(m_entries, [&](const Entry& e) {
            if (e.generation >= generation)
                return false;
            m_bytes -= e.bytes;
            return true;
        });
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
void countExternal(const Snapshot& snapshot, const Engine& engine, CachedPopulation& c)
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

std::size_t bytesOf(const CachedColumn& c)
{
    return 4 * (c.column.keys.size() + c.column.offsets.size()) + c.column.narrow.size();
}

} // namespace

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

namespace {

QString columnKey(const QString& popKey, const VariableRef& ref)
{
    return popKey + QLatin1Char('\n') + ref.name();
}

QString scaledKey(const QString& popKey, const VariableRef& maluppfyllelse)
{
    return columnKey(popKey, maluppfyllelse) + QStringLiteral("\nskala");
}

} // namespace

Result<std::shared_ptr<const CachedPopulation>> cachedPopulation(const Snapshot& snapshot, const Engine& engine,
                                                                 const QString& popKey)
{
    const std::uint64_t generation = snapshot.generation();
    if (auto cached = resolveCache().find<CachedPopulation>(generation, popKey))
        return cached;
    resolveCache().retireBefore(generation);
    auto selected = engine.select();
    if (!selected.ok())
        return selected.error();
    auto fresh = std::make_shared<CachedPopulation>();
    fresh->pop = std::move(selected.value());
    countExternal(snapshot, engine, *fresh);
    const std::size_t bytes =
        4 * (fresh->pop.rows.size() + fresh->pop.arendeRows.size() + fresh->pop.arendeOffsets.size());
    resolveCache().insert(generation, popKey, fresh, bytes);
    return std::shared_ptr<const CachedPopulation>(std::move(fresh));
}

Result<std::shared_ptr<const CachedColumn>> cachedColumn(const Snapshot& snapshot, const Engine& engine,
                                                         const Population& pop, const QString& popKey,
                                                         const VariableRef& ref)
{
    const std::uint64_t generation = snapshot.generation();
    const QString key = columnKey(popKey, ref);
    if (auto cached = resolveCache().find<CachedColumn>(generation, key))
        return cached;
    // Bytes where the resolver's fast paths can write them (a quarter of the memory traffic).
    auto resolved = engine.resolve(pop, ref, KeyForm::Narrow);
    if (!resolved.ok())
        return resolved.error();
    auto fresh = std::make_shared<CachedColumn>();
    fresh->column = std::move(resolved.value());
    if (fresh->column.narrow.empty())
        fresh->column.narrow = narrowKeys(fresh->column);
    resolveCache().insert(generation, key, fresh, bytesOf(*fresh));
    return std::shared_ptr<const CachedColumn>(std::move(fresh));
}

Result<std::shared_ptr<const CachedColumn>> cachedScaledColumn(const Snapshot& snapshot, const Engine& engine,
                                                               const Population& pop, const QString& popKey,
                                                               const VariableRef& maluppfyllelse)
{
    const std::uint64_t generation = snapshot.generation();
    const QString key = scaledKey(popKey, maluppfyllelse);
    if (auto cached = resolveCache().find<CachedColumn>(generation, key))
        return cached;
    // The målgrupp column decides each record's scale: the cached one when målgrupp is a dimension.
    auto malgrupp = cachedColumn(snapshot, engine, pop, popKey, VariableRef{QStringLiteral("malgrupp"), QString()});
    if (!malgrupp.ok())
        return malgrupp.error();
    const Column& group = malgrupp.value()->column;
    auto fresh = std::make_shared<CachedColumn>();
    // One gather loop where it can: each record's value read and, when missing, moved to its
    // scale's "(uppgift saknas)" by its målgrupp byte in the same pass.
    std::optional<GatherPlan> plan = engine.gatherPlan(pop.unit, maluppfyllelse, KeyForm::Narrow);
    std::optional<ScaleBytes> scale;
    if (plan && !group.narrow.empty())
        scale = scaleBytes(engine.catalog(), group, plan->column);
    if (scale && plan->shiftMissing(group.narrow.data(), scale->shiftByGroup())) {
        plan->allocate(pop.rows.size());
        plan->fill(pop.rows.data(), pop.rows.size(), 0);
        fresh->column = std::move(scale->column);
        fresh->column.narrow = std::move(plan->column.narrow);
        fresh->unscaled = std::move(plan->column);
        fresh->unscaled.narrow.clear();
    } else {
        auto column = cachedColumn(snapshot, engine, pop, popKey, maluppfyllelse);
        if (!column.ok())
            return column.error();
        fresh->column = scaleMissing(engine.catalog(), group, column.value()->column);
        const Column& resolved = column.value()->column;
        fresh->unscaled.ref = resolved.ref;
        fresh->unscaled.kind = resolved.kind;
        fresh->unscaled.multi = resolved.multi;
        fresh->unscaled.mayBeNotApplicable = resolved.mayBeNotApplicable;
        fresh->unscaled.dict = resolved.dict;
    }
    if (fresh->column.narrow.empty())
        fresh->column.narrow = narrowKeys(fresh->column);
    resolveCache().insert(generation, key, fresh, bytesOf(*fresh));
    return std::shared_ptr<const CachedColumn>(std::move(fresh));
}

} // namespace folja::analysis::detail
