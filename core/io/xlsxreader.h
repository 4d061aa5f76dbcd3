#pragma once

// A small reader of .xlsx workbooks (Office Open XML spreadsheets) for the import wizard: the
// cell texts of one sheet, nothing else. Debian has no maintained C++ library that reads xlsx, so
// this is a thin layer over libzip (the container) and QXmlStreamReader (the XML parts:
// xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/sharedStrings.xml, xl/worksheets/*.xml).
//
// Cells: shared strings, inline strings, formula results (t="str"), booleans ("1"/"0"), error
// values ("#N/A") and numbers. Numbers are given as text the way a person would write them
// ("191212121212", not "1.91212121212E11"); dates are stored by Excel as serial numbers (days
// since 1899-12-30) and are returned as such: the import mapping's date format "Excel" turns them
// into dates. Formatting, formulas, merged cells and other sheets' contents are ignored.
//
// Untrusted input: every size is bounded (the file, each part after decompression, all parts
// together, the number of cells and columns), so a zip bomb or a billion-cell sheet is refused
// with a clear message instead of exhausting memory. A file that is not a zip, lacks a part or
// has broken XML is refused naming what is wrong.

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace folja::io {

struct XlsxRow {
    qint64 number = 0; // the sheet's row number (1-based)
    QStringList cells; // column A first; missing cells are empty strings
};

struct XlsxSheet {
    QString name;
    QList<XlsxRow> rows; // non-empty rows only, in order
};

class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(folja::io::XlsxReader)

public:
    struct Limits {
        qint64 maxFileBytes = 256LL * 1024 * 1024;   // the .xlsx itself
        qint64 maxPartBytes = 512LL * 1024 * 1024;   // one XML part, decompressed
        qint64 maxTotalBytes = 1024LL * 1024 * 1024; // all parts read, decompressed
        qint64 maxCells = 30'000'000;                // non-empty cells of the sheet
        int maxColumns = 16384;                      // Excel's own limit (XFD)
        int maxSheets = 1000;
        qint64 maxSharedStrings = 10'000'000;
    };

    static Result<XlsxReader> open(const QString& path, const Limits& limits);
    static Result<XlsxReader> open(const QString& path) { return open(path, Limits{}); }
    static Result<XlsxReader> fromData(QByteArray bytes, const Limits& limits);
    static Result<XlsxReader> fromData(QByteArray bytes) { return fromData(std::move(bytes), Limits{}); }

    QStringList sheetNames() const;
    // The named sheet (compared exactly; empty = the first sheet).
    Result<XlsxSheet> readSheet(const QString& name = {}) const;

private:
    struct SheetRef {
        QString name;
        QString part; // zip entry name, e.g. "xl/worksheets/sheet1.xml"
    };

    Result<QByteArray> readPart(const QString& name, bool required) const;
    Result<void> load();

    QByteArray m_bytes;
    Limits m_limits;
    QList<SheetRef> m_sheets;
    QStringList m_sharedStrings;
    mutable qint64 m_bytesRead = 0;
};

// Column letters to a 0-based index ("A" → 0, "AA" → 26); -1 if not a column reference.
int xlsxColumnIndex(QStringView reference);
// Excel's number text as a person writes it: integral values without exponent or ".0".
QString xlsxNumberText(QStringView raw);

} // namespace folja::io
