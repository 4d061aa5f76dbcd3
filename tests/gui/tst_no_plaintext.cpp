// "No plaintext anywhere" (issue 17): a full session with recognisable canary values — a
// personnummer, a comment and a user name — and then every file Följa wrote is searched for them in
// UTF-8, UTF-16 (both byte orders) and hex. Only the explicit individual-level export
// (registerutdrag, `folja-cli extract`) may hold them, and must (which shows the canaries really
// went in).
//
// Everything the process and its folja-cli children write lands under one folder: HOME,
// XDG_CONFIG_HOME/XDG_CACHE_HOME/XDG_DATA_HOME (settings, caches), TMPDIR, the database folder (the
// database, .keys, journals, lock and sign-in record; the analysis cache lives inside the
// database) and the export folder. The steps are a list (see steps()): a later step — the exchange
// package export and import — is one more entry, and its files are scanned with the rest.
//
// Limits: a compressed stream (the report PDF's page content) is scanned as stored; the canaries
// are plain ASCII, so UTF-16 and hex cover the usual encodings, not every possible one.

#include "access/accounts.h"
#include "access/session.h"
#include "analys/analysworkspace.h"
#include "analys/variablechoices.h"
#include "arenden/arendeworkspace.h"
#include "common/i18n.h"
#include "form/arendeform.h"
#include "identity/personid.h"
#include "mainwindow/mainwindow.h"
#include "widgets/datefield.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>

using namespace folja;

namespace {

// Made up for this test: a personnummer born 1953-06-17 with birth number 771.
const QString kCanaryPnr = identity::PersonId::compose(QDate(1953, 6, 17), 771);
const QString kCanaryImportPnr = identity::PersonId::compose(QDate(1949, 11, 23), 338);
const QString kCanaryComment = QStringLiteral("Kanariekommentar Qx7z");
const QString kCanaryUser = QStringLiteral("kanarie.hx");
const QString kPassword = QStringLiteral("kanarie-losen-1");

QTemporaryDir* g_root = nullptr;
QTemporaryDir* g_input = nullptr; // the kommun's own files (the CSV to import): not Följa's, not scanned

QString root(const QString& sub = QString())
{
    return sub.isEmpty() ? g_root->path() : g_root->filePath(sub);
}

// The byte patterns a canary may take in a file.
QList<QByteArray> encodings(const QString& text)
{
    QList<QByteArray> out;
    const QByteArray utf8 = text.toUtf8();
    out << utf8;
    QByteArray le, be;
    for (QChar c : text) {
        le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    out << le << be << utf8.toHex() << utf8.toHex().toUpper();
    return out;
}

QList<QString> pnrForms(const QString& pnr)
{
    // 12 digits, 10 digits, with the dash, and the date-less tail is not specific enough to search.
    return {pnr, pnr.mid(2), pnr.mid(2, 6) + QLatin1Char('-') + pnr.mid(8),
            pnr.left(8) + QLatin1Char('-') + pnr.mid(8)};
}

struct Finding {
    QString file, canary;
};

QList<Finding> scan(const QString& dir, const QStringList& allowed, int* files)
{
    QList<QPair<QString, QList<QByteArray>>> needles;
    for (const QString& pnr : {kCanaryPnr, kCanaryImportPnr})
        for (const QString& form : pnrForms(pnr))
            needles.append({form, encodings(form)});
    needles.append({kCanaryComment, encodings(kCanaryComment)});
    needles.append({QStringLiteral("Kanariekommentar"), encodings(QStringLiteral("Kanariekommentar"))});
    needles.append({kCanaryUser, encodings(kCanaryUser)});
    QList<Finding> found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (allowed.contains(path))
            continue;
        ++*files;
        qInfo("scanning %s", qPrintable(QDir(dir).relativeFilePath(path)));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            found.append({path, QStringLiteral("(unreadable)")});
            continue;
        }
        const QByteArray bytes = f.readAll();
        const QByteArray lower = bytes.toLower();
        for (const auto& [name, forms] : needles) {
            for (const QByteArray& form : forms) {
                if (bytes.contains(form) || lower.contains(form.toLower())) {
                    found.append({path, name});
                    break;
                }
            }
        }
    }
    return found;
}

template <typename T>
T* child(QObject* parent, const QString& name)
{
    auto* w = parent->findChild<T*>(name);
    if (!w)
        qWarning("missing widget %s", qPrintable(name));
    return w;
}

void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void typeAhead(QComboBox* combo, const QString& text)
{
    combo->setFocus();
    combo->view()->keyboardSearch(QString());
    typeText(combo, text);
}

struct Cli {
    int exitCode = -1;
    QByteArray out, err;
};

Cli cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment(); // HOME, XDG_*, TMPDIR: under root()
    e.insert(QStringLiteral("FOLJA_KDF_ITERATIONS"), QStringLiteral("1000"));
    e.insert(QStringLiteral("FOLJA_PASSWORD"), kPassword);
    e.insert(QStringLiteral("FOLJA_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(FOLJA_BINARY_DIR "/bin/folja-cli"), args);
    Cli r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestNoPlaintext : public QObject
{
    Q_OBJECT

    QString m_db;
    QString m_registerutdrag;
    std::unique_ptr<ui::MainWindow> m_window;

    QStringList dbArgs() const { return {QStringLiteral("--db"), m_db, QStringLiteral("--user"), kCanaryUser}; }

    // --- the steps of the session -------------------------------------------------------------

    void createDatabase()
    {
        QVERIFY(QDir().mkpath(root(QStringLiteral("data"))));
        QVERIFY(QDir().mkpath(root(QStringLiteral("exports"))));
        m_db = root(QStringLiteral("data/kommun.folja"));
        access::SessionOptions fast;
        fast.kdf = access::KdfParams::fastForTests();
        auto created = access::Session::createDatabase(m_db, kCanaryUser, kPassword, fast);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QVERIFY(access::Accounts(*created->session)
                    .setRoles(kCanaryUser, access::Roles(access::Role::Handlaggare) | access::Role::Analytiker |
                                               access::Role::Administrator));
        created->session.reset();
        // A wrong password: the failed sign-in record (<db>.signins) is scanned too.
        QVERIFY(!access::Session::signIn(m_db, kCanaryUser, QStringLiteral("fel-losen-1"), fast));
        QVERIFY(QFile::exists(m_db + QStringLiteral(".signins")));
    }

    void registerThroughTheGui()
    {
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1200, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->signIn(m_db, kCanaryUser, kPassword));
        auto* newButton = child<QPushButton>(m_window.get(), QStringLiteral("newArendeButton"));
        QVERIFY(newButton);
        newButton->click();
        ui::ArendeForm* form = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (form = m_window->findChild<ui::ArendeForm*>()) != nullptr; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return form->isVisible(); }, 5000));
        auto* personId = child<QLineEdit>(form, QStringLiteral("personIdField"));
        QVERIFY(personId);
        personId->setFocus();
        typeText(personId, kCanaryPnr);
        typeAhead(child<QComboBox>(form, QStringLiteral("malgruppCombo")), QStringLiteral("Barn"));
        QTRY_COMPARE(form->arende().malgrupp, QStringLiteral("BOU"));
        auto* date = child<ui::DateField>(form, QStringLiteral("field_aktualisering_datum"));
        QVERIFY(date);
        date->setFocus();
        date->selectAll();
        typeText(date, QStringLiteral("2024-03-01"));
        typeAhead(child<QComboBox>(form, QStringLiteral("field_aktualiseringstyp")), QStringLiteral("Ans"));
        auto* orsak = child<QListWidget>(form, QStringLiteral("field_aktualiseringsorsak"));
        QVERIFY(orsak);
        orsak->setFocus();
        typeText(orsak, QStringLiteral("Brister"));
        QTest::keyClick(orsak, Qt::Key_Space);
        auto* toggle = child<QToolButton>(form, QStringLiteral("commentToggle_aktualiseringsorsak"));
        QVERIFY(toggle);
        toggle->click();
        auto* comment = child<QLineEdit>(form, QStringLiteral("comment_aktualiseringsorsak"));
        QVERIFY(comment);
        comment->setFocus();
        typeText(comment, kCanaryComment);
        QTRY_COMPARE(form->arende().comments.value(QStringLiteral("aktualiseringsorsak")), kCanaryComment);

        // The clipboard never receives a personnummer: copying from the form, the list or the
        // window leaves it without one.
        QGuiApplication::clipboard()->setText(QStringLiteral("-"));
        personId->setFocus();
        personId->selectAll();
        QTest::keyClick(personId, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(personId, Qt::Key_X, Qt::ControlModifier);
        QVERIFY2(!QGuiApplication::clipboard()->text().contains(kCanaryPnr.mid(2, 6)),
                 "the personnummer reached the clipboard");

        auto* save = child<QPushButton>(form, QStringLiteral("saveButton"));
        QVERIFY(save && save->isEnabled());
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!form->isModified() || !m_window->findChild<ui::ArendeForm*>(), 10000);
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(!QGuiApplication::clipboard()->text().contains(kCanaryPnr.mid(2, 6)));
    }

    void importCsv()
    {
        QVERIFY(g_input->isValid());
        const QString csv = g_input->filePath(QStringLiteral("import.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("arende_id;person_id;malgrupp;handlaggare;aktualisering_datum;aktualiseringstyp;"
                               "beslut_datum;insats;verkstallande_datum;uppfoljning_datum;maluppfyllelse\n"
                               "K-1;%1;BOU;%2;2024-01-10;Ansökan;2024-02-01;YAC.25.ZZ;2024-02-05;2024-05-01;"
                               "Ingen förändring\n")
                    .arg(kCanaryImportPnr, kCanaryUser)
                    .toUtf8());
        f.close();
        // The GUI holds the database: folja-cli imports while it is signed out.
        m_window->signOut();
        const Cli r = cli(QStringList{QStringLiteral("import")} + dbArgs() + QStringList{QStringLiteral("--csv"), csv});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(m_window->signIn(m_db, kCanaryUser, kPassword));
    }

    void analyseAndExport()
    {
        auto* tabs = m_window->workspace();
        ui::AnalysWorkspace* analys = nullptr;
        for (int i = 0; i < tabs->count(); ++i)
            if (auto* a = qobject_cast<ui::AnalysWorkspace*>(tabs->widget(i)))
                analys = a, tabs->setCurrentIndex(i);
        QVERIFY(analys);
        QVERIFY(
            ui::VariableChoices::select(*child<QComboBox>(analys, QStringLiteral("rowsCombo")), QStringLiteral("kon")));
        QVERIFY(ui::VariableChoices::select(*child<QComboBox>(analys, QStringLiteral("columnsCombo")),
                                            QStringLiteral("insats")));
        auto* bou = child<QCheckBox>(analys, QStringLiteral("malgruppCheck_BOU"));
        QVERIFY(bou);
        bou->setChecked(true);
        auto* from = child<ui::DateField>(analys, QStringLiteral("periodFrom"));
        auto* to = child<ui::DateField>(analys, QStringLiteral("periodTo"));
        QVERIFY(from && to);
        from->clear();
        QTest::keyClicks(from, QStringLiteral("2024-01-01"));
        to->clear();
        QTest::keyClicks(to, QStringLiteral("2025-12-31"));
        analys->recomputeNow();
        QVERIFY(
            QTest::qWaitFor([&] { return !analys->isBusy() && !analys->isLoading() && analys->canExport(); }, 30000));
        auto csv = analys->exportTableCsv(root(QStringLiteral("exports/tabell.csv")));
        QVERIFY2(csv, csv ? "" : qPrintable(csv.error().message));
        // (A chart export writes a picture of the same published table; the report below has charts.)
    }

    void lockAndSignOut()
    {
        // The lock writes the analysis cache into the database, then closes it.
        m_window->lockNow();
        QVERIFY(QTest::qWaitFor([&] { return !m_window->isBusy(); }, 30000));
        QVERIFY(m_window->session() && m_window->session()->isLocked());
        auto* password = child<QLineEdit>(m_window.get(), QStringLiteral("unlockPasswordLineEdit"));
        QVERIFY(password);
        password->setText(kPassword);
        child<QPushButton>(m_window.get(), QStringLiteral("unlockButton"))->click();
        QVERIFY(QTest::qWaitFor([&] { return !m_window->isBusy() && !m_window->session()->isLocked(); }, 30000));
        m_window->signOut();
        m_window.reset();
    }

    void reportAndRegisterutdrag()
    {
        const Cli report =
            cli(QStringList{QStringLiteral("report")} + dbArgs() +
                QStringList{QStringLiteral("--out"), root(QStringLiteral("exports/rapport.pdf")),
                            QStringLiteral("--rows"), QStringLiteral("kon"), QStringLiteral("--unit"),
                            QStringLiteral("insats"), QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                            QStringLiteral("--to"), QStringLiteral("2025-12-31")});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        const Cli crosstab =
            cli(QStringList{QStringLiteral("crosstab")} + dbArgs() +
                QStringList{QStringLiteral("--rows"), QStringLiteral("kon"), QStringLiteral("--unit"),
                            QStringLiteral("insats"), QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                            QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--format"),
                            QStringLiteral("csv")});
        QVERIFY2(crosstab.exitCode == 0, crosstab.err.constData());
        QVERIFY(!crosstab.out.contains(kCanaryPnr.toUtf8()) && !crosstab.out.contains(kCanaryUser.toUtf8()));

        // The registerutdrag: individual level on purpose — the canaries must be in it.
        const Cli extract = cli(
            QStringList{QStringLiteral("extract")} + dbArgs() +
            QStringList{QStringLiteral("--person"), kCanaryPnr, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(extract.exitCode == 0, extract.err.constData());
        QVERIFY2(extract.out.contains(kCanaryComment.toUtf8()), extract.out.constData());
        m_registerutdrag = root(QStringLiteral("exports/registerutdrag.json"));
        QFile f(m_registerutdrag);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(extract.out);
    }

    // One entry per step; a new step (the exchange package export and import) is one more line.
    QList<QPair<const char*, std::function<void()>>> steps()
    {
        return {
            {"create database", [this] { createDatabase(); }},
            {"register through the GUI", [this] { registerThroughTheGui(); }},
            {"import", [this] { importCsv(); }},
            {"analyse, export (publicering)", [this] { analyseAndExport(); }},
            {"lock, unlock, sign out", [this] { lockAndSignOut(); }},
            {"report, registerutdrag", [this] { reportAndRegisterutdrag(); }},
            // {"exchange export/import", [this] { exchangeRoundTrip(); }},
        };
    }

private slots:
    void initTestCase() { QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish)); }

    void fullSessionLeavesNoPlaintext()
    {
        for (const auto& [name, step] : steps()) {
            qInfo("step: %s", name);
            step();
            if (QTest::currentTestFailed())
                return;
        }
        int files = 0;
        const QList<Finding> found = scan(root(), {m_registerutdrag}, &files);
        for (const Finding& f : found)
            qWarning("canary \"%s\" in %s", qPrintable(f.canary), qPrintable(f.file));
        QVERIFY2(found.isEmpty(), "plaintext canaries in files Följa wrote");
        // The scan looked at what it should: the database, its key file, settings, exports.
        qInfo("files scanned: %d", files);
        QVERIFY(QFile::exists(m_db) && QFile::exists(access::Session::keyFilePath(m_db)));
        QVERIFY(QFile::exists(root(QStringLiteral("exports/tabell.csv"))));
        QVERIFY(QFile::exists(root(QStringLiteral("exports/rapport.pdf"))));
        QVERIFY(QFile::exists(root(QStringLiteral("config/Unknown Organization/tst_no_plaintext.conf"))) ||
                !QDir(root(QStringLiteral("config"))).isEmpty());
        QVERIFY(files >= 6);

        // The scan finds a canary where there is one (the registerutdrag).
        int ignored = 0;
        QVERIFY(!scan(root(QStringLiteral("exports")), {}, &ignored).isEmpty());
    }
};

int main(int argc, char** argv)
{
    // Before anything reads them: every folder Följa may write to lies under one temporary root;
    // the test's own input lies outside it.
    QTemporaryDir inputDir;
    g_input = &inputDir;
    QTemporaryDir rootDir;
    if (!rootDir.isValid())
        return 2;
    g_root = &rootDir;
    for (const char* sub : {"home", "config", "cache", "data-home", "tmp"})
        QDir().mkpath(rootDir.filePath(QString::fromLatin1(sub)));
    qputenv("HOME", QFile::encodeName(rootDir.filePath(QStringLiteral("home"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(rootDir.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(rootDir.filePath(QStringLiteral("cache"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(rootDir.filePath(QStringLiteral("data-home"))));
    qputenv("TMPDIR", QFile::encodeName(rootDir.filePath(QStringLiteral("tmp"))));
    QApplication app(argc, argv);
    TestNoPlaintext test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_no_plaintext.moc"
