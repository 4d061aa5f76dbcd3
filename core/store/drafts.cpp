#include "store/drafts.h"

namespace folja::store {

Result<void> saveDraft(sqlite::Connection& conn, qint64 accountId, const QString& arendeKey, const QByteArray& payload,
                       const QString& updatedAt)
{
    // No UPSERT in SQLite 3.15; the primary key makes REPLACE a single atomic statement.
    auto st =
        conn.prepare("INSERT OR REPLACE INTO drafts(account_id, arende_key, payload, updated_at) VALUES (?, ?, ?, ?)");
    if (!st)
        return st.error();
    // A null QByteArray would bind NULL and violate NOT NULL: store an empty blob instead.
    const QByteArray blob = payload.isNull() ? QByteArray("", 0) : payload;
    return st->bind(1, accountId).bind(2, arendeKey).bind(3, blob).bind(4, updatedAt).run();
}

Result<std::optional<Draft>> loadDraft(sqlite::Connection& conn, qint64 accountId, const QString& arendeKey)
{
    auto st = conn.prepare("SELECT payload, updated_at FROM drafts WHERE account_id = ? AND arende_key = ?");
    if (!st)
        return st.error();
    st->bind(1, accountId).bind(2, arendeKey);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Draft>();
    return std::optional<Draft>(Draft{st->columnBlob(0), st->columnText(1)});
}

Result<void> removeDraft(sqlite::Connection& conn, qint64 accountId, const QString& arendeKey)
{
    auto st = conn.prepare("DELETE FROM drafts WHERE account_id = ? AND arende_key = ?");
    if (!st)
        return st.error();
    return st->bind(1, accountId).bind(2, arendeKey).run();
}

Result<QList<DraftInfo>> listDrafts(sqlite::Connection& conn, qint64 accountId)
{
    auto st = conn.prepare(
        "SELECT arende_key, updated_at FROM drafts WHERE account_id = ? ORDER BY updated_at DESC, arende_key");
    if (!st)
        return st.error();
    st->bind(1, accountId);
    QList<DraftInfo> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(DraftInfo{st->columnText(0), st->columnText(1)});
    }
    return out;
}

} // namespace folja::store
