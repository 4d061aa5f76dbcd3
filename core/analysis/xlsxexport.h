#pragma once

// A published cross-tabulation as an Excel workbook (.xlsx, written with Debian's libxlsxwriter;
// issue #14, INTERCHANGE §1 `crosstab --format xlsx`). Laid out like the Excel CSV (excelcsv.h),
// but with real cell types: counts are numbers, percentages are numbers (fractions) with a percent
// format, a suppressed value is the text "..". Dimension 0 runs down, dimension 1 across, and each
// category of dimension 2 (and its total) gets a sheet of its own. The "(uppgift saknas)" row and
// column (internal bortfall) are marked (grey, italic) and explained in a note; a måluppfyllelse
// dimension that holds both scales is shown as one block per scale (BBIC, IBIC), each with its own
// total, never added together. The title and the header rows and column are frozen. Under the
// table: the bortfall per dimension, the external bortfall, every footnote and the method note.
//
// Only AnalysisGate calls this (through publish(), which audits the export): the writer itself
// also refuses a table that is not published, so no path around the gate writes an internal one.
// The file is written next to the target under a temporary name, owner-only (0600 on POSIX), and
// renamed over the target once complete: a failure never leaves a half-written workbook.

#include "analysis/crosstab.h"
#include "analysis/excelcsv.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace folja::analysis {

struct XlsxOptions : ExcelCsvOptions {
    QStringList methodNotes; // the method note under the table, one line each (may be empty)
};

class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(folja::analysis::XlsxExport)

public:
    // Writes `table` to `path` (replacing it). PermissionDenied for a table that is not published,
    // Io (naming the file) when it cannot be written; the target is then untouched.
    static Result<void> write(const CrossTab& table, const XlsxOptions& options, const QString& path);

    // The sheet name Excel accepts for a layer label: no []:*?/\, at most 31 characters, not empty,
    // unique among `taken` (a number is added), no leading or trailing apostrophe.
    static QString sheetName(const QString& label, const QStringList& taken);
};

} // namespace folja::analysis
