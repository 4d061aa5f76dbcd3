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
};

// A count that is published or hidden.
struct Count {
    qint64 n = 0;
    bool suppressed = false;
};

struct TableDimension {
    QString variable; // as asked, e.g. "insats:parent"; the implicit value-set layer is
                      // "maluppfyllelse_vardemangd"
    QString label;
    bool multiValued = false;
    bool implicit = false; // added by the engine (BBIC/IBIC split), not asked for
    QList<Category> categories;
    int missingIndex = -1;        // index of the "(uppgift saknas)" category, or -1
    Count bortfall;               // records in the table without a value (internt bortfall)
    double bortfallPercent = 0.0; // of total; meaningless when bortfall or total is suppressed
    Count uncertain;              // records holding an uncertain answer
    Count notApplicable;          // population records left out because the question did not apply
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

struct CrossTab {
    Unit unit = Unit::Insats;
    Mode mode = Mode::Publicering;
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
    std::vector<AuditInterval> audit; // attacker intervals of the primary cells (not exported)

    int cellIndex(const std::vector<int>& coordinates) const { return layout.index(coordinates); }
    const TableCell& cell(const std::vector<int>& coordinates) const
    {
        return cells[static_cast<std::size_t>(layout.index(coordinates))];
    }
    // Position of the total along a dimension (for cell()).
    int totalIndex(int dimension) const { return layout.size(dimension); }
};

Result<CrossTab> crossTabulate(const Snapshot& snapshot, const catalog::Catalog& catalog, const Query& query);

// Wilson score interval for x of n at 95 %, as proportions (0–1).
std::pair<double, double> wilsonInterval(qint64 x, qint64 n);

// INTERCHANGE §3. Refuses a table that is not exportable (InternAnalys).
Result<QByteArray> toInterchangeJson(const CrossTab& table);
Result<QByteArray> toInterchangeCsv(const CrossTab& table);

} // namespace folja::analysis
