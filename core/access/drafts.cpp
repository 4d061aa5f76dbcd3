#include "access/drafts.h"

#include "access/session.h"
#include "access/storedoor.h"
#include "store/database.h"
#include "store/drafts.h"

namespace folja::access {

namespace {

const QString kNewKey = QStringLiteral("new");
const QString kArendePrefix = QStringLiteral("arende:");
constexpr qsizetype kMaxPayload = 4 * 1024 * 1024; // far above any real form; guards the file

QDateTime parseTime(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

QString Drafts::keyFor(domain::Id arendeId)
{
    return arendeId == domain::kNoId ? kNewKey : kArendePrefix + QString::number(arendeId);
}

domain::Id Drafts::arendeIdOf(const QString& key)
{
    if (!key.startsWith(kArendePrefix))
        return domain::kNoId;
    bool ok = false;
    const qint64 id = key.mid(kArendePrefix.size()).toLongLong(&ok);
    return ok && id > 0 ? id : domain::kNoId;
}

Result<void> Drafts::requireAccess() const
{
    if (m_session.hasRole(Role::Handlaggare) || m_session.hasRole(Role::Administrator))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     tr("Your role gives access to aggregated statistics only, not to individual ärenden."));
}

Result<void> Drafts::checkKey(const QString& key)
{
    if (key == kNewKey || arendeIdOf(key) != domain::kNoId)
        return {};
    return makeError(ErrorCode::InvalidInput, tr("Not a draft key of a case."));
}

Result<void> Drafts::save(const QString& key, const QByteArray& payload)
{
    if (auto ok = requireAccess(); !ok)
        return ok.error();
    if (auto ok = checkKey(key); !ok)
        return ok.error();
    if (payload.size() > kMaxPayload)
        return makeError(ErrorCode::InvalidInput, tr("The draft is too large to keep."));
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    return store::saveDraft((*db)->connection(), m_session.accountId(), key, payload,
                            m_session.clock().nowUtc().toString(Qt::ISODate));
}

Result<std::optional<DraftData>> Drafts::load(const QString& key)
{
    if (auto ok = requireAccess(); !ok)
        return ok.error();
    if (auto ok = checkKey(key); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto loaded = store::loadDraft((*db)->connection(), m_session.accountId(), key);
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value())
        return std::optional<DraftData>();
    return std::optional<DraftData>(DraftData{(*loaded)->payload, parseTime((*loaded)->updatedAt)});
}

Result<void> Drafts::remove(const QString& key)
{
    if (auto ok = requireAccess(); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    return store::removeDraft((*db)->connection(), m_session.accountId(), key);
}

Result<QList<DraftEntry>> Drafts::list()
{
    if (auto ok = requireAccess(); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto listed = store::listDrafts((*db)->connection(), m_session.accountId());
    if (!listed)
        return listed.error();
    QList<DraftEntry> out;
    out.reserve(listed->size());
    for (const store::DraftInfo& info : std::as_const(*listed))
        out.append(DraftEntry{info.arendeKey, arendeIdOf(info.arendeKey), parseTime(info.updatedAt)});
    return out;
}

} // namespace folja::access
