#pragma once

// Disclosure control for frequency tables (PRIVACY-AND-STORAGE §3.3): primary suppression (P1),
// group disclosure in strikt läge (P3), secondary suppression along every additive line (S2), the
// sum rule (S3) and an audit that solves the attacker problem for every sensitive cell (S4). It
// works on plain count arrays plus a list of lines, so it can protect cross-tabulations, lead-time
// group sizes and trend splits alike, and be tested on its own. Linked tables (S5) are protected
// together in reportset.h; aggregation before suppression (S6) lives in the cross-tabulation.

#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace folja::analysis {

enum class SuppressionReason : std::uint8_t {
    None,            // published
    Primary,         // 0 < n < k (P1)
    Secondary,       // complementary: a line had exactly one suppressed cell (S2)
    SumRule,         // the suppressed cells of a line added up to less than k (S3)
    Audit,           // the attacker problem still pinned a sensitive cell too narrowly (S4)
    GroupDisclosure, // strikt läge: every unit of a line with k <= total < 2k shared one outcome (P3)
    Linked,          // hidden because another table of the same report set hides the same cell (S5)
};

// Stable code for files and footnotes: "primary", "secondary", "sum_rule", "audit",
// "group_disclosure", "linked"; "" for None.
QString suppressionReasonCode(SuppressionReason reason);

// One line of the table: its interior cells add up to its total. Along a multi-valued dimension a
// record counts once per value, so the line is not additive; the attacker then only knows
// total <= sum(cells) <= (m-1)·total, cell <= total, and that "(uppgift saknas)" excludes the other
// values.
struct Line {
    std::vector<int> cells;
    int total = -1;
    bool additive = true;
    int missingCell = -1; // non-additive lines only: the cell of records without any value
    int axis = -1;        // DenseLayout: the dimension the line runs along
    bool link = false;    // S5: one cell and a total that are the same count in two linked tables
};

// The interval an attacker can derive for a cell from the published table (LP relaxation, rounded
// inwards to whole counts), or a proven sub-interval of it (exact = false: the attacker's interval
// is at least this wide). hi is +infinity when nothing bounds the cell from above.
struct AuditInterval {
    int cell = -1;
    double lo = 0.0;
    double hi = 0.0;
    bool exact = true;
    double width() const { return hi - lo; }
};

class DenseLayout;

struct TableGeometry {
    int firstCell = 0;                   // the layout's cell 0 in the protected count array
    const DenseLayout* layout = nullptr; // must outlive the protectTable call
};

struct ProtectionOptions {
    int minCell = 5; // k; <= 1 suppresses nothing (InternAnalys)
    // P3, strikt läge: lines that run along an outcome dimension. A line whose total T satisfies
    // k <= T < 2k and whose units all fall in one category has all its cells hidden; the audit
    // then requires that an attacker cannot prove the full category holds all T units.
    std::vector<int> groupLines;
    // Where the cells come from DenseLayouts (one per table; several when linked tables are
    // protected together): lets the audit prove wide intervals in large tables from explicit
    // alternative tables, without an LP. Optional.
    std::vector<TableGeometry> geometry;
    // What an attacker knows about a cell without its count, per cell (empty: 0 everywhere). A
    // table that lists only the categories holding records tells that each listed category's
    // margin is at least 1, so its hidden margin cells have lower bound 1 (tableLowerBounds).
    std::vector<qint64> lowerBounds;
    // Cells fixed by another table that is published on its own (e.g. a 2-D table's 1-D margins are
    // the 1-D table of the same query): mustHide cells are hidden whatever their count (reason
    // Linked); mustPublish cells are never chosen for suppression. Per cell; empty: none.
    std::vector<bool> mustHide;
    std::vector<bool> mustPublish;
};

struct Protection {
    std::vector<SuppressionReason> reasons; // one per cell
    std::vector<AuditInterval> audit;       // one per sensitive cell (primary, then P3), final pattern
    bool auditPassed = true;                // every sensitive cell is protected
    int rounds = 0;                         // audit rounds run
    std::vector<int> flaggedGroupLines;     // P3: the lines that were flagged
    // Lines whose small total (0 < T < k) sits in a single category: the audit proved that an
    // attacker cannot tell that every unit of the line is in that category (a published 0 beside a
    // hidden cell would tell it), hiding zeros where needed.
    std::vector<int> attributeLines;

    bool suppressed(int cell) const { return reasons[static_cast<std::size_t>(cell)] != SuppressionReason::None; }
    int suppressedCount() const;
};

// Protects the table: deterministic for the same counts, lines and options.
//
// The audit (S4) proves for every sensitive cell that the attacker's interval is wide enough.
// Components of at most a few dozen hidden cells are solved exactly by LP (one problem per
// component, warm-started objectives). In larger components explicit alternative tables (moves
// along boxes of hidden cells that keep every line's sum; needs options.geometry) prove wide
// intervals without an LP; of the cells left, an interval propagation over the lines finds those
// that certainly fail, and the rest get an exact LP when their component has at most 160 hidden
// cells; beyond that they count as failing and more cells are hidden (safe, if not minimal).
Protection protectTable(const std::vector<qint64>& counts, const std::vector<Line>& lines,
                        const ProtectionOptions& options);
// Shorthand for protectTable with only k set.
Protection protectTable(const std::vector<qint64>& counts, const std::vector<Line>& lines, int minCell);

// The exact attacker intervals for `cells` when exactly the cells marked in `suppressed` are
// hidden (one LP per connected group of hidden cells; a published cell gets its own count).
// lowerBounds as in ProtectionOptions.
std::vector<AuditInterval> auditIntervals(const std::vector<qint64>& counts, const std::vector<Line>& lines,
                                          const std::vector<bool>& suppressed, const std::vector<int>& cells,
                                          const std::vector<qint64>& lowerBounds = {});

class DenseLayout;

// Linked structure inside one answer: a table's 1-D margins are the 1-D tables of the same query,
// which anyone may publish on their own. Protects each margin along `dimensions` as that 1-D query
// would be protected (its line, options.lowerBounds and minCell, and P3 for the dimensions in
// groupDimensions) and fixes the table's margins to the same pattern through options.mustHide and
// options.mustPublish, so that the two answers together reveal no more than the larger one, which
// the audit checks. Only for dimensions whose margins count the same records as the 1-D query.
void fixMarginsToOneWayTables(const DenseLayout& layout, const std::vector<qint64>& counts,
                              const std::vector<bool>& multiValued, const std::vector<int>& missing,
                              const std::vector<int>& dimensions, const std::vector<int>& groupDimensions,
                              ProtectionOptions& options);

// A dense table of D = shape.size() dimensions laid out with its margins: each dimension d has
// shape[d] categories plus a total at index shape[d]; dimension 0 varies slowest.
//
// A dimension may instead be split into blocks of categories that are never added together (the
// two måluppfyllelse scales, INTERCHANGE §3): blockStarts[d] lists the first category of every
// block after the first (empty: one block). Each block then has its own total, at shape[d] + b for
// block b, and the dimension has no total of all its categories.
class DenseLayout
{
public:
    DenseLayout() = default;
    explicit DenseLayout(std::vector<int> shape, std::vector<std::vector<int>> blockStarts = {});

    int dimensions() const { return static_cast<int>(m_shape.size()); }
    int size(int dimension) const { return m_shape[static_cast<std::size_t>(dimension)]; }
    int blocks(int dimension) const
    {
        return static_cast<int>(m_blockStarts[static_cast<std::size_t>(dimension)].size());
    }
    int extent(int dimension) const { return size(dimension) + blocks(dimension); }
    // The block of a position along a dimension (a category, or a block's total).
    int blockOf(int dimension, int position) const;
    // The first category of a block and one past its last.
    int blockBegin(int dimension, int block) const;
    int blockEnd(int dimension, int block) const;
    // The total of the block holding a position (the dimension's total when it is not split).
    int totalOf(int dimension, int position) const { return size(dimension) + blockOf(dimension, position); }
    int cellCount() const { return m_cellCount; }
    int index(const std::vector<int>& coordinates) const;
    std::vector<int> coordinates(int index) const;
    bool isInterior(int index) const;

    // Every line along every dimension, at every position of the other dimensions, totals
    // included; one line per block along a split dimension. multiValued[d]/missing[d] describe
    // dimension d (missing = category index or -1); missingOf, when given, the missing category of
    // each category's block along a split dimension (missingOf[d][category], -1 for none).
    std::vector<Line> lines(const std::vector<bool>& multiValued = {}, const std::vector<int>& missing = {},
                            const std::vector<std::vector<int>>& missingOf = {}) const;

private:
    std::vector<int> m_shape;
    std::vector<std::vector<int>> m_blockStarts; // per dimension: first category of every block (0 first)
    std::vector<int> m_strides;
    int m_cellCount = 0;
};

} // namespace folja::analysis
