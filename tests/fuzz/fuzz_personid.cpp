// Fuzz target: the Person-ID parser (core/identity/personid.h). Beyond not crashing: an accepted
// number parses again from its normalised form to the same number, and an error message never
// repeats the digits it was given.

#include "identity/personid.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace folja::identity;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    ParseOptions options;
    options.referenceDate = QDate(2025, 1, 1);
    auto parsed = PersonId::parse(text, options);
    if (parsed) {
        auto again = PersonId::parse(parsed->normalized(), options);
        if (!again || again->normalized() != parsed->normalized() || again->type() != parsed->type())
            std::abort();
        return 0;
    }
    QString digits;
    for (QChar c : text)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    if (digits.size() >= 10 && parsed.error().message.contains(digits))
        std::abort(); // the number leaked into the message
    return 0;
}
