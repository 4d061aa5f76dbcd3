#pragma once

// The session-1 protection (see baseline_protection.cpp), the benchmark's baseline.

#include "analysis/suppression.h"

#include <algorithm>

namespace folja::analysis::baseline {

enum class SuppressionReason : std::uint8_t { None, Primary, Secondary, SumRule, Audit };

struct Protection {
    std::vector<SuppressionReason> reasons;
    std::vector<AuditInterval> audit;
    bool auditPassed = true;
    int rounds = 0;

    bool suppressed(int cell) const { return reasons[static_cast<std::size_t>(cell)] != SuppressionReason::None; }
    int suppressedCount() const
    {
        return static_cast<int>(std::count_if(reasons.cbegin(), reasons.cend(),
                                              [](SuppressionReason r) { return r != SuppressionReason::None; }));
    }
};

Protection protectTableOld(const std::vector<qint64>& counts, const std::vector<Line>& lines, int minCell);

} // namespace folja::analysis::baseline
