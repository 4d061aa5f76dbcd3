#pragma once

// The import wizard's saved mappings (issue 14) and who may import with them. A mapping (the JSON
// of io::Mapping) is kept in the database under a unique name, shared by the kommun, so that the
// wizard offers it next time and IT can schedule `folja-cli import --mapping NAME`.
//
// The rule, decided here for the wizard, the command line and any later job: importing through a
// mapping, and saving or removing mappings, is for an administratör, or for a handläggare the
// administratör has allowed (import_rights). The import itself stays bound by the import rules
// (io::Importer: a handläggare imports only their own ärenden). Every change is audited by id
// (names are free text and stay out of the audit log).

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace folja::access {

class Session;

struct SavedImportMapping {
    qint64 id = 0;
    QString name;
    QByteArray json; // io::Mapping::toJson()
    QString createdBy;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

class ImportMappings
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::ImportMappings)

public:
    static constexpr int kMaxNameLength = 120;
    static constexpr qsizetype kMaxJsonBytes = 4 * 1024 * 1024;

    explicit ImportMappings(Session& session)
        : m_session(session)
    {}

    // PermissionDenied (with a message that says who may) unless the signed-in account may import
    // with mappings.
    Result<void> requireMayImport();
    bool mayImport();

    Result<QList<SavedImportMapping>> list(); // by name
    Result<SavedImportMapping> loadByName(const QString& name);
    // Saves under the name: a new mapping, or replaces the one of that name (case-insensitively).
    Result<SavedImportMapping> save(const QString& name, const QByteArray& json);
    Result<void> remove(qint64 id);

    // Administratör only: the handläggare allowed to import with mappings.
    Result<QStringList> allowedAccounts();
    Result<void> setAllowed(const QString& accountName, bool allowed);

    // Trimmed; 1–kMaxNameLength characters on one line.
    static Result<QString> checkName(const QString& name);

private:
    Session& m_session;
};

} // namespace folja::access
