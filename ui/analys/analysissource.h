#pragma once

#include "analysis/snapshot.h"
#include "common/result.h"
#include "io/analysisdata.h"

#include <QFuture>

#include <cstdint>
#include <functional>
#include <memory>

class QObject;

namespace folja::access {
class Session;
}
namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

// The data behind the analysis workspace: the session's live analysis snapshot (aggregate-safe
// codes and dates only, kept current on every write and dropped on lock; see
// core/io/analysisdata.h), loaded when first needed.
//
// Off the GUI thread (widgets/background.h): startLoad() reads it on a worker with the session
// lent to it; a table computed on a worker from snapshot() is registered with
// setComputation(), and until it has finished every change to the snapshot — a patch after a
// save, the drop at lock, reload() — waits for it, so a worker never reads data being changed.
class AnalysisSource
{
public:
    AnalysisSource(access::Session& session, const catalog::Catalog& catalog);
    // Waits for the work still running on the snapshot.
    ~AnalysisSource();

    // The current snapshot, loading it if needed (here, on the calling thread; a load running on
    // a worker is waited for first). Fails as io::loadSnapshot (Locked, PermissionDenied).
    Result<const analysis::Snapshot*> current();
    bool isLoaded() const;
    // Loads on a worker, the session lent to it; then `done` on the GUI thread with the outcome
    // (unless `context` is gone). Does nothing but call `done` later when already loaded.
    void startLoad(QObject* context, std::function<void(Result<void>)> done);
    bool isLoading() const;
    // A computation on a worker that reads the snapshot.
    void setComputation(const QFuture<void>& computation);
    // Drops the data; the next current() reads the register again.
    void reload();
    // Changes whenever current() would return different data.
    std::uint64_t revision() const;
    io::SnapshotInfo info() const;

private:
    void waitForWork() const;

    access::Session& m_session;
    QFuture<void> m_loading;
    QFuture<void> m_computation;
    std::unique_ptr<io::LiveSnapshot> m_live;
    std::weak_ptr<const void> m_sessionAlive;
    int m_listeners[3] = {0, 0, 0};
};

} // namespace folja::ui
