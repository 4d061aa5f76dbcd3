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
// to (= the number of cells); each of the kSets counter sets has spare + 1 setSize. Without
// NotApplicable the pass leaves out.notApplicable to the caller (countZeros).
template <int D, typename K, bool Keys, bool NotApplicable = true>
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
        const std::size_t at = set * setSize + std::min(o0 + o1 + o2, spare);
        if constexpr (!NotApplicable) {
            ++counts[at];
            return;
        }
        const std::uint32_t f0 = o0 >> kSpareShift;
        const std::uint32_t f1 = o1 >> kSpareShift;
        const std::uint32_t f2 = o2 >> kSpareShift;
        na0 += f0;
        na1 += f1;
        na2 += f2;
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
    if constexpr (!NotApplicable)
        return;
    const std::uint32_t na[kMaxFastDimensions] = {na0, na1, na2};
    const std::uint32_t naKeys[kMaxFastDimensions] = {naKey0, naKey1, naKey2};
    for (int d = 0; d < D; ++d) {
        out.notApplicable[static_cast<std::size_t>(d)] = na[d];
        out.notApplicableKeySums[static_cast<std::size_t>(d)] = naKeys[d];
    }
    out.populationKeySum = all;
}

template <typename K, bool Keys, bool NotApplicable = true>
void dispatchSingleValued(int dims, const FastColumns<K>& in, std::size_t records, std::uint32_t spare,
                          const std::uint32_t* rows, const std::uint8_t* keys, std::uint32_t* counts,
                          std::uint32_t* keySums, CellCounts& out)
{
    switch (dims) {
    case 1:
        countSingleValued<1, K, Keys, NotApplicable>(in, records, spare, rows, keys, counts, keySums, out);
        break;
    case 2:
        countSingleValued<2, K, Keys, NotApplicable>(in, records, spare, rows, keys, counts, keySums, out);
        break;
    default:
        countSingleValued<3, K, Keys, NotApplicable>(in, records, spare, rows, keys, counts, keySums, out);
        break;
    }
}

// The records holding byte 0 ("not applicable"): a pass the compiler vectorises.
std::uint32_t countZeros(const std::uint8_t* bytes, std::size_t n)
{
    std::uint32_t zeros = 0;
    for (std::size_t p = 0; p < n; ++p)
        zeros += bytes[p] == 0 ? 1u : 0u;
    return zeros;
}

// Whether, of the bytes a column can hold, byte 0 alone does not apply. A column holds bytes below
// offsetOf.size() (its keys + 2), but never 2: key 0 is the dictionary's empty slot (engine.h).
bool onlyZeroDoesNotApply(const std::vector<int>& offsetOf)
{
    for (std::size_t b = 0; b < offsetOf.size(); ++b) {
        if (b != 2 && (offsetOf[b] < 0) != (b == 0))
            return false;
    }
    return !offsetOf.empty();
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
        // Without keys, when byte 0 alone does not apply, the not-applicable records are counted
        // apart (countZeros): the counting pass does less per record.
        const bool zeros = std::all_of(dimensions.begin(), dimensions.end(),
                                       [](const CountDimension& d) { return onlyZeroDoesNotApply(d.offsetOf); });
        if (keys) {
            dispatchSingleValued<std::uint8_t, true>(dims, in, records, spare, rows, keys, counts.data(),
                                                     keySums.data(), out);
        } else if (zeros) {
            dispatchSingleValued<std::uint8_t, false, false>(dims, in, records, spare, rows, keys, counts.data(),
                                                             nullptr, out);
            for (int d = 0; d < dims; ++d)
                out.notApplicable[static_cast<std::size_t>(d)] = countZeros(in.keys[d], records);
        } else {
            dispatchSingleValued<std::uint8_t, false>(dims, in, records, spare, rows, keys, counts.data(), nullptr,
                                                      out);
        }
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
