#include "analys/analysissource.h"

namespace folja::ui {

AnalysisSource::AnalysisSource(access::Session& session, const catalog::Catalog& catalog)
    : m_live(std::make_unique<io::LiveSnapshot>(session, catalog))
{}

AnalysisSource::~AnalysisSource() = default;

Result<const analysis::Snapshot*> AnalysisSource::current()
{
    if (auto loaded = m_live->ensureLoaded(); !loaded)
        return loaded.error();
    return &m_live->snapshot();
}

void AnalysisSource::reload()
{
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
