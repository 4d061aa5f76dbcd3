#pragma once

// Reads back what an .xlsx export wrote, for tests: the sheets in order with their cells (shared
// strings resolved, numbers as numbers), each cell's number format and whether its font is italic,
// and the frozen panes. Unzips with the `unzip` tool (installer/setup.sh installs it); without it
// the calling test skips, or fails under FOLJA_CI=1 (xlsxTool() says which).
//
// Deliberately independent of the code under test (no libxlsxwriter, no core/io reader): it reads
// the workbook the way a spreadsheet program would, from the XML parts.

#include <QFile>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QXmlStreamReader>

namespace folja::test {

struct XlsxCell {
    bool exists = false;
    bool isNumber = false;
    double number = 0.0;
    QString text; // the string, or the number as written
    int style = 0;
};

struct XlsxSheet {
    QString name;
    QHash<QString, XlsxCell> cells; // by reference, "B7"
    int frozenRows = 0;             // ySplit of a frozen pane
    int frozenColumns = 0;

    XlsxCell at(const QString& ref) const { return cells.value(ref); }
    static QString ref(int row, int column) // 0-based
    {
        QString letters;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            letters.prepend(QChar(u'A' + (c - 1) % 26));
        return letters + QString::number(row + 1);
    }
    XlsxCell at(int row, int column) const { return cells.value(ref(row, column)); }
    // The first row (0-based) whose column A holds `text` at or after `from`, or -1.
    int findRow(const QString& text, int from = 0) const
    {
        for (int r = from; r < 100000; ++r) {
            if (at(r, 0).text == text)
                return r;
            if (r > from + 2000)
                break;
        }
        return -1;
    }
    // Every text in the sheet (for "is it mentioned anywhere").
    QStringList texts() const
    {
        QStringList all;
        for (const XlsxCell& c : cells)
            if (!c.isNumber)
                all.append(c.text);
        return all;
    }
};

struct XlsxBook {
    QList<XlsxSheet> sheets;
    QHash<int, QString> numFmts; // custom number formats by id
    QList<int> xfNumFmt;         // cellXfs: number format id per style
    QList<int> xfFont;           // cellXfs: font per style
    QList<bool> fontItalic;
    QString error; // empty when read

    QString numberFormat(int style) const
    {
        const int id = style >= 0 && style < xfNumFmt.size() ? xfNumFmt.at(style) : 0;
        if (numFmts.contains(id))
            return numFmts.value(id);
        return id == 9 ? QStringLiteral("0%") : id == 10 ? QStringLiteral("0.00%") : QString();
    }
    bool italic(int style) const
    {
        const int font = style >= 0 && style < xfFont.size() ? xfFont.at(style) : 0;
        return font >= 0 && font < fontItalic.size() && fontItalic.at(font);
    }
};

// The unzip tool, or empty.
inline QString xlsxTool()
{
    return QStandardPaths::findExecutable(QStringLiteral("unzip"));
}

inline QByteArray xlsxPart(const QString& path, const QString& member, QString* error)
{
    QProcess p;
    p.start(xlsxTool(), {QStringLiteral("-p"), path, member});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error =
            QStringLiteral("unzip -p %1 %2 failed: %3").arg(path, member, QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    return p.readAllStandardOutput();
}

inline XlsxBook readXlsx(const QString& path)
{
    XlsxBook book;
    if (xlsxTool().isEmpty()) {
        book.error = QStringLiteral("unzip not found");
        return book;
    }
    QString error;
    // Shared strings (a string item may be split into runs).
    QStringList shared;
    {
        QXmlStreamReader x(xlsxPart(path, QStringLiteral("xl/sharedStrings.xml"), &error));
        QString current;
        bool inItem = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (x.isStartElement() && x.name() == QLatin1String("t") && inItem) {
                current += x.readElementText();
            } else if (x.isEndElement() && x.name() == QLatin1String("si")) {
                shared.append(current);
                inItem = false;
            }
        }
    }
    // Styles: number formats, cell formats, fonts.
    {
        QXmlStreamReader x(xlsxPart(path, QStringLiteral("xl/styles.xml"), &error));
        bool inXfs = false, inFonts = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement()) {
                const auto a = x.attributes();
                if (x.name() == QLatin1String("numFmt"))
                    book.numFmts.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                        a.value(QLatin1String("formatCode")).toString());
                else if (x.name() == QLatin1String("cellXfs"))
                    inXfs = true;
                else if (x.name() == QLatin1String("fonts"))
                    inFonts = true;
                else if (x.name() == QLatin1String("xf") && inXfs) {
                    book.xfNumFmt.append(a.value(QLatin1String("numFmtId")).toInt());
                    book.xfFont.append(a.value(QLatin1String("fontId")).toInt());
                } else if (x.name() == QLatin1String("font") && inFonts)
                    book.fontItalic.append(false);
                else if (x.name() == QLatin1String("i") && inFonts && !book.fontItalic.isEmpty())
                    book.fontItalic.last() = a.value(QLatin1String("val")) != QLatin1String("0");
            } else if (x.isEndElement()) {
                if (x.name() == QLatin1String("cellXfs"))
                    inXfs = false;
                else if (x.name() == QLatin1String("fonts"))
                    inFonts = false;
            }
        }
    }
    // Sheet names in order; libxlsxwriter stores sheet i as xl/worksheets/sheet<i>.xml.
    {
        QXmlStreamReader x(xlsxPart(path, QStringLiteral("xl/workbook.xml"), &error));
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("sheet")) {
                XlsxSheet s;
                s.name = x.attributes().value(QLatin1String("name")).toString();
                book.sheets.append(s);
            }
        }
    }
    for (qsizetype i = 0; i < book.sheets.size(); ++i) {
        XlsxSheet& s = book.sheets[i];
        QXmlStreamReader x(xlsxPart(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), &error));
        QString ref, type;
        int style = 0;
        while (!x.atEnd()) {
            x.readNext();
            if (!x.isStartElement())
                continue;
            const auto a = x.attributes();
            if (x.name() == QLatin1String("pane") && a.value(QLatin1String("state")) == QLatin1String("frozen")) {
                s.frozenRows = a.value(QLatin1String("ySplit")).toInt();
                s.frozenColumns = a.value(QLatin1String("xSplit")).toInt();
            } else if (x.name() == QLatin1String("c")) {
                ref = a.value(QLatin1String("r")).toString();
                type = a.value(QLatin1String("t")).toString();
                style = a.value(QLatin1String("s")).toInt();
                XlsxCell cell;
                cell.exists = true;
                cell.style = style;
                s.cells.insert(ref, cell); // a styled blank stays a blank
            } else if (x.name() == QLatin1String("v") ||
                       (x.name() == QLatin1String("t") && type == QLatin1String("inlineStr"))) {
                const QString v = x.readElementText();
                XlsxCell& cell = s.cells[ref];
                if (type == QLatin1String("s")) {
                    cell.text = shared.value(v.toInt());
                } else if (type.isEmpty() || type == QLatin1String("n")) {
                    cell.isNumber = true;
                    cell.number = v.toDouble();
                    cell.text = v;
                } else {
                    cell.text = v;
                }
            }
        }
    }
    book.error = error;
    return book;
}

} // namespace folja::test
