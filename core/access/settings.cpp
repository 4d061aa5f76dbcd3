#include "access/settings.h"

#include "access/session.h"
#include "access/storedoor.h"
#include "identity/age.h"
#include "store/database.h"
#include "store/repository.h"
#include "store/sqlite.h"

namespace folja::access {

Result<int> Settings::read(const char* key, int fallback, int min, int max)
{
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto value = store::readSetting((*db)->connection(), QLatin1String(key));
    if (!value)
        return value.error();
    bool ok = false;
    const int n = value->toInt(&ok);
    // A value outside the allowed range can only come from outside Följa: fall back safely.
    return ok && n >= min && n <= max ? n : fallback;
}

Result<void> Settings::write(const char* key, int value, int min, int max)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    if (value < min || value > max) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 must be between %2 and %3.").arg(QLatin1String(key)).arg(min).arg(max));
    }
    return writeText(key, QString::number(value));
}

Result<void> Settings::writeText(const char* key, const QString& value)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto& conn = (*db)->connection();
    auto old = store::readSetting(conn, QLatin1String(key));
    if (!old)
        return old.error();
    auto tx = store::sqlite::Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto done = store::writeSetting(conn, QLatin1String(key), value); !done)
        return done.error();
    const QString details = QStringLiteral("%1 -> %2").arg(old->isNull() ? QStringLiteral("default") : *old).arg(value);
    if (auto logged =
            m_session.audit(QStringLiteral("setting.change"), QStringLiteral("setting"), QLatin1String(key), details);
        !logged)
        return logged.error();
    return tx->commit();
}

Result<int> Settings::minCell()
{
    return read("min_cell", kMinCellDefault, kMinCellMin, kMinCellMax);
}

Result<void> Settings::setMinCell(int value)
{
    return write("min_cell", value, kMinCellMin, kMinCellMax);
}

Result<int> Settings::idleLockMinutes()
{
    return read("idle_lock_minutes", kIdleDefault, kIdleMin, kIdleMax);
}

Result<void> Settings::setIdleLockMinutes(int value)
{
    auto done = write("idle_lock_minutes", value, kIdleMin, kIdleMax);
    if (done)
        m_session.idlePolicy().setMinutes(value);
    return done;
}

namespace {

const QLatin1String kAgeBandPresets("age_band_presets");
const QLatin1Char kPresetSeparator(';');

} // namespace

Result<QStringList> Settings::ageBandPresets()
{
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto value = store::readSetting((*db)->connection(), kAgeBandPresets);
    if (!value)
        return value.error();
    QStringList out;
    if (value->isEmpty())
        return out;
    for (const QString& spec : value->split(kPresetSeparator, Qt::SkipEmptyParts)) {
        auto bands = identity::AgeBands::parse(spec);
        if (!bands || bands->bands().isEmpty())
            return QStringList{}; // only from outside Följa: fall back to the default bands alone
        out.append(bands->spec());
    }
    return out;
}

Result<void> Settings::setAgeBandPresets(const QStringList& specs)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    const QString defaultSpec = identity::AgeBands::defaultSpec();
    QStringList canonical;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        auto bands = identity::AgeBands::parse(specs.at(i));
        if (!bands)
            return makeError(ErrorCode::InvalidInput,
                             tr("Age band preset %1 (\"%2\"): %3").arg(i + 1).arg(specs.at(i), bands.error().message));
        if (bands->bands().isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("Age band preset %1 is empty.").arg(i + 1));
        const QString spec = bands->spec();
        if (spec != defaultSpec && !canonical.contains(spec))
            canonical.append(spec);
    }
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto& conn = (*db)->connection();
    auto old = store::readSetting(conn, kAgeBandPresets);
    if (!old)
        return old.error();
    const QString value = canonical.join(kPresetSeparator);
    auto tx = store::sqlite::Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto done = store::writeSetting(conn, kAgeBandPresets, value); !done)
        return done.error();
    const QString details = QStringLiteral("%1 -> %2").arg(old->isNull() ? QStringLiteral("default") : *old, value);
    if (auto logged =
            m_session.audit(QStringLiteral("setting.change"), QStringLiteral("setting"), kAgeBandPresets, details);
        !logged)
        return logged.error();
    return tx->commit();
}

Result<int> Settings::gallringYears()
{
    return read("gallring_years", kGallringDefault, kGallringMin, kGallringMax);
}

Result<void> Settings::setGallringYears(int value)
{
    return write("gallring_years", value, kGallringMin, kGallringMax);
}

} // namespace folja::access

namespace folja::access {

Result<analysis::ProtectionMethod> Settings::protectionMethod()
{
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto value = store::readSetting((*db)->connection(), QStringLiteral("protection_method"));
    if (!value)
        return value.error();
    if (value->isNull())
        return analysis::ProtectionMethod::CellKey; // a database created with record keys
    // Anything but a known code is safe suppression.
    return analysis::protectionMethodFromCode(*value).value_or(analysis::ProtectionMethod::Suppression);
}

Result<void> Settings::setProtectionMethod(analysis::ProtectionMethod method)
{
    return writeText("protection_method", analysis::protectionMethodCode(method));
}

} // namespace folja::access
