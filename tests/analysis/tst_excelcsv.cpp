// The Excel CSV of a published table, on hand-made cross-tabulations whose every cell is known.

#include "analysis/excelcsv.h"

#include <QTest>

using namespace folja;
using namespace folja::analysis;

namespace {

Category cat(const QString& code, const QString& label, bool missing = false)
{
    Category c;
    c.code = code;
    c.label = label;
    c.sourceLabel = label;
    c.isMissing = missing;
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

Percentage pct(double value, qint64 denominator, bool suppressed = false, bool available = true)
{
    Percentage p;
    p.available = available;
    p.suppressed = suppressed;
    p.value = value;
    p.denominator = denominator;
    p.ciLow = value - 10.2;
    p.ciHigh = value + 10.2;
    return p;
}

// Kön (Flicka, Pojke, (uppgift saknas)) × Insats (A; B), counts
//            A    B   Tot
//   Flicka  20    3    23      3 is primary, 12 secondary
//   Pojke   30   12    42
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
                        {cat(QStringLiteral("A"), QStringLiteral("Kontaktperson; familj")),
                         cat(QStringLiteral("B"), QStringLiteral("Behandling \"öppen\""))})};
    t.layout = DenseLayout({3, 2});
    t.cells.resize(static_cast<std::size_t>(t.layout.cellCount()));
    const qint64 n[4][3] = {{20, 3, 23}, {30, 12, 42}, {2, 0, 2}, {52, 15, 67}};
    for (int r = 0; r <= 3; ++r) {
        for (int c = 0; c <= 2; ++c) {
            TableCell& cell = t.cells[static_cast<std::size_t>(t.cellIndex({r, c}))];
            cell.n = n[r][c];
            cell.row = pct(100.0 * static_cast<double>(n[r][c]) / static_cast<double>(n[r][2]), n[r][2]);
            cell.column = pct(100.0 * static_cast<double>(n[r][c]) / static_cast<double>(n[3][c]), n[3][c]);
            cell.total = pct(100.0 * static_cast<double>(n[r][c]) / 67.0, 67);
            if (r == 2) { // the missing row has no percentages of a valid answer
                cell.column.available = false;
                cell.total.available = false;
            }
        }
    }
    t.cells[static_cast<std::size_t>(t.cellIndex({0, 1}))].reason = SuppressionReason::Primary;
    t.cells[static_cast<std::size_t>(t.cellIndex({1, 1}))].reason = SuppressionReason::Secondary;
    t.cells[static_cast<std::size_t>(t.cellIndex({2, 0}))].reason = SuppressionReason::Primary;
    t.cells[static_cast<std::size_t>(t.cellIndex({1, 0}))].row.suppressed = true;
    t.total = {67, false};
    t.dimensions[0].bortfall = {2, true};
    t.dimensions[0].bortfallPercent = 2.985;
    t.dimensions[1].bortfall = {0, false};
    t.dimensions[1].notApplicable = {7, false};
    t.dimensions[1].uncertain = {0, false};
    t.external.append({QStringLiteral("insatser_utan_uppfoljning"),
                       QStringLiteral("Avslutade insatser utan uppföljning"),
                       {9, false},
                       {40, false}});
    t.footnotes = {
        QStringLiteral("Värden under 5 redovisas inte av sekretesskäl; vissa ytterligare värden har dolts så att "
                       "de inte kan räknas fram."),
        QStringLiteral("Second note")};
    return t;
}

QStringList linesOf(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes.mid(3));
    QStringList lines = text.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestExcelCsv : public QObject
{
    Q_OBJECT

private slots:
    void bomSemicolonsCrlfAndCounts()
    {
        ExcelCsvOptions o;
        o.title = QStringLiteral("Insatser efter kön");
        o.preamble = {QStringLiteral("Period: 2025-01-01 – 2025-12-31")};
        auto csv = ExcelCsv::format(twoByTwo(), o);
        QVERIFY(csv.ok());
        QVERIFY(csv->startsWith("\xEF\xBB\xBF"));
        QVERIFY(!csv->mid(3).contains("\xEF\xBB\xBF"));
        // every line ends in CRLF; no lone LF
        QCOMPARE(csv->count("\n"), csv->count("\r\n"));
        const QStringList lines = linesOf(*csv);
        QCOMPARE(lines.at(0), QStringLiteral("Insatser efter kön"));
        QCOMPARE(lines.at(1), QStringLiteral("Period: 2025-01-01 – 2025-12-31"));
        QCOMPARE(lines.at(2), QString());
        QCOMPARE(lines.at(3), QStringLiteral("Count"));
        QCOMPARE(lines.at(4),
                 QStringLiteral("Kön \\ Insats;\"Kontaktperson; familj\";\"Behandling \"\"öppen\"\"\";Total"));
        QCOMPARE(lines.at(5), QStringLiteral("Flicka/kvinna;20;..;23"));
        QCOMPARE(lines.at(6), QStringLiteral("Pojke/man;30;..;42"));
        QCOMPARE(lines.at(7), QStringLiteral("(uppgift saknas);..;0;2"));
        QCOMPARE(lines.at(8), QStringLiteral("Total;52;15;67"));
        QCOMPARE(lines.at(9), QString());
    }

    void percentagesWithDecimalCommaAndSuppression()
    {
        ExcelCsvOptions o;
        o.rowPercent = true;
        o.columnPercent = true;
        o.intervals = true;
        auto csv = ExcelCsv::format(twoByTwo(), o);
        QVERIFY(csv.ok());
        const QStringList lines = linesOf(*csv);
        const qsizetype row = lines.indexOf(QStringLiteral("Row percent"));
        QVERIFY(row > 0);
        // 20/23 = 86.96 %; the suppressed count's percentage is ".."; a suppressed percentage too
        QCOMPARE(lines.at(row + 2), QStringLiteral("Flicka/kvinna;87,0;..;100,0"));
        QCOMPARE(lines.at(row + 3), QStringLiteral("Pojke/man;..;..;100,0"));
        const qsizetype low = lines.indexOf(QStringLiteral("Row percent, lower bound of the 95 % interval"));
        QVERIFY(low > row);
        QCOMPARE(lines.at(low + 2), QStringLiteral("Flicka/kvinna;76,8;..;89,8"));
        const qsizetype high = lines.indexOf(QStringLiteral("Row percent, upper bound of the 95 % interval"));
        QCOMPARE(lines.at(high + 2), QStringLiteral("Flicka/kvinna;97,2;..;110,2"));
        const qsizetype col = lines.indexOf(QStringLiteral("Column percent"));
        QVERIFY(col > high);
        // column percentages: 20/52 = 38.46; the missing row has none (empty, not 0)
        QCOMPARE(lines.at(col + 2), QStringLiteral("Flicka/kvinna;38,5;..;34,3"));
        QCOMPARE(lines.at(col + 4), QStringLiteral("(uppgift saknas);;;"));
        QVERIFY(!lines.contains(QStringLiteral("Percent of total")));
        // no decimal point anywhere in the numbers
        for (const QString& l : lines) {
            if (l.startsWith(QLatin1String("Flicka")) || l.startsWith(QLatin1String("Pojke")))
                QVERIFY2(!l.contains(QLatin1Char('.')) || l.contains(QLatin1String("..")), qPrintable(l));
        }
    }

    void bortfallExternalAndFootnotes()
    {
        auto csv = ExcelCsv::format(twoByTwo());
        QVERIFY(csv.ok());
        const QStringList lines = linesOf(*csv);
        const qsizetype b = lines.indexOf(QStringLiteral("Bortfall"));
        QVERIFY(b > 0);
        // the dimension's bortfall is suppressed, so is its share
        QCOMPARE(lines.at(b + 2), QStringLiteral("Kön;..;..;0;0"));
        QCOMPARE(lines.at(b + 3), QStringLiteral("Insats;0;0,0;0;7"));
        QCOMPARE(lines.at(b + 4), QStringLiteral("Records in the table;67"));
        QVERIFY(lines.contains(QStringLiteral("Avslutade insatser utan uppföljning;9;40")));
        QCOMPARE(
            lines.at(lines.size() - 2),
            QStringLiteral("Värden under 5 redovisas inte av sekretesskäl; vissa ytterligare värden har dolts så att "
                           "de inte kan räknas fram.")
                .prepend(QLatin1Char('"'))
                .append(QLatin1Char('"')));
        QCOMPARE(lines.last(), QStringLiteral("Second note"));
    }

    void layersAsBlocks()
    {
        CrossTab t;
        t.dimensions = {
            dim(QStringLiteral("kon"), QStringLiteral("Kön"), {cat(QStringLiteral("F"), QStringLiteral("F"))}),
            dim(QStringLiteral("insats"), QStringLiteral("Insats"), {cat(QStringLiteral("A"), QStringLiteral("A"))}),
            dim(QStringLiteral("maluppfyllelse"), QStringLiteral("Måluppfyllelse"),
                {cat(QStringLiteral("U"), QStringLiteral("Uppnått")),
                 cat(QStringLiteral("E"), QStringLiteral("Ej uppnått"))})};
        t.layout = DenseLayout({1, 1, 2});
        t.cells.resize(static_cast<std::size_t>(t.layout.cellCount()));
        for (int i = 0; i < t.layout.cellCount(); ++i)
            t.cells[static_cast<std::size_t>(i)].n = 10 + i;
        auto csv = ExcelCsv::format(t);
        QVERIFY(csv.ok());
        const QStringList lines = linesOf(*csv);
        const qsizetype first = lines.indexOf(QStringLiteral("Måluppfyllelse: Uppnått"));
        const qsizetype second = lines.indexOf(QStringLiteral("Måluppfyllelse: Ej uppnått"));
        const qsizetype all = lines.indexOf(QStringLiteral("Måluppfyllelse: Total"));
        QVERIFY(first >= 0 && first < second && second < all);
        auto n = [&](int r, int c, int l) { return QString::number(t.cell({r, c, l}).n); };
        QCOMPARE(lines.at(second + 3), QStringLiteral("F;%1;%2").arg(n(0, 0, 1), n(0, 1, 1)));
        QCOMPARE(lines.at(all + 4), QStringLiteral("Total;%1;%2").arg(n(1, 0, 2), n(1, 1, 2)));
    }

    void refusesInternalAnalysis()
    {
        CrossTab t = twoByTwo();
        t.mode = Mode::InternAnalys;
        t.exportable = false;
        auto csv = ExcelCsv::format(t);
        QVERIFY(!csv.ok());
        QCOMPARE(csv.error().code, ErrorCode::PermissionDenied);
        // a mode flag alone is enough to refuse
        t.exportable = true;
        QVERIFY(!ExcelCsv::format(t).ok());
    }

    void fieldsAndDecimals()
    {
        QCOMPARE(ExcelCsv::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(ExcelCsv::field(QStringLiteral("a;b")), QStringLiteral("\"a;b\""));
        QCOMPARE(ExcelCsv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(ExcelCsv::field(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
        QCOMPARE(ExcelCsv::field(QStringLiteral("=SUM(A1)")), QStringLiteral("'=SUM(A1)"));
        QCOMPARE(ExcelCsv::field(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
        QCOMPARE(ExcelCsv::field(QStringLiteral("-12,5")), QStringLiteral("-12,5"));
        QCOMPARE(ExcelCsv::field(QStringLiteral("..")), QStringLiteral(".."));
        QCOMPARE(ExcelCsv::decimal(12.345), QStringLiteral("12,3"));
        QCOMPARE(ExcelCsv::decimal(99.96, 1), QStringLiteral("100,0"));
        QCOMPARE(ExcelCsv::decimal(-0.01), QStringLiteral("0,0"));
        QCOMPARE(ExcelCsv::decimal(3.0, 0), QStringLiteral("3"));
    }
};

QTEST_GUILESS_MAIN(TestExcelCsv)
#include "tst_excelcsv.moc"
