#include "access/demodata.h"

#include "access/session.h"
#include "access/storedoor.h"
#include "store/repository.h"

namespace folja::access {

Result<bool> DemoData::anyExists(const QList<DemoRecord>& records)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    for (const DemoRecord& record : records) {
        auto id = (*repo)->idByExternalId(record.arende.externalId);
        if (id)
            return true;
        if (id.error().code != ErrorCode::NotFound)
            return id.error();
    }
    return false;
}

Result<void> DemoData::insert(QList<DemoRecord>& records)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    QList<store::ImportRow> rows;
    rows.reserve(records.size());
    for (DemoRecord& record : records)
        rows.append(store::ImportRow{std::move(record.person), std::move(record.arende)});
    records.clear();
    return (*repo)->insertAll(rows, QStringLiteral("demo_data"));
}

Result<bool> DemoData::present()
{
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto value = store::readSetting((*db)->connection(), QStringLiteral("demo_data"));
    if (!value)
        return value.error();
    return *value == QLatin1String("1");
}

} // namespace folja::access
