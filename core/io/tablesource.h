#pragma once

// A table to import from, as the import wizard sees it: a header row and data rows of text cells,
// read from a CSV/TXT file (UTF-8 with or without a byte-order mark, or Windows-1252; `;`, `,` or
// tab between fields; RFC 4180 quoting; encoding and separator detected) or from a sheet of an
// .xlsx workbook (io/xlsxreader.h). CSV files are streamed and can be read again from the start
// (the wizard reads a file once to look at its values and once to import it); a sheet is held in
// memory, within the reader's bounds.

#include "common/result.h"
#include "io/csv.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace folja::io {

struct TableInfo {
    enum class Format { Csv, Xlsx };
    Format format = Format::Csv;
    TextEncoding encoding = TextEncoding::Utf8; // CSV only
    bool byteOrderMark = false;                 // CSV only
    char separator = ';';                       // CSV only
    QStringList sheets;                         // xlsx only: every sheet's name, in workbook order
    QString sheet;                              // xlsx only: the sheet read

    // "UTF-8", "UTF-8 med BOM", "Windows-1252" (translated).
    QString encodingName() const;
    // "semikolon (;)", "komma (,)", "tabb" (translated).
    QString separatorName() const;
};

class TableSource
{
    Q_DECLARE_TR_FUNCTIONS(folja::io::TableSource)

public:
    virtual ~TableSource() = default;

    const QStringList& header() const { return m_header; }
    const TableInfo& info() const { return m_info; }

    // The next data row. record.line is the row's number as the user sees it in the source (file
    // line, or the sheet's row number); cells beyond the header's width are kept, missing cells
    // are empty strings. False at the end; an Error names the line of broken input.
    virtual Result<bool> next(CsvRecord& record) = 0;
    // Back to the first data row.
    virtual Result<void> rewind() = 0;
    // How far reading has come, 0..1 (for a progress bar).
    virtual double progress() const = 0;

protected:
    QStringList m_header;
    TableInfo m_info;
};

// Opens a .csv/.txt (anything not ending in .xlsx) or .xlsx file. `sheet` picks an xlsx sheet by
// name (empty: the first). The header row must not be empty.
Result<std::unique_ptr<TableSource>> openTable(const QString& path, const QString& sheet = {});

// Detects the encoding of the whole file and the separator of its first line. Public for tests.
struct CsvFormat {
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    char separator = ';';
};
Result<CsvFormat> detectCsvFormat(const QString& path);
// The separator of one (decoded) header line: the most frequent of `;`, `,` and tab outside
// quotes; `;` when none occurs.
char detectSeparator(QStringView firstLine);

} // namespace folja::io
