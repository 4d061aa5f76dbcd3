#include "common/i18n.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QTest>

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

    void embeddedCataloguesLoadAndTranslate()
    {
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish));
        // A string every build must translate: the standard Cancel button (Qt 6.4 lacks qtbase_sv).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Avbryt"));
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"
