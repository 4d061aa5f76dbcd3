#include "analysis/suppression.h"

#include "analysis/sdc/attackermodel.h"

#include <algorithm>

// The reason codes, and the linked one-way margins. The protector itself is sdc/protector.cpp,
// the attacker's model sdc/attackermodel.*, the move prover sdc/moveprover.*, the dense layout
// sdc/denselayout.cpp.

namespace folja::analysis {

using sdc::at;

QString suppressionReasonCode(SuppressionReason reason)
{
    switch (reason) {
    case SuppressionReason::None:
        return {};
    case SuppressionReason::Primary:
        return QStringLiteral("primary");
    case SuppressionReason::Secondary:
        return QStringLiteral("secondary");
    case SuppressionReason::SumRule:
        return QStringLiteral("sum_rule");
    case SuppressionReason::Audit:
        return QStringLiteral("audit");
    case SuppressionReason::GroupDisclosure:
        return QStringLiteral("group_disclosure");
    case SuppressionReason::Linked:
        return QStringLiteral("linked");
    }
    return {};
}

int Protection::suppressedCount() const
{
    return static_cast<int>(std::count_if(reasons.cbegin(), reasons.cend(),
                                          [](SuppressionReason r) { return r != SuppressionReason::None; }));
}

void fixMarginsToOneWayTables(const DenseLayout& layout, const std::vector<qint64>& counts,
                              const std::vector<bool>& multiValued, const std::vector<int>& missing,
                              const std::vector<int>& dimensions, const std::vector<int>& groupDimensions,
                              ProtectionOptions& options)
{
    const int dims = layout.dimensions();
    if (dims < 2 || options.minCell <= 1)
        return;
    for (int d = 0; d < dims; ++d) {
        if (layout.blocks(d) > 1)
            return; // no 1-D table adds the blocks of a split dimension
    }
    options.mustHide.resize(counts.size(), false);
    options.mustPublish.resize(counts.size(), false);
    std::vector<bool> hidesGrand;
    for (int d : dimensions) {
        const auto ud = static_cast<std::size_t>(d);
        const int n = layout.size(d);
        // The 1-D table: the margin cells along d, then the grand total.
        std::vector<int> cells;
        std::vector<int> coords(static_cast<std::size_t>(dims));
        for (int e = 0; e < dims; ++e)
            coords[static_cast<std::size_t>(e)] = layout.size(e);
        for (int i = 0; i <= n; ++i) {
            coords[ud] = i;
            cells.push_back(layout.index(coords));
        }
        const DenseLayout one({n});
        std::vector<qint64> oneCounts;
        std::vector<qint64> oneBounds;
        for (int c : cells) {
            oneCounts.push_back(counts[at(c)]);
            oneBounds.push_back(at(c) < options.lowerBounds.size() ? options.lowerBounds[at(c)] : 0);
        }
        const bool multi = ud < multiValued.size() && multiValued[ud];
        const int miss = ud < missing.size() ? missing[ud] : -1;
        ProtectionOptions oneOptions;
        oneOptions.minCell = options.minCell;
        oneOptions.lowerBounds = oneBounds;
        oneOptions.geometry = {TableGeometry{0, &one}};
        const std::vector<Line> oneLines = one.lines({multi}, {miss});
        if (std::find(groupDimensions.begin(), groupDimensions.end(), d) != groupDimensions.end())
            oneOptions.groupLines = {0};
        const Protection p = protectTable(oneCounts, oneLines, oneOptions);
        for (int i = 0; i < n; ++i) {
            const auto c = at(cells[at(i)]);
            if (p.suppressed(i))
                options.mustHide[c] = true;
            else
                options.mustPublish[c] = true;
        }
        hidesGrand.push_back(p.suppressed(n));
    }
    // The grand total is in every 1-D table: hidden if any of them hides it.
    const auto grand = at(layout.cellCount() - 1);
    if (std::find(hidesGrand.begin(), hidesGrand.end(), true) != hidesGrand.end())
        options.mustHide[grand] = true;
    else if (!hidesGrand.empty())
        options.mustPublish[grand] = true;
}

} // namespace folja::analysis
