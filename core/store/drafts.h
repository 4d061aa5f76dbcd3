#pragma once

// Crash-restore drafts of open ärende forms, one per (account, ärende key), in the `drafts`
// table inside the encrypted database. Store level: no access rules (core/access/drafts.h adds
// them). A draft holds personal data: it never goes anywhere but this table.

#include "common/result.h"
#include "store/sqlite.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace folja::store {

struct DraftInfo {
    QString arendeKey;
    QString updatedAt; // ISO 8601 UTC
};

struct Draft {
    QByteArray payload;
    QString updatedAt;
};

// Inserts or replaces the draft (atomic on its own).
Result<void> saveDraft(sqlite::Connection& conn, qint64 accountId, const QString& arendeKey, const QByteArray& payload,
                       const QString& updatedAt);
// std::nullopt when there is none.
Result<std::optional<Draft>> loadDraft(sqlite::Connection& conn, qint64 accountId, const QString& arendeKey);
// Removing a draft that does not exist is not an error.
Result<void> removeDraft(sqlite::Connection& conn, qint64 accountId, const QString& arendeKey);
// The account's drafts, newest first.
Result<QList<DraftInfo>> listDrafts(sqlite::Connection& conn, qint64 accountId);

} // namespace folja::store
