#include "identity/age.h"
#include "identity/personid.h"

#include <QRegularExpression>
#include <QTest>

using namespace folja;
using namespace folja::identity;

Q_DECLARE_METATYPE(folja::identity::IdType)
Q_DECLARE_METATYPE(folja::identity::JuridisktKon)

namespace {

// An independent Luhn implementation, so the test data does not depend on the code under test.
QChar luhn(const QString& nineDigits)
{
    int sum = 0;
    for (int i = 0; i < nineDigits.size(); ++i) {
        int v = (nineDigits.at(i).unicode() - u'0') * (i % 2 == 0 ? 2 : 1);
        sum += v / 10 + v % 10;
    }
    return QChar(u'0' + (10 - sum % 10) % 10);
}

// A 12-digit number with a correct check digit for "ÅÅÅÅMMDD" + "NNN" (the date may be invalid).
QString withCheckDigit(const QString& date8, const QString& nnn)
{
    return date8 + nnn + luhn(date8.mid(2) + nnn);
}

ParseOptions at(QDate reference)
{
    ParseOptions options;
    options.referenceDate = reference;
    return options;
}

const QDate kReference(2026, 11, 1);

// Takes a QString so that string-builder expressions can be passed directly.
Result<PersonId> parseId(const QString& text, const ParseOptions& options = {})
{
    return PersonId::parse(text, options);
}

// The message must say something, and must not repeat the number (or any long part of it).
void verifyMessageHidesNumber(const Error& error, const QString& input)
{
    QVERIFY(!error.message.isEmpty());
    QString digits = input;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    for (int i = 0; i + 4 <= digits.size(); ++i)
        QVERIFY2(!error.message.contains(digits.mid(i, 4)), "message repeats part of the number");
}

} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT

private slots:
    void validNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<IdType>("type");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<JuridisktKon>("kon");

        QTest::newRow("12 digits") << QStringLiteral("191212121212") << kReference << QStringLiteral("191212121212")
                                   << IdType::Personnummer << QDate(1912, 12, 12) << JuridisktKon::PojkeMan;
        QTest::newRow("12 digits with -")
            << QStringLiteral("19121212-1212") << kReference << QStringLiteral("191212121212") << IdType::Personnummer
            << QDate(1912, 12, 12) << JuridisktKon::PojkeMan;
        QTest::newRow("10 digits, -: last 100 years")
            << QStringLiteral("121212-1212") << kReference << QStringLiteral("201212121212") << IdType::Personnummer
            << QDate(2012, 12, 12) << JuridisktKon::PojkeMan;
        QTest::newRow("10 digits, +: 100 or older")
            << QStringLiteral("121212+1212") << kReference << QStringLiteral("191212121212") << IdType::Personnummer
            << QDate(1912, 12, 12) << JuridisktKon::PojkeMan;
        QTest::newRow("10 digits, no separator")
            << QStringLiteral("8112289874") << kReference << QStringLiteral("198112289874") << IdType::Personnummer
            << QDate(1981, 12, 28) << JuridisktKon::PojkeMan;
        QTest::newRow("surrounding whitespace")
            << QStringLiteral("  811228-9874 ") << kReference << QStringLiteral("198112289874") << IdType::Personnummer
            << QDate(1981, 12, 28) << JuridisktKon::PojkeMan;
        QTest::newRow("even kön digit") << QStringLiteral("199001010025") << kReference
                                        << QStringLiteral("199001010025") << IdType::Personnummer << QDate(1990, 1, 1)
                                        << JuridisktKon::FlickaKvinna;
        QTest::newRow("odd kön digit") << QStringLiteral("199001010017") << kReference << QStringLiteral("199001010017")
                                       << IdType::Personnummer << QDate(1990, 1, 1) << JuridisktKon::PojkeMan;
        QTest::newRow("odd kön digit 3") << QStringLiteral("199001010033") << kReference
                                         << QStringLiteral("199001010033") << IdType::Personnummer << QDate(1990, 1, 1)
                                         << JuridisktKon::PojkeMan;
        QTest::newRow("zero kön digit is even")
            << withCheckDigit(QStringLiteral("19900101"), QStringLiteral("010")) << kReference
            << withCheckDigit(QStringLiteral("19900101"), QStringLiteral("010")) << IdType::Personnummer
            << QDate(1990, 1, 1) << JuridisktKon::FlickaKvinna;
        QTest::newRow("samordningsnummer (Skatteverket's example)")
            << QStringLiteral("640883-1235") << kReference << QStringLiteral("196408831235")
            << IdType::Samordningsnummer << QDate(1964, 8, 23) << JuridisktKon::PojkeMan;
        QTest::newRow("samordningsnummer 29 Feb + 60 = 89")
            << QStringLiteral("200002892453") << kReference << QStringLiteral("200002892453")
            << IdType::Samordningsnummer << QDate(2000, 2, 29) << JuridisktKon::PojkeMan;
        QTest::newRow("29 Feb in a leap year")
            << QStringLiteral("20240229-8828") << kReference << QStringLiteral("202402298828") << IdType::Personnummer
            << QDate(2024, 2, 29) << JuridisktKon::FlickaKvinna;
        QTest::newRow("born on the reference date")
            << withCheckDigit(QStringLiteral("20261101"), QStringLiteral("002")) << kReference
            << withCheckDigit(QStringLiteral("20261101"), QStringLiteral("002")) << IdType::Personnummer
            << QDate(2026, 11, 1) << JuridisktKon::FlickaKvinna;
    }

    void validNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QDate, reference);
        const auto id = parseId(input, at(reference));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QTEST(id->normalized(), "normalized");
        QTEST(id->type(), "type");
        QTEST(id->birthDate(), "birth");
        QTEST(id->kon(), "kon");
    }

    void invalidNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty") << QString() << kReference << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral("   ") << kReference << QStringLiteral("empty");
        QTest::newRow("check digit") << QStringLiteral("811228-9875") << kReference << QStringLiteral("check");
        QTest::newRow("check digit, 12 digits")
            << QStringLiteral("191212121213") << kReference << QStringLiteral("check");
        QTest::newRow("transposed digits") << QStringLiteral("811282-9874") << kReference << QStringLiteral("check");
        QTest::newRow("too short") << QStringLiteral("81122-9874") << kReference << QStringLiteral("length");
        QTest::newRow("11 digits") << QStringLiteral("18112289874") << kReference << QStringLiteral("length");
        QTest::newRow("13 digits") << QStringLiteral("1981122898741") << kReference << QStringLiteral("length");
        QTest::newRow("letter") << QStringLiteral("811228-98A4") << kReference << QStringLiteral("chars");
        QTest::newRow("two separators") << QStringLiteral("811228--9874") << kReference << QStringLiteral("chars");
        QTest::newRow("separator misplaced")
            << QStringLiteral("81122-89874") << kReference << QStringLiteral("separator");
        QTest::newRow("30 February") << withCheckDigit(QStringLiteral("19900230"), QStringLiteral("123")) << kReference
                                     << QStringLiteral("date");
        QTest::newRow("29 Feb in a common year") << withCheckDigit(QStringLiteral("19990229"), QStringLiteral("220"))
                                                 << kReference << QStringLiteral("date");
        QTest::newRow("29 Feb 1900 (not a leap year)")
            << withCheckDigit(QStringLiteral("19000229"), QStringLiteral("220")) << kReference
            << QStringLiteral("date");
        QTest::newRow("month 13") << withCheckDigit(QStringLiteral("19901301"), QStringLiteral("123")) << kReference
                                  << QStringLiteral("date");
        QTest::newRow("month 00") << withCheckDigit(QStringLiteral("19900001"), QStringLiteral("123")) << kReference
                                  << QStringLiteral("date");
        QTest::newRow("day 00") << withCheckDigit(QStringLiteral("19900100"), QStringLiteral("123")) << kReference
                                << QStringLiteral("date");
        QTest::newRow("day 32") << withCheckDigit(QStringLiteral("19900132"), QStringLiteral("123")) << kReference
                                << QStringLiteral("date");
        QTest::newRow("day 60") << withCheckDigit(QStringLiteral("19900160"), QStringLiteral("123")) << kReference
                                << QStringLiteral("date");
        QTest::newRow("day 92") << withCheckDigit(QStringLiteral("19900192"), QStringLiteral("123")) << kReference
                                << QStringLiteral("date");
        QTest::newRow("samordning 30 Feb (day 90)") << withCheckDigit(QStringLiteral("19900290"), QStringLiteral("123"))
                                                    << kReference << QStringLiteral("date");
        QTest::newRow("samordning 29 Feb in a common year (day 89)")
            << withCheckDigit(QStringLiteral("19990289"), QStringLiteral("123")) << kReference
            << QStringLiteral("date");
        QTest::newRow("future birth date") << withCheckDigit(QStringLiteral("20301212"), QStringLiteral("123"))
                                           << kReference << QStringLiteral("future");
        QTest::newRow("future later this year, 10 digits with -")
            << QStringLiteral("261215-") + withCheckDigit(QStringLiteral("20261215"), QStringLiteral("123")).right(4)
            << kReference << QStringLiteral("future");
        QTest::newRow("over 130 years") << withCheckDigit(QStringLiteral("18800101"), QStringLiteral("123"))
                                        << kReference << QStringLiteral("century");
        QTest::newRow("+ on a 12-digit number under 100")
            << QStringLiteral("19811228+9874") << kReference << QStringLiteral("plus");
        // Passes Luhn, but birth number 000 is never issued (the shared test vectors of the public
        // personnummer libraries treat it as invalid).
        QTest::newRow("birth number 000") << QStringLiteral("20150916-0006") << kReference << QStringLiteral("serial");
        QTest::newRow("birth number 000, 10 digits")
            << QStringLiteral("150916-0006") << kReference << QStringLiteral("serial");
        QTest::newRow("birth number 000, samordningsnummer")
            << withCheckDigit(QStringLiteral("19900161"), QStringLiteral("000")) << kReference
            << QStringLiteral("serial");
    }

    void invalidNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QDate, reference);
        QFETCH(QString, reason);
        const auto id = parseId(input, at(reference));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, ErrorCode::InvalidInput);
        verifyMessageHidesNumber(id.error(), input);
        // Whatever translator is installed, the message is the one for this problem.
        static const QHash<QString, const char*> sources{
            {QStringLiteral("empty"), "The person ID is empty."},
            {QStringLiteral("chars"), "The person ID may only contain digits and one separator (- or +)."},
            {QStringLiteral("length"), "The person ID must have 10 or 12 digits."},
            {QStringLiteral("separator"), "The separator must stand just before the last four digits."},
            {QStringLiteral("date"), "The date does not exist."},
            {QStringLiteral("check"), "The check digit does not match."},
            {QStringLiteral("future"), "The birth date is in the future."},
            {QStringLiteral("century"), "The century is not plausible: the person would be over 130 years old. "
                                        "Check the separator (- or +)."},
            {QStringLiteral("plus"), "The separator + is only used from the year the person turns 100."},
            {QStringLiteral("serial"),
             "The birth number (the three digits after the date) is 000, which is never issued."},
        };
        QVERIFY(sources.contains(reason));
        QCOMPARE(id.error().message, QCoreApplication::translate("folja::identity::PersonId", sources.value(reason)));
    }

    void distinctMessagesSayWhatIsWrong()
    {
        const auto message = [](const QString& input) {
            const auto id = parseId(input, at(kReference));
            return id.ok() ? QString() : id.error().message;
        };
        const QString checkDigit = message(QStringLiteral("811228-9875"));
        const QString date = message(withCheckDigit(QStringLiteral("19900230"), QStringLiteral("123")));
        const QString length = message(QStringLiteral("81122-9874"));
        const QString future = message(withCheckDigit(QStringLiteral("20301212"), QStringLiteral("123")));
        const QString characters = message(QStringLiteral("811228-98A4"));
        QVERIFY(!checkDigit.isEmpty() && !date.isEmpty() && !length.isEmpty() && !future.isEmpty());
        const QStringList all{checkDigit, date, length, future, characters};
        for (int i = 0; i < all.size(); ++i) {
            for (int j = i + 1; j < all.size(); ++j)
                QVERIFY(all.at(i) != all.at(j));
        }
        // The same problem gives the same message, whatever the number.
        QCOMPARE(message(QStringLiteral("191212121213")), checkDigit);
        QCOMPARE(message(withCheckDigit(QStringLiteral("19901301"), QStringLiteral("123"))), date);
    }

    // The separator switches from - to + in the calendar year the person turns 100.
    void centuryAroundTurning100()
    {
        const QString last4 = QStringLiteral("3388"); // 19260915-3388 has a valid check digit
        const QDate born(1926, 9, 15);
        const QDate before100thYear(2025, 12, 31);
        const QDate in100thYearBeforeBirthday(2026, 3, 1);
        const QDate on100thBirthday(2026, 9, 15);

        auto minus = parseId(QStringLiteral("260915-") + last4, at(before100thYear));
        QVERIFY(minus.ok());
        QCOMPARE(minus->birthDate(), born);
        QCOMPARE(ageAt(minus->birthDate(), before100thYear), 99);

        // From 2026 the person carries +, even before the birthday.
        auto plus = parseId(QStringLiteral("260915+") + last4, at(in100thYearBeforeBirthday));
        QVERIFY(plus.ok());
        QCOMPARE(plus->birthDate(), born);
        QCOMPARE(plus->normalized(), QStringLiteral("192609153388"));
        QCOMPARE(ageAt(plus->birthDate(), in100thYearBeforeBirthday), 99);
        QCOMPARE(ageAt(plus->birthDate(), on100thBirthday), 100);

        // With - in 2026 the number means someone born 2026-09-15: not yet born on 1 March.
        auto minus2026 = parseId(QStringLiteral("260915-") + last4, at(in100thYearBeforeBirthday));
        QVERIFY(!minus2026.ok());
        // ... and on the birthday it is a newborn.
        auto newborn = parseId(QStringLiteral("260915-") + last4, at(on100thBirthday));
        QVERIFY(newborn.ok());
        QCOMPARE(newborn->birthDate(), QDate(2026, 9, 15));

        // + in 2025 would make the person 199: rejected as an implausible century.
        auto plus2025 = parseId(QStringLiteral("260915+") + last4, at(before100thYear));
        QVERIFY(!plus2025.ok());
        QCOMPARE(plus2025.error().code, ErrorCode::InvalidInput);

        // 12 digits with + is accepted only from the year of the 100th birthday.
        QVERIFY(parseId(QStringLiteral("19260915+") + last4, at(in100thYearBeforeBirthday)).ok());
        QVERIFY(!parseId(QStringLiteral("19260915+") + last4, at(before100thYear)).ok());
        // 12 digits with - is fine at any age.
        QVERIFY(parseId(QStringLiteral("19260915-") + last4, at(on100thBirthday)).ok());
    }

    void centuryOfTwoDigitYears()
    {
        // 00 with -: 2000 at a 2026 reference; 99 with -: 1999; 26 with -: 2026 (if already born).
        const auto parse = [](const QString& date6, const QString& nnn) {
            const QString twelve = withCheckDigit(QStringLiteral("20") + date6, nnn); // century irrelevant to Luhn
            return parseId(date6 + u'-' + twelve.right(4), at(kReference));
        };
        QCOMPARE(parse(QStringLiteral("000229"), QStringLiteral("123"))->birthDate(), QDate(2000, 2, 29));
        QCOMPARE(parse(QStringLiteral("990101"), QStringLiteral("123"))->birthDate(), QDate(1999, 1, 1));
        QCOMPARE(parse(QStringLiteral("260101"), QStringLiteral("123"))->birthDate(), QDate(2026, 1, 1));
        QCOMPARE(parse(QStringLiteral("270101"), QStringLiteral("123"))->birthDate(), QDate(1927, 1, 1));
        // 29 Feb of the inferred century must exist: 1900 is not a leap year.
        const QString twelve = withCheckDigit(QStringLiteral("20000229"), QStringLiteral("123"));
        QVERIFY(!parseId(QStringLiteral("000229+") + twelve.right(4), at(kReference)).ok());
    }

    void defaultReferenceIsToday()
    {
        QVERIFY(parseId(QStringLiteral("811228-9874")).ok());
        const QDate tomorrow = QDate::currentDate().addDays(1);
        const QString future = PersonId::compose(tomorrow, 123);
        QVERIFY(!future.isEmpty());
        QVERIFY(!parseId(future).ok());
    }

    void composeRoundTrips()
    {
        QCOMPARE(PersonId::compose(QDate(1964, 8, 23), 123, IdType::Samordningsnummer), QStringLiteral("196408831235"));
        QCOMPARE(PersonId::compose(QDate(2000, 2, 29), 245, IdType::Samordningsnummer), QStringLiteral("200002892453"));
        QCOMPARE(PersonId::compose(QDate(1912, 12, 12), 121), QStringLiteral("191212121212"));
        QVERIFY(PersonId::compose(QDate(), 1).isEmpty());
        QVERIFY(PersonId::compose(QDate(1990, 1, 1), 1000).isEmpty());
        QVERIFY(PersonId::compose(QDate(1990, 1, 1), 0).isEmpty()); // 000 is never issued
        QVERIFY(PersonId::compose(QDate(1990, 1, 1), 1, IdType::Reservnummer).isEmpty());

        QDate date(1920, 1, 1);
        for (int i = 0; date < kReference; ++i, date = date.addDays(37)) {
            const IdType type = i % 5 == 0 ? IdType::Samordningsnummer : IdType::Personnummer;
            const QString number = PersonId::compose(date, 1 + i % 999, type);
            const auto id = parseId(number, at(kReference));
            QVERIFY(id.ok());
            QCOMPARE(id->normalized(), number);
            QCOMPARE(id->birthDate(), date);
            QCOMPARE(id->type(), type);
            QCOMPARE(id->kon(), (1 + i % 999) % 2 == 0 ? JuridisktKon::FlickaKvinna : JuridisktKon::PojkeMan);
        }
    }

    void luhnCheckDigit()
    {
        QCOMPARE(PersonId::luhnCheckDigit(u"811228987"), 4);
        QCOMPARE(PersonId::luhnCheckDigit(u"121212121"), 2);
        QCOMPARE(PersonId::luhnCheckDigit(u"8100001"), 0); // Region Stockholm's reservnummer example
        QCOMPARE(PersonId::luhnCheckDigit(u"81a"), -1);
    }

    void reservnummerDefaultRule()
    {
        // Inera's examples for Region Stockholm.
        for (const QString& number :
             {QStringLiteral("991981000010"), QStringLiteral("991945000023"), QStringLiteral("991993000032")}) {
            const auto id = parseId(number, at(kReference));
            QVERIFY(id.ok());
            QCOMPARE(id->type(), IdType::Reservnummer);
            QCOMPARE(id->normalized(), number);
            QVERIFY(!id->birthDate().isValid());
            QCOMPARE(id->kon(), JuridisktKon::Okant); // never derived unless the rule says so
        }
        const auto hyphenated = parseId(QStringLiteral("99198100-0010"), at(kReference));
        QVERIFY(hyphenated.ok());
        QCOMPARE(hyphenated->normalized(), QStringLiteral("991981000010"));

        const auto badCheck = parseId(QStringLiteral("991981000011"), at(kReference));
        QVERIFY(!badCheck.ok());
        QCOMPARE(badCheck.error().code, ErrorCode::InvalidInput);
        verifyMessageHidesNumber(badCheck.error(), QStringLiteral("991981000011"));

        // Without a rule, the same number is just an invalid personnummer.
        ParseOptions none = at(kReference);
        none.reservnummer.reset();
        QVERIFY(!parseId(QStringLiteral("991981000010"), none).ok());
    }

    void reservnummerRuleWithDateAndKon()
    {
        // A Västra Götaland-style rule: ÅÅÅÅMMDD, a letter, two digits (odd = man), a check character.
        ReservnummerRule rule;
        rule.regex = QStringLiteral("[0-9]{8}[KMX][0-9]{3}");
        rule.hasBirthDate = true;
        rule.dateStart = 0;
        rule.derivesKon = true;
        rule.konDigitIndex = 10;
        ParseOptions options = at(kReference);
        options.reservnummer = rule;

        const auto man = parseId(QStringLiteral("19810829M071"), options);
        QVERIFY(man.ok());
        QCOMPARE(man->type(), IdType::Reservnummer);
        QCOMPARE(man->birthDate(), QDate(1981, 8, 29));
        QCOMPARE(man->kon(), JuridisktKon::PojkeMan);
        const auto woman = parseId(QStringLiteral("19450829k088"), options); // upper-cased
        QVERIFY(woman.ok());
        QCOMPARE(woman->normalized(), QStringLiteral("19450829K088"));
        QCOMPARE(woman->kon(), JuridisktKon::FlickaKvinna);

        const auto badDate = parseId(QStringLiteral("19810230M071"), options);
        QVERIFY(!badDate.ok());
        verifyMessageHidesNumber(badDate.error(), QStringLiteral("19810230M071"));

        rule.derivesKon = false;
        options.reservnummer = rule;
        QCOMPARE(parseId(QStringLiteral("19810829M071"), options)->kon(), JuridisktKon::Okant);

        // A real personnummer wins over a rule that would also match it.
        ReservnummerRule greedy;
        greedy.regex = QStringLiteral("[0-9]{12}");
        options.reservnummer = greedy;
        QCOMPARE(parseId(QStringLiteral("191212121212"), options)->type(), IdType::Personnummer);
        QCOMPARE(parseId(QStringLiteral("191212121213"), options)->type(), IdType::Reservnummer);
    }

    void invalidReservnummerRule()
    {
        ReservnummerRule rule;
        rule.regex = QStringLiteral("([0-9");
        ParseOptions options = at(kReference);
        options.reservnummer = rule;
        QVERIFY(!PersonIdParser::create(options).ok());
        QVERIFY(!parseId(QStringLiteral("191212121212"), options).ok());

        rule.regex = QStringLiteral("[0-9]{4}");
        rule.hasBirthDate = true;
        rule.dateStart = 0; // an 8-digit date cannot fit in 4 characters
        options.reservnummer = rule;
        const auto id = parseId(QStringLiteral("1234"), options);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, ErrorCode::InvalidInput);
    }

    void ageAcrossBirthday()
    {
        const QDate birth(2000, 6, 15);
        QCOMPARE(ageAt(birth, QDate(2014, 6, 14)), 13);
        QCOMPARE(ageAt(birth, QDate(2014, 6, 15)), 14);
        QCOMPARE(ageAt(birth, QDate(2014, 12, 31)), 14);
        QCOMPARE(ageAt(birth, birth), 0);
        QCOMPARE(ageAt(birth, QDate(2000, 6, 14)), -1);
        QCOMPARE(ageAt(QDate(), birth), -1);
        QCOMPARE(ageAt(birth, QDate()), -1);
    }

    void ageOfLeapDayBirthdays()
    {
        const QDate leapling(2000, 2, 29);
        QCOMPARE(ageAt(leapling, QDate(2001, 2, 28)), 0);
        QCOMPARE(ageAt(leapling, QDate(2001, 3, 1)), 1); // common year: older on 1 March
        QCOMPARE(ageAt(leapling, QDate(2003, 2, 28)), 2);
        QCOMPARE(ageAt(leapling, QDate(2003, 3, 1)), 3);
        QCOMPARE(ageAt(leapling, QDate(2004, 2, 28)), 3);
        QCOMPARE(ageAt(leapling, QDate(2004, 2, 29)), 4); // leap year: on the day itself
        QCOMPARE(ageAt(leapling, QDate(2018, 2, 28)), 17);
        QCOMPARE(ageAt(leapling, QDate(2018, 3, 1)), 18);
        // Someone born 28 Feb or 1 Mar is unaffected.
        QCOMPARE(ageAt(QDate(2000, 2, 28), QDate(2001, 2, 28)), 1);
        QCOMPARE(ageAt(QDate(2000, 3, 1), QDate(2001, 2, 28)), 0);
    }

    void ageBandBoundaries()
    {
        const auto bands = AgeBands::parse(AgeBands::defaultSpec());
        QVERIFY(bands.ok());
        QCOMPARE(bands->bands().size(), 5);
        QCOMPARE(bands->spec(), AgeBands::defaultSpec());
        QCOMPARE(bands->bandOf(0), 0);
        QCOMPARE(bands->bandOf(13), 0);
        QCOMPARE(bands->bandOf(14), 1);
        QCOMPARE(bands->bandOf(21), 1);
        QCOMPARE(bands->bandOf(22), 2);
        QCOMPARE(bands->bandOf(64), 2);
        QCOMPARE(bands->bandOf(65), 3);
        QCOMPARE(bands->bandOf(79), 3);
        QCOMPARE(bands->bandOf(80), 4);
        QCOMPARE(bands->bandOf(125), 4);
        QCOMPARE(bands->bandOf(-1), -1);
        QCOMPARE(bands->bands().at(4).label(), QStringLiteral("80-"));

        // Every age is in exactly one band.
        for (int age = 0; age <= 130; ++age) {
            int hits = 0;
            for (const AgeBand& band : bands->bands())
                hits += age >= band.from && (band.to < 0 || age <= band.to) ? 1 : 0;
            QCOMPARE(hits, 1);
        }

        // SKR's example: someone who turns 14 during 2022 is in 0-13 at the period start, only.
        const QDate birth(2008, 7, 1);
        QCOMPARE(bands->bandAt(birth, QDate(2022, 1, 1)), 0);
        QCOMPARE(bands->bandAt(birth, QDate(2022, 7, 1)), 1);
    }

    void ageBandSpecs()
    {
        const auto gaps = AgeBands::parse(QStringLiteral(" 18 – 64 , 65-"));
        QVERIFY(gaps.ok());
        QCOMPARE(gaps->spec(), QStringLiteral("18-64,65-"));
        QCOMPARE(gaps->bandOf(17), -1);
        QCOMPARE(gaps->bandOf(18), 0);

        const auto single = AgeBands::parse(QStringLiteral("0-17,18,19-"));
        QVERIFY(single.ok());
        QCOMPARE(single->bandOf(18), 1);

        for (const QString& bad :
             {QStringLiteral(""), QStringLiteral(","), QStringLiteral("13-0"), QStringLiteral("0-13,10-20"),
              QStringLiteral("14-21,0-13"), QStringLiteral("80-,0-13"), QStringLiteral("a-b"),
              QStringLiteral("0-13-20"), QStringLiteral("-5")}) {
            const auto result = AgeBands::parse(bad);
            QVERIFY2(!result.ok(), qPrintable(bad));
            QCOMPARE(result.error().code, ErrorCode::InvalidInput);
            QVERIFY(!result.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
