#pragma once

#include "analysis/snapshot.h"
#include "common/result.h"
#include "io/analysisdata.h"

#include <cstdint>
#include <memory>

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
class AnalysisSource
{
public:
    AnalysisSource(access::Session& session, const catalog::Catalog& catalog);
    ~AnalysisSource();

    // The current snapshot, loading it if needed. Fails as io::loadSnapshot (Locked, PermissionDenied).
    Result<const analysis::Snapshot*> current();
    // Drops the data; the next current() reads the register again.
    void reload();
    // Changes whenever current() would return different data.
    std::uint64_t revision() const;
    io::SnapshotInfo info() const;

private:
    std::unique_ptr<io::LiveSnapshot> m_live;
};

} // namespace folja::ui
