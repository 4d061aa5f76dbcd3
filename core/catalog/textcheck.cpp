#include "catalog/textcheck.h"

#include <QChar>
#include <QList>

namespace folja::catalog::detail {

namespace {

bool isAllowedChar(char32_t c)
{
    if (c == U' ')
        return true;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return false; // C0 and C1 controls, DEL
    if (c <= 0x17F)
        return true; // Basic Latin, Latin-1 Supplement, Latin Extended-A
    switch (QChar::category(c)) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Separator_Space:
        return true; // e.g. the en dash of "Hemtjänst – Service", typographic quotes
    default:
        return false;
    }
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

} // namespace

std::optional<char32_t> firstForbiddenChar(QStringView text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (uint c : codePoints) {
        if (!isAllowedChar(static_cast<char32_t>(c)))
            return static_cast<char32_t>(c);
    }
    return std::nullopt;
}

QString describeChar(char32_t c)
{
    const QString hex = QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, u'0');
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return QStringLiteral("U+%1").arg(hex);
    const char32_t one[1] = {c};
    return QStringLiteral("\"%1\" (U+%2)").arg(QString::fromUcs4(one, 1), hex);
}

bool isValidValueCode(QStringView code)
{
    if (code.isEmpty() || !isAsciiAlnum(code.front()))
        return false;
    for (QChar c : code) {
        if (!isAsciiAlnum(c) && c != u'.' && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

bool isValidVariableCode(QStringView code)
{
    if (code.isEmpty() || !(code.front() >= u'a' && code.front() <= u'z'))
        return false;
    for (QChar c : code) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace folja::catalog::detail
