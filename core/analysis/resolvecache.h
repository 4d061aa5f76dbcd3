#pragma once

// Resolved populations and columns of cross-tabulations, kept between queries on the same
// snapshot data (a GUI changing one dimension re-resolves only that one). Internal to
// core/analysis; safe to use from several threads.

#include "analysis/engine.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace folja::analysis::detail {

struct CachedPopulation {
    Population pop;
    bool haveInsatser = false;
    bool haveArenden = false;
    qint64 closed = 0;
    qint64 closedWithout = 0;
    qint64 decided = 0;
    qint64 decidedWithout = 0;
    // Cell Key Method (cellkey.h): the key sums of the external bortfall counts.
    std::uint32_t closedKeys = 0, closedWithoutKeys = 0, decidedKeys = 0, decidedWithoutKeys = 0;
};

// A resolved column; when it is single-valued and its dictionary fits, with its one-byte keys
// (Column::narrow) for the counting kernel, and then maybe without its int32 keys
// (Column::narrowOnly; counting.h: widenKeys).
struct CachedColumn {
    Column column;
    // Måluppfyllelse's scaled column (cachedScaledColumn): the column as resolved, without its keys
    // (its dictionary and form, for the categories).
    Column unscaled;
};

// Everything that decides which records are selected and how variables resolve, but not the
// dimensions, mode or threshold.
QString populationKey(const Query& query);

// The records the query selects with their external bortfall: from the cache, or selected now.
Result<std::shared_ptr<const CachedPopulation>> cachedPopulation(const Snapshot& snapshot, const Engine& engine,
                                                                 const QString& popKey);
// A dimension's column over the population `popKey` names.
Result<std::shared_ptr<const CachedColumn>> cachedColumn(const Snapshot& snapshot, const Engine& engine,
                                                         const Population& pop, const QString& popKey,
                                                         const VariableRef& ref);
// Måluppfyllelse with its per-scale "(uppgift saknas)" (categories.h: scaleMissing) and, in
// `unscaled`, the column as resolved. Read by one gather loop that scales as it goes
// (GatherPlan::shiftMissing, by the cached målgrupp column's bytes) where it can; otherwise scaled
// from the cached måluppfyllelse and målgrupp columns.
Result<std::shared_ptr<const CachedColumn>> cachedScaledColumn(const Snapshot& snapshot, const Engine& engine,
                                                               const Population& pop, const QString& popKey,
                                                               const VariableRef& maluppfyllelse);

} // namespace folja::analysis::detail
