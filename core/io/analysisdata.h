#pragma once

// The analysis snapshot of a signed-in session: every analysis (folja-cli crosstab, the GUI's
// analysis screens, reports) starts here, so the privacy rules for aggregates live here once.
//
// * administratör and analytiker: all ärenden of the database. An analytiker never gets
//   individual rows: the snapshot holds only catalogue codes, dates and the organisational unit,
//   and only aggregates with disclosure control leave the analysis engine.
// * handläggare (without one of those roles): only the ärenden they own, and only the persons of
//   those ärenden.
// * A Scope (målgrupper / enheter) narrows the snapshot further. The caller passes it; the
//   default is no limit. The engine applies the same Scope again through Query::scope.
//
// Loading is audited once as "analysis.snapshot" with counts only (no personal data).

#include "access/analysisread.h"
#include "analysis/query.h"
#include "analysis/snapshot.h"
#include "common/result.h"

#include <QCoreApplication>

#include <memory>

namespace folja::catalog {
class Catalog;
}

namespace folja::io {

// Who may analyse what is decided in core/access (access/analysisread.h); io reads data only
// through it.
using SnapshotVisibility = access::AnalysisVisibility;

// What the session's roles let it analyse (access::analysisVisibility).
SnapshotVisibility snapshotVisibility(const access::Session& session);

struct SnapshotInfo {
    SnapshotVisibility visibility = SnapshotVisibility::None;
    std::size_t arenden = 0; // ärenden in the snapshot
    analysis::Scope scope;   // the scope applied: the caller's, narrowed by the account's stored one
    // Visibility All only: the change-log revision (store::AnalysisCache) the data include, and
    // whether they came from the persisted cache; -1 and false otherwise.
    qint64 cacheRevision = -1;
    bool fromCache = false;
    std::size_t cacheChangesApplied = 0; // ärenden reloaded on top of the cache
};

// How AnalysisData::load uses the persisted snapshot cache (visibility All only; see
// access::AnalysisCachePolicy).
using CachePolicy = access::AnalysisCachePolicy;

class AnalysisData
{
    Q_DECLARE_TR_FUNCTIONS(folja::io::AnalysisData)

public:
    // Reads persons and ärenden through access::AnalysisReader into an analysis::Snapshot with
    // the rules above. Fails with PermissionDenied for an account without a role that may
    // analyse, InvalidInput for an unknown målgrupp code in `scope`, Locked when the session is
    // locked. `info`, when given, says what the snapshot covers.
    //
    // Visibility All starts from the persisted snapshot cache when there is one (then reloads the
    // ärenden written since, and applies the Scope); otherwise it builds from the tables and
    // writes the cache for the next time. The tables are exactly those of a build from the tables.
    static Result<analysis::Snapshot> load(access::Session& session, const catalog::Catalog& catalog,
                                           const analysis::Scope& scope = {}, SnapshotInfo* info = nullptr,
                                           const CachePolicy& cache = {});

    // Brings the persisted cache up to date with `snapshot` — the unrestricted All snapshot,
    // current as of `revision` (SnapshotInfo::cacheRevision) — by reloading the ärenden logged
    // since, and writes it if anything was logged after the cache's base. Does nothing when there
    // is no cache (it was erased: the next load rebuilds). `snapshot` is compacted and patched.
    static Result<void> refreshCache(access::Session& session, analysis::Snapshot& snapshot, qint64 revision);
};

// The scope a session may analyse when it asks for `requested`: each list intersected with the
// account's analysis scope set by an administratör (access::AnalysisScopes; administratörer are
// never limited). Asking only for what lies outside the stored scope is PermissionDenied, with a
// message naming what the account may analyse.
Result<analysis::Scope> effectiveScope(access::Session& session, const analysis::Scope& requested);

// The same as AnalysisData::load.
Result<analysis::Snapshot> loadSnapshot(access::Session& session, const catalog::Catalog& catalog,
                                        const analysis::Scope& scope = {}, SnapshotInfo* info = nullptr);

// The snapshot of a session kept current on writes: loaded once (AnalysisData::load, with its
// visibility and Scope rules and its audit entry), then patched one ärende at a time from the
// session's change notifications (access::ArendeChange, sent after each committed save, removal,
// move, gallring, radering and import). Patches are not audited: nothing individual leaves, and
// the load that gave access was.
//
// Locking: the snapshot is DROPPED when the session locks or ends (the data leave memory with the
// key). Just before, while the database is still open, an unrestricted All snapshot that was
// patched since its load is written to the persisted cache (AnalysisData::refreshCache), so the
// next unlock starts from it.
// While locked, snapshot() is an empty snapshot and ensureLoaded() fails with Locked; after the
// unlock the next ensureLoaded() loads again (the file may have changed while it was closed).
//
// Use: call ensureLoaded() before reading (cheap when current), then snapshot(); recompute
// whatever you derived when revision() has changed. A large change (a CSV import of many
// ärenden), a failed patch or a change of the session's roles marks the snapshot for a reload:
// it is then empty until the next ensureLoaded().
//
// Single-threaded, like the session. It unsubscribes in its destructor; destroying it after the
// session is safe (it is then empty and ensureLoaded() fails with Locked).
class LiveSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(folja::io::LiveSnapshot)

public:
    LiveSnapshot(access::Session& session, const catalog::Catalog& catalog, const analysis::Scope& scope = {});
    ~LiveSnapshot();
    LiveSnapshot(const LiveSnapshot&) = delete;
    LiveSnapshot& operator=(const LiveSnapshot&) = delete;

    // Loads unless current. Errors as AnalysisData::load: PermissionDenied, InvalidInput (scope),
    // Locked.
    Result<void> ensureLoaded();
    bool isLoaded() const { return m_loaded; }

    // The current data; empty (no rows) unless loaded.
    const analysis::Snapshot& snapshot() const { return m_snapshot; }
    // What the snapshot covers (visibility None and 0 ärenden unless loaded).
    SnapshotInfo info() const { return m_loaded ? m_info : SnapshotInfo{}; }
    // Increases on every change of snapshot(): load, patch, drop.
    std::uint64_t revision() const { return m_revision; }

    const analysis::Scope& scope() const { return m_scope; }
    // A new scope takes effect at the next ensureLoaded() (the data are dropped now).
    void setScope(const analysis::Scope& scope);

private:
    void onChange(const access::ArendeChange& change);
    void onLock(bool locked);
    void onLocking();
    void drop();
    Result<void> patch(const access::ArendeChange& change);

    access::Session* m_session;
    std::weak_ptr<const void> m_sessionAlive;
    const catalog::Catalog& m_catalog;
    analysis::Scope m_scope;
    analysis::Snapshot m_snapshot;
    SnapshotInfo m_info;
    bool m_loaded = false;
    std::uint64_t m_revision = 0;
    int m_changeListener = 0;
    int m_lockListener = 0;
    int m_lockingListener = 0;
};

} // namespace folja::io
