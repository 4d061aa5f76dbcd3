// The Excel workbook of a published table (analysis::XlsxExport), on hand-made cross-tabulations
// whose every cell is known, read back from the file's XML (tests/xlsxread.h).

#include "analysis/xlsxexport.h"
#include "testcheck.h"
#include "xlsxread.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::analysis;
using folja::test::XlsxBook;
using folja::test::XlsxSheet;

namespace {

Category cat(const QString& code, const QString& label, bool missing = false, const QString& scale = {})
{
    Category c;
    c.code = code;
    c.label = label;
    c.sourceLabel = label;
    c.isMissing = missing;
    c.scale = scale;
    return c;
}

TableDimension dim(const QString& variable, const QString& label, QList<Category> categories)
{
    TableDimension d;
    d.variable = variable;
    d.label = label;
    d.categories = categories;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        if (categories.at(i).isMissing)
            d.missingIndex = static_cast<int>(i);
    }
    return d;
}

Percentage pct(qint64 x, qint64 n)
{
    Percentage p;
    p.available = n > 0;
    p.value = n > 0 ? 100.0 * static_cast<double>(x) / static_cast<double>(n) : 0.0;
    p.denominator = n;
    p.ciLow = p.value - 5;
    p.ciHigh = p.value + 5;
    return p;
}

// Kön (Flicka, Pojke, (uppgift saknas)) × Insats (A, B):
//            A    B   Tot
//   Flicka  20    3    23      3 primary
//   Pojke   30   12    42      12 secondary
//   saknas   2    0     2      2 primary
//   Tot     52   15    67
CrossTab twoByTwo()
{
    CrossTab t;
    t.mode = Mode::Publicering;
    t.minCell = 5;
    t.dimensions = {dim(QStringLiteral("kon"), QStringLiteral("Kön"),
                        {cat(QStringLiteral("F"), QStringLiteral("Flicka/kvinna")),
                         cat(QStringLiteral("M"), QStringLiteral("Pojke/man")),
                         cat(QString(), QStringLiteral("(uppgift saknas)"), true)}),
                    dim(QStringLiteral("insats"), QStringLiteral("Insats"),
                        {cat(QStringLiteral("A"), QStringLiteral("Kontaktperson")),
                         cat(QStringLiteral("B"), QStringLiteral("=Behandling"))})};
    t.layout = DenseLayout({3, 2});
    t.cells.resize(static_cast<std::size_t>(t.layout.cellCount()));
    const qint64 n[4][3] = {{20, 3, 23}, {30, 12, 42}, {2, 0, 2}, {52, 15, 67}};
    for (int r = 0; r <= 3; ++r) {
        for (int c = 0; c <= 2; ++c) {
            TableCell& cell = t.cells[static_cast<std::size_t>(t.cellIndex({r, c}))];
            cell.n = n[r][c];
            cell.row = pct(n[r][c], n[r][2]);
            cell.column = pct(n[r][c], n[3][c]);
            cell.total = pct(n[r][c], 67);
        }
    }
    t.cells[static_cast<std::size_t>(t.cellIndex({0, 1}))].reason = SuppressionReason::Primary;
    t.cells[static_cast<std::size_t>(t.cellIndex({1, 1}))].reason = SuppressionReason::Secondary;
    t.cells[static_cast<std::size_t>(t.cellIndex({2, 0}))].reason = SuppressionReason::Primary;
    t.total = {67, false};
    t.dimensions[0].bortfall = {2, true};
    t.dimensions[1].bortfall = {0, false};
    t.dimensions[1].notApplicable = {7, false};
    t.external.append({QStringLiteral("insatser_utan_uppfoljning"),
                       QStringLiteral("Avslutade insatser utan uppföljning"),
                       {9, false},
                       {40, false}});
    t.footnotes = {QStringLiteral("Värden under 5 redovisas inte."), QStringLiteral("Andra fotnoten.")};
    return t;
}

// Måluppfyllelse on both scales down (BBIC: Uppnått, Ej uppnått; IBIC: Helt, Delvis), one column
// category, three layers (Kön F, M and the total): a sheet per layer, a block per scale.
CrossTab scalesInLayers()
{
    CrossTab t;
    t.mode = Mode::Publicering;
    t.minCell = 3;
    TableDimension m = dim(QStringLiteral("maluppfyllelse"), QStringLiteral("Måluppfyllelse"),
                           {cat(QStringLiteral("B1"), QStringLiteral("Uppnått"), false, QStringLiteral("BBIC")),
                            cat(QStringLiteral("B2"), QStringLiteral("Ej uppnått"), false, QStringLiteral("BBIC")),
                            cat(QStringLiteral("I1"), QStringLiteral("Helt"), false, QStringLiteral("IBIC")),
                            cat(QStringLiteral("I2"), QStringLiteral("Delvis"), false, QStringLiteral("IBIC"))});
    CategoryBlock bbic;
    bbic.scale = QStringLiteral("BBIC");
    bbic.first = 0;
    bbic.end = 2;
    CategoryBlock ibic;
    ibic.scale = QStringLiteral("IBIC");
    ibic.first = 2;
    ibic.end = 4;
    m.blocks = {bbic, ibic};
    t.dimensions = {m,
                    dim(QStringLiteral("sip"), QStringLiteral("SIP"), {cat(QStringLiteral("J"), QStringLiteral("Ja"))}),
                    dim(QStringLiteral("kon"), QStringLiteral("Kön"),
                        {cat(QStringLiteral("F"), QStringLiteral("Flicka/kvinna")),
                         cat(QStringLiteral("M"), QStringLiteral("Pojke/man"))})};
    t.layout = DenseLayout({4, 1, 2}, {{0, 2}, {}, {}});
    t.cells.resize(static_cast<std::size_t>(t.layout.cellCount()));
    for (int i = 0; i < t.layout.cellCount(); ++i)
        t.cells[static_cast<std::size_t>(i)].n = 100 + i;
    t.total = {50, false};
    return t;
}

XlsxBook write(const CrossTab& t, const XlsxOptions& o, const QString& path)
{
    auto written = XlsxExport::write(t, o, path);
    if (!written)
        qWarning("%s", qPrintable(written.error().message));
    FOLJA_CHECK(written.ok());
    return folja::test::readXlsx(path);
}

} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (folja::test::xlsxTool().isEmpty()) {
            if (qEnvironmentVariableIsSet("FOLJA_CI"))
                QFAIL("unzip is missing (installer/setup.sh installs it)");
            QSKIP("unzip is not installed");
        }
    }

    void countsNumbersSuppressedAndBortfallMarked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tabell.xlsx"));
        XlsxOptions o;
        o.title = QStringLiteral("Insatser efter kön");
        o.preamble = {QStringLiteral("Period: 2025")};
        o.methodNotes = {QStringLiteral("Enhet: insatser."), QStringLiteral("Ålder räknas vid periodens början.")};
        const XlsxBook book = write(twoByTwo(), o, path);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QCOMPARE(book.sheets.size(), 1);
        const XlsxSheet& s = book.sheets.first();
        QCOMPARE(s.at(0, 0).text, QStringLiteral("Insatser efter kön"));
        QCOMPARE(s.at(1, 0).text, QStringLiteral("Period: 2025"));
        const int header = s.findRow(QStringLiteral("Kön \\ Insats"));
        QVERIFY(header > 0);
        // The header row and the label column are frozen.
        QCOMPARE(s.frozenRows, header + 1);
        QCOMPARE(s.frozenColumns, 1);
        QCOMPARE(s.at(header, 1).text, QStringLiteral("Kontaktperson"));
        QCOMPARE(s.at(header, 2).text, QStringLiteral("=Behandling")); // a string, never a formula
        QCOMPARE(s.at(header, 3).text, QStringLiteral("Total"));
        // Counts are numbers; suppressed cells the text "..".
        const int flicka = header + 1;
        QCOMPARE(s.at(flicka, 0).text, QStringLiteral("Flicka/kvinna"));
        QVERIFY(s.at(flicka, 1).isNumber);
        QCOMPARE(s.at(flicka, 1).number, 20.0);
        QVERIFY(!s.at(flicka, 2).isNumber);
        QCOMPARE(s.at(flicka, 2).text, QStringLiteral(".."));
        QCOMPARE(s.at(flicka, 3).number, 23.0);
        QCOMPARE(s.at(flicka + 1, 2).text, QStringLiteral(".."));
        QCOMPARE(s.at(flicka + 3, 0).text, QStringLiteral("Total"));
        QCOMPARE(s.at(flicka + 3, 3).number, 67.0);
        // The bortfall row is marked (italic), the others not.
        const int missing = flicka + 2;
        QCOMPARE(s.at(missing, 0).text, QStringLiteral("(uppgift saknas)"));
        QCOMPARE(s.at(missing, 1).text, QStringLiteral(".."));
        QCOMPARE(s.at(missing, 2).number, 0.0);
        for (int c = 0; c <= 3; ++c)
            QVERIFY2(book.italic(s.at(missing, c).style), qPrintable(QString::number(c)));
        QVERIFY(!book.italic(s.at(flicka, 1).style));
        QVERIFY(!book.italic(s.at(flicka, 0).style));
        // Bortfall, external bortfall, footnotes and the method note under the table.
        const int bortfall = s.findRow(QStringLiteral("Bortfall"), missing);
        QVERIFY(bortfall > missing);
        QCOMPARE(s.at(bortfall + 2, 0).text, QStringLiteral("Kön"));
        QCOMPARE(s.at(bortfall + 2, 1).text, QStringLiteral("..")); // the bortfall count is suppressed
        QCOMPARE(s.at(bortfall + 3, 4).number, 7.0);                // not applicable
        const int external = s.findRow(QStringLiteral("Avslutade insatser utan uppföljning"), bortfall);
        QVERIFY(external > bortfall);
        QCOMPARE(s.at(external, 1).number, 9.0);
        QCOMPARE(s.at(external, 2).number, 40.0);
        const QStringList texts = s.texts();
        QVERIFY(texts.contains(QStringLiteral("Värden under 5 redovisas inte.")));
        QVERIFY(texts.contains(QStringLiteral("Andra fotnoten.")));
        const int method = s.findRow(QStringLiteral("Enhet: insatser."), external);
        QVERIFY(method > s.findRow(QStringLiteral("Andra fotnoten."), external));
        QCOMPARE(s.at(method + 1, 0).text, QStringLiteral("Ålder räknas vid periodens början."));
    }

    void percentagesAreNumbersWithPercentFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("procent.xlsx"));
        XlsxOptions o;
        o.rowPercent = true;
        o.decimals = 1;
        const XlsxBook book = write(twoByTwo(), o, path);
        const XlsxSheet& s = book.sheets.first();
        const int block = s.findRow(QStringLiteral("Row percent"));
        QVERIFY(block > 0);
        const int flicka = block + 2;
        QCOMPARE(s.at(flicka, 0).text, QStringLiteral("Flicka/kvinna"));
        QVERIFY(s.at(flicka, 1).isNumber);
        QVERIFY(qAbs(s.at(flicka, 1).number - 20.0 / 23.0) < 1e-9); // a fraction, shown as 87.0 %
        QCOMPARE(book.numberFormat(s.at(flicka, 1).style), QStringLiteral("0.0%"));
        QCOMPARE(s.at(flicka, 2).text, QStringLiteral("..")); // a suppressed cell's percentage
        QCOMPARE(s.at(flicka, 3).number, 1.0);
        // Counts keep a number format without %.
        const int countRow = s.findRow(QStringLiteral("Flicka/kvinna"));
        QVERIFY(countRow < block);
        QVERIFY(!book.numberFormat(s.at(countRow, 1).style).contains(QLatin1Char('%')));
    }

    void aSheetPerLayerAndScalesAsBlocks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lager.xlsx"));
        const CrossTab t = scalesInLayers();
        const XlsxBook book = write(t, XlsxOptions{}, path);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QCOMPARE(book.sheets.size(), 3);
        // "/" is not allowed in a sheet name.
        QCOMPARE(book.sheets.at(0).name, QStringLiteral("Flicka-kvinna"));
        QCOMPARE(book.sheets.at(1).name, QStringLiteral("Pojke-man"));
        QCOMPARE(book.sheets.at(2).name, QStringLiteral("Total"));
        for (int layer = 0; layer < 3; ++layer) {
            const XlsxSheet& s = book.sheets.at(layer);
            const int bbic = s.findRow(QStringLiteral("Scale BBIC"));
            const int ibic = s.findRow(QStringLiteral("Scale IBIC"));
            QVERIFY(bbic > 0 && ibic > bbic);
            // BBIC's categories and its own total, then IBIC's: never one total of both.
            QCOMPARE(s.at(bbic + 1, 0).text, QStringLiteral("Uppnått"));
            QCOMPARE(s.at(bbic + 2, 0).text, QStringLiteral("Ej uppnått"));
            QCOMPARE(s.at(bbic + 3, 0).text, QStringLiteral("Total BBIC"));
            QCOMPARE(ibic, bbic + 4);
            QCOMPARE(s.at(ibic + 1, 0).text, QStringLiteral("Helt"));
            QCOMPARE(s.at(ibic + 3, 0).text, QStringLiteral("Total IBIC"));
            for (int r = bbic; r <= ibic + 3; ++r)
                QVERIFY(s.at(r, 0).text != QLatin1String("Total"));
            // Each number is the cell of this layer.
            auto n = [&](int r, int c) { return static_cast<double>(t.cell({r, c, layer}).n); };
            QCOMPARE(s.at(bbic + 1, 1).number, n(0, 0));
            QCOMPARE(s.at(bbic + 3, 1).number, n(4, 0)); // BBIC's total position
            QCOMPARE(s.at(ibic + 2, 2).number, n(3, 1));
            QCOMPARE(s.at(ibic + 3, 2).number, n(5, 1)); // IBIC's total position
        }
    }

    void ownerOnlyAndReplacesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ut.xlsx"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous contents");
        }
        QVERIFY(XlsxExport::write(twoByTwo(), XlsxOptions{}, path).ok());
        const QFileInfo info(path);
        QVERIFY(info.size() > 1000);
#ifndef Q_OS_WIN
        QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteOther),
                 QFileDevice::Permissions());
#endif
        // Nothing else is left in the folder (no temporary or scratch file).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("ut.xlsx")});
        // A folder that does not exist: refused with the file named, nothing written.
        const QString nowhere = dir.filePath(QStringLiteral("saknas/ut.xlsx"));
        auto refused = XlsxExport::write(twoByTwo(), XlsxOptions{}, nowhere);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Io);
        QVERIFY(refused.error().message.contains(nowhere));
        QVERIFY(!QFileInfo::exists(nowhere));
    }

    void refusesInternalAnalysis()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("intern.xlsx"));
        CrossTab t = twoByTwo();
        t.mode = Mode::InternAnalys;
        t.exportable = false;
        auto refused = XlsxExport::write(t, XlsxOptions{}, path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!QFileInfo::exists(path));
        t.exportable = true; // the mode alone is enough
        QVERIFY(!XlsxExport::write(t, XlsxOptions{}, path).ok());
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void sheetNames()
    {
        QCOMPARE(XlsxExport::sheetName(QStringLiteral("a/b[c]:d*e?f\\g"), {}), QStringLiteral("a-b-c--d-e-f-g"));
        QCOMPARE(XlsxExport::sheetName(QStringLiteral("Total"), {QStringLiteral("total")}),
                 QStringLiteral("Total (2)"));
        const QString longName(40, QLatin1Char('x'));
        QCOMPARE(XlsxExport::sheetName(longName, {}).size(), 31);
        QCOMPARE(XlsxExport::sheetName(longName, {longName.left(31)}).size(), 31);
        QVERIFY(XlsxExport::sheetName(longName, {longName.left(31)}).endsWith(QLatin1String(" (2)")));
        QVERIFY(!XlsxExport::sheetName(QStringLiteral("'''"), {}).isEmpty());
        QVERIFY(!XlsxExport::sheetName(QStringLiteral("History"), {}).startsWith(QLatin1String("History")));
    }
};

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
