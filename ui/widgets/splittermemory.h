#pragma once

// Remembers where the user left a splitter and puts it back the next time the screen is built
// (issue 15, everyday comfort). Stored in QSettings under "splitters/<key>": the sizes of its
// parts, never anything personal. Call it once the splitter has all its widgets; sizes that no
// longer fit (another number of parts) are ignored.

#include <QString>

class QSplitter;

namespace folja::ui {

void rememberSplitter(QSplitter* splitter, const QString& key);

// The QSettings key a splitter's state is kept under.
QString splitterSettingsKey(const QString& key);

} // namespace folja::ui
