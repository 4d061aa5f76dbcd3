// Disclosure control beyond P1/S2–S4: group disclosure in strikt läge (P3), aggregation before
// suppression (S6) and linked tables of one report set (S5), on hand-made registers and tables
// whose expected cells are worked out by hand below.

#include "analysis/crosstab.h"
#include "analysis/query.h"
#include "analysis/reportset.h"
#include "analysis/snapshot.h"
#include "analysis/suppression.h"
#include "catalog/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace folja;
using namespace folja::analysis;

namespace {

const QString F = QStringLiteral("KON.FLICKA_KVINNA");
const QString M = QStringLiteral("KON.POJKE_MAN");
const QString POS = QStringLiteral("MAL.BBIC.POSITIV_UPPFYLLT");
const QString INGEN = QStringLiteral("MAL.BBIC.INGEN_FORANDRING");

// A small register built record by record: one person per ärende.
class Register
{
public:
    // One BOU ärende per insats, each insats with one uppföljning holding `mal`.
    void addInsatser(const QString& kon, const QString& malgrupp, const QString& enhet, const QString& ksi,
                     const QString& mal, int n)
    {
        for (int i = 0; i < n; ++i) {
            domain::Person p;
            p.id = static_cast<domain::Id>(persons.size() + 1);
            p.kon = kon;
            p.birthDate = QDate(2010, 1, 1);
            persons.append(p);
            domain::Arende a;
            a.id = static_cast<domain::Id>(arenden.size() + 1);
            a.externalId = QStringLiteral("A%1").arg(a.id);
            a.personRef = p.id;
            a.malgrupp = malgrupp;
            a.enhet = enhet;
            a.aktualiseringDatum = QDate(2024, 2, 1);
            a.beslutDatum = QDate(2024, 3, 1);
            if (!ksi.isEmpty()) {
                domain::Insats in;
                in.ksi = ksi;
                in.beslutDatum = QDate(2024, 3, 1);
                in.verkstallandeDatum = QDate(2024, 3, 10);
                if (!mal.isEmpty()) {
                    domain::Uppfoljning u;
                    u.datum = QDate(2024, 6, 1);
                    u.maluppfyllelse = mal;
                    in.uppfoljningar = {u};
                }
                a.insatser = {in};
            }
            arenden.append(a);
        }
    }

    Snapshot snapshot() const { return Snapshot::build(persons, arenden); }

    QList<domain::Person> persons;
    QList<domain::Arende> arenden;
};

Query publication(Unit unit, QStringList dims)
{
    Query q;
    q.unit = unit;
    q.dimensions = dims;
    return q;
}

// Builds the dense array (with margins) of a table given its interior counts in row-major order.
std::vector<qint64> withMargins(const DenseLayout& layout, const std::vector<qint64>& interior)
{
    std::vector<qint64> out(static_cast<std::size_t>(layout.cellCount()), 0);
    std::size_t next = 0;
    for (int c = 0; c < layout.cellCount(); ++c) {
        if (layout.isInterior(c))
            out[static_cast<std::size_t>(c)] = interior[next++];
    }
    const int dims = layout.dimensions();
    for (int c = 0; c < layout.cellCount(); ++c) {
        if (!layout.isInterior(c))
            continue;
        const std::vector<int> coords = layout.coordinates(c);
        for (int mask = 1; mask < (1 << dims); ++mask) {
            std::vector<int> m = coords;
            for (int d = 0; d < dims; ++d) {
                if (mask & (1 << d))
                    m[static_cast<std::size_t>(d)] = layout.size(d);
            }
            out[static_cast<std::size_t>(layout.index(m))] += out[static_cast<std::size_t>(c)];
        }
    }
    return out;
}

std::vector<int> linesAlong(const std::vector<Line>& lines, int axis)
{
    std::vector<int> out;
    for (std::size_t l = 0; l < lines.size(); ++l) {
        if (lines[l].axis == axis)
            out.push_back(static_cast<int>(l));
    }
    return out;
}

// A hand-made publication table kon × `variable` with the given interior counts, protected alone.
CrossTab handTable(const QString& variable, const QStringList& codes, const std::vector<qint64>& interior)
{
    CrossTab t;
    t.unit = Unit::Insats;
    t.mode = Mode::Publicering;
    t.minCell = 5;
    TableDimension kon;
    kon.variable = QStringLiteral("kon");
    for (const QString& c : {F, M}) {
        Category cat;
        cat.code = c;
        kon.categories.append(cat);
    }
    TableDimension other;
    other.variable = variable;
    for (const QString& c : codes) {
        Category cat;
        cat.code = c;
        other.categories.append(cat);
    }
    t.dimensions = {kon, other};
    t.layout = DenseLayout({2, static_cast<int>(codes.size())});
    const std::vector<qint64> counts = withMargins(t.layout, interior);
    t.cells.resize(counts.size());
    for (std::size_t i = 0; i < counts.size(); ++i)
        t.cells[i].n = counts[i];
    ProtectionOptions options;
    options.minCell = t.minCell;
    options.geometry = {TableGeometry{0, &t.layout}};
    applyProtection(t, protectTable(counts, tableLines(t), options));
    return t;
}

bool hidden(const CrossTab& t, std::vector<int> coords)
{
    return t.cell(coords).suppressed();
}

// No additive line of the table holds exactly one hidden cell.
bool linesComplete(const CrossTab& t)
{
    for (const Line& l : tableLines(t)) {
        int n = t.cells[static_cast<std::size_t>(l.total)].suppressed() ? 1 : 0;
        for (int c : l.cells)
            n += t.cells[static_cast<std::size_t>(c)].suppressed() ? 1 : 0;
        if (n == 1)
            return false;
    }
    return true;
}

} // namespace

class TestDisclosure : public QObject
{
    Q_OBJECT

    catalog::Catalog m_catalog;

private slots:
    void initTestCase()
    {
        auto cat = catalog::Catalog::loadBuiltin();
        QVERIFY2(cat.ok(), qPrintable(cat.ok() ? QString() : cat.error().message));
        m_catalog = cat.value();
    }

    // P3 on plain arrays. kon × outcome, k = 5, the outcome along axis 1:
    //   F: 7  0  0 | 7    T = 7, all in one category, 5 <= 7 < 10: flagged
    //   M: 10 0  0 | 10   T = 10 = 2k: not flagged
    //   X: 6  5  8 | 19
    // Row F's cells are hidden (group disclosure); each column then needs a partner, the smallest
    // published non-zero cell: 6, 5 and 8 in row X. x(F,0) = 7 - x(F,1) - x(F,2) with
    // x(F,1) <= 5 and x(F,2) <= 8 (their columns), so the attacker's interval is [0, 7]: nobody
    // can tell that all seven share the outcome.
    void groupDisclosureOnALine()
    {
        const DenseLayout layout({3, 3});
        const std::vector<qint64> counts = withMargins(layout, {7, 0, 0, 10, 0, 0, 6, 5, 8});
        const std::vector<Line> lines = layout.lines();
        ProtectionOptions options;
        options.minCell = 5;
        options.groupLines = linesAlong(lines, 1);
        options.geometry = {TableGeometry{0, &layout}};
        const Protection p = protectTable(counts, lines, options);
        for (int j = 0; j < 3; ++j) {
            QCOMPARE(p.reasons[static_cast<std::size_t>(layout.index({0, j}))], SuppressionReason::GroupDisclosure);
            QVERIFY(!p.suppressed(layout.index({1, j})));
            QCOMPARE(p.reasons[static_cast<std::size_t>(layout.index({2, j}))], SuppressionReason::Secondary);
        }
        QCOMPARE(p.suppressedCount(), 6);
        QCOMPARE(p.flaggedGroupLines.size(), std::size_t(1));
        QVERIFY(p.auditPassed);
        QCOMPARE(p.audit.size(), std::size_t(1));
        QCOMPARE(p.audit[0].cell, layout.index({0, 0}));
        QCOMPARE(p.audit[0].lo, 0.0);
        QCOMPARE(p.audit[0].hi, 7.0);

        // Without strikt läge nothing is small, so nothing is hidden.
        options.groupLines.clear();
        QCOMPARE(protectTable(counts, lines, options).suppressedCount(), 0);
    }

    void groupDisclosureThresholds_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("T=4 < k: primary instead") << qint64(4) << false;
        QTest::newRow("T=5 = k") << qint64(5) << true;
        QTest::newRow("T=9 = 2k-1") << qint64(9) << true;
        QTest::newRow("T=10 = 2k") << qint64(10) << false;
    }

    void groupDisclosureThresholds()
    {
        QFETCH(qint64, total);
        QFETCH(bool, flagged);
        const DenseLayout layout({2, 2});
        const std::vector<qint64> counts = withMargins(layout, {total, 0, 20, 30});
        const std::vector<Line> lines = layout.lines();
        ProtectionOptions options;
        options.minCell = 5;
        options.groupLines = linesAlong(lines, 1);
        const Protection p = protectTable(counts, lines, options);
        QCOMPARE(!p.flaggedGroupLines.empty(), flagged);
        QCOMPARE(p.reasons[static_cast<std::size_t>(layout.index({0, 0}))] == SuppressionReason::GroupDisclosure,
                 flagged);
        QVERIFY(p.auditPassed);
    }

    // P3 through the cross-tabulation: insatser by kön × måluppfyllelse (BOU, BBIC), k = 5.
    //   F: POS 7, INGEN 0 (T = 7: flagged)      M: POS 6, INGEN 5 (T = 11)
    // Row F is hidden by group disclosure; the columns take (M, POS) and (M, INGEN) as partners.
    // The attacker's lowest value for (F, POS) is 7 - 5 = 2, below 7.
    void groupDisclosureInACrossTab()
    {
        Register r;
        r.addInsatser(F, QStringLiteral("BOU"), QStringLiteral("E1"), QStringLiteral("YAC.25.ZZ"), POS, 7);
        r.addInsatser(M, QStringLiteral("BOU"), QStringLiteral("E1"), QStringLiteral("YAC.25.ZZ"), POS, 6);
        r.addInsatser(M, QStringLiteral("BOU"), QStringLiteral("E1"), QStringLiteral("YAC.25.ZZ"), INGEN, 5);
        const Snapshot s = r.snapshot();
        Query q = publication(Unit::Insats, {QStringLiteral("kon"), QStringLiteral("maluppfyllelse")});
        const auto t = crossTabulate(s, m_catalog, q);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(t->strictDimensions, (QList<int>{1}));
        QCOMPARE(t->groupDisclosureLines, 1);
        QCOMPARE(t->dimensions[1].categories[0].code, POS);
        QCOMPARE(t->dimensions[1].categories[1].code, INGEN);
        QCOMPARE(t->cell({0, 0}).n, qint64(7));
        QCOMPARE(t->cell({0, 0}).reason, SuppressionReason::GroupDisclosure);
        QCOMPARE(t->cell({0, 1}).reason, SuppressionReason::GroupDisclosure);
        QCOMPARE(t->cell({1, 0}).reason, SuppressionReason::Secondary);
        QCOMPARE(t->cell({1, 1}).reason, SuppressionReason::Secondary);
        QVERIFY(!hidden(*t, {0, 2}) && !hidden(*t, {1, 2}) && !hidden(*t, {2, 0}) && !hidden(*t, {2, 1}));
        QVERIFY(t->auditPassed);
        QCOMPARE(t->audit.front().lo, 2.0);
        QVERIFY(t->cell({0, 0}).row.suppressed); // P2: a hidden count hides its percentages
        bool noted = false;
        for (const QString& f : t->footnotes)
            noted = noted || f.contains(QLatin1String("Strict mode"));
        QVERIFY(noted);
        // The interchange file says nothing per cell about why.
        const QByteArray json = toInterchangeJson(*t).value();
        QVERIFY(!json.contains("group_disclosure"));

        // kön alone is no outcome: in Auto the rule does not look at it. Off turns it off.
        q.strict = StrictMode::Off;
        const auto off = crossTabulate(s, m_catalog, q);
        QVERIFY(off->strictDimensions.isEmpty());
        QCOMPARE(off->cell({0, 0}).reason, SuppressionReason::None);
        QCOMPARE(off->cell({1, 1}).reason, SuppressionReason::None);
        Query byKon = publication(Unit::Insats, {QStringLiteral("kon")});
        QVERIFY(crossTabulate(s, m_catalog, byKon)->strictDimensions.isEmpty());
        byKon.strict = StrictMode::On;
        QCOMPARE(crossTabulate(s, m_catalog, byKon)->strictDimensions, (QList<int>{0}));
    }

    void queryJsonCarriesTheNewOptions()
    {
        Query q = publication(Unit::Insats, {QStringLiteral("kon"), QStringLiteral("maluppfyllelse")});
        q.strict = StrictMode::Off;
        q.aggregate = Aggregation::Auto;
        const QByteArray json = q.toJson();
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.value(QStringLiteral("strict")).toString(), QStringLiteral("off"));
        QCOMPARE(o.value(QStringLiteral("aggregate")).toString(), QStringLiteral("auto"));
        const auto back = Query::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back->strict, StrictMode::Off);
        QCOMPARE(back->aggregate, Aggregation::Auto);
        // A saved analysis from before these options gets the defaults.
        QJsonObject old = o;
        old.remove(QStringLiteral("strict"));
        old.remove(QStringLiteral("aggregate"));
        const auto defaults = Query::fromJson(QJsonDocument(old).toJson());
        QVERIFY(defaults.ok());
        QCOMPARE(defaults->strict, StrictMode::Auto);
        QCOMPARE(defaults->aggregate, Aggregation::Off);
        old.insert(QStringLiteral("aggregate"), QStringLiteral("sometimes"));
        QVERIFY(!Query::fromJson(QJsonDocument(old).toJson()).ok());
        QVERIFY(isOutcomeVariable(u"maluppfyllelse") && isOutcomeVariable(u"avslutsorsak") &&
                isOutcomeVariable(u"b1a") && isOutcomeVariable(u"b5") && !isOutcomeVariable(u"beslut_datum") &&
                !isOutcomeVariable(u"kon"));
    }

    // S6, KSI parent: ÄLDRE insatser YAA.05.15 ×3, YAA.05.25 ×4, YAA.20.ZZ ×10. As asked, 3 and 4 are
    // primary (their sum 7 >= k needs no third cell): 2 of 3 cells hidden. Both hemtjänst codes have
    // the parent YAA.05.00, where the table is 7 | 10 and nothing is hidden.
    void aggregationToTheKsiParent()
    {
        Register r;
        r.addInsatser(F, QStringLiteral("ALDRE"), QStringLiteral("E1"), QStringLiteral("YAA.05.15"), QString(), 3);
        r.addInsatser(F, QStringLiteral("ALDRE"), QStringLiteral("E1"), QStringLiteral("YAA.05.25"), QString(), 4);
        r.addInsatser(M, QStringLiteral("ALDRE"), QStringLiteral("E1"), QStringLiteral("YAA.20.ZZ"), QString(), 10);
        const Snapshot s = r.snapshot();
        Query q = publication(Unit::Insats, {QStringLiteral("insats")});
        const auto asked = crossTabulate(s, m_catalog, q);
        QCOMPARE(asked->layout.size(0), 3);
        QVERIFY(asked->aggregation.isEmpty());
        QCOMPARE(asked->cell({0}).reason, SuppressionReason::Primary);
        QCOMPARE(asked->cell({1}).reason, SuppressionReason::Primary);

        q.aggregate = Aggregation::Auto;
        const auto t = crossTabulate(s, m_catalog, q);
        QVERIFY(t.ok());
        QCOMPARE(t->dimensions[0].variable, QStringLiteral("insats:parent"));
        QCOMPARE(t->dimensions[0].categories.size(), 2);
        QCOMPARE(t->dimensions[0].categories[0].code, QStringLiteral("YAA.05.00"));
        QCOMPARE(t->cell({0}).n, qint64(7));
        QCOMPARE(t->cell({1}).n, qint64(10));
        for (const TableCell& c : t->cells)
            QVERIFY(!c.suppressed());
        QCOMPARE(t->aggregation.size(), 1);
        QCOMPARE(t->aggregation[0].dimension, QStringLiteral("insats"));
        QCOMPARE(t->aggregation[0].action, QStringLiteral("parent"));
        QCOMPARE(t->aggregation[0].to, QStringLiteral("insats:parent"));
        QVERIFY(t->footnotes.contains(t->aggregation[0].description));
        const QJsonObject o = QJsonDocument::fromJson(toInterchangeJson(*t).value()).object();
        QCOMPARE(o.value(QStringLiteral("aggregated")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("aggregated")).toArray()[0].toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("insats:parent"));
        // InternAnalys shows everything as asked: nothing is aggregated.
        q.mode = Mode::InternAnalys;
        QVERIFY(crossTabulate(s, m_catalog, q)->aggregation.isEmpty());
    }

    // S6, "Övriga": ärenden per enhet E1 20, E2 20, E3 2, E4 1, E5 3. As asked the three small enheter
    // are hidden (3 of 5 cells); each is sparse (its only non-zero cell hidden), so they become
    // "Övriga" = 2 + 1 + 3 = 6 and nothing is hidden.
    void aggregationIntoOther()
    {
        Register r;
        const QList<std::pair<QString, int>> enheter{{QStringLiteral("E1"), 20},
                                                     {QStringLiteral("E2"), 20},
                                                     {QStringLiteral("E3"), 2},
                                                     {QStringLiteral("E4"), 1},
                                                     {QStringLiteral("E5"), 3}};
        for (const auto& [enhet, n] : enheter)
            r.addInsatser(F, QStringLiteral("VUX"), enhet, QString(), QString(), n);
        const Snapshot s = r.snapshot();
        Query q = publication(Unit::Arende, {QStringLiteral("enhet")});
        q.aggregate = Aggregation::Auto;
        const auto t = crossTabulate(s, m_catalog, q);
        QVERIFY(t.ok());
        QStringList codes;
        QList<qint64> counts;
        for (int i = 0; i < t->layout.size(0); ++i) {
            codes.append(t->dimensions[0].categories[i].code);
            counts.append(t->cell({i}).n);
            QVERIFY(!t->cell({i}).suppressed());
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("E1"), QStringLiteral("E2"), otherCategoryCode()}));
        QCOMPARE(counts, (QList<qint64>{20, 20, 6}));
        QCOMPARE(t->dimensions[0].categories[2].sourceLabel, QStringLiteral("Övriga"));
        QCOMPARE(t->aggregation.size(), 1);
        QCOMPARE(t->aggregation[0].action, QStringLiteral("ovriga"));
        QCOMPARE(t->aggregation[0].merged,
                 (QStringList{QStringLiteral("E3"), QStringLiteral("E4"), QStringLiteral("E5")}));
        // Deterministic.
        const auto again = crossTabulate(s, m_catalog, q);
        QCOMPARE(again->aggregation[0].merged, t->aggregation[0].merged);
    }

    // S5. Table A = kön × X:  F [7 0 0 | 7]   M [3 10 12 | 25]. Alone, 3 is primary, 7 its column
    // partner, and with row F's other cells zero its total 7 must go too, then the kön margin's M.
    // Table B = kön × Y:  F [0 7 | 7]   M [12 13 | 25]: nothing small, nothing hidden alone — but its
    // kön margin (7, 25) is A's hidden margin. Linked, B hides 7 and 25 as well and completes its
    // lines; every linked pair ends up hidden in both or in neither.
    void linkedTablesShareAMargin()
    {
        const QStringList x{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const QStringList y{QStringLiteral("p"), QStringLiteral("q")};
        QList<CrossTab> set{handTable(QStringLiteral("x"), x, {7, 0, 0, 3, 10, 12}),
                            handTable(QStringLiteral("y"), y, {0, 7, 12, 13})};
        QVERIFY(hidden(set[0], {0, 3}) && hidden(set[0], {1, 3}));
        for (const TableCell& c : set[1].cells)
            QVERIFY(!c.suppressed());
        const QList<CrossTab> before = set;
        const auto r = protectReportSet(set);
        QVERIFY(r.ok());
        // Links: the kön margin (F, M) and the grand total.
        QCOMPARE(r->linkedCells, 3);
        QVERIFY(r->addedSuppressions > 0);
        QCOMPARE(set[1].cell({0, 2}).reason, SuppressionReason::Linked);
        QVERIFY(hidden(set[1], {1, 2})); // hidden as the linked F's partner or as linked itself
        for (int i = 0; i < 3; ++i) {
            std::vector<int> a{i, 3};
            std::vector<int> b{i, 2};
            QCOMPARE(hidden(set[0], a), hidden(set[1], b));
        }
        QVERIFY(linesComplete(set[0]));
        QVERIFY(linesComplete(set[1]));
        QVERIFY(set[0].auditPassed && set[1].auditPassed);
        // What each table hid alone stays hidden.
        for (std::size_t c = 0; c < set[0].cells.size(); ++c)
            QVERIFY(!before[0].cells[c].suppressed() || set[0].cells[c].suppressed());
        bool noted = false;
        for (const QString& f : set[1].footnotes)
            noted = noted || f.contains(QLatin1String("another table"));
        QVERIFY(noted);

        // Deterministic, and protecting the protected set again changes nothing.
        QList<CrossTab> again = before;
        QVERIFY(protectReportSet(again).ok());
        for (int t = 0; t < 2; ++t) {
            for (std::size_t c = 0; c < set[t].cells.size(); ++c)
                QCOMPARE(again[t].cells[c].reason, set[t].cells[c].reason);
        }
    }

    void linkedTablesNeedTheSameMargins()
    {
        // Different kön margins (and totals): different populations, so nothing is linked.
        const QStringList x{QStringLiteral("a"), QStringLiteral("b")};
        QList<CrossTab> set{handTable(QStringLiteral("x"), x, {7, 0, 3, 10}),
                            handTable(QStringLiteral("y"), x, {6, 0, 3, 10})};
        const auto r = protectReportSet(set);
        QVERIFY(r.ok());
        QCOMPARE(r->linkedCells, 0);
        QCOMPARE(r->addedSuppressions, 0);
        // Different k is refused.
        set[1].minCell = 6;
        QVERIFY(!protectReportSet(set).ok());
    }
};

QTEST_GUILESS_MAIN(TestDisclosure)
#include "tst_disclosure.moc"
