#pragma once

// S6, aggregation before suppression (PRIVACY-AND-STORAGE §3.3): internal to the cross-tabulation.

#include "analysis/crosstab.h"

#include <vector>

namespace folja::analysis::detail {

struct AggregationPlan {
    std::vector<QStringList> ovriga; // per table dimension: category codes collapsed into "Övriga"
    QList<AggregationStep> steps;    // what was done (the query already reflects it), for the table
};

// The cross-tabulation with the plan's "Övriga" merges, protected unless the query is
// InternAnalys. Does no aggregation of its own.
Result<CrossTab> tabulate(const Snapshot& snapshot, const catalog::Catalog& catalog, const Query& query,
                          const AggregationPlan& plan);

// S6 (Aggregation::Auto): tabulates, and while more than a quarter of the table's non-zero
// interior cells would be hidden, collapses categories one deterministic step at a time (insats to
// its KSI parent; age into wider bands; months to quarters to years; a dimension's sparsest
// categories into "Övriga"), keeping a step only when it hides a smaller share. The steps taken are
// listed in CrossTab::aggregation and in the footnotes.
Result<CrossTab> tabulateAggregated(const Snapshot& snapshot, const catalog::Catalog& catalog, const Query& query);

// The share of the non-zero interior cells that are hidden (0 when there are none).
double suppressedShare(const CrossTab& table);

} // namespace folja::analysis::detail
