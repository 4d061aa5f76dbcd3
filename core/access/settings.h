#pragma once

// Database-wide settings that change how Följa protects data. Anyone signed in may read them;
// only an administratör may change them, and every change is audited with old and new value.

#include "analysis/query.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace folja::access {

class Session;

class Settings
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::Settings)

public:
    // Smallest published cell count (primary suppression below it).
    static constexpr int kMinCellDefault = 5, kMinCellMin = 3, kMinCellMax = 10;
    // Minutes without activity before the session locks.
    static constexpr int kIdleDefault = 10, kIdleMin = 1, kIdleMax = 120;
    // Ärenden closed more than this many years ago are removed by gallring.
    static constexpr int kGallringDefault = 5, kGallringMin = 1, kGallringMax = 100;

    explicit Settings(Session& session)
        : m_session(session)
    {}

    Result<int> minCell();
    Result<void> setMinCell(int value);
    Result<int> idleLockMinutes();
    Result<void> setIdleLockMinutes(int value); // also applied to this session's policy
    Result<int> gallringYears();
    Result<void> setGallringYears(int value);
    // How published tables are protected (analysis::ProtectionMethod): suppression or the Cell
    // Key Method. Setting "protection_method" ("suppression" | "cell_key"); a new database has no
    // value and uses the Cell Key Method, an existing one was given "suppression" by the schema
    // step that added the record keys (store/schema.cpp, v4), so it keeps what it had until an
    // administratör changes it. An unknown stored value reads as suppression.
    Result<analysis::ProtectionMethod> protectionMethod();
    Result<void> setProtectionMethod(analysis::ProtectionMethod method);
    // Age bands that published tables protected by suppression may use besides the default
    // (PRIVACY-AND-STORAGE §3.3 step 5; analysis::checkPublicationWindow), each in AgeBands::spec()
    // form. Empty by default; an invalid stored value reads as empty.
    Result<QStringList> ageBandPresets();
    // Replaces the list; each entry must parse as age bands (stored in canonical form, duplicates
    // and the default dropped). Audited with the old and new list.
    Result<void> setAgeBandPresets(const QStringList& specs);

private:
    Result<int> read(const char* key, int fallback, int min, int max);
    Result<void> write(const char* key, int value, int min, int max);
    Result<void> writeText(const char* key, const QString& value);

    Session& m_session;
};

} // namespace folja::access
