#include "io/analysisdata.h"

#include "access/analysisscope.h"
#include "access/session.h"
#include "catalog/catalog.h"
#include "catalog/types.h"
#include "domain/records.h"

namespace folja::io {

SnapshotVisibility snapshotVisibility(const access::Session& session)
{
    return access::analysisVisibility(session);
}

Result<analysis::Scope> effectiveScope(access::Session& session, const analysis::Scope& requested)
{
    auto stored = access::AnalysisScopes(session).effective();
    if (!stored)
        return stored.error();
    if (stored->isUnlimited())
        return requested;
    bool nothing = false;
    const access::AnalysisScope narrowed =
        access::AnalysisScope::intersect({requested.malgrupper, requested.enheter}, *stored, &nothing);
    if (nothing) {
        QStringList allowed = stored->malgrupper;
        allowed += stored->enheter;
        return makeError(ErrorCode::PermissionDenied,
                         AnalysisData::tr("Your analysis scope, set by an administratör, covers only: %1.")
                             .arg(allowed.join(QStringLiteral(", "))));
    }
    return analysis::Scope{narrowed.malgrupper, narrowed.enheter};
}

Result<analysis::Snapshot> AnalysisData::load(access::Session& session, const catalog::Catalog& /*catalog*/,
                                              const analysis::Scope& requestedScope, SnapshotInfo* info,
                                              const CachePolicy& cache)
{
    const SnapshotVisibility visibility = snapshotVisibility(session);
    if (visibility == SnapshotVisibility::None)
        return makeError(ErrorCode::PermissionDenied,
                         tr("Analysis requires the handläggare, analytiker or administratör role."));
    for (const QString& code : requestedScope.malgrupper) {
        if (!catalog::malgruppFromCode(code))
            return makeError(ErrorCode::InvalidInput,
                             tr("Unknown målgrupp \"%1\"; use BOU, VUX, ALDRE, FUNK or EKB.").arg(code));
    }
    auto allowed = effectiveScope(session, requestedScope);
    if (!allowed)
        return allowed.error();
    const analysis::Scope& scope = *allowed;
    access::AnalysisReadInfo read;
    auto snapshot = access::AnalysisReader(session).read(scope, cache, &read);
    if (!snapshot)
        return snapshot.error();
    if (info) {
        *info = SnapshotInfo{};
        info->visibility = read.visibility;
        info->arenden = read.arenden;
        info->scope = scope;
        info->cacheRevision = read.cacheRevision;
        info->fromCache = read.fromCache;
        info->cacheChangesApplied = read.cacheChangesApplied;
    }
    return snapshot;
}

Result<void> AnalysisData::refreshCache(access::Session& session, analysis::Snapshot& snapshot, qint64 revision)
{
    return access::AnalysisReader(session).refreshCache(snapshot, revision);
}

Result<analysis::Snapshot> loadSnapshot(access::Session& session, const catalog::Catalog& catalog,
                                        const analysis::Scope& scope, SnapshotInfo* info)
{
    return AnalysisData::load(session, catalog, scope, info);
}

// --- LiveSnapshot -------------------------------------------------------------------------------

namespace {
// More changed ärenden than this in one notification are reloaded rather than patched: a patch
// reads each ärende with a handful of indexed queries, a load reads every table once.
constexpr qsizetype kPatchLimit = 2000;
} // namespace

LiveSnapshot::LiveSnapshot(access::Session& session, const catalog::Catalog& catalog, const analysis::Scope& scope)
    : m_session(&session)
    , m_sessionAlive(session.lifetime())
    , m_catalog(catalog)
    , m_scope(scope)
{
    m_changeListener = session.addChangeListener([this](const access::ArendeChange& c) { onChange(c); });
    m_lockListener = session.addLockListener([this](bool locked) { onLock(locked); });
    m_lockingListener = session.addLockingListener([this] { onLocking(); });
}

LiveSnapshot::~LiveSnapshot()
{
    if (!m_sessionAlive.expired()) {
        m_session->removeListener(m_changeListener);
        m_session->removeListener(m_lockListener);
        m_session->removeListener(m_lockingListener);
    }
}

void LiveSnapshot::drop()
{
    m_snapshot = analysis::Snapshot();
    m_info = SnapshotInfo{};
    m_loaded = false;
    ++m_revision;
}

void LiveSnapshot::setScope(const analysis::Scope& scope)
{
    m_scope = scope;
    if (m_loaded)
        drop();
}

Result<void> LiveSnapshot::ensureLoaded()
{
    if (m_sessionAlive.expired())
        return makeError(ErrorCode::Locked, tr("The session has ended; sign in again to continue."));
    if (m_session->isLocked()) {
        if (m_loaded)
            drop();
        return makeError(ErrorCode::Locked, tr("The session is locked; sign in again to continue."));
    }
    // An administratör may have changed this account's roles since the load.
    if (m_loaded && snapshotVisibility(*m_session) != m_info.visibility)
        drop();
    if (m_loaded)
        return {};
    SnapshotInfo info;
    auto loaded = AnalysisData::load(*m_session, m_catalog, m_scope, &info);
    if (!loaded)
        return loaded.error();
    m_snapshot = std::move(loaded).value();
    m_info = info;
    m_loaded = true;
    ++m_revision;
    return {};
}

void LiveSnapshot::onLock(bool locked)
{
    // Dropped on lock; loaded again on demand after the unlock.
    if (locked && m_loaded)
        drop();
}

void LiveSnapshot::onLocking()
{
    // Only the unrestricted snapshot is what the cache holds.
    if (!m_loaded || m_info.visibility != SnapshotVisibility::All || m_info.cacheRevision < 0 ||
        !m_info.scope.malgrupper.isEmpty() || !m_info.scope.enheter.isEmpty())
        return;
    // A failure leaves the old cache and its log, which stay correct; the lock goes on.
    (void)AnalysisData::refreshCache(*m_session, m_snapshot, m_info.cacheRevision);
}

void LiveSnapshot::onChange(const access::ArendeChange& change)
{
    if (!m_loaded)
        return;
    if (change.changed.size() + change.removed.size() > kPatchLimit || !patch(change)) {
        drop();
        return;
    }
    ++m_revision;
}

Result<void> LiveSnapshot::patch(const access::ArendeChange& change)
{
    auto delta = access::AnalysisReader(*m_session).patch(m_snapshot, m_info.visibility, m_info.scope, change);
    if (!delta)
        return delta.error();
    m_info.arenden = static_cast<std::size_t>(static_cast<qint64>(m_info.arenden) + *delta);
    // Retired rows cost scan time in every query: rewrite once they are a noticeable share.
    const std::size_t rows =
        m_snapshot.arenden().rows() + m_snapshot.insatser().rows() + m_snapshot.uppfoljningar().rows();
    if (m_snapshot.retiredRows() > std::max<std::size_t>(4096, rows / 8))
        m_snapshot.compact();
    return {};
}

} // namespace folja::io
