#pragma once

// Checks shared by the catalogue loader and the customisation: which characters a label may hold
// and what a code looks like. Internal to folja_catalog.

#include <QString>
#include <QStringView>

#include <optional>

namespace folja::catalog::detail {

// The first character that is not a Latin letter (Basic Latin, Latin-1 Supplement, Latin
// Extended-A), a digit, punctuation or a space, or nullopt. This is what catches the Cyrillic
// homoglyphs (е, д, м) that a copy from the SKR PDF conversion smuggles into Swedish words.
std::optional<char32_t> firstForbiddenChar(QStringView text);

// A readable description of a forbidden character for error messages: "е" (U+0435).
QString describeChar(char32_t c);

// Value codes: ASCII letters, digits, '.', '_' and '-', starting with a letter or digit.
bool isValidValueCode(QStringView code);
// Variable codes: lower-case ASCII letters, digits and '_', starting with a letter.
bool isValidVariableCode(QStringView code);

} // namespace folja::catalog::detail
