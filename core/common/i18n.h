#pragma once

#include <QCollator>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace folja::i18n {

// The UI languages Följa ships. Swedish is the default: it is what a kommun's staff read.
enum class Language { Swedish, English };

// Picks the language: FOLJA_LANG ("sv"/"en") if set, else English for an English system locale,
// else Swedish.
Language chooseLanguage(const QLocale& systemLocale = QLocale::system());

// Installs Följa's compiled catalogue (embedded in the binary) for the language, and sets the
// default QLocale accordingly. Returns false if the catalogue could not be loaded.
bool install(QCoreApplication& app, Language language);

QString languageCode(Language language);

// Orders names the way a Swedish reader expects (å, ä, ö after z, case ignored), whatever the
// system's locale: the names people give saved analyses and import mappings are Swedish, and a
// list must not change order between a Linux and a Windows laptop. One per sort (a QCollator is
// not to be shared between threads).
QCollator nameCollator();

} // namespace folja::i18n
