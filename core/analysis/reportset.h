#pragma once

// S5, linked tables (PRIVACY-AND-STORAGE §3.3): the tables of one nämnd report set are protected
// together, so that one table never reveals what another hides.

#include "analysis/crosstab.h"
#include "common/result.h"

#include <QList>

namespace folja::analysis {

struct ReportSetProtection {
    int linkedCells = 0;       // links made: pairs of cells that are the same count in two tables
    int addedSuppressions = 0; // cells hidden now that were published when each table stood alone
};

// Protects the publication tables of one report set together (S5), in place.
//
// Two cells are linked when they describe the same population: the tables have the same unit, and
// their margins over the dimensions they share (the same variables; the grand total included) hold
// the same categories with the same counts. A linked cell hidden in one table is hidden in every
// table that shows it (reason Linked), and secondary suppression, the sum rule and the audit then
// run on all tables as one system (the links are equations between the tables) until nothing
// changes, so the pattern is consistent and the attacker's intervals hold for the set as a whole.
// Footnotes, P2 and the bortfall flags are recomputed for every changed table.
//
// Tables in InternAnalys mode and Cell Key Method tables (consistent by construction) are left as
// they are. All publication tables must use the same k;
// otherwise nothing changes and the error says so. Deterministic: the same tables in the same order
// give the same cells. The report helper (ui/report) calls this before it renders a report set.
Result<ReportSetProtection> protectReportSet(QList<CrossTab>& tables);

} // namespace folja::analysis
