#pragma once

// Crash-restore drafts: the unsaved state of an open ärende form, kept inside the encrypted
// database (never in a temp file) so that a crash, a power cut or a forgotten laptop loses at
// most a few seconds of typing. Rules:
// * a draft belongs to the signed-in account; nobody else can list, read or remove it (the
//   account id is part of every statement, not a parameter callers choose);
// * only roles with individual access (handläggare, administratör) keep drafts;
// * drafts are the user's own unsaved input, not registered data: writing one is not audited
//   (autosave would flood the log), and saving or discarding the ärende removes it.
// The payload is opaque here (the form's JSON) and holds personal data: never log it.

#include "common/result.h"
#include "domain/records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace folja::access {

class Session;

struct DraftEntry {
    QString key;
    domain::Id arendeId = domain::kNoId; // kNoId for the draft of a new ärende
    QDateTime updatedAt;                 // UTC
};

struct DraftData {
    QByteArray payload;
    QDateTime updatedAt; // UTC
};

class Drafts
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::Drafts)

public:
    explicit Drafts(Session& session)
        : m_session(session)
    {}

    // "arende:<id>" for a saved ärende, "new" for one not saved yet (one per account).
    static QString keyFor(domain::Id arendeId);
    // The ärende id of a key; kNoId for "new" or a key that is not an ärende key.
    static domain::Id arendeIdOf(const QString& key);

    Result<void> save(const QString& key, const QByteArray& payload);
    Result<std::optional<DraftData>> load(const QString& key);
    Result<void> remove(const QString& key);
    // This account's drafts, newest first.
    Result<QList<DraftEntry>> list();

private:
    Result<void> requireAccess() const;
    static Result<void> checkKey(const QString& key);

    Session& m_session;
};

} // namespace folja::access
