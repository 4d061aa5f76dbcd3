#pragma once

// The analytiker's scope, set by an administratör: the målgrupper and enheter whose ärenden an
// account may analyse (3 kap. 3 § SoL work is often split by unit). Empty lists mean no limit.
// Administratörer are never limited (they can change the scope anyway). Stored in the encrypted
// settings table per account id; every change is audited with the old and the new scope.
// The analysis snapshot (core/io/analysisdata) applies the signed-in account's scope on top of any
// scope the caller asks for, so no screen or command can widen it.

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace folja::access {

class Session;

struct AnalysisScope {
    QStringList malgrupper; // catalogue målgrupp codes (BOU, VUX, ALDRE, FUNK, EKB)
    QStringList enheter;    // enhet names as stored on the ärenden

    bool isUnlimited() const { return malgrupper.isEmpty() && enheter.isEmpty(); }
    friend bool operator==(const AnalysisScope&, const AnalysisScope&) = default;

    // The narrower of two scopes: each list is intersected, an empty list meaning "all".
    // An intersection that excludes everything is `nothing` = true.
    static AnalysisScope intersect(const AnalysisScope& a, const AnalysisScope& b, bool* nothing = nullptr);
};

class AnalysisScopes
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::AnalysisScopes)

public:
    explicit AnalysisScopes(Session& session)
        : m_session(session)
    {}

    // The scope stored for an account (administratör, or the account itself).
    Result<AnalysisScope> of(const QString& accountName);
    // What limits the signed-in account: its stored scope, or none for an administratör.
    Result<AnalysisScope> effective();
    // Administratör only. Unknown målgrupp codes, blank or over-long enhet names and unknown or
    // inactive accounts are refused; nothing is written then. Codes are normalised (trimmed,
    // upper case, sorted, no duplicates).
    Result<void> set(const QString& accountName, const AnalysisScope& scope);

private:
    Result<qint64> accountIdOf(const QString& accountName);
    Session& m_session;
};

} // namespace folja::access
