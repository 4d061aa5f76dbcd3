// Issue 11's three attacks on a 2,000-person demo database, through the path `folja-cli crosstab`
// takes (an analytiker's session, io::loadSnapshot, the database's protection setting,
// analysis::crossTabulate), with the Cell Key Method: an attacker who knows the method and the
// ptable's bounds (|v| <= 2, zero stays zero, ".." = a published 0..k+1), uses every additive line
// of every table and links tables that count the same records, never pins a count of 1–4 exactly.
//
// The attacker is sound (the true counts always lie in its intervals; checked) and stronger than a
// real one (it treats the categories shown as all there are). Run on true counts it pins every
// cell (checked), so a protection that let numbers through would fail here.
//
// Also: a new database uses the Cell Key Method, and a change of method is audited.

#include "access/auditlog.h"
#include "access/session.h"
#include "access/settings.h"
#include "analysis/cellkey.h"
#include "analysis/crosstab.h"
#include "catalog/catalog.h"
#include "io/analysisdata.h"
#include "io/demodatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <optional>

using namespace folja;
using namespace folja::analysis;

namespace {

const QString kPw = QStringLiteral("demo-losen-for-tests");

const catalog::Catalog& cat()
{
    static const catalog::Catalog c = catalog::Catalog::loadBuiltin().value();
    return c;
}

struct Interval {
    qint64 lo = 0;
    qint64 hi = 0;
    bool exact() const { return lo == hi; }
};

// What the attacker knows of one published cell.
Interval fromPublished(const TableCell& c, int k)
{
    if (c.suppressed())
        return {0, k + 1 + 2}; // published 0..k+1
    return {std::max<qint64>(1, c.n - 2), c.n + 2};
}

// The attacker's intervals for every cell of a table, tightened along its additive lines until
// nothing changes. `known` may fix cells (true counts) to check that the attacker works.
std::vector<Interval> solve(const CrossTab& t, std::vector<Interval> iv)
{
    const std::vector<Line> lines = tableLines(t);
    for (int round = 0; round < 100; ++round) {
        bool changed = false;
        for (const Line& line : lines) {
            if (!line.additive || line.total < 0)
                continue;
            qint64 sumLo = 0;
            qint64 sumHi = 0;
            for (int c : line.cells) {
                sumLo += iv[static_cast<std::size_t>(c)].lo;
                sumHi += iv[static_cast<std::size_t>(c)].hi;
            }
            Interval& total = iv[static_cast<std::size_t>(line.total)];
            const Interval before = total;
            total.lo = std::max(total.lo, sumLo);
            total.hi = std::min(total.hi, sumHi);
            for (int c : line.cells) {
                Interval& x = iv[static_cast<std::size_t>(c)];
                const qint64 othersLo = sumLo - x.lo;
                const qint64 othersHi = sumHi - x.hi;
                const Interval old = x;
                x.lo = std::max(x.lo, total.lo - othersHi);
                x.hi = std::min(x.hi, total.hi - othersLo);
                changed = changed || old.lo != x.lo || old.hi != x.hi;
            }
            changed = changed || before.lo != total.lo || before.hi != total.hi;
        }
        if (!changed)
            break;
    }
    return iv;
}

std::vector<Interval> published(const CrossTab& t)
{
    std::vector<Interval> iv;
    for (const TableCell& c : t.cells)
        iv.push_back(fromPublished(c, t.minCell));
    return iv;
}

// Cell index by category codes ("*" = total).
std::map<QStringList, int> index(const CrossTab& t)
{
    std::map<QStringList, int> out;
    for (int cell = 0; cell < t.layout.cellCount(); ++cell) {
        const std::vector<int> c = t.layout.coordinates(cell);
        QStringList key;
        for (qsizetype d = 0; d < t.dimensions.size(); ++d) {
            const int i = c[static_cast<std::size_t>(d)];
            key.append(i == t.layout.size(static_cast<int>(d))
                           ? QStringLiteral("*")
                           : t.dimensions.at(d).categories.at(i).code +
                                 (t.dimensions.at(d).categories.at(i).isMissing ? QStringLiteral("?") : QString()));
        }
        out[key] = cell;
    }
    return out;
}

} // namespace

class TestCellKeyAttacks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<access::Session> m_analys;
    std::optional<Snapshot> m_snapshot;
    ProtectionMethod m_method = ProtectionMethod::Suppression;
    int m_k = 5;
    int m_tables = 0;
    int m_smallCells = 0; // cells with a true count of 1–4 the attacker tried to pin

    static access::SessionOptions fast()
    {
        access::SessionOptions o;
        o.kdf = access::KdfParams::fastForTests();
        return o;
    }

    // The table as `folja-cli crosstab` publishes it, and the true one (InternAnalys, every
    // catalogue value listed) to check the attacker against.
    std::pair<CrossTab, CrossTab> tables(Query q)
    {
        q.minCell = m_k;
        q.protection = m_method;
        auto table = crossTabulate(*m_snapshot, cat(), q);
        if (!table)
            qFatal("crosstab: %s", qPrintable(table.error().message));
        Query truth = q;
        truth.mode = Mode::InternAnalys;
        truth.includeEmptyCategories = true;
        auto raw = crossTabulate(*m_snapshot, cat(), truth);
        if (!raw)
            qFatal("crosstab: %s", qPrintable(raw.error().message));
        ++m_tables;
        return {std::move(*table), std::move(*raw)};
    }

    // The attacker's intervals are sound, and none pins a count of 1–4.
    bool check(const CrossTab& t, const CrossTab& truth, const std::vector<Interval>& iv, const char* what)
    {
        const auto trueIndex = index(truth);
        for (const auto& [key, cell] : index(t)) {
            const auto it = trueIndex.find(key);
            const qint64 n = it == trueIndex.end() ? 0 : truth.cells[static_cast<std::size_t>(it->second)].n;
            const Interval x = iv[static_cast<std::size_t>(cell)];
            if (n < x.lo || n > x.hi) {
                qWarning("%s: unsound interval [%lld, %lld] for %s (true %lld)", what, x.lo, x.hi,
                         qPrintable(key.join(QLatin1Char('/'))), n);
                return false;
            }
            if (n >= 1 && n <= 4)
                ++m_smallCells;
            if (x.exact() && x.lo >= 1 && x.lo <= 4) {
                qWarning("%s: %s recovered exactly as %lld", what, qPrintable(key.join(QLatin1Char('/'))), x.lo);
                return false;
            }
        }
        return true;
    }

    static Query week(QDate from, QStringList dims)
    {
        Query q;
        q.unit = Unit::Insats;
        q.dimensions = std::move(dims);
        q.period.from = from;
        q.period.to = from.addDays(6);
        return q;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.folja"));
        io::DemoDatabase demo;
        demo.password = kPw;
        demo.kdf = access::KdfParams::fastForTests();
        demo.fill.persons = 2000;
        demo.fill.seed = 1;
        auto created = io::createDemoDatabase(m_path, cat(), demo);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        auto session = access::Session::signIn(m_path, QStringLiteral("analys"), kPw, fast());
        QVERIFY2(session, session ? "" : qPrintable(session.error().message));
        m_analys = std::move(*session);
        // A new database publishes with the Cell Key Method.
        auto method = access::Settings(*m_analys).protectionMethod();
        QVERIFY(method);
        QCOMPARE(*method, ProtectionMethod::CellKey);
        m_method = *method;
        m_k = *access::Settings(*m_analys).minCell();
        auto snapshot = io::loadSnapshot(*m_analys, cat());
        QVERIFY(snapshot);
        m_snapshot = std::move(*snapshot);
    }

    void settingIsTheAdministratorsAndAudited()
    {
        QCOMPARE(access::Settings(*m_analys).setProtectionMethod(ProtectionMethod::Suppression).error().code,
                 ErrorCode::PermissionDenied);
        m_analys.reset(); // one session per file
        auto admin = access::Session::signIn(m_path, QStringLiteral("admin"), kPw, fast());
        QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
        access::Settings settings(**admin);
        QVERIFY(settings.setProtectionMethod(ProtectionMethod::Suppression));
        QCOMPARE(*settings.protectionMethod(), ProtectionMethod::Suppression);
        QVERIFY(settings.setProtectionMethod(ProtectionMethod::CellKey));
        QCOMPARE(*settings.protectionMethod(), ProtectionMethod::CellKey);
        auto entries =
            access::AuditLog(**admin).entriesFor(QStringLiteral("setting"), {QStringLiteral("protection_method")});
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->first().details, QStringLiteral("default -> suppression"));
        QCOMPARE(entries->last().details, QStringLiteral("suppression -> cell_key"));
    }

    void attackerWorksOnTrueCounts()
    {
        // Sanity of the attacker: given exact counts it pins every cell.
        auto [t, truth] = tables(week(QDate(2025, 6, 9), {QStringLiteral("insats")}));
        std::vector<Interval> exact;
        for (const TableCell& c : truth.cells)
            exact.push_back({c.n, c.n});
        for (const Interval& x : solve(truth, exact))
            QVERIFY(x.exact());
    }

    // Attack 1: a week's 1-D insats table. Attack 2: the same week's insats × kön with it, the
    // 2-D table's insats margin linked to the 1-D table's cells.
    void attacks1and2WeeklyInsatsTables()
    {
        m_smallCells = 0;
        QDate monday(2023, 1, 2);
        for (int w = 0; w < 150; ++w, monday = monday.addDays(7)) {
            auto [one, oneTrue] = tables(week(monday, {QStringLiteral("insats")}));
            std::vector<Interval> a = solve(one, published(one));
            QVERIFY2(check(one, oneTrue, a, "attack 1"), qPrintable(monday.toString(Qt::ISODate)));

            auto [two, twoTrue] = tables(week(monday, {QStringLiteral("insats"), QStringLiteral("kon")}));
            std::vector<Interval> b = published(two);
            // The same records: the published numbers agree (consistency), and so do the intervals.
            const auto idxOne = index(one);
            const auto idxTwo = index(two);
            for (int round = 0; round < 20; ++round) {
                a = solve(one, a);
                b = solve(two, b);
                bool changed = false;
                for (const auto& [key, cell] : idxOne) {
                    const auto it = idxTwo.find(QStringList{key.at(0), QStringLiteral("*")});
                    if (it == idxTwo.end())
                        continue;
                    QCOMPARE(two.cells[static_cast<std::size_t>(it->second)].n,
                             one.cells[static_cast<std::size_t>(cell)].n);
                    Interval& x = a[static_cast<std::size_t>(cell)];
                    Interval& y = b[static_cast<std::size_t>(it->second)];
                    const Interval joint{std::max(x.lo, y.lo), std::min(x.hi, y.hi)};
                    changed = changed || joint.lo != x.lo || joint.hi != x.hi || joint.lo != y.lo || joint.hi != y.hi;
                    x = y = joint;
                }
                if (!changed)
                    break;
            }
            QVERIFY2(check(one, oneTrue, a, "attack 2 (1-D)"), qPrintable(monday.toString(Qt::ISODate)));
            QVERIFY2(check(two, twoTrue, b, "attack 2 (2-D)"), qPrintable(monday.toString(Qt::ISODate)));
        }
        QVERIFY2(m_smallCells > 500, qPrintable(QString::number(m_smallCells))); // the attack had targets
    }

    // Attack 3: differencing tables whose records nest — periods one day apart, age bands shifted
    // by one year, and one unit against another (every ärende counted has an insats counted).
    void attack3Differencing()
    {
        int pinned = 0;
        int differences = 0;
        auto differ = [&](const CrossTab& big, const CrossTab& small, const CrossTab& bigTrue,
                          const CrossTab& smallTrue, const QStringList& bigKey, const QStringList& smallKey,
                          bool nested = true) {
            const auto ib = index(big);
            const auto is = index(small);
            const auto tb = index(bigTrue);
            const auto ts = index(smallTrue);
            const auto b = ib.find(bigKey);
            const auto s = is.find(smallKey);
            const Interval x =
                b == ib.end() ? Interval{0, m_k + 3} : fromPublished(big.cells[std::size_t(b->second)], m_k);
            const Interval y =
                s == is.end() ? Interval{0, m_k + 3} : fromPublished(small.cells[std::size_t(s->second)], m_k);
            // Nested record sets differ by a count >= 0; other pairs (units) by any difference.
            const qint64 lo = nested ? std::max<qint64>(0, x.lo - y.hi) : x.lo - y.hi;
            const qint64 hi = x.hi - y.lo;
            const auto tbi = tb.find(bigKey);
            const auto tsi = ts.find(smallKey);
            const qint64 d = (tbi == tb.end() ? 0 : bigTrue.cells[std::size_t(tbi->second)].n) -
                             (tsi == ts.end() ? 0 : smallTrue.cells[std::size_t(tsi->second)].n);
            ++differences;
            if (d < lo || d > hi)
                qWarning("unsound difference %lld not in [%lld, %lld]: %s - %s (x [%lld, %lld], y [%lld, %lld])", d, lo,
                         hi, qPrintable(bigKey.join(QLatin1Char('/'))), qPrintable(smallKey.join(QLatin1Char('/'))),
                         x.lo, x.hi, y.lo, y.hi);
            QVERIFY2(d >= lo && d <= hi, "unsound difference");
            if (lo == hi && lo >= 1 && lo <= 4)
                ++pinned;
        };
        // One day apart, by kön, for särskilt ungdomshem (the example) and two more.
        for (const QString& ksi :
             {QStringLiteral("YAC.55.ZZ"), QStringLiteral("YAC.25.ZZ"), QStringLiteral("YAC.45.ZZ")}) {
            for (int day = 0; day < 40; ++day) {
                Query q;
                q.unit = Unit::Insats;
                q.dimensions = {QStringLiteral("kon")};
                q.filters = {Filter{QStringLiteral("insats"), {ksi}}};
                q.period.from = QDate(2024, 1, 2).addDays(day);
                q.period.to = QDate(2024, 12, 31);
                auto [early, earlyTrue] = tables(q);
                q.period.from = q.period.from.addDays(1);
                auto [late, lateTrue] = tables(q);
                for (const QString& kon :
                     {QStringLiteral("*"), QStringLiteral("KON.FLICKA_KVINNA"), QStringLiteral("KON.POJKE_MAN")})
                    differ(early, late, earlyTrue, lateTrue, {kon}, {kon});
            }
        }
        // Shifted age bands: 0-13,14- / 0-14,15- / 0-15,16- isolate single ages.
        QList<std::pair<CrossTab, CrossTab>> banded;
        for (int edge : {14, 15, 16}) {
            Query q;
            q.unit = Unit::Person;
            q.dimensions = {QStringLiteral("alder_grupp"), QStringLiteral("kon")};
            q.filters = {Filter{QStringLiteral("malgrupp"), {QStringLiteral("BOU")}}};
            q.period = Period{QDate(2024, 1, 1), QDate(2024, 12, 31), TimeMeaning::ActiveDuring, EventKind::Auto};
            auto bands = identity::AgeBands::parse(QStringLiteral("0-%1,%2-").arg(edge - 1).arg(edge));
            QVERIFY(bands);
            q.ageBands = *bands;
            banded.append(tables(q));
        }
        for (int i = 0; i + 1 < banded.size(); ++i) {
            const QString lower = QStringLiteral("0-%1").arg(13 + i);
            const QString wider = QStringLiteral("0-%1").arg(14 + i);
            for (const QString& kon :
                 {QStringLiteral("*"), QStringLiteral("KON.FLICKA_KVINNA"), QStringLiteral("KON.POJKE_MAN")})
                differ(banded[i + 1].first, banded[i].first, banded[i + 1].second, banded[i].second, {wider, kon},
                       {lower, kon});
        }
        // Switched unit: insatser, ärenden and personer of one kind of insats, by kön (an ärende
        // active in the period need not have its insats active then: the sets need not nest).
        QList<std::pair<CrossTab, CrossTab>> units;
        for (const Unit unit : {Unit::Insats, Unit::Arende, Unit::Person}) {
            Query q;
            q.unit = unit;
            q.dimensions = {QStringLiteral("kon")};
            q.filters = {Filter{QStringLiteral("insats"), {QStringLiteral("YAC.55.ZZ")}}};
            q.period = Period{QDate(2024, 1, 1), QDate(2024, 12, 31), TimeMeaning::ActiveDuring, EventKind::Auto};
            units.append(tables(q));
        }
        for (int i = 0; i + 1 < units.size(); ++i) {
            for (const QString& kon :
                 {QStringLiteral("*"), QStringLiteral("KON.FLICKA_KVINNA"), QStringLiteral("KON.POJKE_MAN")})
                differ(units[i].first, units[i + 1].first, units[i].second, units[i + 1].second, {kon}, {kon}, false);
        }
        QVERIFY(differences > 250);
        QCOMPARE(pinned, 0);
    }
};

QTEST_GUILESS_MAIN(TestCellKeyAttacks)
#include "tst_cellkey_attacks.moc"
