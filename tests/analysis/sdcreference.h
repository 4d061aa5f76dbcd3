#pragma once

// A frozen copy of the protector as it was before the fast paths of the multi-valued tables
// (sdc/protector.cpp and sdc/moveprover.cpp at commit db01b42): every audit round builds the
// components and a move prover afresh, propagates the bounds over the whole table before any move,
// and strengthen() scans every line. tst_sdcfastpath checks that protectTable gives exactly the
// same result (pattern, reasons, intervals, rounds) as this reference. Test code only.

#include "analysis/suppression.h"

#include <vector>

namespace folja::analysis::reference {

Protection protectTable(const std::vector<qint64>& counts, const std::vector<Line>& lines,
                        const ProtectionOptions& options);

// The move prover as it was, made afresh for the pattern `hidden`: per question (cell, needWidth,
// needDown) the proven (up, down).
struct ProofQuestion {
    int cell = -1;
    double needWidth = 0.0;
    double needDown = 0.0;
};
std::vector<std::pair<double, double>> prove(const std::vector<qint64>& counts, const std::vector<Line>& lines,
                                             const std::vector<qint64>& lowerBounds, const std::vector<bool>& hidden,
                                             const std::vector<TableGeometry>& geometry,
                                             const std::vector<ProofQuestion>& questions);

} // namespace folja::analysis::reference
