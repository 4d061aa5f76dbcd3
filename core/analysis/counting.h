#pragma once

// Internal to folja_analysis: the counting kernel of a cross-tabulation. One pass over the
// selected records counts each record into its cell of a flat array and, in the same pass, counts
// the records each dimension does not apply to and (Cell Key Method, cellkey.h) sums the records'
// keys per cell, per not-applicable count and over the whole population.
//
// Single-valued dimensions take the fast path: one-byte keys (narrowKeys), a lookup table per
// dimension from key to offset, no branch per record (a record that some dimension does not apply
// to lands in a spare slot), and four interleaved sets of counters so that neighbouring records
// of the same cell do not wait for each other. When the columns' byte combinations are few (a
// table of a few hundred cells), the records are counted by their combination of bytes alone, with
// no table per record, and the combinations moved to their cells afterwards.

#include "analysis/engine.h"

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace folja::analysis::detail {

// A single-valued column with one byte per record: key + 2 (0 = not applicable, 1 = missing,
// 2.. = the dictionary keys). Empty when the column is multi-valued or its dictionary does not fit.
std::vector<std::uint8_t> narrowKeys(const Column& column);
// The column with its int32 keys, from its bytes when it holds them alone (Column::narrowOnly).
Column widenKeys(const Column& column);
// Whether countCells counts these columns from their bytes alone (Column::narrow), never reading
// their int32 keys: at most three single-valued dimensions, each with its bytes.
bool countsNarrowOnly(const std::vector<const Column*>& columns);

struct CountDimension {
    const Column* column = nullptr;
    const std::uint8_t* narrow = nullptr; // narrowKeys(*column) when not empty, else null
    // key + 2 -> offset of the key's category in the flat array; -1: the dimension does not apply.
    std::vector<int> offsetOf;
    // Offset of the dimension's total: a multi-valued dimension counts each record there once.
    int totalOffset = 0;
};

struct CellCounts {
    // Per cell of the flat array. Records go to every value of a multi-valued dimension and to its
    // total; margins along single-valued dimensions are left at 0 (they are sums, added later).
    std::vector<qint64> counts;
    std::vector<std::uint32_t> keySums; // the same cells' key sums (modulo 2^32), with keys only
    std::vector<qint64> notApplicable;  // per dimension: records it does not apply to
    std::vector<std::uint32_t> notApplicableKeySums;
    std::uint32_t populationKeySum = 0; // every record's key
};

// Counts `records` records into `cellCount` cells (columns held as bytes alone are widened where
// the byte path cannot take them). `rows` (the records' rows in their unit's table)
// and `keys` (that table's record keys) are given for the Cell Key Method, else null.
CellCounts countCells(const std::vector<CountDimension>& dimensions, int cellCount, std::size_t records,
                      const std::uint32_t* rows, const std::uint8_t* keys);

// A multi-valued måluppfyllelse split into blocks: a block's total counts the records holding any
// of its values once (a sum of its cells would count a record once per value). Laid out like the
// counting pass's dense array, with the block number in place of the category along `split`.
void countBlockTotals(const std::vector<const Column*>& columns, const std::vector<std::vector<int>>& offsetOf,
                      const std::vector<int>& strides, const std::vector<int>& shape, const std::vector<bool>& multi,
                      int split, const std::vector<int>& blockOfKey, const std::uint8_t* rk,
                      std::vector<qint64>& counts, std::vector<std::uint32_t>& keySums);

} // namespace folja::analysis::detail
