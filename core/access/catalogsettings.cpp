#include "access/catalogsettings.h"

#include "access/session.h"
#include "access/storedoor.h"
#include "store/database.h"
#include "store/repository.h"
#include "store/sqlite.h"

namespace folja::access {

namespace {

const QString kCatalog = QStringLiteral("catalog");

QString valueRef(const QString& variable, const QString& value)
{
    return variable + QLatin1Char('/') + value;
}

} // namespace

Result<catalog::Customisation> CatalogSettings::stored()
{
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto text = store::readSetting((*db)->connection(), QLatin1String(kSettingKey));
    if (!text)
        return text.error();
    if (text->isEmpty())
        return catalog::Customisation{};
    return catalog::Customisation::fromJson(text->toUtf8());
}

Result<void> CatalogSettings::applyTo(catalog::Catalog& catalog)
{
    auto customisation = stored();
    if (customisation && customisation->isEmpty() && catalog.customisation().isEmpty())
        return {}; // nothing to do (the usual case): no copy of the catalogue
    Result<void> applied =
        customisation ? catalog.applyCustomisation(*customisation) : Result<void>(customisation.error());
    if (applied)
        return {};
    // Never leave a customisation from before (another database's) in place: fall back to the
    // catalogue file as it is, which always applies, and say why.
    (void)catalog.applyCustomisation({});
    return makeError(applied.error().code,
                     tr("The kommun's catalogue customisation could not be used, so the national catalogue is used "
                        "as it is: %1")
                         .arg(applied.error().message));
}

Result<void> CatalogSettings::change(catalog::Catalog& catalog, const Edit& edit, const QString& action,
                                     const QString& ref, const QString& details)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto current = stored();
    if (!current)
        return current.error();
    catalog::Catalog candidate = catalog;
    if (auto applied = candidate.applyCustomisation(*current); !applied)
        return applied.error();
    if (auto edited = edit(candidate); !edited)
        return edited;

    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto& conn = (*db)->connection();
    auto tx = store::sqlite::Transaction::begin(conn);
    if (!tx)
        return tx.error();
    const catalog::Customisation next = candidate.customisation();
    if (auto written = store::writeSetting(conn, QLatin1String(kSettingKey), QString::fromUtf8(next.toJson()));
        !written)
        return written.error();
    if (auto logged = m_session.audit(action, kCatalog, ref, details); !logged)
        return logged.error();
    if (auto committed = tx->commit(); !committed)
        return committed;
    catalog = std::move(candidate);
    return {};
}

Result<catalog::Catalog::HideResult> CatalogSettings::hideVariable(catalog::Catalog& catalog, const QString& variable,
                                                                   catalog::Malgrupp malgrupp)
{
    auto result = catalog::Catalog::HideResult::Hidden;
    auto done = change(
        catalog,
        [&](catalog::Catalog& candidate) -> Result<void> {
            result = candidate.hideVariable(variable, malgrupp);
            if (result == catalog::Catalog::HideResult::UnknownVariable)
                return makeError(ErrorCode::NotFound, tr("The catalogue has no variable %1.").arg(variable));
            return {};
        },
        QStringLiteral("catalog.hide_variable"), variable, catalog::malgruppCode(malgrupp));
    if (!done)
        return done.error();
    return result;
}

Result<void> CatalogSettings::showVariable(catalog::Catalog& catalog, const QString& variable,
                                           catalog::Malgrupp malgrupp)
{
    return change(
        catalog,
        [&](catalog::Catalog& candidate) -> Result<void> {
            if (!candidate.variable(variable))
                return makeError(ErrorCode::NotFound, tr("The catalogue has no variable %1.").arg(variable));
            candidate.showVariable(variable, malgrupp);
            return {};
        },
        QStringLiteral("catalog.show_variable"), variable, catalog::malgruppCode(malgrupp));
}

Result<void> CatalogSettings::hideValue(catalog::Catalog& catalog, const QString& variable, const QString& value,
                                        catalog::Malgrupp malgrupp)
{
    return change(
        catalog,
        [&](catalog::Catalog& candidate) -> Result<void> {
            if (!candidate.value(variable, value)) {
                return makeError(ErrorCode::NotFound, tr("The variable %1 has no value %2.").arg(variable, value));
            }
            return candidate.hideValue(variable, value, malgrupp);
        },
        QStringLiteral("catalog.hide_value"), valueRef(variable, value), catalog::malgruppCode(malgrupp));
}

Result<void> CatalogSettings::showValue(catalog::Catalog& catalog, const QString& variable, const QString& value,
                                        catalog::Malgrupp malgrupp)
{
    return change(
        catalog,
        [&](catalog::Catalog& candidate) -> Result<void> {
            if (!candidate.value(variable, value)) {
                return makeError(ErrorCode::NotFound, tr("The variable %1 has no value %2.").arg(variable, value));
            }
            candidate.showValue(variable, value, malgrupp);
            return {};
        },
        QStringLiteral("catalog.show_value"), valueRef(variable, value), catalog::malgruppCode(malgrupp));
}

Result<void> CatalogSettings::addLocalValue(catalog::Catalog& catalog, const catalog::LocalValue& local)
{
    // The label is the kommun's wording for a category, not personal data, but the audit log
    // names objects by code only.
    return change(
        catalog, [&](catalog::Catalog& candidate) { return candidate.addLocalValue(local); },
        QStringLiteral("catalog.add_local_value"), valueRef(local.variable, local.code),
        QStringLiteral("parent=%1").arg(local.parent));
}

Result<void> CatalogSettings::removeLocalValue(catalog::Catalog& catalog, const QString& variable, const QString& value)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto used = isValueInUse(value);
    if (!used)
        return used.error();
    if (*used) {
        return makeError(ErrorCode::Conflict,
                         tr("The local value %1 is used in registered ärenden and cannot be removed. Hide it "
                            "instead.")
                             .arg(value));
    }
    return change(catalog, [&](catalog::Catalog& candidate) { return candidate.removeLocalValue(variable, value); },
                  QStringLiteral("catalog.remove_local_value"), valueRef(variable, value), {});
}

Result<bool> CatalogSettings::isValueInUse(const QString& valueCode)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    // Every column and table that holds a value code (see store/schema.cpp). Codes are compared
    // across variables: a false "in use" only makes removal more careful.
    auto st = (*db)->connection().prepare(
        "SELECT EXISTS (SELECT 1 FROM arende_values WHERE value_code = ?1)"
        " OR EXISTS (SELECT 1 FROM insats_values WHERE value_code = ?1)"
        " OR EXISTS (SELECT 1 FROM uppfoljning_values WHERE value_code = ?1)"
        " OR EXISTS (SELECT 1 FROM insatser WHERE ksi = ?1)"
        " OR EXISTS (SELECT 1 FROM arenden WHERE aktualiseringstyp = ?1 OR tidigare_kontakt = ?1"
        "            OR hushallstyp = ?1 OR ursprung = ?1)"
        " OR EXISTS (SELECT 1 FROM uppfoljningar WHERE sip = ?1 OR maluppfyllelse = ?1"
        "            OR parallella_insatser = ?1 OR genomforande = ?1 OR b1a = ?1 OR b1b = ?1 OR b2 = ?1"
        "            OR b3 = ?1 OR b4 = ?1 OR b5 = ?1)"
        " OR EXISTS (SELECT 1 FROM persons WHERE kon = ?1)");
    if (!st)
        return st.error();
    st->bind(1, valueCode);
    auto row = st->step();
    if (!row)
        return row.error();
    return *row && st->columnInt64(0) != 0;
}

} // namespace folja::access
