#include "analysis/crosstab.h"

#include "analysis/aggregation.h"
#include "analysis/categories.h"
#include "analysis/cellkey.h"
#include "analysis/counting.h"
#include "analysis/engine.h"
#include "analysis/resolvecache.h"
#include "catalog/catalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <memory>

// Cross-tabulation: tabulate() in named steps — resolve the dimensions' columns (resolvecache.h),
// give each its categories (categories.h), count the records into a dense array (counting.h),
// list the categories shown, fill the table's cells, describe its dimensions and external
// bortfall, then protect it (the Cell Key Method, cellkey.h, or suppression through
// tableprotection.cpp and suppression.h).

namespace folja::analysis {

using detail::CategoryMap;
using detail::Column;
using detail::kMissing;

namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// The dimensions' columns over the selected population. Måluppfyllelse (INTERCHANGE §3): BBIC and
// IBIC are different scales, so its column carries "(uppgift saknas)" per scale (from the ärende's
// målgrupp) and its categories are split into a block per scale later (categorize).
struct Resolved {
    std::shared_ptr<const detail::CachedPopulation> population;
    std::vector<std::shared_ptr<const detail::CachedColumn>> owned; // keeps the columns alive
    std::vector<std::shared_ptr<const Column>> widened;             // widenKeys copies
    std::vector<const Column*> columns;
    std::vector<const std::uint8_t*> narrow; // per column: its one-byte keys, or null
    int scaleDim = -1;                       // the måluppfyllelse dimension
    const Column* unscaled = nullptr;        // måluppfyllelse as resolved (its dictionary), unscaled

    int dims() const { return static_cast<int>(columns.size()); }
};

Result<Resolved> resolveDimensions(const Snapshot& snapshot, const detail::Engine& engine, const Query& query)
{
    Resolved r;
    const QString popKey = detail::populationKey(query);
    auto population = detail::cachedPopulation(snapshot, engine, popKey);
    if (!population.ok())
        return population.error();
    r.population = std::move(population).value();
    for (const QString& d : query.dimensions) {
        const VariableRef ref = parseVariableRef(d).value();
        if (r.scaleDim < 0 && ref.variable == QLatin1String("maluppfyllelse")) {
            // Its scaled column (one "(uppgift saknas)" per scale), and the column as resolved
            // for its categories.
            auto scaled = detail::cachedScaledColumn(snapshot, engine, r.population->pop, popKey, ref);
            if (!scaled.ok())
                return scaled.error();
            r.owned.push_back(std::move(scaled).value());
            r.scaleDim = r.dims();
            r.unscaled = &r.owned.back()->unscaled;
            r.columns.push_back(&r.owned.back()->column);
            continue;
        }
        auto column = detail::cachedColumn(snapshot, engine, r.population->pop, popKey, ref);
        if (!column.ok())
            return column.error();
        r.owned.push_back(std::move(column).value());
        r.columns.push_back(&r.owned.back()->column);
    }
    // Columns may hold their keys as bytes alone (resolvecache.h). The counting kernel reads the
    // bytes when every dimension has them; otherwise (multi-valued dimensions, more than three)
    // everything downstream reads int32 keys, so those columns are widened for this table.
    if (!detail::countsNarrowOnly(r.columns)) {
        for (const Column*& c : r.columns) {
            if (!c->narrowOnly())
                continue;
            r.widened.push_back(std::make_shared<const Column>(detail::widenKeys(*c)));
            c = r.widened.back().get();
        }
    }
    for (const Column* c : r.columns)
        r.narrow.push_back(c->narrow.empty() ? nullptr : c->narrow.data());
    return r;
}

// Each dimension's categories (S6's "Övriga" merged, måluppfyllelse split per scale).
struct Categorized {
    std::vector<CategoryMap> maps;
    std::vector<int> shape; // categories per dimension
    std::vector<bool> multi;
};

Categorized categorize(const catalog::Catalog& catalog, const Query& query, const detail::AggregationPlan& plan,
                       const Resolved& r, bool listAll)
{
    Categorized out;
    for (int d = 0; d < r.dims(); ++d) {
        const Column& c = *r.columns[at(d)];
        const bool scaled = d == r.scaleDim;
        out.maps.push_back(detail::buildCategories(catalog, scaled ? *r.unscaled : c, listAll));
        const QStringList merged = at(d) < plan.ovriga.size() ? plan.ovriga[at(d)] : QStringList();
        if (!merged.isEmpty())
            detail::mergeIntoOther(out.maps.back(), merged);
        if (scaled)
            detail::splitScales(out.maps.back(), catalog, c, detail::allowedScales(catalog, query), merged);
        out.shape.push_back(static_cast<int>(out.maps.back().categories.size()));
        out.multi.push_back(c.multi);
    }
    return out;
}

// The counting pass into a dense array of every category plus a total per dimension.
struct Counted {
    DenseLayout full;
    std::vector<int> strides;
    std::vector<detail::CountDimension> dimensions;
    detail::CellCounts tally; // margins included; key sums (CKM) wrap modulo 2^32: fine mod 256
};

Counted countRecords(const Resolved& r, const Categorized& cats, const std::uint8_t* recordKeys)
{
    const int dims = r.dims();
    Counted out{DenseLayout(cats.shape), std::vector<int>(at(dims)), {}, {}};
    int s = 1;
    for (int d = dims - 1; d >= 0; --d) {
        out.strides[at(d)] = s;
        s *= cats.shape[at(d)] + 1;
    }
    // key + 2 -> offset of the category in the dense array; -1 for "not applicable".
    out.dimensions.resize(at(dims));
    for (int d = 0; d < dims; ++d) {
        const CategoryMap& m = cats.maps[at(d)];
        detail::CountDimension& cd = out.dimensions[at(d)];
        cd.column = r.columns[at(d)];
        cd.narrow = r.narrow[at(d)];
        cd.totalOffset = cats.shape[at(d)] * out.strides[at(d)];
        std::vector<int>& lut = cd.offsetOf;
        lut.assign(m.keyToIndex.size() + 2, -1);
        lut[at(kMissing + 2)] = m.missingIndex * out.strides[at(d)];
        for (std::size_t key = 1; key < m.keyToIndex.size(); ++key) {
            const int idx = m.keyToIndex[key];
            lut[key + 2] = (idx < 0 ? m.missingIndex : idx) * out.strides[at(d)];
        }
    }
    const detail::Population& pop = r.population->pop;
    out.tally = detail::countCells(out.dimensions, out.full.cellCount(), pop.rows.size(),
                                   recordKeys ? pop.rows.data() : nullptr, recordKeys);
    // Margins along single-valued dimensions are sums.
    std::vector<qint64>& counts = out.tally.counts;
    for (int d = 0; d < dims; ++d) {
        if (cats.multi[at(d)])
            continue;
        const int stride = out.strides[at(d)];
        const int n = cats.shape[at(d)];
        for (int base = 0; base < out.full.cellCount(); ++base) {
            if ((base / stride) % (n + 1) != 0)
                continue;
            qint64 sum = 0;
            for (int i = 0; i < n; ++i)
                sum += counts[at(base + i * stride)];
            counts[at(base + n * stride)] = sum;
        }
    }
    if (recordKeys)
        detail::sumKeyMargins(out.tally.keySums, cats.shape, cats.multi);
    return out;
}

// The categories the table lists: those somebody holds (the missing category always, empty ones
// only when asked for); CKM lists every category, "(uppgift saknas)" too, so that a listed category
// reveals nothing. Måluppfyllelse's listed categories form one block per scale.
struct Listed {
    std::vector<std::vector<int>> kept; // per dimension: the listed categories of the CategoryMap
    std::vector<int> keptShape;
    std::vector<std::vector<int>> blockStarts;
    bool split = false; // måluppfyllelse lists both scales

    int keptAt(int d, int position) const { return kept[at(d)][at(position)]; }
};

Listed listCategories(const Query& query, const Resolved& r, const Categorized& cats, const Counted& counted,
                      bool listAll)
{
    const int dims = r.dims();
    Listed out;
    out.kept.resize(at(dims));
    for (int d = 0; d < dims; ++d) {
        std::vector<int> coords(cats.shape.begin(), cats.shape.end()); // the other dimensions' totals
        for (int i = 0; i < cats.shape[at(d)]; ++i) {
            coords[at(d)] = i;
            const bool isMissing = cats.maps[at(d)].categories.at(i).isMissing; // one per scale
            if (listAll || counted.tally.counts[at(counted.full.index(coords))] > 0 ||
                (query.includeEmptyCategories && !isMissing))
                out.kept[at(d)].push_back(i);
        }
        out.keptShape.push_back(static_cast<int>(out.kept[at(d)].size()));
    }
    out.blockStarts.resize(at(dims));
    if (r.scaleDim >= 0) {
        const std::vector<int>& listed = out.kept[at(r.scaleDim)];
        const QList<Category>& all = cats.maps[at(r.scaleDim)].categories;
        for (std::size_t i = 0; i < listed.size(); ++i) {
            if (i == 0 || all.at(listed[i]).scale != all.at(listed[i - 1]).scale)
                out.blockStarts[at(r.scaleDim)].push_back(static_cast<int>(i));
        }
        out.split = out.blockStarts[at(r.scaleDim)].size() > 1;
    }
    return out;
}

// A split multi-valued måluppfyllelse counts its block totals record by record (a sum of the
// block's cells would count a record once per value); empty otherwise.
detail::CellCounts countBlockTotals(const Resolved& r, const Categorized& cats, const Counted& counted,
                                    const Listed& listed, const DenseLayout& layout, const std::uint8_t* recordKeys)
{
    detail::CellCounts out;
    const int sd = r.scaleDim;
    if (!listed.split || !cats.multi[at(sd)])
        return out;
    const CategoryMap& m = cats.maps[at(sd)];
    std::vector<int> blockOfCategory(m.categories.size(), 0);
    for (std::size_t i = 0; i < listed.kept[at(sd)].size(); ++i)
        blockOfCategory[at(listed.kept[at(sd)][i])] = layout.blockOf(sd, static_cast<int>(i));
    std::vector<int> blockOfKey(m.keyToIndex.size() + 2, 0);
    blockOfKey[at(kMissing + 2)] = blockOfCategory[at(m.missingIndex)];
    for (std::size_t key = 1; key < m.keyToIndex.size(); ++key) {
        const int idx = m.keyToIndex[key] < 0 ? m.missingIndex : m.keyToIndex[key];
        blockOfKey[key + 2] = blockOfCategory[at(idx)];
    }
    out.counts.assign(counted.tally.counts.size(), 0);
    out.keySums.assign(recordKeys ? counted.tally.counts.size() : 0, 0);
    std::vector<std::vector<int>> offsetOf;
    for (const detail::CountDimension& cd : counted.dimensions)
        offsetOf.push_back(cd.offsetOf);
    detail::countBlockTotals(r.columns, offsetOf, counted.strides, cats.shape, cats.multi, sd, blockOfKey, recordKeys,
                             out.counts, out.keySums);
    return out;
}

// The table's cells in its own layout (listed categories, totals, and a split måluppfyllelse's
// block totals), with their key sums under CKM.
void fillCells(CrossTab& table, std::vector<std::uint32_t>& keySums, const Resolved& r, const Categorized& cats,
               const Counted& counted, const Listed& listed, const std::uint8_t* recordKeys)
{
    const int dims = r.dims();
    const bool cellKey = recordKeys != nullptr;
    const int sd = r.scaleDim;
    const detail::CellCounts blocks = countBlockTotals(r, cats, counted, listed, table.layout, recordKeys);
    const std::vector<qint64>& counts = counted.tally.counts;
    const DenseLayout& full = counted.full;
    table.cells.resize(at(table.layout.cellCount()));
    if (cellKey)
        keySums.assign(table.cells.size(), 0);
    for (int cell = 0; cell < table.layout.cellCount(); ++cell) {
        std::vector<int> coords = table.layout.coordinates(cell);
        int block = -1; // a block total of the split måluppfyllelse
        for (int d = 0; d < dims; ++d) {
            int& c = coords[at(d)];
            if (c >= listed.keptShape[at(d)]) {
                block = listed.split && d == sd ? c - listed.keptShape[at(d)] : block;
                c = cats.shape[at(d)];
            } else {
                c = listed.keptAt(d, c);
            }
        }
        qint64 n = 0;
        std::uint32_t keySum = 0;
        if (block < 0) {
            n = counts[at(full.index(coords))];
            keySum = cellKey ? counted.tally.keySums[at(full.index(coords))] : 0;
        } else if (!blocks.counts.empty()) {
            coords[at(sd)] = block;
            n = blocks.counts[at(full.index(coords))];
            keySum = cellKey ? blocks.keySums[at(full.index(coords))] : 0;
        } else {
            // Single-valued: the block's total is the sum of its categories.
            for (int i = table.layout.blockBegin(sd, block); i < table.layout.blockEnd(sd, block); ++i) {
                coords[at(sd)] = listed.keptAt(sd, i);
                n += counts[at(full.index(coords))];
                keySum += cellKey ? counted.tally.keySums[at(full.index(coords))] : 0;
            }
        }
        table.cells[at(cell)].n = n;
        if (cellKey)
            keySums[at(cell)] = keySum;
    }
}

// The table's dimensions: labels, listed categories, måluppfyllelse's blocks, strict lines and
// not-applicable counts.
void describeDimensions(CrossTab& table, const catalog::Catalog& catalog, const Query& query, const Resolved& r,
                        const Categorized& cats, const Counted& counted, const Listed& listed)
{
    for (int d = 0; d < r.dims(); ++d) {
        const Column& c = *r.columns[at(d)];
        TableDimension dim;
        dim.variable = c.ref.name();
        dim.label = detail::variableLabel(catalog, c.ref);
        dim.multiValued = c.multi;
        // buildCategories lists empty catalogue values only.
        dim.listsEmptyCategories =
            query.includeEmptyCategories && c.kind == detail::ColumnKind::Catalog && catalog.variable(c.ref.variable);
        for (int i : listed.kept[at(d)]) {
            if (cats.maps[at(d)].categories.at(i).isMissing)
                dim.missingIndex = static_cast<int>(dim.categories.size());
            dim.categories.append(cats.maps[at(d)].categories.at(i));
        }
        if (d == r.scaleDim) {
            const std::vector<int>& starts = listed.blockStarts[at(d)];
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
        dim.notApplicable.n = counted.tally.notApplicable[at(d)];
        const bool outcome = isOutcomeVariable(c.ref.variable);
        if (query.strict == StrictMode::On || (query.strict == StrictMode::Auto && outcome))
            table.strictDimensions.append(d);
        table.dimensions.append(dim);
    }
    table.multiValued = std::find(cats.multi.begin(), cats.multi.end(), true) != cats.multi.end();
}

// External bortfall: what never reached the register at all.
void addExternalBortfall(CrossTab& table, const detail::CachedPopulation& c, bool publish, int k)
{
    auto hide = [&](qint64 n) { return publish && n > 0 && n < k; };
    if (c.haveInsatser) {
        table.external.append({QStringLiteral("insatser_utan_uppfoljning"),
                               QCoreApplication::translate("folja::analysis", "Ended insatser without any uppföljning"),
                               {c.closedWithout, hide(c.closedWithout)},
                               {c.closed, hide(c.closed)}});
    }
    if (c.haveArenden) {
        table.external.append({QStringLiteral("arenden_utan_insats"),
                               QCoreApplication::translate("folja::analysis", "Ärenden past beslut without any insats"),
                               {c.decidedWithout, hide(c.decidedWithout)},
                               {c.decided, hide(c.decided)}});
    }
}

// The Cell Key Method (cellkey.h): every count perturbed from the key sums of its records.
Result<void> perturb(CrossTab& table, std::vector<std::uint32_t> keySums, const Counted& counted,
                     const detail::CachedPopulation& c)
{
    detail::CellKeyInput input;
    input.cellKeySums = std::move(keySums);
    input.notApplicableKeySums = counted.tally.notApplicableKeySums;
    input.populationKeySum = counted.tally.populationKeySum;
    if (c.haveInsatser)
        input.external.append({c.closedWithoutKeys, c.closedKeys});
    if (c.haveArenden)
        input.external.append({c.decidedWithoutKeys, c.decidedKeys});
    return detail::applyCellKey(table, input);
}

// Suppression (suppression.h) of the whole table, with its one-way margins fixed to the 1-D
// tables of the same query where those count the same records.
void suppress(CrossTab& table, const Query& query, bool split)
{
    const bool publish = query.mode == Mode::Publicering;
    const int dims = static_cast<int>(table.dimensions.size());
    std::vector<qint64> values(table.cells.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = table.cells[i].n;
    ProtectionOptions options;
    options.minCell = publish ? table.minCell : 0;
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
                same = same && (e == d || table.dimensions[e].notApplicable.n == 0);
            if (same)
                oneWay.push_back(d);
        }
        std::vector<bool> multi;
        std::vector<int> missing;
        for (const TableDimension& d : table.dimensions) {
            multi.push_back(d.multiValued);
            missing.push_back(d.missingIndex);
        }
        std::vector<int> strict(table.strictDimensions.cbegin(), table.strictDimensions.cend());
        fixMarginsToOneWayTables(table.layout, values, multi, missing, oneWay, strict, options);
    }
    Protection protection = protectTable(values, lines, options);
    if (!protection.auditPassed && !options.mustPublish.empty()) {
        // The 1-D tables' published margins left no safe pattern: protect this table on its own
        // terms (their hidden margins stay hidden).
        options.mustPublish.clear();
        protection = protectTable(values, lines, options);
    }
    applyProtection(table, protection);
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

namespace detail {

Result<CrossTab> tabulate(const Snapshot& snapshot, const catalog::Catalog& catalog, const Query& query,
                          const AggregationPlan& plan)
{
    const Result<void> valid = query.validate();
    if (!valid.ok())
        return valid.error();
    const bool publish = query.mode == Mode::Publicering;
    // Cell Key Method (cellkey.h): record keys summed per cell in the counting pass.
    const bool cellKey = publish && query.protection == ProtectionMethod::CellKey;
    if (cellKey && !PTable::builtin().ok())
        return PTable::builtin().error();

    const Engine engine(snapshot, catalog, query);
    auto resolved = resolveDimensions(snapshot, engine, query);
    if (!resolved.ok())
        return resolved.error();
    const Resolved& r = *resolved;
    const std::uint8_t* recordKeys = cellKey ? recordKeyTable(snapshot, r.population->pop.unit).data() : nullptr;
    // CKM lists every value of a catalogue variable, so that a listed category reveals nothing.
    const Categorized cats = categorize(catalog, query, plan, r, query.includeEmptyCategories || cellKey);
    const Counted counted = countRecords(r, cats, recordKeys);
    const Listed listed = listCategories(query, r, cats, counted, cellKey);

    CrossTab table;
    table.unit = query.unit;
    table.mode = query.mode;
    table.minCell = query.minCell;
    table.layout = listed.split ? DenseLayout(listed.keptShape, listed.blockStarts) : DenseLayout(listed.keptShape);
    std::vector<std::uint32_t> keySums;
    fillCells(table, keySums, r, cats, counted, listed, recordKeys);
    describeDimensions(table, catalog, query, r, cats, counted, listed);
    table.population.n = static_cast<qint64>(r.population->pop.rows.size());
    table.aggregation = plan.steps;
    addExternalBortfall(table, *r.population, publish, query.minCell);

    if (cellKey) {
        if (auto perturbed = perturb(table, std::move(keySums), counted, *r.population); !perturbed)
            return perturbed.error();
        return table;
    }
    suppress(table, query, listed.split);
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

} // namespace folja::analysis
