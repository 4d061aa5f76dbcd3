#include "store/repository.h"

// Key/value settings (repository.h: readSetting, writeSetting).

namespace folja::store {

Result<QString> readSetting(sqlite::Connection& conn, const QString& key)
{
    auto st = conn.prepare("SELECT value FROM settings WHERE key = ?");
    if (!st)
        return st.error();
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return QString();
    const QString value = st->columnText(0);
    return value.isNull() ? QString(QLatin1String("")) : value;
}

Result<void> writeSetting(sqlite::Connection& conn, const QString& key, const QString& value)
{
    auto st = conn.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    if (!st)
        return st.error();
    return st->bind(1, key).bind(2, value).run();
}

} // namespace folja::store
