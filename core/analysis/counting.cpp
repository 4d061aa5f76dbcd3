#include "analysis/counting.h"

#include <algorithm>
#include <limits>

namespace folja::analysis::detail {

namespace {

// The offset a dimension that does not apply contributes: a sum of offsets holding it is at least
// this, beyond any cell (the fast path needs fewer cells than kSpareBit / 4), and its bit tells
// which dimension did not apply.
constexpr int kSpareShift = 28;
constexpr std::uint32_t kSpareBit = 1u << kSpareShift;
constexpr int kMaxFastDimensions = 3;
constexpr int kSets = 4; // interleaved counter sets

template <typename K>
struct FastColumns {
    const K* keys[kMaxFastDimensions] = {};
    const std::uint32_t* offsets[kMaxFastDimensions] = {}; // indexed by the keys of `keys`
};

// The branch-free single-valued pass. `spare` is the slot of records some dimension does not apply
// to (= the number of cells); each of the kSets counter sets has spare + 1 setSize.
template <int D, typename K, bool Keys>
void countSingleValued(const FastColumns<K>& in, std::size_t records, std::uint32_t spare, const std::uint32_t* rows,
                       const std::uint8_t* keys, std::uint32_t* counts, std::uint32_t* keySums, CellCounts& out)
{
    const std::size_t setSize = static_cast<std::size_t>(spare) + 1;
    const K* c0 = in.keys[0];
    const K* c1 = in.keys[D > 1 ? 1 : 0];
    const K* c2 = in.keys[D > 2 ? 2 : 0];
    const std::uint32_t* l0 = in.offsets[0];
    const std::uint32_t* l1 = in.offsets[D > 1 ? 1 : 0];
    const std::uint32_t* l2 = in.offsets[D > 2 ? 2 : 0];
    std::uint32_t na0 = 0, na1 = 0, na2 = 0;
    std::uint32_t naKey0 = 0, naKey1 = 0, naKey2 = 0;
    std::uint32_t all = 0;
    // Record p counts into set p % kSets, so that neighbouring records of one cell do not wait for
    // each other. Inlined by force: the accumulators must stay in registers.
    auto one = [&](std::size_t p, std::size_t set) __attribute__((always_inline))
    {
        const std::uint32_t o0 = l0[c0[p]];
        const std::uint32_t o1 = D > 1 ? l1[c1[p]] : 0u;
        const std::uint32_t o2 = D > 2 ? l2[c2[p]] : 0u;
        const std::uint32_t f0 = o0 >> kSpareShift;
        const std::uint32_t f1 = o1 >> kSpareShift;
        const std::uint32_t f2 = o2 >> kSpareShift;
        na0 += f0;
        na1 += f1;
        na2 += f2;
        const std::size_t at = set * setSize + std::min(o0 + o1 + o2, spare);
        ++counts[at];
        if constexpr (Keys) {
            const std::uint32_t key = keys[rows[p]];
            all += key;
            naKey0 += key & (0u - f0);
            naKey1 += key & (0u - f1);
            naKey2 += key & (0u - f2);
            keySums[at] += key;
        }
    };
    std::size_t p = 0;
    for (; p + kSets <= records; p += kSets) {
        one(p, 0);
        one(p + 1, 1);
        one(p + 2, 2);
        one(p + 3, 3);
    }
    for (; p < records; ++p)
        one(p, 0);
    const std::uint32_t na[kMaxFastDimensions] = {na0, na1, na2};
    const std::uint32_t naKeys[kMaxFastDimensions] = {naKey0, naKey1, naKey2};
    for (int d = 0; d < D; ++d) {
        out.notApplicable[static_cast<std::size_t>(d)] = na[d];
        out.notApplicableKeySums[static_cast<std::size_t>(d)] = naKeys[d];
    }
    out.populationKeySum = all;
}

template <typename K, bool Keys>
void dispatchSingleValued(int dims, const FastColumns<K>& in, std::size_t records, std::uint32_t spare,
                          const std::uint32_t* rows, const std::uint8_t* keys, std::uint32_t* counts,
                          std::uint32_t* keySums, CellCounts& out)
{
    switch (dims) {
    case 1:
        countSingleValued<1, K, Keys>(in, records, spare, rows, keys, counts, keySums, out);
        break;
    case 2:
        countSingleValued<2, K, Keys>(in, records, spare, rows, keys, counts, keySums, out);
        break;
    default:
        countSingleValued<3, K, Keys>(in, records, spare, rows, keys, counts, keySums, out);
        break;
    }
}

// The byte path's first step when the columns' byte combinations are few (kMaxCombinations): each
// record counted into the bin of its combination of bytes, b0 * w1 * w2 + b1 * w2 + b2 (w: how many
// bytes a column can hold), in kSets interleaved sets; no table and no test per record. The bins
// are moved to their cells afterwards (countCombinations).
constexpr std::size_t kMaxCombinations = 2048;

template <int D, bool Keys>
void countBins(const std::uint8_t* const* columns, const std::size_t* widths, std::size_t records,
               const std::uint32_t* rows, const std::uint8_t* keys, std::size_t bins, std::uint32_t* counts,
               std::uint32_t* keySums)
{
    const std::uint8_t* c0 = columns[0];
    const std::uint8_t* c1 = columns[D > 1 ? 1 : 0];
    const std::uint8_t* c2 = columns[D > 2 ? 2 : 0];
    const auto w1 = static_cast<std::uint32_t>(D > 1 ? widths[1] : 1);
    const auto w2 = static_cast<std::uint32_t>(D > 2 ? widths[2] : 1);
    auto one = [&](std::size_t p, std::size_t set) __attribute__((always_inline))
    {
        std::uint32_t bin = c0[p];
        if constexpr (D > 1)
            bin = bin * w1 + c1[p];
        if constexpr (D > 2)
            bin = bin * w2 + c2[p];
        const std::size_t at = set * bins + bin;
        ++counts[at];
        if constexpr (Keys)
            keySums[at] += keys[rows[p]];
    };
    std::size_t p = 0;
    for (; p + kSets <= records; p += kSets) {
        one(p, 0);
        one(p + 1, 1);
        one(p + 2, 2);
        one(p + 3, 3);
    }
    for (; p < records; ++p)
        one(p, 0);
}

// Counts byte columns through their combinations (countBins), then moves each combination's
// records to its cell, or to the not-applicable counts of the dimensions that do not apply to it,
// as countSingleValued does record by record. False when the combinations are too many.
bool countCombinations(const std::vector<CountDimension>& dimensions, std::size_t records, const std::uint32_t* rows,
                       const std::uint8_t* keys, CellCounts& out)
{
    const std::size_t dims = dimensions.size();
    const std::uint8_t* columns[kMaxFastDimensions] = {};
    std::size_t widths[kMaxFastDimensions] = {1, 1, 1};
    std::size_t bins = 1;
    for (std::size_t d = 0; d < dims; ++d) {
        // A column's bytes are its keys + 2, below its dictionary's size + 2 (engine.h: Column).
        columns[d] = dimensions[d].narrow;
        widths[d] = static_cast<std::size_t>(dimensions[d].column->dict.size()) + 2;
        bins *= widths[d];
        if (bins > kMaxCombinations)
            return false;
    }
    std::vector<std::uint32_t> counts(bins * kSets, 0);
    std::vector<std::uint32_t> keySums(keys ? bins * kSets : 0, 0);
    auto run = [&]<bool Keys>() {
        switch (dims) {
        case 1:
            countBins<1, Keys>(columns, widths, records, rows, keys, bins, counts.data(), keySums.data());
            break;
        case 2:
            countBins<2, Keys>(columns, widths, records, rows, keys, bins, counts.data(), keySums.data());
            break;
        default:
            countBins<3, Keys>(columns, widths, records, rows, keys, bins, counts.data(), keySums.data());
            break;
        }
    };
    if (keys)
        run.template operator()<true>();
    else
        run.template operator()<false>();
    std::uint32_t all = 0;
    for (std::size_t bin = 0; bin < bins; ++bin) {
        qint64 n = 0;
        std::uint32_t keySum = 0;
        for (std::size_t set = 0; set < static_cast<std::size_t>(kSets); ++set) {
            n += counts[set * bins + bin];
            keySum += keys ? keySums[set * bins + bin] : 0u;
        }
        if (n == 0)
            continue;
        all += keySum;
        // The bin's bytes, and their offsets (-1: does not apply; bytes past the table likewise).
        std::size_t rest = bin;
        int offset = 0;
        bool applies = true;
        for (std::size_t d = dims; d-- > 0;) {
            const std::size_t byte = rest % widths[d];
            rest /= widths[d];
            const std::vector<int>& offsetOf = dimensions[d].offsetOf;
            const int o = byte < offsetOf.size() ? offsetOf[byte] : -1;
            if (o < 0) {
                applies = false;
                out.notApplicable[d] += n;
                out.notApplicableKeySums[d] += keySum;
            } else {
                offset += o;
            }
        }
        if (!applies)
            continue;
        out.counts[static_cast<std::size_t>(offset)] += n;
        if (keys)
            out.keySums[static_cast<std::size_t>(offset)] += keySum;
    }
    out.populationKeySum = all;
    return true;
}

bool fastPathApplies(const std::vector<CountDimension>& dimensions, int cellCount)
{
    if (dimensions.empty() || dimensions.size() > static_cast<std::size_t>(kMaxFastDimensions) ||
        cellCount >= static_cast<int>(kSpareBit / 4))
        return false;
    return std::none_of(dimensions.begin(), dimensions.end(), [](const CountDimension& d) { return d.column->multi; });
}

void countFast(const std::vector<CountDimension>& dimensions, int cellCount, std::size_t records,
               const std::uint32_t* rows, const std::uint8_t* keys, CellCounts& out)
{
    const int dims = static_cast<int>(dimensions.size());
    const auto spare = static_cast<std::uint32_t>(cellCount);
    const std::size_t setSize = static_cast<std::size_t>(cellCount) + 1;
    // Offsets as unsigned, "does not apply" as the dimension's spare bit.
    std::vector<std::vector<std::uint32_t>> luts(static_cast<std::size_t>(dims));
    for (int d = 0; d < dims; ++d) {
        const std::vector<int>& offsetOf = dimensions[static_cast<std::size_t>(d)].offsetOf;
        std::vector<std::uint32_t>& lut = luts[static_cast<std::size_t>(d)];
        lut.resize(std::max<std::size_t>(offsetOf.size(), 256));
        std::fill(lut.begin(), lut.end(), kSpareBit);
        for (std::size_t i = 0; i < offsetOf.size(); ++i)
            lut[i] = offsetOf[i] < 0 ? kSpareBit : static_cast<std::uint32_t>(offsetOf[i]);
    }
    std::vector<std::uint32_t> counts(setSize * kSets, 0);
    std::vector<std::uint32_t> keySums(keys ? setSize * kSets : 0, 0);
    const bool narrow =
        std::all_of(dimensions.begin(), dimensions.end(), [](const CountDimension& d) { return d.narrow != nullptr; });
    if (narrow) {
        FastColumns<std::uint8_t> in;
        for (int d = 0; d < dims; ++d) {
            in.keys[d] = dimensions[static_cast<std::size_t>(d)].narrow;
            in.offsets[d] = luts[static_cast<std::size_t>(d)].data();
        }
        if (keys)
            dispatchSingleValued<std::uint8_t, true>(dims, in, records, spare, rows, keys, counts.data(),
                                                     keySums.data(), out);
        else
            dispatchSingleValued<std::uint8_t, false>(dims, in, records, spare, rows, keys, counts.data(), nullptr,
                                                      out);
    } else {
        FastColumns<std::int32_t> in;
        for (int d = 0; d < dims; ++d) {
            in.keys[d] = dimensions[static_cast<std::size_t>(d)].column->keys.data();
            in.offsets[d] = luts[static_cast<std::size_t>(d)].data() + 2; // keys start at kNotApplicable = -2
        }
        if (keys)
            dispatchSingleValued<std::int32_t, true>(dims, in, records, spare, rows, keys, counts.data(),
                                                     keySums.data(), out);
        else
            dispatchSingleValued<std::int32_t, false>(dims, in, records, spare, rows, keys, counts.data(), nullptr,
                                                      out);
    }
    for (int s = 0; s < kSets; ++s) {
        for (int cell = 0; cell < cellCount; ++cell) {
            const std::size_t at = static_cast<std::size_t>(s) * setSize + static_cast<std::size_t>(cell);
            out.counts[static_cast<std::size_t>(cell)] += counts[at];
            if (keys)
                out.keySums[static_cast<std::size_t>(cell)] += keySums[at];
        }
    }
}

// Any dimensions, multi-valued ones included: a multi-valued dimension contributes each of the
// record's values once and its total once, so margins count records, not values.
void countGeneral(const std::vector<CountDimension>& dimensions, std::size_t records, const std::uint32_t* rows,
                  const std::uint8_t* keys, CellCounts& out)
{
    const std::size_t dims = dimensions.size();
    std::vector<std::vector<int>> lists(dims);
    std::vector<std::size_t> at(dims, 0);
    std::uint32_t all = 0;
    for (std::size_t p = 0; p < records; ++p) {
        const std::uint32_t key = keys ? keys[rows[p]] : 0u;
        all += key;
        bool applies = true;
        for (std::size_t d = 0; d < dims; ++d) {
            const CountDimension& dim = dimensions[d];
            const Column& c = *dim.column;
            std::vector<int>& list = lists[d];
            list.clear();
            const std::size_t b = c.multi ? c.offsets[p] : p;
            const std::size_t e = c.multi ? c.offsets[p + 1] : p + 1;
            bool notApplicable = false;
            for (std::size_t i = b; i < e; ++i) {
                const int off = dim.offsetOf[static_cast<std::size_t>(c.keys[i] + 2)];
                if (off < 0) {
                    notApplicable = true;
                    break;
                }
                if (std::find(list.begin(), list.end(), off) == list.end())
                    list.push_back(off);
            }
            if (notApplicable) {
                ++out.notApplicable[d];
                out.notApplicableKeySums[d] += key;
                applies = false;
                continue;
            }
            if (c.multi)
                list.push_back(dim.totalOffset);
        }
        if (!applies)
            continue;
        // Cartesian product of the lists.
        std::fill(at.begin(), at.end(), 0);
        while (true) {
            int idx = 0;
            for (std::size_t d = 0; d < dims; ++d)
                idx += lists[d][at[d]];
            ++out.counts[static_cast<std::size_t>(idx)];
            if (keys)
                out.keySums[static_cast<std::size_t>(idx)] += key;
            std::size_t d = dims;
            while (d > 0 && ++at[d - 1] == lists[d - 1].size()) {
                at[d - 1] = 0;
                --d;
            }
            if (d == 0)
                break;
        }
    }
    out.populationKeySum = all;
}

} // namespace

std::vector<std::uint8_t> narrowKeys(const Column& column)
{
    std::vector<std::uint8_t> out;
    if (column.narrowOnly())
        return column.narrow;
    if (column.multi || column.dict.size() + 2 > std::numeric_limits<std::uint8_t>::max() + 1)
        return out;
    out.resize(column.keys.size());
    const std::int32_t* in = column.keys.data();
    std::uint8_t* o = out.data();
    for (std::size_t p = 0; p < out.size(); ++p)
        o[p] = static_cast<std::uint8_t>(in[p] + 2);
    return out;
}

Column widenKeys(const Column& column)
{
    Column out = column;
    if (column.narrowOnly()) {
        out.keys.resize(column.narrow.size());
        for (std::size_t p = 0; p < out.keys.size(); ++p)
            out.keys[p] = static_cast<std::int32_t>(column.narrow[p]) - 2;
    }
    return out;
}

bool countsNarrowOnly(const std::vector<const Column*>& columns)
{
    return !columns.empty() && columns.size() <= static_cast<std::size_t>(kMaxFastDimensions) &&
           std::all_of(columns.begin(), columns.end(), [](const Column* c) { return !c->multi && !c->narrow.empty(); });
}

CellCounts countCells(const std::vector<CountDimension>& dimensions, int cellCount, std::size_t records,
                      const std::uint32_t* rows, const std::uint8_t* keys)
{
    const bool bytes =
        fastPathApplies(dimensions, cellCount) &&
        std::all_of(dimensions.begin(), dimensions.end(), [](const CountDimension& d) { return d.narrow != nullptr; });
    const bool needWide = std::any_of(dimensions.begin(), dimensions.end(),
                                      [](const CountDimension& d) { return d.column->narrowOnly(); });
    if (!bytes && needWide) {
        // A table too large for the byte path (catalogue categories listed): widen the columns
        // kept as bytes alone.
        std::vector<Column> wide;
        wide.reserve(dimensions.size());
        std::vector<CountDimension> widened = dimensions;
        for (CountDimension& d : widened) {
            wide.push_back(widenKeys(*d.column));
            d.column = &wide.back();
        }
        return countCells(widened, cellCount, records, rows, keys);
    }
    CellCounts out;
    out.counts.assign(static_cast<std::size_t>(cellCount), 0);
    if (keys)
        out.keySums.assign(static_cast<std::size_t>(cellCount), 0);
    out.notApplicable.assign(dimensions.size(), 0);
    out.notApplicableKeySums.assign(dimensions.size(), 0);
    if (bytes && countCombinations(dimensions, records, rows, keys, out))
        return out;
    if (fastPathApplies(dimensions, cellCount))
        countFast(dimensions, cellCount, records, rows, keys, out);
    else
        countGeneral(dimensions, records, rows, keys, out);
    return out;
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

} // namespace folja::analysis::detail
