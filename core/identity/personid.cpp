#include "identity/personid.h"

#include <QCoreApplication>

namespace folja::identity {

QString konValueCode(JuridisktKon kon)
{
    switch (kon) {
    case JuridisktKon::FlickaKvinna:
        return QStringLiteral("KON.FLICKA_KVINNA");
    case JuridisktKon::PojkeMan:
        return QStringLiteral("KON.POJKE_MAN");
    case JuridisktKon::Okant:
        break;
    }
    return {};
}

namespace {

constexpr int kMaxAgeYears = 130; // no living person is older; a larger age means a wrong century

QString translated(const char* source)
{
    return QCoreApplication::translate("folja::identity::PersonId", source);
}

Error invalid(const char* source)
{
    return makeError(ErrorCode::InvalidInput, translated(source));
}

int digitAt(QStringView s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

int number(QStringView s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + digitAt(s, i);
    return value;
}

JuridisktKon konFromDigit(int digit)
{
    return digit % 2 == 0 ? JuridisktKon::FlickaKvinna : JuridisktKon::PojkeMan;
}

// Python-style modulo: the result has the sign of the divisor.
int floorMod(int a, int b)
{
    const int r = a % b;
    return r < 0 ? r + b : r;
}

} // namespace

ReservnummerRule ReservnummerRule::regionStockholm()
{
    ReservnummerRule rule;
    rule.regex = QStringLiteral("99[0-9]{10}");
    rule.hasBirthDate = false;
    rule.derivesKon = false;
    rule.checkDigitFrom = 4;
    rule.description = QCoreApplication::translate(
        "folja::identity::ReservnummerRule",
        "Region Stockholm: 12 digits 99YYYYNNNNNC (YYYY = year of issue, NNNNN = serial number, C = check digit "
        "over positions 5–11). Gives neither birth date nor legal sex.");
    return rule;
}

int PersonId::luhnCheckDigit(QStringView digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits.at(i);
        if (c < u'0' || c > u'9')
            return -1;
        // Weight 2 on the digit next to the check digit, alternating leftwards.
        int value = digitAt(digits, i) * ((digits.size() - i) % 2 == 1 ? 2 : 1);
        sum += value > 9 ? value - 9 : value;
    }
    return (10 - sum % 10) % 10;
}

QString PersonId::compose(QDate birth, int birthNumber, IdType type)
{
    if (!birth.isValid() || birth.year() < 1000 || birth.year() > 9999 || birthNumber < 1 || birthNumber > 999 ||
        type == IdType::Reservnummer)
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    birth.getDate(&year, &month, &day);
    if (type == IdType::Samordningsnummer)
        day += 60;
    // Written digit by digit: the demo generator composes hundreds of thousands of these.
    char16_t digits[12];
    const auto put = [&digits](int at, int value, int width) {
        for (int i = at + width - 1; i >= at; --i, value /= 10)
            digits[i] = static_cast<char16_t>(u'0' + value % 10);
    };
    put(0, year, 4);
    put(4, month, 2);
    put(6, day, 2);
    put(8, birthNumber, 3);
    digits[11] = static_cast<char16_t>(u'0' + luhnCheckDigit(QStringView(digits + 2, 9)));
    return QStringView(digits, 12).toString();
}

Result<PersonId> PersonId::parse(QStringView text, const ParseOptions& options)
{
    auto parser = PersonIdParser::create(options);
    if (!parser)
        return parser.error();
    return parser->parse(text);
}

Result<PersonIdParser> PersonIdParser::create(const ParseOptions& options)
{
    PersonIdParser parser;
    parser.m_reference = options.referenceDate.isValid() ? options.referenceDate : QDate::currentDate();
    parser.m_rule = options.reservnummer;
    if (parser.m_rule) {
        const ReservnummerRule& rule = *parser.m_rule;
        parser.m_regex.setPattern(QRegularExpression::anchoredPattern(rule.regex));
        if (rule.regex.isEmpty() || !parser.m_regex.isValid())
            return invalid(
                QT_TRANSLATE_NOOP("folja::identity::PersonId", "The reserve number rule has an invalid pattern."));
        if (rule.dateStart < 0 || rule.konDigitIndex < 0 || rule.checkDigitFrom < -1)
            return invalid(
                QT_TRANSLATE_NOOP("folja::identity::PersonId", "The reserve number rule has a negative position."));
        parser.m_regex.optimize();
    }
    return parser;
}

Result<PersonId> PersonIdParser::parse(QStringView text) const
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("folja::identity::PersonId", "The person ID is empty."));

    // Split into digits and at most one separator, remembering where the separator stood.
    QString digits;
    digits.reserve(12);
    QChar separator;
    qsizetype digitsBeforeSeparator = -1;
    bool badCharacters = false;
    for (const QChar c : trimmed) {
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
        } else if ((c == u'-' || c == u'+') && separator.isNull()) {
            separator = c;
            digitsBeforeSeparator = digits.size();
        } else {
            badCharacters = true;
            break;
        }
    }

    std::optional<Error> pnrError;
    if (badCharacters) {
        pnrError = invalid(QT_TRANSLATE_NOOP("folja::identity::PersonId",
                                             "The person ID may only contain digits and one separator (- or +)."));
    } else if (digits.size() != 10 && digits.size() != 12) {
        pnrError = invalid(QT_TRANSLATE_NOOP("folja::identity::PersonId", "The person ID must have 10 or 12 digits."));
    } else if (!separator.isNull() && digitsBeforeSeparator != digits.size() - 4) {
        pnrError = invalid(QT_TRANSLATE_NOOP("folja::identity::PersonId",
                                             "The separator must stand just before the last four digits."));
    }

    if (!pnrError) {
        const bool twelve = digits.size() == 12;
        const qsizetype dateAt = twelve ? 2 : 0; // where ÅÅMMDD starts
        const int refYear = m_reference.year();
        int year = 0;
        if (twelve) {
            year = number(digits, 0, 4);
        } else {
            const int yy = number(digits, 0, 2);
            year = refYear - floorMod(refYear - yy, 100); // last 100 years: refYear−99 … refYear
            if (separator == u'+')
                year -= 100;
        }
        const int month = number(digits, dateAt + 2, 2);
        int day = number(digits, dateAt + 4, 2);
        const bool samordning = day >= 61 && day <= 91;
        if (samordning)
            day -= 60;
        const QDate birth(year, month, day); // QDate rejects month 13, 30 Feb, 29 Feb in common years

        if (!birth.isValid()) {
            pnrError = invalid(QT_TRANSLATE_NOOP("folja::identity::PersonId", "The date does not exist."));
        } else if (number(digits, dateAt + 6, 3) == 0) {
            // Skatteverket never issues birth number 000, although such a number can pass the Luhn check.
            pnrError = invalid(QT_TRANSLATE_NOOP("folja::identity::PersonId",
                                                 "The birth number (the three digits after the date) is 000, which "
                                                 "is never issued."));
        } else if (PersonId::luhnCheckDigit(QStringView(digits).mid(dateAt, 9)) != digitAt(digits, dateAt + 9)) {
            pnrError = invalid(QT_TRANSLATE_NOOP("folja::identity::PersonId", "The check digit does not match."));
        } else if (birth > m_reference) {
            pnrError = invalid(QT_TRANSLATE_NOOP("folja::identity::PersonId", "The birth date is in the future."));
        } else if (refYear - year > kMaxAgeYears) {
            pnrError = invalid(QT_TRANSLATE_NOOP(
                "folja::identity::PersonId",
                "The century is not plausible: the person would be over 130 years old. Check the separator (- or +)."));
        } else if (twelve && separator == u'+' && refYear - year < 100) {
            pnrError = invalid(QT_TRANSLATE_NOOP("folja::identity::PersonId",
                                                 "The separator + is only used from the year the person turns 100."));
        } else {
            PersonId id;
            id.m_type = samordning ? IdType::Samordningsnummer : IdType::Personnummer;
            id.m_normalized = twelve ? digits : QString::number(year / 100) + digits;
            id.m_birthDate = birth;
            id.m_kon = konFromDigit(digitAt(digits, dateAt + 8));
            return id;
        }
    }

    // Not a personnummer/samordningsnummer: maybe the municipality's reservnummer.
    if (m_rule) {
        QString compact;
        compact.reserve(trimmed.size());
        for (const QChar c : trimmed) {
            if (c != u'-' && c != u'+')
                compact.append(c.toUpper());
        }
        if (m_regex.match(compact).hasMatch())
            return parseReservnummer(compact);
    }
    return *pnrError;
}

Result<PersonId> PersonIdParser::parseReservnummer(const QString& compact) const
{
    const ReservnummerRule& rule = *m_rule;
    const auto allDigits = [&compact](qsizetype from, qsizetype count) {
        if (from < 0 || from + count > compact.size())
            return false;
        for (qsizetype i = from; i < from + count; ++i) {
            if (compact.at(i) < u'0' || compact.at(i) > u'9')
                return false;
        }
        return true;
    };
    const Error doesNotFit = invalid(
        QT_TRANSLATE_NOOP("folja::identity::PersonId", "The reserve number does not fit the configured format."));

    if (rule.checkDigitFrom >= 0) {
        const qsizetype last = compact.size() - 1;
        if (last <= rule.checkDigitFrom || !allDigits(rule.checkDigitFrom, last - rule.checkDigitFrom + 1))
            return doesNotFit;
        const int check =
            PersonId::luhnCheckDigit(QStringView(compact).mid(rule.checkDigitFrom, last - rule.checkDigitFrom));
        if (check != digitAt(compact, last))
            return invalid(QT_TRANSLATE_NOOP("folja::identity::PersonId", "The check digit does not match."));
    }

    PersonId id;
    id.m_type = IdType::Reservnummer;
    id.m_normalized = compact;
    if (rule.hasBirthDate) {
        if (!allDigits(rule.dateStart, 8))
            return doesNotFit;
        const QDate birth(number(compact, rule.dateStart, 4), number(compact, rule.dateStart + 4, 2),
                          number(compact, rule.dateStart + 6, 2));
        if (!birth.isValid())
            return invalid(QT_TRANSLATE_NOOP("folja::identity::PersonId", "The date does not exist."));
        if (birth > m_reference)
            return invalid(QT_TRANSLATE_NOOP("folja::identity::PersonId", "The birth date is in the future."));
        id.m_birthDate = birth;
    }
    if (rule.derivesKon) {
        if (!allDigits(rule.konDigitIndex, 1))
            return doesNotFit;
        id.m_kon = konFromDigit(digitAt(compact, rule.konDigitIndex));
    }
    return id;
}

} // namespace folja::identity
