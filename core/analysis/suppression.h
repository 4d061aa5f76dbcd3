#pragma once

// Disclosure control for frequency tables (PRIVACY-AND-STORAGE §3.3): primary suppression (P1),
// secondary suppression along every additive line (S2), the sum rule (S3) and an audit that solves
// the attacker problem for every primary cell (S4). It works on plain count arrays plus a list of
// lines, so it can protect cross-tabulations, lead-time group sizes and trend splits alike, and be
// tested on its own.

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace folja::analysis {

enum class SuppressionReason : std::uint8_t {
    None,      // published
    Primary,   // 0 < n < k (P1)
    Secondary, // complementary: a line had exactly one suppressed cell (S2)
    SumRule,   // the suppressed cells of a line added up to less than k (S3)
    Audit,     // the attacker problem still pinned a primary cell too narrowly (S4)
};

// One line of the table: its interior cells add up to its total. Along a multi-valued dimension a
// record counts once per value, so the line is not additive; the attacker then only knows
// total <= sum(cells) <= (m-1)·total, cell <= total, and that "(uppgift saknas)" excludes the other
// values.
struct Line {
    std::vector<int> cells;
    int total = -1;
    bool additive = true;
    int missingCell = -1; // non-additive lines only: the cell of records without any value
};

// The interval an attacker can derive for a cell from the published table (LP relaxation, rounded
// inwards to whole counts), or a proven sub-interval of it (see auditIntervals). hi is +infinity
// when nothing bounds the cell from above.
struct AuditInterval {
    int cell = -1;
    double lo = 0.0;
    double hi = 0.0;
    double width() const { return hi - lo; }
};

struct Protection {
    std::vector<SuppressionReason> reasons; // one per cell
    std::vector<AuditInterval> audit;       // one per primary cell, from the final audit
    bool auditPassed = true;                // every primary cell has width >= k
    int rounds = 0;                         // audit rounds run

    bool suppressed(int cell) const { return reasons[static_cast<std::size_t>(cell)] != SuppressionReason::None; }
    int suppressedCount() const;
};

// Protects the table: deterministic for the same counts, lines and k. With minCell <= 1 nothing is
// suppressed (used for the InternAnalys mode).
Protection protectTable(const std::vector<qint64>& counts, const std::vector<Line>& lines, int minCell);

// The attacker intervals for `cells` when exactly the cells marked in `suppressed` are hidden.
// With requiredWidth <= 0 every interval is exact (one LP per connected group of hidden cells).
// With requiredWidth > 0, a cell in a large group may instead get the interval of a restricted
// problem (a neighbourhood of hidden cells, all others held at their true counts): that interval
// lies inside the exact one, so a width >= requiredWidth there proves it for the attacker too.
std::vector<AuditInterval> auditIntervals(const std::vector<qint64>& counts, const std::vector<Line>& lines,
                                          const std::vector<bool>& suppressed, const std::vector<int>& cells,
                                          int requiredWidth = 0);

// A dense table of D = shape.size() dimensions laid out with its margins: each dimension d has
// shape[d] categories plus a total at index shape[d]; dimension 0 varies slowest.
class DenseLayout
{
public:
    DenseLayout() = default;
    explicit DenseLayout(std::vector<int> shape);

    int dimensions() const { return static_cast<int>(m_shape.size()); }
    int size(int dimension) const { return m_shape[static_cast<std::size_t>(dimension)]; }
    int extent(int dimension) const { return size(dimension) + 1; }
    int cellCount() const { return m_cellCount; }
    int index(const std::vector<int>& coordinates) const;
    std::vector<int> coordinates(int index) const;
    bool isInterior(int index) const;

    // Every line along every dimension, at every position of the other dimensions, totals
    // included. multiValued[d]/missing[d] describe dimension d (missing = category index or -1).
    std::vector<Line> lines(const std::vector<bool>& multiValued = {}, const std::vector<int>& missing = {}) const;

private:
    std::vector<int> m_shape;
    std::vector<int> m_strides;
    int m_cellCount = 0;
};

} // namespace folja::analysis
