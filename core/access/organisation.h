#pragma once

// What the kommun uses Följa for, chosen when the database is created and changed by an
// administratör: the målgrupper registered here and the enheter (units) ärenden belong to. The
// form offers only these (plus whatever an ärende already holds), so a BoU-only unit never scrolls
// past Äldre. Stored in the encrypted settings table ("malgrupper", "enheter" as JSON arrays);
// anyone signed in may read them, changes are audited with the old and new lists.

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace folja::access {

class Session;

struct OrganisationSetup {
    QStringList malgrupper; // catalogue codes ("BOU", "VUX", …); empty = all five
    QStringList enheter;    // unit names as stored on the ärenden; empty = none defined

    friend bool operator==(const OrganisationSetup&, const OrganisationSetup&) = default;
};

class Organisation
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::Organisation)

public:
    static constexpr int kMaxEnhetLength = 100;
    static constexpr int kMaxEnheter = 500;

    explicit Organisation(Session& session)
        : m_session(session)
    {}

    // Trims, upper-cases målgrupp codes and drops duplicates (keeping the first spelling); refuses
    // an unknown målgrupp code or an empty, over-long or control-character enhet name, naming it.
    static Result<OrganisationSetup> normalised(const OrganisationSetup& setup);

    Result<OrganisationSetup> setup();
    // Administratör only; all or nothing, audited.
    Result<void> setSetup(const OrganisationSetup& setup);
    // The name shown for an account (e.g. "Anna Andersson, IFO"), set by an administratör when
    // the database is made; at most 100 characters, audited.
    Result<void> setDisplayName(const QString& accountName, const QString& displayName);

private:
    Session& m_session;
};

} // namespace folja::access
