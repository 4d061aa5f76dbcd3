// The nämnd report: the PDF has the expected pages, headings, footnotes, "Sida 1 av N", the
// suppression marker and a method note; an internal analysis is refused. Then folja-cli report end
// to end from a demo database, with no display and no platform setting: a saved analysis as PDF,
// an ad-hoc chart as PNG and SVG, and usage errors with exit code 2.

#include "access/accounts.h"
#include "access/savedanalyses.h"
#include "access/session.h"
#include "catalog/catalog.h"
#include "common/i18n.h"
#include "demo/demo.h"
#include "report/report.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::ui;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kPassword = QStringLiteral("admin-secret-1");

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(60000))
        return -1;
    const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto m = re.match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    std::optional<catalog::Catalog> m_catalog;
    analysis::Snapshot m_snapshot;
    QTemporaryDir m_dir;
    std::unique_ptr<access::Session> m_session; // an analytiker of an empty database: the gate's rules
    std::optional<access::AnalysisGate> m_gate;
    QString m_db;

    Run cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        // Headless by itself: no display, no platform chosen for it.
        e.remove(QStringLiteral("DISPLAY"));
        e.remove(QStringLiteral("WAYLAND_DISPLAY"));
        e.remove(QStringLiteral("QT_QPA_PLATFORM"));
        e.insert(QStringLiteral("FOLJA_KDF_ITERATIONS"), QStringLiteral("1000"));
        e.insert(QStringLiteral("FOLJA_LANG"), QStringLiteral("sv"));
        e.insert(QStringLiteral("FOLJA_PASSWORD"), kPassword);
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(FOLJA_BINARY_DIR "/bin/folja-cli"), args);
        if (!p.waitForFinished(180000))
            return {};
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList db(const QString& user = QStringLiteral("analys")) const
    {
        return {QStringLiteral("--db"), m_db, QStringLiteral("--user"), user};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish);
        auto catalog = catalog::Catalog::loadBuiltin();
        QVERIFY(catalog);
        m_catalog.emplace(std::move(catalog).value());
        demo::DemoOptions options;
        options.persons = 1200;
        options.seed = 3;
        const demo::DemoData data = demo::generate(*m_catalog, options);
        m_snapshot = analysis::Snapshot::build(data.persons, data.arenden);
        access::SessionOptions fast;
        fast.kdf = access::KdfParams::fastForTests();
        auto created = access::Session::createDatabase(m_dir.filePath(QStringLiteral("gate.folja")),
                                                       QStringLiteral("admin"), kPassword, fast);
        QVERIFY(created);
        m_session = std::move(created->session);
        m_gate.emplace(*m_session);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is needed to read the report back");
    }

    void pdfHasPagesHeadingsAndNotes()
    {
        QList<report::ReportRequest> requests;
        report::ReportRequest a;
        a.heading = QStringLiteral("Insatser efter kön och måluppfyllelse");
        a.query.unit = analysis::Unit::Insats;
        a.query.dimensions = {QStringLiteral("insats:parent"), QStringLiteral("kon"), QStringLiteral("maluppfyllelse")};
        a.query.period = {QDate(2025, 1, 1), QDate(2025, 12, 31)};
        a.query.filters.append(analysis::Filter{QStringLiteral("malgrupp"), {QStringLiteral("BOU")}});
        a.query.mode = analysis::Mode::InternAnalys; // the report publishes anyway
        requests.append(a);
        report::ReportRequest b;
        b.query.unit = analysis::Unit::Arende;
        b.query.dimensions = {QStringLiteral("alder_grupp"), QStringLiteral("aktualiseringstyp")};
        b.query.period = {QDate(2025, 1, 1), QDate(2025, 6, 30)};
        b.chart = charts::ChartKind::Stacked100;
        requests.append(b);

        auto sections = report::computeSections(*m_gate, m_snapshot, *m_catalog, requests);
        QVERIFY2(sections, sections ? "" : qPrintable(sections.error().message));
        QCOMPARE(sections->at(0).table.mode, analysis::Mode::Publicering);
        QVERIFY(!sections->at(1).heading.isEmpty()); // made from the dimensions

        const QString path = m_dir.filePath(QStringLiteral("rapport.pdf"));
        report::ReportOptions options;
        options.title = QStringLiteral("Uppföljning 2025");
        options.organisation = QStringLiteral("Exempelkommun, socialnämnden");
        options.date = QDate(2026, 1, 15);
        auto pages = report::writePdf(*m_gate, path, options, *sections);
        QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message));
        QVERIFY(*pages >= 3); // title page and at least one page per analysis
        QCOMPARE(pdfPages(path), *pages);

        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Uppföljning 2025")));
        QVERIFY(text.contains(QStringLiteral("Exempelkommun, socialnämnden")));
        QVERIFY(text.contains(QStringLiteral("Sida 1 av %1").arg(*pages)));
        QVERIFY(text.contains(QStringLiteral("Sida %1 av %1").arg(*pages)));
        QVERIFY(text.contains(QStringLiteral("1. Insatser efter kön och måluppfyllelse")));
        QVERIFY(text.contains(QStringLiteral("2. ") + sections->at(1).heading));
        QVERIFY(text.contains(QStringLiteral("(uppgift saknas)")));
        QVERIFY(text.contains(QStringLiteral("..")));
        QVERIFY(text.contains(QStringLiteral("Totalt")));
        QVERIFY(text.contains(QStringLiteral("Metod")));
        QVERIFY(text.contains(QStringLiteral("Ålder räknas")));        // b has alder_grupp
        QVERIFY(text.contains(QStringLiteral("överordnad KSI-nivå"))); // insats:parent
        for (const QString& note : sections->at(0).table.footnotes)
            QVERIFY2(text.simplified().contains(note.left(40).simplified()), qPrintable(note));

        // A published number of the table is in the PDF as printed in Swedish.
        const analysis::CrossTab& t = sections->at(1).table;
        const analysis::TableCell& total = t.cell({t.totalIndex(0), t.totalIndex(1)});
        QVERIFY(text.contains(QLocale(QLocale::Swedish).toString(total.n)));
    }

    // Kön × måluppfyllelse for BoU in a month where every row share is "..": the report says in
    // a sentence that there is nothing to draw instead of printing an empty 100 % chart. The
    // introduction states the method the tables were protected with.
    void chartWithNothingToDrawIsASentence()
    {
        const auto anyShare = [](const analysis::CrossTab& t) {
            for (int r = 0; r < t.layout.size(0); ++r) {
                for (int c = 0; c < t.layout.size(1); ++c) {
                    const analysis::TableCell& cell = t.cell({r, c});
                    if (!cell.suppressed() && cell.row.available && !cell.row.suppressed && cell.row.value > 0)
                        return true;
                }
            }
            return false;
        };
        report::ReportRequest request;
        request.heading = QStringLiteral("Måluppfyllelse efter kön");
        request.query.unit = analysis::Unit::Insats;
        request.query.dimensions = {QStringLiteral("kon"), QStringLiteral("maluppfyllelse")};
        request.query.filters.append(analysis::Filter{QStringLiteral("malgrupp"), {QStringLiteral("BOU")}});
        request.chart = charts::ChartKind::Stacked100;
        std::optional<QList<report::ReportSection>> empty;
        for (QDate month(2025, 12, 1); month >= QDate(2023, 1, 1) && !empty; month = month.addMonths(-1)) {
            request.query.period = {month, month.addMonths(1).addDays(-1)};
            auto sections = report::computeSections(*m_gate, m_snapshot, *m_catalog, {request});
            QVERIFY2(sections, sections ? "" : qPrintable(sections.error().message));
            if (!anyShare(sections->at(0).table))
                empty = *sections;
        }
        QVERIFY(empty.has_value());
        const analysis::CrossTab& table = empty->at(0).table;
        QCOMPARE(table.protection, analysis::ProtectionMethod::CellKey); // a new database's method

        const QString path = m_dir.filePath(QStringLiteral("tomt-diagram.pdf"));
        report::ReportOptions options;
        options.title = QStringLiteral("Måluppfyllelse");
        options.date = QDate(2026, 1, 15);
        auto pages = report::writePdf(*m_gate, path, options, *empty);
        QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message));
        const QString text = pdfText(path).simplified();
        QVERIFY2(text.contains(QStringLiteral("Inget diagram: alla andelar av raderna är dolda")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("publiceras med Cell Key-metoden")));
        QVERIFY(text.contains(QStringLiteral("högst ±2")));
        QVERIFY(!text.contains(QStringLiteral("publiceras med röjandeskydd")));
    }

    void internalAnalysisIsRefused()
    {
        report::ReportSection s;
        s.heading = QStringLiteral("Intern");
        s.table.mode = analysis::Mode::InternAnalys;
        s.table.exportable = false;
        const QString path = m_dir.filePath(QStringLiteral("intern.pdf"));
        auto pages = report::writePdf(*m_gate, path, {}, {s});
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!report::writeChart(*m_gate, m_dir.filePath(QStringLiteral("intern.png")), s));
    }

    void cliReport()
    {
        m_db = m_dir.filePath(QStringLiteral("demo.folja"));
        Run r = cli(
            {QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                 QStringLiteral("admin"), QStringLiteral("--persons"), QStringLiteral("400")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        {
            access::SessionOptions fast;
            fast.kdf = access::KdfParams::fastForTests();
            auto s = access::Session::signIn(m_db, QStringLiteral("admin"), kPassword, fast);
            QVERIFY(s);
            QVERIFY(access::Accounts(**s).add(QStringLiteral("analys"), QStringLiteral("Analys"),
                                              access::Role::Analytiker, kPassword));
        }
        {
            auto s = access::Session::signIn(m_db, QStringLiteral("analys"), kPassword);
            QVERIFY(s);
            analysis::Query q;
            q.dimensions = {QStringLiteral("kon"), QStringLiteral("insats:parent")};
            q.period = {QDate(2024, 1, 1), QDate(2026, 6, 30)};
            QVERIFY(
                access::SavedAnalyses(**s).save(QStringLiteral("Kön och insats"), q, QStringLiteral("grouped_bars")));
            q.dimensions = {QStringLiteral("alder_grupp")};
            QVERIFY(access::SavedAnalyses(**s).save(QStringLiteral("Ålder"), q, QStringLiteral("horizontal_bars")));
        }

        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        r = cli(QStringList{QStringLiteral("report")} + db() +
                QStringList{QStringLiteral("--analysis"), QStringLiteral("Kön och insats"),
                            QStringLiteral("--analysis"), QStringLiteral("Ålder"), QStringLiteral("--out"), pdf,
                            QStringLiteral("--title"), QStringLiteral("Månadsrapport")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int pages = pdfPages(pdf);
        QVERIFY(pages >= 3);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Månadsrapport")));
        QVERIFY(text.contains(QStringLiteral("1. Kön och insats")));
        QVERIFY(text.contains(QStringLiteral("2. Ålder")));
        QVERIFY(text.contains(QStringLiteral("Sida 1 av %1").arg(pages)));

        const QString png = m_dir.filePath(QStringLiteral("cli.png"));
        r = cli(QStringList{QStringLiteral("report")} + db() +
                QStringList{QStringLiteral("--rows"), QStringLiteral("kon"), QStringLiteral("--cols"),
                            QStringLiteral("aktualiseringstyp"), QStringLiteral("--unit"), QStringLiteral("arende"),
                            QStringLiteral("--chart"), QStringLiteral("stacked"), QStringLiteral("--dpi"),
                            QStringLiteral("192"), QStringLiteral("--out"), png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImageReader reader(png);
        QVERIFY(reader.size().width() >= 1800); // 900 px at 96 dpi, twice the pixels at 192 dpi

        const QString svg = m_dir.filePath(QStringLiteral("cli.svg"));
        r = cli(QStringList{QStringLiteral("report")} + db() +
                QStringList{QStringLiteral("--analysis"), QStringLiteral("ålder"), QStringLiteral("--out"), svg});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));

        // Usage errors: exit 2, nothing written.
        const QByteArray before = fileHash(m_db);
        const QString none = m_dir.filePath(QStringLiteral("none.pdf"));
        const QList<QStringList> usageErrors{
            {QStringLiteral("--rows"), QStringLiteral("kon")}, // no --out
            {QStringLiteral("--rows"), QStringLiteral("kon"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("x.docx"))},
            {QStringLiteral("--out"), none}, // neither
            {QStringLiteral("--analysis"), QStringLiteral("Ålder"), QStringLiteral("--rows"), QStringLiteral("kon"),
             QStringLiteral("--out"), none}, // both
            {QStringLiteral("--analysis"), QStringLiteral("Ålder"), QStringLiteral("--cols"), QStringLiteral("kon"),
             QStringLiteral("--out"), none}, // query flag with a saved one
            {QStringLiteral("--rows"), QStringLiteral("kon"), QStringLiteral("--dpi"), QStringLiteral("5"),
             QStringLiteral("--out"), png},
            {QStringLiteral("--rows"), QStringLiteral("kon"), QStringLiteral("--chart"), QStringLiteral("pie"),
             QStringLiteral("--out"), png},
            {QStringLiteral("--analysis"), QStringLiteral("a"), QStringLiteral("--analysis"), QStringLiteral("b"),
             QStringLiteral("--out"), png}, // two charts, one png
            {QStringLiteral("--rows"), QStringLiteral("kon"), QStringLiteral("--min-cell"), QStringLiteral("2"),
             QStringLiteral("--out"), none},
            {QStringLiteral("--rows"), QStringLiteral("kon"), QStringLiteral("--password"), QStringLiteral("x"),
             QStringLiteral("--out"), none},
        };
        for (const QStringList& args : usageErrors) {
            r = cli(QStringList{QStringLiteral("report")} + db() + args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(" → ") + r.err));
            QVERIFY(!r.err.isEmpty());
        }
        // Bad input: exit 1 with the name in the message.
        r = cli(QStringList{QStringLiteral("report")} + db() +
                QStringList{QStringLiteral("--analysis"), QStringLiteral("Finns inte"), QStringLiteral("--out"), none});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("Finns inte")));
        r = cli(QStringList{QStringLiteral("report")} + db() +
                QStringList{QStringLiteral("--rows"), QStringLiteral("inget_sadant"), QStringLiteral("--out"), none});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(none));
        // Refused reports leave the database byte-identical.
        QCOMPARE(fileHash(m_db), before);
    }

    // Writes docs/example-report.pdf's source: a demo database, four saved analyses and the report
    // rendered by folja-cli. Runs only when FOLJA_EXAMPLE_REPORT names the output file.
    void exampleReport()
    {
        const QString target = qEnvironmentVariable("FOLJA_EXAMPLE_REPORT");
        if (target.isEmpty())
            QSKIP("set FOLJA_EXAMPLE_REPORT=FILE.pdf to write the example report");
        const QString path = m_dir.filePath(QStringLiteral("example.folja"));
        Run r = cli(
            {QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("admin")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                 QStringLiteral("admin"), QStringLiteral("--persons"), QStringLiteral("3000"), QStringLiteral("--seed"),
                 QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        {
            access::SessionOptions fast;
            fast.kdf = access::KdfParams::fastForTests();
            auto s = access::Session::signIn(path, QStringLiteral("admin"), kPassword, fast);
            QVERIFY(s);
            access::SavedAnalyses saved(**s);
            const analysis::Period year{QDate(2025, 1, 1), QDate(2025, 12, 31)};
            const analysis::Filter bou{QStringLiteral("malgrupp"), {QStringLiteral("BOU")}};
            analysis::Query q;
            q.dimensions = {QStringLiteral("insats:parent"), QStringLiteral("kon")};
            q.period = year;
            q.filters = {bou};
            QVERIFY(saved.save(QStringLiteral("Beslutade insatser för barn och unga efter kön"), q,
                               QStringLiteral("horizontal_bars")));
            q = {};
            q.dimensions = {QStringLiteral("kon"), QStringLiteral("maluppfyllelse")};
            q.period = year;
            q.period.event = analysis::EventKind::Avslut;
            q.maluppfyllelseAt = analysis::MaluppfyllelseAt::AtAvslut;
            q.filters = {bou};
            QVERIFY(saved.save(QStringLiteral("Måluppfyllelse vid avslut, barn och unga"), q,
                               QStringLiteral("stacked_100")));
            q = {};
            q.unit = analysis::Unit::Arende;
            q.dimensions = {QStringLiteral("alder_grupp"), QStringLiteral("aktualiseringstyp")};
            q.period = year;
            QVERIFY(
                saved.save(QStringLiteral("Aktualiseringar efter ålder och typ"), q, QStringLiteral("grouped_bars")));
            q = {};
            q.dimensions = {QStringLiteral("sip"), QStringLiteral("kon")};
            q.period = year;
            q.filters = {analysis::Filter{QStringLiteral("malgrupp"), {QStringLiteral("VUX")}}};
            QVERIFY(saved.save(QStringLiteral("SIP vid uppföljning, vuxna"), q, QStringLiteral("stacked_bars")));
        }
        QFile::remove(target);
        r = cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                            QStringLiteral("admin"), QStringLiteral("--title"),
                            QStringLiteral("Uppföljning av insatser 2025"), QStringLiteral("--organisation"),
                            QStringLiteral("Exempelkommun, socialnämnden (syntetiska data)")} +
                QStringList{QStringLiteral("--analysis"),
                            QStringLiteral("Beslutade insatser för barn och unga efter kön"),
                            QStringLiteral("--analysis"), QStringLiteral("Måluppfyllelse vid avslut, barn och unga"),
                            QStringLiteral("--analysis"), QStringLiteral("Aktualiseringar efter ålder och typ"),
                            QStringLiteral("--analysis"), QStringLiteral("SIP vid uppföljning, vuxna"),
                            QStringLiteral("--out"), target});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfPages(target) >= 5);
    }

    void everyCommandRunsWithoutDisplay()
    {
        Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("report")));
        r = cli({QStringLiteral("crosstab"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                 QStringLiteral("analys"), QStringLiteral("--rows"), QStringLiteral("kon"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
