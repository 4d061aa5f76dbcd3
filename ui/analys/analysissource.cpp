#include "analys/analysissource.h"

#include "access/session.h"
#include "widgets/background.h"

namespace folja::ui {

AnalysisSource::AnalysisSource(access::Session& session, const catalog::Catalog& catalog)
    : m_session(session)
    , m_sessionAlive(session.lifetime())
{
    // Added before the live snapshot's own listeners, so they run first: a change to the snapshot
    // waits until no worker reads it. (Locking runs on a worker itself; it waits there.)
    m_listeners[0] = session.addChangeListener([this](const access::ArendeChange&) { waitForWork(); });
    m_listeners[1] = session.addLockingListener([this] { waitForWork(); });
    m_listeners[2] = session.addLockListener([this](bool) { waitForWork(); });
    m_live = std::make_unique<io::LiveSnapshot>(session, catalog);
}

AnalysisSource::~AnalysisSource()
{
    waitForWork();
    if (!m_sessionAlive.expired()) {
        for (int id : m_listeners)
            m_session.removeListener(id);
    }
}

void AnalysisSource::waitForWork() const
{
    QFuture<void> loading = m_loading;
    loading.waitForFinished();
    QFuture<void> computation = m_computation;
    computation.waitForFinished();
}

Result<const analysis::Snapshot*> AnalysisSource::current()
{
    waitForWork();
    if (auto loaded = m_live->ensureLoaded(); !loaded)
        return loaded.error();
    return &m_live->snapshot();
}

bool AnalysisSource::isLoaded() const
{
    return !isLoading() && m_live->isLoaded();
}

bool AnalysisSource::isLoading() const
{
    return m_loading.isValid() && !m_loading.isFinished();
}

void AnalysisSource::startLoad(QObject* context, std::function<void(Result<void>)> done)
{
    m_computation.waitForFinished();
    auto outcome = std::make_shared<Result<void>>(Result<void>());
    io::LiveSnapshot* live = m_live.get();
    m_loading = SessionLease::run(
        m_session, context, [live, outcome] { *outcome = live->ensureLoaded(); },
        [outcome, done = std::move(done)] { done(*outcome); });
}

void AnalysisSource::setComputation(const QFuture<void>& computation)
{
    m_computation = computation;
}

void AnalysisSource::reload()
{
    waitForWork();
    m_live->setScope(m_live->scope()); // drops the data; the next ensureLoaded() loads
}

std::uint64_t AnalysisSource::revision() const
{
    return m_live->revision();
}

io::SnapshotInfo AnalysisSource::info() const
{
    return m_live->info();
}

} // namespace folja::ui
