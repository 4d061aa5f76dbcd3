#include "widgets/splittermemory.h"

#include <QSettings>
#include <QSplitter>
#include <QVariantList>

namespace folja::ui {

QString splitterSettingsKey(const QString& key)
{
    return QStringLiteral("splitters/") + key;
}

void rememberSplitter(QSplitter* splitter, const QString& key)
{
    const QString settingsKey = splitterSettingsKey(key);
    // The sizes of the parts, in order: a list for another number of parts (the screen changed
    // since) is ignored rather than hiding or squeezing a part.
    const QVariantList stored = QSettings().value(settingsKey).toList();
    if (!stored.isEmpty() && stored.size() == splitter->count()) {
        QList<int> sizes;
        bool valid = true;
        for (const QVariant& v : stored) {
            bool ok = false;
            const int size = v.toInt(&ok);
            valid = valid && ok && size >= 0 && size < 100000;
            sizes.append(size);
        }
        if (valid)
            splitter->setSizes(sizes);
    }
    // Only the user moves a splitter handle (splitterMoved is not sent for programmatic changes).
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, settingsKey] {
        QVariantList sizes;
        for (int size : splitter->sizes())
            sizes.append(size);
        QSettings().setValue(settingsKey, sizes);
    });
}

} // namespace folja::ui
