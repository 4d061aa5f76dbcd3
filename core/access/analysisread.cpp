#include "access/analysisread.h"

#include "access/session.h"
#include "access/storedoor.h"
#include "analysis/snapshotio.h"
#include "domain/records.h"
#include "store/analysiscache.h"
#include "store/database.h"
#include "store/repository.h"

namespace folja::access {

namespace {

// Whether an ärende belongs in the snapshot of `user` with `visibility` and `scope`.
bool keeps(AnalysisVisibility visibility, const QString& user, const analysis::Scope& scope, const domain::Arende& a)
{
    if (visibility == AnalysisVisibility::None)
        return false;
    if (visibility == AnalysisVisibility::Own && a.owner.compare(user, Qt::CaseInsensitive) != 0)
        return false;
    if (!scope.malgrupper.isEmpty() && !scope.malgrupper.contains(a.malgrupp))
        return false;
    if (!scope.enheter.isEmpty() && !scope.enheter.contains(a.enhet))
        return false;
    return true;
}

std::string_view view(store::TextView t)
{
    return t.data ? std::string_view(t.data, static_cast<std::size_t>(t.size)) : std::string_view();
}

// The store's analysis read into a ColumnBuilder, with the visibility and Scope rules of keeps()
// applied to the raw values (an owner is compared by account id: account names are unique
// without regard to case, as keeps() compares them).
class SnapshotSink final : public store::AnalysisSink
{
public:
    SnapshotSink(domain::Id ownerOnly, const analysis::Scope& scope, bool onlyNeededPersons)
        : m_owner(ownerOnly)
        , m_onlyNeededPersons(onlyNeededPersons)
    {
        for (const QString& m : scope.malgrupper)
            m_malgrupper.push_back(m.toUtf8());
        for (const QString& e : scope.enheter)
            m_enheter.push_back(e.toUtf8());
    }

    analysis::ColumnBuilder builder;

    void arende(domain::Id id, domain::Id person, domain::Id ownerAccount, store::TextView malgrupp,
                store::TextView enhet, qint32 aktualisering, store::TextView aktualiseringstyp,
                store::TextView tidigareKontakt, store::TextView hushallstyp, qint32 beslut, store::TextView ursprung,
                std::uint8_t key) override
    {
        if (m_owner != domain::kNoId && ownerAccount != m_owner)
            return;
        if (!m_malgrupper.empty() && !contains(m_malgrupper, malgrupp))
            return;
        if (!m_enheter.empty() && !contains(m_enheter, enhet))
            return;
        builder.arende(id, person, view(malgrupp), view(enhet), day(aktualisering), view(aktualiseringstyp),
                       view(tidigareKontakt), view(hushallstyp), day(beslut), view(ursprung), key);
    }
    void arendeValue(domain::Id arende, int variable, store::TextView code) override
    {
        if (variable == 1)
            builder.aktualiseringsorsak(arende, view(code));
        else if (variable == 2)
            builder.problematik(arende, view(code));
    }
    void insats(domain::Id arende, domain::Id id, int ord, store::TextView ksi, qint32 beslut, qint32 verkstallande,
                qint32 avslut, std::uint8_t key) override
    {
        builder.insats(arende, id, ord, view(ksi), day(beslut), day(verkstallande), day(avslut), key);
    }
    void insatsValue(domain::Id, domain::Id insats, store::TextView code) override
    {
        builder.avslutsorsak(insats, view(code));
    }
    void uppfoljning(domain::Id, domain::Id insats, domain::Id id, int ord, qint32 datum,
                     const store::TextView (&codes)[10], std::uint8_t key) override
    {
        std::string_view v[10];
        for (int k = 0; k < 10; ++k)
            v[k] = view(codes[k]);
        builder.uppfoljning(insats, id, ord, day(datum), v, key);
    }
    void uppfoljningValue(domain::Id, domain::Id uppfoljning, store::TextView code) override
    {
        builder.samverkan(uppfoljning, view(code));
    }
    void person(domain::Id id, store::TextView kon, qint32 birth, std::uint8_t key) override
    {
        if (!m_onlyNeededPersons || builder.needsPerson(id))
            builder.person(id, view(kon), day(birth), key);
    }

private:
    static std::int32_t day(qint32 julian) { return julian == store::kNoDay ? analysis::kNoDate : julian; }
    static bool contains(const std::vector<QByteArray>& set, store::TextView t)
    {
        const std::string_view v = view(t);
        for (const QByteArray& b : set) {
            if (std::string_view(b.constData(), static_cast<std::size_t>(b.size())) == v)
                return true;
        }
        return false;
    }

    domain::Id m_owner;
    bool m_onlyNeededPersons;
    std::vector<QByteArray> m_malgrupper;
    std::vector<QByteArray> m_enheter;
};

// More ärenden logged since the cache than this: build from the tables instead (reloading one
// ärende takes a handful of indexed queries; the build reads every table once).
constexpr qsizetype kCacheChangeLimit = 20000;
// Applying this many logged changes at a load is worth writing the cache again right away, so the
// next load starts closer (an unrestricted session also writes it at lock).
constexpr qsizetype kCacheRewriteAfter = 1000;

// Reloads each ärende in `ids` into the unrestricted snapshot (gone → removed), with its person.
Result<void> reloadArenden(store::ArendeRepository& repo, analysis::Snapshot& snapshot, const QList<domain::Id>& ids)
{
    for (domain::Id id : ids) {
        auto arende = repo.load(id);
        if (!arende) {
            if (arende.error().code != ErrorCode::NotFound)
                return arende.error();
            snapshot.removeArende(id);
            continue;
        }
        auto person = repo.loadPerson(arende->personRef, store::PersonIdAccess::Hidden);
        if (!person)
            return person.error();
        snapshot.upsertPerson(*person);
        snapshot.upsertArende(*arende);
    }
    return {};
}

// Writes `snapshot` (compacted first: retired rows must not be persisted) as the cache.
Result<void> writeCache(store::sqlite::Connection& conn, analysis::Snapshot& snapshot, qint64 revision)
{
    snapshot.compact();
    auto written = store::AnalysisCache::write(
        conn, revision, analysis::kSnapshotFormatVersion, [&snapshot](const store::AnalysisCache::ChunkWriter& out) {
            return analysis::writeSnapshot(snapshot, out, store::AnalysisCache::kChunkBytes);
        });
    if (!written)
        return written.error();
    return {};
}

// The unrestricted All snapshot: from the cache plus the logged changes when possible, otherwise
// built from the tables (and then cached).
Result<analysis::Snapshot> loadUnrestricted(store::Database& db, store::ArendeRepository& repo,
                                            const AnalysisCachePolicy& policy, AnalysisReadInfo& info)
{
    store::sqlite::Connection& conn = db.connection();
    if (policy.read) {
        auto header = store::AnalysisCache::header(conn);
        if (!header)
            return header.error();
        if (*header && (*header)->formatVersion == analysis::kSnapshotFormatVersion) {
            auto revision = store::AnalysisCache::currentRevision(conn);
            if (!revision)
                return revision.error();
            auto changes = store::AnalysisCache::changedSince(conn, (*header)->baseRevision, kCacheChangeLimit);
            if (!changes)
                return changes.error();
            if (*changes) {
                auto reader = store::AnalysisCache::Reader::open(conn);
                if (!reader)
                    return reader.error();
                auto cached = analysis::readSnapshot([&reader](QByteArray& chunk) { return reader->next(chunk); });
                if (reader->error())
                    return *reader->error(); // a read error of the database, not a damaged payload
                if (cached) {
                    analysis::Snapshot snapshot = std::move(cached).value();
                    if (auto applied = reloadArenden(repo, snapshot, **changes); !applied)
                        return applied.error();
                    info.fromCache = true;
                    info.cacheChangesApplied = static_cast<std::size_t>((*changes)->size());
                    info.cacheRevision = *revision;
                    if (policy.write && (*changes)->size() >= kCacheRewriteAfter)
                        (void)writeCache(conn, snapshot, *revision); // a failure leaves the old cache: still right
                    return snapshot;
                }
                // Damaged or another format: build from the tables below and replace it.
            }
        }
    }
    // Every change after this revision is logged (once a cache exists) and reloaded later; the
    // read below may include some of them already, which the reload then repeats harmlessly.
    auto revision = store::AnalysisCache::currentRevision(conn);
    if (!revision)
        return revision.error();
    SnapshotSink sink(domain::kNoId, {}, false);
    if (auto rc = repo.scanForAnalysis(sink); !rc)
        return rc.error();
    analysis::Snapshot snapshot = sink.builder.finish();
    info.cacheRevision = *revision;
    if (policy.write)
        (void)writeCache(conn, snapshot, *revision); // without a cache the next load builds again
    return snapshot;
}

// Narrows an unrestricted snapshot to `scope`, as the build's read-time filter does.
void applyScope(analysis::Snapshot& snapshot, const analysis::Scope& scope)
{
    if (scope.malgrupper.isEmpty() && scope.enheter.isEmpty())
        return;
    const analysis::ArendeTable& a = snapshot.arenden();
    auto allowed = [](const analysis::Dictionary& dict, const QStringList& codes) {
        std::vector<std::uint8_t> out(static_cast<std::size_t>(dict.size()), codes.isEmpty() ? 1 : 0);
        for (const QString& code : codes) {
            if (const std::uint16_t c = dict.find(code))
                out[c] = 1;
        }
        return out;
    };
    const std::vector<std::uint8_t> malgrupp = allowed(a.malgrupp.dict, scope.malgrupper);
    const std::vector<std::uint8_t> enhet = allowed(a.enhet.dict, scope.enheter);
    snapshot.retainArenden(
        [&](std::uint32_t row) { return malgrupp[a.malgrupp.data[row]] && enhet[a.enhet.data[row]]; });
}

} // namespace

AnalysisVisibility analysisVisibility(const Session& session)
{
    if (session.hasRole(Role::Administrator) || session.hasRole(Role::Analytiker))
        return AnalysisVisibility::All;
    if (session.hasRole(Role::Handlaggare))
        return AnalysisVisibility::Own;
    return AnalysisVisibility::None;
}

Result<analysis::Snapshot> AnalysisReader::read(const analysis::Scope& scope, const AnalysisCachePolicy& cache,
                                                AnalysisReadInfo* info)
{
    const AnalysisVisibility visibility = analysisVisibility(m_session);
    if (visibility == AnalysisVisibility::None)
        return makeError(ErrorCode::PermissionDenied,
                         tr("Analysis requires the handläggare, analytiker or administratör role."));
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();

    const bool ownOnly = visibility == AnalysisVisibility::Own;
    AnalysisReadInfo loaded;
    analysis::Snapshot snapshot;
    std::size_t nArenden = 0;
    if (ownOnly) {
        // One scan per table in storage order, straight into the columns: no records. Small (one
        // handläggare's ärenden), so it is never cached.
        SnapshotSink sink(m_session.accountId(), scope, true);
        if (auto rc = (*repo)->scanForAnalysis(sink); !rc)
            return rc.error();
        nArenden = sink.builder.arenden();
        snapshot = sink.builder.finish();
    } else {
        auto db = StoreDoor::database(m_session);
        if (!db)
            return db.error();
        auto all = loadUnrestricted(**db, **repo, cache, loaded);
        if (!all)
            return all.error();
        snapshot = std::move(all).value();
        applyScope(snapshot, scope);
        nArenden = snapshot.stats().arenden;
    }

    QString details = QStringLiteral("visibility=%1 arenden=%2")
                          .arg(ownOnly ? QStringLiteral("own") : QStringLiteral("all"))
                          .arg(nArenden);
    if (!scope.malgrupper.isEmpty())
        details += QStringLiteral(" malgrupper=") + scope.malgrupper.join(QLatin1Char(','));
    if (!scope.enheter.isEmpty())
        details += QStringLiteral(" enheter=%1").arg(scope.enheter.size());
    if (auto audited =
            m_session.audit(QStringLiteral("analysis.snapshot"), QStringLiteral("database"), QString(), details);
        !audited)
        return audited.error();

    if (info) {
        *info = loaded;
        info->visibility = visibility;
        info->arenden = nArenden;
    }
    return snapshot;
}

Result<void> AnalysisReader::refreshCache(analysis::Snapshot& snapshot, qint64 revision)
{
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    store::sqlite::Connection& conn = (*db)->connection();
    auto header = store::AnalysisCache::header(conn);
    if (!header)
        return header.error();
    if (!*header)
        return {}; // erased since (or never written): the next load builds from the tables
    auto current = store::AnalysisCache::currentRevision(conn);
    if (!current)
        return current.error();
    if (*current <= (*header)->baseRevision && (*header)->formatVersion == analysis::kSnapshotFormatVersion)
        return {}; // nothing logged since the cache was written
    auto changes = store::AnalysisCache::changedSince(conn, revision, kCacheChangeLimit);
    if (!changes)
        return changes.error();
    if (!*changes)
        return {};
    if (auto applied = reloadArenden(**repo, snapshot, **changes); !applied)
        return applied.error();
    return writeCache(conn, snapshot, *current);
}

Result<qint64> AnalysisReader::patch(analysis::Snapshot& snapshot, AnalysisVisibility visibility,
                                     const analysis::Scope& scope, const ArendeChange& change)
{
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    const QString me = m_session.user();
    qint64 delta = 0;
    for (domain::Id id : change.removed) {
        if (snapshot.removeArende(id))
            --delta;
    }
    for (domain::Id personId : change.persons) {
        if (!snapshot.hasPerson(personId))
            continue;
        auto person = (*repo)->loadPerson(personId, store::PersonIdAccess::Hidden);
        if (!person)
            return person.error();
        snapshot.upsertPerson(*person);
    }
    for (domain::Id id : change.changed) {
        auto arende = (*repo)->load(id);
        if (!arende && arende.error().code != ErrorCode::NotFound)
            return arende.error();
        if (!arende || !keeps(visibility, me, scope, *arende)) {
            // Gone, or no longer visible (moved to another handläggare, out of scope).
            if (snapshot.removeArende(id))
                --delta;
            continue;
        }
        auto person = (*repo)->loadPerson(arende->personRef, store::PersonIdAccess::Hidden);
        if (!person)
            return person.error();
        snapshot.upsertPerson(*person);
        if (!snapshot.hasArende(id))
            ++delta;
        snapshot.upsertArende(*arende);
    }
    return delta;
}

} // namespace folja::access
