#pragma once

// The kommun's customisation of the variable catalogue: local values that roll up to an SKR
// value, and variables or values hidden per målgrupp. It lives in the database (settings key
// "catalog_customisation", the JSON of catalog::Customisation), so every workstation, screen and
// analysis of one database uses the same catalogue. Anyone signed in reads and applies it; only
// an administratör changes it, every change is audited, and a change reaches the caller's
// catalogue only after it is committed (a refused or failed change leaves both untouched).
// A committed change replaces the caller's catalogue as a whole: pointers into it (Variable*,
// Value*) taken before the change dangle afterwards; look them up again (the GUI rebuilds its
// screens on catalogueChanged).
//
// Hiding is per målgrupp: the catalogue and the forms know the målgrupp of an ärende, while the
// enhet is a free code of the ärende that the catalogue cannot express.

#include "catalog/catalog.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace folja::access {

class Session;

class CatalogSettings
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::CatalogSettings)

public:
    static constexpr const char* kSettingKey = "catalog_customisation";

    explicit CatalogSettings(Session& session)
        : m_session(session)
    {}

    // The stored customisation; empty when none was ever saved. Anyone signed in.
    Result<catalog::Customisation> stored();
    // Replaces the catalogue's customisation by the stored one (an empty one resets it to the
    // catalogue file). Call after sign-in, before any screen uses the catalogue. If the stored one
    // is damaged or does not fit the catalogue file, the catalogue is reset to the file as it is
    // and the error says why.
    Result<void> applyTo(catalog::Catalog& catalog);

    // --- administratör, audited -----------------------------------------------------------------
    // Hidden variables disappear from the forms of ärenden of that målgrupp (answers already
    // given stay visible) and are not counted as bortfall.
    Result<catalog::Catalog::HideResult> hideVariable(catalog::Catalog& catalog, const QString& variable,
                                                      catalog::Malgrupp malgrupp);
    Result<void> showVariable(catalog::Catalog& catalog, const QString& variable, catalog::Malgrupp malgrupp);
    Result<void> hideValue(catalog::Catalog& catalog, const QString& variable, const QString& value,
                           catalog::Malgrupp malgrupp);
    Result<void> showValue(catalog::Catalog& catalog, const QString& variable, const QString& value,
                           catalog::Malgrupp malgrupp);
    // See catalog::Catalog::addLocalValue for the rules.
    Result<void> addLocalValue(catalog::Catalog& catalog, const catalog::LocalValue& local);
    // Refused (Conflict) while any registered answer uses the value: it would lose its meaning.
    Result<void> removeLocalValue(catalog::Catalog& catalog, const QString& variable, const QString& value);

    // Whether any registered answer holds this value code (any variable). Administratör.
    Result<bool> isValueInUse(const QString& valueCode);

private:
    using Edit = std::function<Result<void>(catalog::Catalog&)>;
    // Applies the stored customisation to a copy of `catalog`, runs `edit` on it, stores the
    // result with one audit entry in one transaction, and only then hands it to `catalog`.
    Result<void> change(catalog::Catalog& catalog, const Edit& edit, const QString& action, const QString& ref,
                        const QString& details);

    Session& m_session;
};

} // namespace folja::access
