#pragma once

// Swedish person identities: personnummer, samordningsnummer and reservnummer.
//
// Rules implemented (SKR Basinformation 2024, "Definitioner från Skatteverket"; REFERENCE.md §3.1):
// - Accepted input: 10 digits (ÅÅMMDDNNNC) with or without a separator `-`/`+` before the last four,
//   or 12 digits (ÅÅÅÅMMDDNNNC) without a separator or with `-` (`+` only for persons 100 or older).
//   Surrounding whitespace is ignored. Everything is normalised to 12 digits without separator.
// - Century of the 10-digit form, per folkbokföringslagen: the separator is `-` until the calendar
//   year in which the person turns 100 and `+` from that year on. So with `-` (or none) the birth
//   year is the one of the last 100 years (reference year − 99 … reference year) that ends in ÅÅ;
//   with `+` it is 100 years or more before the reference year. The reference date is a parameter
//   (default today) so that imports and tests are reproducible.
// - Samordningsnummer: the day of birth + 60, i.e. DD 61–91 (born 29 Feb → 89).
// - Luhn check over the 10-digit form, for personnummer and samordningsnummer.
// - Birth number (födelsenummer, the three digits after the date) 000 is never issued: rejected.
// - Juridiskt kön: the third digit of the last four (the 11th of 12): even = Flicka/Kvinna,
//   odd = Pojke/Man.
// - A birth date after the reference date, or more than 130 years before it, is rejected.
//
// Error messages say what is wrong but never repeat the number.

#include "common/result.h"

#include <QDate>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <optional>

namespace folja::identity {

enum class IdType { Personnummer, Samordningsnummer, Reservnummer };

// Catalogue value codes for "kon" are mapped from this by callers.
enum class JuridisktKon { Okant, FlickaKvinna, PojkeMan };

// The catalogue value code of variable "kon" for a juridiskt kön: "KON.FLICKA_KVINNA",
// "KON.POJKE_MAN", or empty when unknown (bortfall). The one mapping every caller uses.
QString konValueCode(JuridisktKon kon);

// A municipality's reservnummer format. Formats differ between regions, so this is configuration.
// The rule works on the "compact" form of the input: surrounding whitespace and the separators
// `-`/`+` removed, letters upper-cased. That compact form is also the normalised reservnummer.
struct ReservnummerRule {
    QString regex; // matched against the whole compact form (anchored by the parser)
    bool hasBirthDate = false;
    int dateStart = 0;       // index of an 8-digit ÅÅÅÅMMDD birth date in the compact form
    bool derivesKon = false; // kön is never derived from a reservnummer unless this is set
    int konDigitIndex = 0;   // index of the digit whose parity gives kön (even = Flicka/Kvinna)
    int checkDigitFrom = -1; // >= 0: the last character is a Luhn check digit over [from, last)
    QString description;     // shown to administrators choosing a rule

    // The default: Region Stockholm's format as specified in Inera's "Lokala reservidn":
    // 12 digits "99ÅÅÅÅNNNNNC", ÅÅÅÅ = year the number was issued (not a birth date), NNNNN a serial,
    // C a Luhn check digit over positions 5–11. "99" can never start a real 12-digit personnummer
    // (year 99xx), so the rule cannot capture a mistyped personnummer. Vårdgivarguiden says the
    // 11th digit is odd/even by kön, but Inera's specification does not, so kön is not derived.
    static ReservnummerRule regionStockholm();
};

struct ParseOptions {
    QDate referenceDate;                                                                // null = today
    std::optional<ReservnummerRule> reservnummer = ReservnummerRule::regionStockholm(); // nullopt = none
};

class PersonId
{
public:
    PersonId() = default;

    // Parses and validates. A personnummer or samordningsnummer is tried first; only if the input
    // is not one does the reservnummer rule (if any) get its chance. On failure the error (code
    // InvalidInput) describes the personnummer problem unless the input matched the reservnummer
    // pattern.
    static Result<PersonId> parse(QStringView text, const ParseOptions& options = {});

    IdType type() const { return m_type; }
    const QString& normalized() const { return m_normalized; } // 12 digits, or the compact reservnummer
    QDate birthDate() const { return m_birthDate; }            // null if unknown (reservnummer)
    JuridisktKon kon() const { return m_kon; }

    // Builds a valid 12-digit number (correct Luhn) for a birth date, a three-digit birth number
    // 1–999 (its last digit's parity is the kön) and a type (Personnummer or Samordningsnummer).
    // For synthetic data and tests; returns an empty string for an invalid date or birth number.
    static QString compose(QDate birth, int birthNumber, IdType type = IdType::Personnummer);

    // Luhn check digit over a string of digits (weights 2,1,2,… from the left, as for the 9 first
    // digits of a personnummer). Returns -1 if the string holds a non-digit.
    static int luhnCheckDigit(QStringView digits);

private:
    friend class PersonIdParser;
    IdType m_type = IdType::Personnummer;
    QString m_normalized;
    QDate m_birthDate;
    JuridisktKon m_kon = JuridisktKon::Okant;
};

// A parser with its options prepared once (the reservnummer pattern compiled), for bulk use.
class PersonIdParser
{
public:
    // Fails (InvalidInput) if the reservnummer rule is not usable: bad pattern or positions < 0.
    static Result<PersonIdParser> create(const ParseOptions& options = {});

    Result<PersonId> parse(QStringView text) const;

private:
    PersonIdParser() = default;
    Result<PersonId> parseReservnummer(const QString& compact) const;

    QDate m_reference;
    std::optional<ReservnummerRule> m_rule;
    QRegularExpression m_regex;
};

} // namespace folja::identity
