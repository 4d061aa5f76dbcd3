#pragma once

// A published cross-tabulation as a CSV file that Swedish Excel opens correctly: `;` between
// fields, UTF-8 with a byte-order mark, decimal comma, CRLF line ends. Unlike the interchange CSV
// (one row per cell, for programs) this is laid out as the table a person reads: dimension 0 down,
// dimension 1 across, one block per category of dimension 2, margins included; suppressed values
// as "..", then the bortfall per dimension, the external bortfall and every footnote.

#include "analysis/crosstab.h"
#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace folja::analysis {

struct ExcelCsvOptions {
    QString title;              // first line; empty: none
    QStringList preamble;       // lines after the title (period, unit …), one field each
    bool rowPercent = false;    // a block of row percentages after the counts
    bool columnPercent = false; // … of column percentages
    bool totalPercent = false;  // … of percentages of the layer's total
    bool intervals = false;     // each percentage block followed by its 95 % interval bounds
    int decimals = 1;           // for percentages
};

class ExcelCsv
{
    Q_DECLARE_TR_FUNCTIONS(folja::analysis::ExcelCsv)

public:
    // Refuses a table that is not exportable (InternAnalys): everything exported is published.
    static Result<QByteArray> format(const CrossTab& table, const ExcelCsvOptions& options = {});

    // One field: quoted when it holds ';', '"', a line break or surrounding spaces; text that
    // Excel would run as a formula (=, +, -, @ first, unless it is a number) gets a leading '.
    static QString field(const QString& text);
    // 12.345 → "12,3" (always a comma, whatever the UI language).
    static QString decimal(double value, int decimals = 1);
};

} // namespace folja::analysis
