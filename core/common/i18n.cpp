#include "common/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace folja::i18n {

Language chooseLanguage(const QLocale& systemLocale)
{
    const QByteArray forced = qgetenv("FOLJA_LANG").trimmed().toLower();
    if (forced == "en")
        return Language::English;
    if (forced == "sv")
        return Language::Swedish;
    return systemLocale.language() == QLocale::English ? Language::English : Language::Swedish;
}

QString languageCode(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("sv");
}

bool install(QCoreApplication& app, Language language)
{
    const QString code = languageCode(language);
    QLocale::setDefault(QLocale(language == Language::English ? QLocale::English : QLocale::Swedish,
                                language == Language::English ? QLocale::UnitedKingdom : QLocale::Sweden));

    // Qt's own legacy catalogue (file dialogs etc.). Qt 6.4 has no qtbase_sv, so the standard
    // button texts are translated in our own catalogue (context QPlatformTheme).
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qt_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/folja_") + code + QStringLiteral(".qm"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace folja::i18n
