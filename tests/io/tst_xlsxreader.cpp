// The .xlsx reader (issue 14): workbooks written here with libxlsxwriter (shared strings, inline
// strings in constant-memory mode, numbers, dates as serial numbers, a chosen sheet, sparse cells)
// read back exactly; the import mapping reads the dates; corrupt files and zip bombs are refused
// with a clear message.

#include "io/importmapping.h"
#include "io/tablesource.h"
#include "io/xlsxreader.h"
#include "testcheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>
#include <zip.h>

using namespace folja;
using namespace folja::io;

namespace {

const catalog::Catalog& cat()
{
    static const auto catalog = catalog::Catalog::loadBuiltin();
    FOLJA_REQUIRE(catalog.ok());
    return *catalog;
}

// A zip archive holding the given parts (name → content), written with libzip.
QByteArray makeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& parts)
{
    int error = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    FOLJA_REQUIRE(z);
    for (const auto& [name, content] : parts) {
        // libzip reads the buffer when the archive is closed: keep copies alive until then.
        char* copy = static_cast<char*>(malloc(size_t(content.size()) + 1));
        memcpy(copy, content.constData(), size_t(content.size()));
        zip_source_t* s = zip_source_buffer(z, copy, zip_uint64_t(content.size()), 1);
        FOLJA_REQUIRE(s);
        FOLJA_REQUIRE(zip_file_add(z, name.toUtf8().constData(), s, ZIP_FL_ENC_UTF_8) >= 0);
    }
    FOLJA_REQUIRE(zip_close(z) == 0);
    QFile f(path);
    FOLJA_REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

const QByteArray kRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/></Relationships>";
const QByteArray kWorkbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                             "<sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void readsWhatLibxlsxwriterWrote()
    {
        const QString path = m_dir.filePath(QStringLiteral("uttag.xlsx"));
        lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
        QVERIFY(wb);
        lxw_worksheet* first = workbook_add_worksheet(wb, "Översikt");
        worksheet_write_string(first, 0, 0, "inte denna", nullptr);
        lxw_worksheet* ws = workbook_add_worksheet(wb, "Uttag 2025");
        lxw_format* date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy-mm-dd");
        worksheet_write_string(ws, 0, 0, "Ärendenr", nullptr);
        worksheet_write_string(ws, 0, 1, "Personnummer", nullptr);
        worksheet_write_string(ws, 0, 2, "Inkom", nullptr);
        worksheet_write_string(ws, 0, 3, "Insatstyp", nullptr);
        worksheet_write_string(ws, 0, 5, "Antal", nullptr); // column E left empty
        worksheet_write_number(ws, 1, 0, 1001, nullptr);
        worksheet_write_number(ws, 1, 1, 201203041239.0, nullptr); // a personnummer typed as a number
        lxw_datetime d{2025, 2, 3, 0, 0, 0};
        worksheet_write_datetime(ws, 1, 2, &d, date);
        worksheet_write_string(ws, 1, 3, "Kontaktperson (barn och unga)", nullptr);
        worksheet_write_number(ws, 1, 5, 2.5, nullptr);
        // Row 3 empty; row 4 sparse.
        worksheet_write_string(ws, 3, 3, "Familjehem", nullptr);
        worksheet_write_boolean(ws, 3, 5, 1, nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

        auto book = XlsxReader::open(path);
        QVERIFY2(book, book ? "" : qPrintable(book.error().message));
        QCOMPARE(book->sheetNames(), (QStringList{QStringLiteral("Översikt"), QStringLiteral("Uttag 2025")}));
        auto firstSheet = book->readSheet();
        QVERIFY(firstSheet);
        QCOMPARE(firstSheet->name, QStringLiteral("Översikt"));
        auto sheet = book->readSheet(QStringLiteral("Uttag 2025"));
        QVERIFY(sheet);
        QCOMPARE(sheet->rows.size(), 3);
        QCOMPARE(sheet->rows[0].cells,
                 (QStringList{QStringLiteral("Ärendenr"), QStringLiteral("Personnummer"), QStringLiteral("Inkom"),
                              QStringLiteral("Insatstyp"), QString(), QStringLiteral("Antal")}));
        QCOMPARE(sheet->rows[1].number, 2);
        QCOMPARE(sheet->rows[1].cells[0], QStringLiteral("1001"));
        QCOMPARE(sheet->rows[1].cells[1], QStringLiteral("201203041239"));
        QCOMPARE(sheet->rows[1].cells[2], QStringLiteral("45691")); // 2025-02-03 as Excel stores it
        QCOMPARE(parseDate(sheet->rows[1].cells[2], DateFormat::ExcelSerial), QDate(2025, 2, 3));
        QCOMPARE(sheet->rows[1].cells[5], QStringLiteral("2.5"));
        QCOMPARE(sheet->rows[2].number, 4);
        QCOMPARE(sheet->rows[2].cells, (QStringList{QString(), QString(), QString(), QStringLiteral("Familjehem"),
                                                    QString(), QStringLiteral("1")}));
        QVERIFY(!book->readSheet(QStringLiteral("Finns inte")));

        // As a table: the chosen sheet, the header, and the mapping's date detection.
        auto table = openTable(path, QStringLiteral("Uttag 2025"));
        QVERIFY(table);
        QCOMPARE((*table)->info().format, TableInfo::Format::Xlsx);
        QCOMPARE((*table)->info().sheets.size(), 2);
        const Mapping m = suggestMapping(**table, cat());
        QCOMPARE(m.forSource(QStringLiteral("Insatstyp"))->target, QStringLiteral("insats"));
        QCOMPARE(m.forSource(QStringLiteral("Ärendenr"))->target, QStringLiteral("arende_id"));
        CsvRecord r;
        QVERIFY(*(*table)->next(r));
        QCOMPARE(r.line, 2);
        QVERIFY(*(*table)->next(r));
        QCOMPARE(r.line, 4);
        QVERIFY(!*(*table)->next(r));
    }

    void inlineStringsOfConstantMemoryMode()
    {
        const QString path = m_dir.filePath(QStringLiteral("inline.xlsx"));
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        lxw_workbook* wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        QVERIFY(wb);
        lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
        worksheet_write_string(ws, 0, 0, "Målgrupp", nullptr);
        worksheet_write_string(ws, 1, 0, "Barn & unga <BOU>", nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
        auto book = XlsxReader::open(path);
        QVERIFY2(book, book ? "" : qPrintable(book.error().message));
        auto sheet = book->readSheet();
        QVERIFY(sheet);
        QCOMPARE(sheet->rows.size(), 2);
        QCOMPARE(sheet->rows[0].cells.value(0), QStringLiteral("Målgrupp"));
        QCOMPARE(sheet->rows[1].cells.value(0), QStringLiteral("Barn & unga <BOU>"));
    }

    void corruptFilesAreRefusedClearly()
    {
        // Not a zip at all (an old .xls, or a CSV renamed).
        auto notZip = XlsxReader::fromData("Ärendenr;Personnummer\n1;2\n");
        QVERIFY(!notZip);
        QVERIFY2(notZip.error().message.contains(QStringLiteral("not a zip archive")),
                 qPrintable(notZip.error().message));

        // A zip without the workbook.
        QByteArray bytes =
            makeZip(m_dir.filePath(QStringLiteral("empty.xlsx")), {{QStringLiteral("hello.txt"), "hej"}});
        auto noBook = XlsxReader::fromData(bytes);
        QVERIFY(!noBook);
        QVERIFY2(noBook.error().message.contains(QStringLiteral("xl/_rels/workbook.xml.rels")),
                 qPrintable(noBook.error().message));

        // Broken XML in the sheet names the part and the line.
        bytes =
            makeZip(m_dir.filePath(QStringLiteral("badxml.xlsx")),
                    {{QStringLiteral("xl/_rels/workbook.xml.rels"), kRels},
                     {QStringLiteral("xl/workbook.xml"), kWorkbook},
                     {QStringLiteral("xl/worksheets/sheet1.xml"), "<worksheet><sheetData><row r=\"1\"><c r=\"A1\""}});
        auto bad = XlsxReader::fromData(bytes);
        QVERIFY(bad);
        auto sheet = bad->readSheet();
        QVERIFY(!sheet);
        QVERIFY2(sheet.error().message.contains(QStringLiteral("xl/worksheets/sheet1.xml")),
                 qPrintable(sheet.error().message));

        // A reference to a shared string that does not exist.
        bytes = makeZip(
            m_dir.filePath(QStringLiteral("badref.xlsx")),
            {{QStringLiteral("xl/_rels/workbook.xml.rels"), kRels},
             {QStringLiteral("xl/workbook.xml"), kWorkbook},
             {QStringLiteral("xl/worksheets/sheet1.xml"),
              "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row></sheetData></worksheet>"}});
        auto badRef = XlsxReader::fromData(bytes);
        QVERIFY(badRef);
        QVERIFY(!badRef->readSheet());

        // A truncated file (the download broke off).
        const QString good = m_dir.filePath(QStringLiteral("truncated.xlsx"));
        lxw_workbook* wb = workbook_new(QFile::encodeName(good).constData());
        worksheet_write_string(workbook_add_worksheet(wb, nullptr), 0, 0, "x", nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        auto truncated = XlsxReader::fromData(whole.left(whole.size() / 2));
        QVERIFY(!truncated);
        QVERIFY(!truncated.error().message.isEmpty());

        // Through openTable, as the wizard and the CLI see it.
        QFile renamed(m_dir.filePath(QStringLiteral("renamed.xlsx")));
        QVERIFY(renamed.open(QIODevice::WriteOnly));
        renamed.write("a;b\n1;2\n");
        renamed.close();
        auto table = openTable(renamed.fileName());
        QVERIFY(!table);
        QVERIFY(table.error().message.contains(QStringLiteral(".xlsx")));
    }

    void zipBombsAndHugeSheetsAreRefused()
    {
        // 64 MB of one repeated row compresses to almost nothing.
        QByteArray rows = "<worksheet><sheetData>";
        const QByteArray row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
        while (rows.size() < 64 * 1024 * 1024)
            rows += row;
        rows += "</sheetData></worksheet>";
        const QByteArray bytes =
            makeZip(m_dir.filePath(QStringLiteral("bomb.xlsx")), {{QStringLiteral("xl/_rels/workbook.xml.rels"), kRels},
                                                                  {QStringLiteral("xl/workbook.xml"), kWorkbook},
                                                                  {QStringLiteral("xl/worksheets/sheet1.xml"), rows}});
        QVERIFY(bytes.size() < 2 * 1024 * 1024);
        XlsxReader::Limits small;
        small.maxPartBytes = 16 * 1024 * 1024;
        auto book = XlsxReader::fromData(bytes, small);
        QVERIFY(book);
        auto sheet = book->readSheet();
        QVERIFY(!sheet);
        QVERIFY2(sheet.error().message.contains(QStringLiteral("too large")), qPrintable(sheet.error().message));

        XlsxReader::Limits fewCells;
        fewCells.maxCells = 1000;
        auto book2 = XlsxReader::fromData(bytes, fewCells);
        QVERIFY(book2);
        auto sheet2 = book2->readSheet();
        QVERIFY(!sheet2);
        QVERIFY2(sheet2.error().message.contains(QStringLiteral("1000 cells")), qPrintable(sheet2.error().message));

        // One cell far to the right counts the empty cells before it.
        const QByteArray wide =
            makeZip(m_dir.filePath(QStringLiteral("wide.xlsx")),
                    {{QStringLiteral("xl/_rels/workbook.xml.rels"), kRels},
                     {QStringLiteral("xl/workbook.xml"), kWorkbook},
                     {QStringLiteral("xl/worksheets/sheet1.xml"),
                      "<worksheet><sheetData><row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row></sheetData></worksheet>"}});
        auto book3 = XlsxReader::fromData(wide, fewCells);
        QVERIFY(book3);
        QVERIFY(!book3->readSheet());
        QVERIFY(XlsxReader::fromData(wide)->readSheet()); // within the default bounds
    }

    void helpers()
    {
        QCOMPARE(xlsxColumnIndex(u"A1"), 0);
        QCOMPARE(xlsxColumnIndex(u"Z9"), 25);
        QCOMPARE(xlsxColumnIndex(u"AA10"), 26);
        QCOMPARE(xlsxColumnIndex(u"XFD1"), 16383);
        QCOMPARE(xlsxColumnIndex(u"1"), -1);
        QCOMPARE(xlsxColumnIndex(u"ABCD1"), -1);
        QCOMPARE(xlsxNumberText(u"1.91212121212E11"), QStringLiteral("191212121212"));
        QCOMPARE(xlsxNumberText(u"45691"), QStringLiteral("45691"));
        QCOMPARE(xlsxNumberText(u"0.1"), QStringLiteral("0.1"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
