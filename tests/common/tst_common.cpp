#include "common/i18n.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace folja;

class TestCommon : public QObject
{
    Q_OBJECT

private slots:
    void resultCarriesValueOrError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);

        Result<int> bad(makeError(ErrorCode::NotFound, QStringLiteral("x")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::NotFound);
        QCOMPARE(bad.error().message, QStringLiteral("x"));

        Result<void> none;
        QVERIFY(none.ok());
        Result<void> failed(makeError(ErrorCode::Locked, QString()));
        QVERIFY(!failed.ok());
        QCOMPARE(errorCodeName(failed.error().code), QStringLiteral("locked"));
    }

    void languageFollowsLocaleSwedishByDefault()
    {
        qunsetenv("FOLJA_LANG");
        QCOMPARE(i18n::chooseLanguage(QLocale(QLocale::English, QLocale::UnitedStates)), i18n::Language::English);
        QCOMPARE(i18n::chooseLanguage(QLocale(QLocale::Swedish, QLocale::Sweden)), i18n::Language::Swedish);
        QCOMPARE(i18n::chooseLanguage(QLocale(QLocale::German, QLocale::Germany)), i18n::Language::Swedish);
        qputenv("FOLJA_LANG", "en");
        QCOMPARE(i18n::chooseLanguage(QLocale(QLocale::Swedish, QLocale::Sweden)), i18n::Language::English);
        qputenv("FOLJA_LANG", "sv");
    }

    // Using a Result the wrong way round is a caller bug: it stops the program with a message that
    // names the misuse (also in release builds), never a bad_variant_access or a read of nothing.
    void resultMisuseStopsWithAMessage_data()
    {
        QTest::addColumn<QString>("misuse");
        QTest::addColumn<QString>("message");
        QTest::newRow("value of an error")
            << QStringLiteral("value")
            << QStringLiteral("Result<T>::value() called on an error (error code not-found)");
        QTest::newRow("moved value of an error")
            << QStringLiteral("moved-value") << QStringLiteral("Result<T>::value() called on an error");
        QTest::newRow("error of a success")
            << QStringLiteral("error") << QStringLiteral("Result<T>::error() called on a success");
        QTest::newRow("error of a void success")
            << QStringLiteral("void-error") << QStringLiteral("Result<void>::error() called on a success");
    }

    void resultMisuseStopsWithAMessage()
    {
        QFETCH(QString, misuse);
        QFETCH(QString, message);
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--misuse"), misuse});
        QVERIFY(child.waitForFinished(30000));
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0, qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("reached the end")), qPrintable(err));
        // The error's message (for people) stays out of the log.
        QVERIFY(!err.contains(QStringLiteral("secret-message")));
    }

    void embeddedCataloguesLoadAndTranslate()
    {
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish));
        // A string every build must translate: the standard Cancel button (Qt 6.4 lacks qtbase_sv).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Avbryt"));
    }
};

// Child mode for resultMisuseStopsWithAMessage: misuses a Result and must never return.
static int misuseResult(const char* what)
{
#ifdef Q_OS_UNIX
    // The abort below is expected: no core file for it.
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
#endif
    // Qt's messages to stderr also where it has no console (Windows: else the debugger output).
    qputenv("QT_FORCE_STDERR_LOGGING", "1");
    const Result<int> failed(makeError(ErrorCode::NotFound, QStringLiteral("secret-message")));
    const Result<int> good(1);
    const Result<void> success;
    int sink = 0;
    if (std::strcmp(what, "value") == 0)
        sink = failed.value();
    else if (std::strcmp(what, "moved-value") == 0)
        sink = Result<int>(failed).value() + 1;
    else if (std::strcmp(what, "error") == 0)
        sink = static_cast<int>(good.error().code);
    else if (std::strcmp(what, "void-error") == 0)
        sink = static_cast<int>(success.error().code);
    std::fprintf(stderr, "reached the end (%d)\n", sink);
    return 0;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], "--misuse") == 0)
        return misuseResult(argv[2]);
    TestCommon test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_common.moc"
