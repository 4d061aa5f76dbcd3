#pragma once

// Cross-tabulation with bortfall, percentages, Wilson intervals and disclosure control.

#include "analysis/query.h"
#include "analysis/snapshot.h"
#include "analysis/suppression.h"
#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace folja::catalog {
class Catalog;
}

namespace folja::analysis {

struct Category {
    QString code;             // catalogue code, KSI code, "2024-Q1", age band, or "" for missing
    QString label;            // for the screen (the catalogue's corrected label)
    QString sourceLabel;      // for the interchange files: SKR's exact label; KSI code for insats
    bool isMissing = false;   // "(uppgift saknas)": internt bortfall
    bool isUncertain = false; // "Vet ej", "Går inte att bedöma" …: an answer, shown as such
    // Måluppfyllelse: the scale the value belongs to, "BBIC" or "IBIC" (INTERCHANGE §3 "skala");
    // its "(uppgift saknas)" is given per scale. Empty for every other variable.
    QString scale;
};

// A count that is published or hidden.
struct Count {
    qint64 n = 0;
    bool suppressed = false;
};

// A run of a dimension's categories on one måluppfyllelse scale, with its own total and bortfall.
// The two scales are never added together: a dimension with two blocks has a total per block and
// none of all its categories (DenseLayout blocks), and its percentages stay within a block.
struct CategoryBlock {
    QString scale;                // "BBIC" or "IBIC"
    int first = 0;                // its first category
    int end = 0;                  // one past its last category
    int missingIndex = -1;        // its "(uppgift saknas)", or -1
    Count total;                  // records of the table on this scale
    Count bortfall;               // of which without a value
    double bortfallPercent = 0.0; // of total; meaningless when bortfall or total is suppressed
    Count uncertain;              // holding an uncertain answer
};

struct TableDimension {
    QString variable; // as asked, e.g. "insats:parent"
    QString label;
    bool multiValued = false;
    QList<Category> categories;
    // Måluppfyllelse: one block per scale present, in category order (one block when the table
    // holds one scale). Empty for every other variable. With two blocks the dimension's totals are
    // at categories.size() + block (DenseLayout), missingIndex is -1 (missingOf gives each block's),
    // and bortfall and uncertain count the records of both blocks (bortfallPercent is not
    // meaningful: see the blocks').
    QList<CategoryBlock> blocks;
    int missingIndex = -1;        // index of the "(uppgift saknas)" category, or -1
    Count bortfall;               // records in the table without a value (internt bortfall)
    double bortfallPercent = 0.0; // of total; meaningless when bortfall or total is suppressed
    Count uncertain;              // records holding an uncertain answer
    Count notApplicable;          // population records left out because the question did not apply
    // Categories without records are listed too (as 0), so a listed category may be empty.
    bool listsEmptyCategories = false;

    // Whether the dimension is split into scale blocks that have a total each.
    bool isSplit() const { return blocks.size() > 1; }
    // How many totals the dimension has: one, or one per block.
    int totalCount() const { return isSplit() ? static_cast<int>(blocks.size()) : 1; }
    // The block of a position (a category or a total; 0 when not split).
    int blockOf(int position) const;
    // The total of the block holding a position (categories.size() when not split).
    int totalOf(int position) const { return static_cast<int>(categories.size()) + blockOf(position); }
    // The "(uppgift saknas)" of the block holding a position (missingIndex when not split).
    int missingOf(int position) const;
    // The scale of a position ("" when the dimension has none).
    QString scaleOf(int position) const;
    // Positions in reading order: each block's categories followed by its total; the total last
    // when the dimension is not split.
    QList<int> readingOrder() const;
};

struct Percentage {
    bool available = false;  // false: not defined here (missing category, zero denominator)
    bool suppressed = false; // defined but hidden (P2)
    double value = 0.0;      // 0–100
    qint64 denominator = 0;
    double ciLow = 0.0; // Wilson 95 %, 0–100
    double ciHigh = 0.0;
};

struct TableCell {
    qint64 n = 0;
    // Which rule hid the cell, so the screen and footnotes can say why. Internal: never publish
    // it per cell, since telling a primary cell (0 < n < k) from a secondary one narrows what an
    // attacker knows about it; exports only say that a cell is suppressed.
    SuppressionReason reason = SuppressionReason::None;
    Percentage row;    // of the records in the same row (within the layer)
    Percentage column; // of the records in the same column (within the layer)
    Percentage total;  // of all records of the layer with valid values
    bool suppressed() const { return reason != SuppressionReason::None; }
};

struct ExternalBortfall {
    QString key; // "insatser_utan_uppfoljning", "arenden_utan_insats"
    QString description;
    Count n;
    Count base; // what n is a part of
};

// S6: one aggregation done before suppression, so reports can say what was collapsed.
struct AggregationStep {
    QString dimension;   // the dimension as asked, e.g. "insats" or "alder_grupp"
    QString action;      // "parent", "age_bands", "date_part" or "ovriga"
    QString from;        // what was asked: "insats", "0-13,14-21,…", "beslut_datum:month"
    QString to;          // what is shown: "insats:parent", "0-21,…", "beslut_datum:quarter", "Övriga"
    QStringList merged;  // ovriga: the category codes collapsed into "Övriga"
    QString description; // one sentence for the footnotes
};

struct CrossTab {
    Unit unit = Unit::Insats;
    Mode mode = Mode::Publicering;
    // How a Publicering table is protected. CellKey: every count (margins, bortfall, population and
    // external bortfall included) is the published, perturbed one, and ".." marks a published
    // value below k + 2 (cellkey.h); the table holds no true count.
    ProtectionMethod protection = ProtectionMethod::Suppression;
    int minCell = Query::kDefaultMinCell;
    QList<TableDimension> dimensions;
    DenseLayout layout;           // categories of each dimension plus a total position
    std::vector<TableCell> cells; // layout.cellCount() cells, margins included
    Count total;                  // records in the table
    Count population;             // records selected before dropping not-applicable ones
    QList<ExternalBortfall> external;
    bool multiValued = false; // some dimension counts a record once per value
    bool exportable = true;   // false in InternAnalys
    QString watermark;        // "Ej för publicering" in InternAnalys
    QStringList footnotes;
    bool auditPassed = true;
    std::vector<AuditInterval> audit;   // attacker intervals of the sensitive cells (not exported)
    QList<int> strictDimensions;        // P3: dimensions whose lines the group-disclosure rule checked
    int groupDisclosureLines = 0;       // P3: lines flagged (their cells hidden)
    QList<AggregationStep> aggregation; // S6: what was collapsed before suppression, in order

    int cellIndex(const std::vector<int>& coordinates) const { return layout.index(coordinates); }
    const TableCell& cell(const std::vector<int>& coordinates) const
    {
        return cells[static_cast<std::size_t>(layout.index(coordinates))];
    }
    // Position of the total along a dimension (for cell()).
    int totalIndex(int dimension) const { return layout.size(dimension); }
};

Result<CrossTab> crossTabulate(const Snapshot& snapshot, const catalog::Catalog& catalog, const Query& query);

// The category code of the "Övriga" category that S6 aggregation creates.
QString otherCategoryCode();

// The table's additive lines (rows, columns, layer lines and margins) as the protection sees them.
std::vector<Line> tableLines(const CrossTab& table);
// What a reader knows about each cell without its count: a table that lists only the categories
// holding records tells that each listed category's margin holds at least 1 (for "(uppgift
// saknas)", which is only listed when it holds records, always). 0 elsewhere.
std::vector<qint64> tableLowerBounds(const CrossTab& table);
// The lines the group-disclosure rule (P3) checks: those along table.strictDimensions.
std::vector<int> groupDisclosureLines(const CrossTab& table, const std::vector<Line>& lines);

// Sets the cells' suppression from `protection` and recomputes everything that depends on it: P2
// on percentages, the bortfall, uncertain and not-applicable counts, the population and the
// footnotes. crossTabulate calls it; protectReportSet (reportset.h) calls it again after linking.
void applyProtection(CrossTab& table, const Protection& protection);

// Wilson score interval for x of n at 95 %, as proportions (0–1).
std::pair<double, double> wilsonInterval(qint64 x, qint64 n);

// INTERCHANGE §3. Refuses a table that is not exportable (InternAnalys).
Result<QByteArray> toInterchangeJson(const CrossTab& table);
Result<QByteArray> toInterchangeCsv(const CrossTab& table);

} // namespace folja::analysis
