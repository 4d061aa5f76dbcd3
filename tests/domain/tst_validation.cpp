#include "catalog/catalog.h"
#include "common/i18n.h"
#include "domain/validation.h"

#include <QTest>

using namespace folja;
using domain::Severity;

namespace {

domain::Arende baseArende()
{
    domain::Arende a;
    a.malgrupp = QStringLiteral("BOU");
    a.aktualiseringDatum = QDate(2025, 1, 10);
    a.aktualiseringstyp = QStringLiteral("AKTTYP.ANMALAN");
    return a;
}

int count(const QList<domain::Issue>& issues, const QString& variable, Severity severity)
{
    return static_cast<int>(std::count_if(issues.cbegin(), issues.cend(), [&](const domain::Issue& i) {
        return i.variable == variable && i.severity == severity;
    }));
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

    catalog::Catalog m_catalog;

private slots:
    void initTestCase()
    {
        auto loaded = catalog::Catalog::loadBuiltin();
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        m_catalog = loaded.value();
        // The codes this test relies on must exist in the catalogue.
        QVERIFY(m_catalog.value(u"aktualiseringstyp", u"AKTTYP.ANMALAN"));
        QVERIFY(m_catalog.value(u"insats", u"YAC.25.ZZ"));
    }

    void datesInOrderAreClean()
    {
        auto a = baseArende();
        domain::Insats insats;
        insats.ksi = QStringLiteral("YAC.25.ZZ");
        insats.beslutDatum = QDate(2025, 2, 1);
        insats.verkstallandeDatum = QDate(2025, 2, 10);
        insats.avslutDatum = QDate(2025, 9, 1);
        insats.uppfoljningar.append(domain::Uppfoljning{.datum = QDate(2025, 5, 1)});
        a.insatser.append(insats);
        QVERIFY(domain::checkDates(a, QDate(2026, 1, 1)).isEmpty());
    }

    void datesOutOfOrderAreFel()
    {
        auto a = baseArende();
        domain::Insats insats;
        insats.beslutDatum = QDate(2025, 1, 5);        // before aktualisering
        insats.verkstallandeDatum = QDate(2025, 1, 4); // before beslut
        insats.avslutDatum = QDate(2025, 1, 3);        // before verkställande
        a.insatser.append(insats);
        const auto issues = domain::checkDates(a, QDate(2026, 1, 1));
        QCOMPARE(count(issues, QStringLiteral("beslut_datum"), Severity::Fel), 1);
        QCOMPARE(count(issues, QStringLiteral("verkstallande_datum"), Severity::Fel), 1);
        QCOMPARE(count(issues, QStringLiteral("avslut_datum"), Severity::Fel), 1);
        QVERIFY(domain::hasBlocking(issues));
        // The message names both dates so the user can see what to correct.
        const auto it = std::find_if(issues.cbegin(), issues.cend(), [](const domain::Issue& i) {
            return i.variable == QLatin1String("beslut_datum");
        });
        QVERIFY(it->message.contains(QStringLiteral("2025-01-05")));
        QVERIFY(it->message.contains(QStringLiteral("2025-01-10")));
    }

    void followUpAfterEndAndFutureDatesAreVarning()
    {
        auto a = baseArende();
        domain::Insats insats;
        insats.beslutDatum = QDate(2025, 2, 1);
        insats.verkstallandeDatum = QDate(2025, 2, 2);
        insats.avslutDatum = QDate(2025, 6, 1);
        insats.uppfoljningar.append(domain::Uppfoljning{.datum = QDate(2025, 9, 1)});
        a.insatser.append(insats);
        a.aktualiseringDatum = QDate(2025, 1, 10);
        auto issues = domain::checkDates(a, QDate(2025, 8, 1));
        QCOMPARE(count(issues, QStringLiteral("uppfoljning_datum"), Severity::Varning), 2); // after avslut + future
        QVERIFY(!domain::hasBlocking(issues));
    }

    void requiredFieldIsBortfallOnlyOnceItsStepIsReached()
    {
        auto a = baseArende();
        // Aktualiserat only: problematik (utreda) not yet required; aktualiseringsorsak is.
        auto issues = domain::checkAnswers(a, m_catalog);
        QCOMPARE(count(issues, QStringLiteral("aktualiseringsorsak"), Severity::Varning), 1);
        QCOMPARE(count(issues, QStringLiteral("problematik"), Severity::Varning), 0);
        QVERIFY(!domain::hasBlocking(issues));

        a.beslutDatum = QDate(2025, 2, 1);
        issues = domain::checkAnswers(a, m_catalog);
        QCOMPARE(count(issues, QStringLiteral("problematik"), Severity::Varning), 1);

        domain::Insats insats;
        insats.ksi = QStringLiteral("YAC.25.ZZ");
        a.insatser.append(insats);
        issues = domain::checkAnswers(a, m_catalog);
        QCOMPARE(count(issues, QStringLiteral("verkstallande_datum"), Severity::Varning), 0); // not reached
        QCOMPARE(count(issues, QStringLiteral("avslutsorsak"), Severity::Varning), 0);

        a.insatser[0].avslutDatum = QDate(2025, 6, 1);
        issues = domain::checkAnswers(a, m_catalog);
        QCOMPARE(count(issues, QStringLiteral("avslutsorsak"), Severity::Varning), 1);
    }

    void valueOfAnotherMalgruppIsFel()
    {
        auto a = baseArende();
        domain::Insats insats;
        insats.ksi = QStringLiteral("YAA.35.ZZ"); // Trygghetslarm: Äldre/Funk only
        a.insatser.append(insats);
        const auto issues = domain::checkAnswers(a, m_catalog);
        QCOMPARE(count(issues, QStringLiteral("insats"), Severity::Fel), 1);
    }

    void parentInsatsMustBeRefined()
    {
        auto a = baseArende();
        a.malgrupp = QStringLiteral("ALDRE");
        domain::Insats insats;
        insats.ksi = QStringLiteral("YAA.05.00"); // Hemtjänst*: choose Personlig omvårdnad or Service
        a.insatser.append(insats);
        QCOMPARE(count(domain::checkAnswers(a, m_catalog), QStringLiteral("insats"), Severity::Fel), 1);
        a.insatser[0].ksi = QStringLiteral("YAA.05.15");
        QCOMPARE(count(domain::checkAnswers(a, m_catalog), QStringLiteral("insats"), Severity::Fel), 0);
    }

    void b2OnlyWhenImproved()
    {
        auto a = baseArende();
        domain::Insats insats;
        insats.ksi = QStringLiteral("YAC.25.ZZ");
        domain::Uppfoljning up;
        up.datum = QDate(2025, 5, 1);
        const auto* b2 = m_catalog.variable(u"b2");
        QVERIFY(b2 && b2->condition && !b2->condition->values.isEmpty());
        up.b2 = b2->values.first().code;
        up.b1a = QStringLiteral("FORANDRING.INGEN");
        QVERIFY(m_catalog.value(u"b1a", up.b1a));
        insats.uppfoljningar.append(up);
        a.insatser.append(insats);
        QCOMPARE(count(domain::checkAnswers(a, m_catalog), QStringLiteral("b2"), Severity::Fel), 1);
        a.insatser[0].uppfoljningar[0].b1a = b2->condition->values.first();
        QCOMPARE(count(domain::checkAnswers(a, m_catalog), QStringLiteral("b2"), Severity::Fel), 0);
    }

    void hiddenVariableIsNotReportedMissing()
    {
        auto a = baseArende();
        QCOMPARE(count(domain::checkAnswers(a, m_catalog), QStringLiteral("aktualiseringsorsak"), Severity::Varning),
                 1);
        catalog::Catalog custom = m_catalog;
        custom.hideVariable(u"aktualiseringsorsak", catalog::Malgrupp::Bou);
        QCOMPARE(count(domain::checkAnswers(a, custom), QStringLiteral("aktualiseringsorsak"), Severity::Varning), 0);
    }

    // Every kind of message validation produces reaches a Swedish UI in Swedish: computed once
    // without a translator and once with the Swedish catalogue, no message may stay the same. (An
    // English "Aktualiseringsorsak is missing (bortfall)." once did: lupdate never saw the string.)
    void messagesAreTranslated()
    {
        const auto all = [this]() {
            QList<domain::Issue> issues;
            domain::Arende a = baseArende();
            a.aktualiseringDatum = QDate(2025, 3, 1);
            a.beslutDatum = QDate(2025, 2, 1); // before aktualisering
            domain::Insats bad;
            bad.ksi = QStringLiteral("NOPE"); // not in the catalogue
            a.insatser.append(bad);
            domain::Insats otherGroup;
            otherGroup.ksi = QStringLiteral("YAA.35.ZZ"); // not for BOU
            a.insatser.append(otherGroup);
            domain::Insats parent;
            parent.ksi = QStringLiteral("YAC.HVB"); // must be refined
            a.insatser.append(parent);
            domain::Insats dates;
            dates.ksi = QStringLiteral("YAC.25.ZZ");
            dates.beslutDatum = QDate(2025, 3, 10);
            dates.verkstallandeDatum = QDate(2025, 3, 5); // before beslut
            dates.avslutDatum = QDate(2025, 3, 1);        // before start
            domain::Uppfoljning up;
            up.datum = QDate(2030, 1, 1); // future, after avslut
            up.samverkan = {QStringLiteral("SAMVERKAN.INGEN_MED_BEHOV"), QStringLiteral("SAMVERKAN.SKOLA")};
            up.b1a = QStringLiteral("FORANDRING.INGEN");
            const auto* b2 = m_catalog.variable(u"b2");
            if (b2 && !b2->values.isEmpty())
                up.b2 = b2->values.first().code; // only asked when improved
            dates.uppfoljningar.append(up);
            domain::Uppfoljning early;
            early.datum = QDate(2025, 1, 1); // before start
            dates.uppfoljningar.append(early);
            a.insatser.append(dates);
            issues << domain::validate(a, m_catalog, QDate(2026, 1, 1));
            domain::Arende noGroup = baseArende();
            noGroup.malgrupp.clear();
            issues << domain::checkAnswers(noGroup, m_catalog);
            return issues;
        };
        const QList<domain::Issue> english = all();
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish));
        const QList<domain::Issue> swedish = all();
        QCOMPARE(swedish.size(), english.size());
        // Each kind of message is here: missing, not in the catalogue, wrong target group, refine,
        // not combinable, B2, future date, the date orders and the missing target group.
        QVERIFY(english.size() >= 12);
        for (qsizetype i = 0; i < english.size(); ++i) {
            QVERIFY2(swedish.at(i).message != english.at(i).message, qPrintable(english.at(i).message));
            QVERIFY(!swedish.at(i).message.isEmpty());
        }
        const auto missing = std::find_if(swedish.cbegin(), swedish.cend(), [](const domain::Issue& i) {
            return i.variable == QLatin1String("aktualiseringsorsak");
        });
        QVERIFY(missing != swedish.cend());
        QVERIFY2(missing->message.contains(QStringLiteral("saknas")), qPrintable(missing->message));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
