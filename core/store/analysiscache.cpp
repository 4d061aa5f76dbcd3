#include "store/analysiscache.h"

#include "store/messages.h"

#include <QDateTime>
#include <QSet>

namespace folja::store {

Result<std::optional<AnalysisCacheHeader>> AnalysisCache::header(sqlite::Connection& conn)
{
    auto exists = conn.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'analysis_cache'");
    if (!exists)
        return exists.error();
    if (*exists == 0)
        return std::optional<AnalysisCacheHeader>();
    auto st = conn.prepare("SELECT base_revision, format_version, created_at, bytes, chunks FROM analysis_cache "
                           "WHERE id = 1");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<AnalysisCacheHeader>();
    AnalysisCacheHeader h;
    h.baseRevision = st->columnInt64(0);
    h.formatVersion = static_cast<int>(st->columnInt64(1));
    h.createdAt = st->columnText(2);
    h.bytes = st->columnInt64(3);
    h.chunks = static_cast<int>(st->columnInt64(4));
    return std::optional<AnalysisCacheHeader>(h);
}

Result<qint64> AnalysisCache::currentRevision(sqlite::Connection& conn)
{
    // sqlite_sequence exists once any AUTOINCREMENT table has a row (the audit log always does).
    auto st = conn.prepare("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'analysis_changes'), 0), "
                           "coalesce((SELECT max(revision) FROM analysis_changes), 0))");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? st->columnInt64(0) : qint64(0);
}

Result<std::optional<QList<qint64>>> AnalysisCache::changedSince(sqlite::Connection& conn, qint64 revision,
                                                                 qsizetype limit)
{
    auto st = conn.prepare("SELECT arende_id FROM analysis_changes WHERE revision > ? ORDER BY revision");
    if (!st)
        return st.error();
    st->bind(1, revision);
    QList<qint64> ids;
    QSet<qint64> seen;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 id = st->columnInt64(0);
        if (seen.contains(id))
            continue;
        if (ids.size() >= limit)
            return std::optional<QList<qint64>>();
        seen.insert(id);
        ids.append(id);
    }
    return std::optional<QList<qint64>>(std::move(ids));
}

Result<qint64> AnalysisCache::write(sqlite::Connection& conn, qint64 baseRevision, int formatVersion,
                                    const std::function<bool(const ChunkWriter&)>& produce)
{
    auto tx = sqlite::Transaction::begin(conn);
    if (!tx)
        return tx.error();
    // The header goes first so that the triggers see a cache while the rest is written (nothing
    // else writes in this transaction, but it keeps the rule simple: cache present = logging).
    if (auto rc = conn.exec("DELETE FROM analysis_cache; DELETE FROM analysis_cache_chunks;"); !rc)
        return rc.error();
    auto insert = conn.prepare("INSERT INTO analysis_cache_chunks(seq, data) VALUES (?, ?)");
    if (!insert)
        return insert.error();
    qint64 bytes = 0;
    int seq = 0;
    std::optional<Error> failed;
    const ChunkWriter writer = [&](const QByteArray& chunk) {
        insert->reset();
        insert->bind(1, static_cast<qint64>(seq)).bind(2, chunk);
        if (auto rc = insert->run(); !rc) {
            failed = rc.error();
            return false;
        }
        ++seq;
        bytes += chunk.size();
        return true;
    };
    if (!produce(writer))
        return failed ? *failed : messages::internal();
    auto head = conn.prepare("INSERT INTO analysis_cache(id, base_revision, format_version, created_at, bytes, chunks) "
                             "VALUES (1, ?, ?, ?, ?, ?)");
    if (!head)
        return head.error();
    head->bind(1, baseRevision)
        .bind(2, formatVersion)
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(4, bytes)
        .bind(5, seq);
    if (auto rc = head->run(); !rc)
        return rc.error();
    auto prune = conn.prepare("DELETE FROM analysis_changes WHERE revision <= ?");
    if (!prune)
        return prune.error();
    prune->bind(1, baseRevision);
    if (auto rc = prune->run(); !rc)
        return rc.error();
    if (auto rc = tx->commit(); !rc)
        return rc.error();
    return bytes;
}

Result<void> AnalysisCache::remove(sqlite::Connection& conn)
{
    return conn.exec("DELETE FROM analysis_cache; DELETE FROM analysis_cache_chunks; DELETE FROM analysis_changes;");
}

Result<AnalysisCache::Reader> AnalysisCache::Reader::open(sqlite::Connection& conn)
{
    auto st = conn.prepare("SELECT data FROM analysis_cache_chunks ORDER BY seq");
    if (!st)
        return st.error();
    return Reader(std::move(st).value());
}

bool AnalysisCache::Reader::next(QByteArray& chunk)
{
    if (m_error)
        return false;
    auto row = m_st.step();
    if (!row) {
        m_error = row.error();
        return false;
    }
    if (!*row)
        return false;
    chunk = m_st.columnBlob(0);
    return true;
}

} // namespace folja::store
