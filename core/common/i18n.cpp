#include "common/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace folja::i18n {

namespace {

// Qt 6.4 ships no qtbase_sv catalogue, so the standard dialog buttons (QDialogButtonBox,
// QMessageBox) would stay English. Listing their texts here puts them into our own catalogue,
// under Qt's context, where Qt looks them up.
[[maybe_unused]] const char* const kPlatformThemeStrings[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

} // namespace

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

QCollator nameCollator()
{
    QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

} // namespace folja::i18n
