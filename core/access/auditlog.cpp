#include "access/auditlog.h"

#include "access/auditwriter.h"
#include "access/clock.h"
#include "access/session.h"
#include "access/storedoor.h"
#include "store/database.h"
#include "store/sqlite.h"

namespace folja::access {

namespace {

using store::sqlite::Connection;

AuditEntry readEntry(const store::sqlite::Statement& st)
{
    AuditEntry e;
    e.seq = st.columnInt64(0);
    e.ts = QDateTime::fromString(st.columnText(1), Qt::ISODateWithMs);
    e.ts.setTimeSpec(Qt::UTC);
    e.actor = st.columnText(2);
    e.action = st.columnText(3);
    e.objectType = st.columnText(4);
    e.objectRef = st.columnText(5);
    e.details = st.columnText(6);
    e.prevHash = QString::fromLatin1(st.columnBlob(7).toHex());
    e.hash = QString::fromLatin1(st.columnBlob(8).toHex());
    return e;
}

constexpr char kSelect[] = "SELECT seq, ts, actor, action, object_type, object_ref, details, prev_hash, hash "
                           "FROM audit_log ";

} // namespace

AuditAppender::AuditAppender(Connection& conn, const Clock& clock, QString actor)
    : m_conn(conn)
    , m_clock(clock)
    , m_actor(std::move(actor))
{}

Result<qint64> AuditAppender::append(const QString& action, const QString& objectType, const QString& objectRef,
                                     const QString& details)
{
    if (!m_loaded) {
        // The next seq continues after the highest ever used (sqlite_sequence survives deleted
        // tail entries), so deleting the newest entries shows up as a gap at the next append.
        auto last = m_conn.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        if (!last)
            return last.error();
        auto hasLast = last->step();
        if (!hasLast)
            return hasLast.error();
        if (*hasLast) {
            m_lastSeq = last->columnInt64(0);
            m_lastHash = QString::fromLatin1(last->columnBlob(1).toHex());
        }
        auto used = m_conn.queryInt("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0)");
        if (!used)
            return used.error();
        m_lastSeq = std::max(m_lastSeq, *used);
        m_loaded = true;
    }
    AuditEntry e;
    e.seq = m_lastSeq + 1;
    e.prevHash = m_lastHash;
    e.ts = m_clock.nowUtc().toUTC();
    e.actor = m_actor;
    e.action = action;
    e.objectType = objectType;
    e.objectRef = objectRef;
    e.details = details;
    e.hash = computeAuditHash(e);

    if (!m_insert.isValid()) {
        auto prepared = m_conn.prepare("INSERT INTO audit_log (seq, ts, actor, action, object_type, object_ref, "
                                       "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!prepared)
            return prepared.error();
        m_insert = std::move(prepared).value();
    }
    auto* insert = &m_insert;
    insert->bind(1, e.seq)
        .bind(2, auditTimestamp(e.ts))
        .bind(3, e.actor)
        .bind(4, e.action)
        .bindOptional(5, e.objectType)
        .bindOptional(6, e.objectRef)
        .bindOptional(7, e.details);
    if (e.prevHash.isEmpty())
        insert->bindNull(8);
    else
        insert->bind(8, QByteArray::fromHex(e.prevHash.toLatin1()));
    insert->bind(9, QByteArray::fromHex(e.hash.toLatin1()));
    if (auto done = insert->run(); !done)
        return done.error();
    m_lastSeq = e.seq;
    m_lastHash = e.hash;
    return e.seq;
}

Result<qint64> appendAudit(Connection& conn, const Clock& clock, const QString& actor, const QString& action,
                           const QString& objectType, const QString& objectRef, const QString& details)
{
    AuditAppender appender(conn, clock, actor);
    return appender.append(action, objectType, objectRef, details);
}

Result<QList<AuditEntry>> readAudit(Connection& conn, const QString& objectType, const QStringList& objectRefs)
{
    QList<AuditEntry> out;
    auto st = conn.prepare(QByteArray(kSelect) + "WHERE object_type = ? AND object_ref = ? ORDER BY seq");
    if (!st)
        return st.error();
    for (const QString& ref : objectRefs) {
        st->reset();
        st->bind(1, objectType).bind(2, ref);
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            out.append(readEntry(*st));
        }
    }
    std::sort(out.begin(), out.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.seq < b.seq; });
    return out;
}

Result<std::optional<qint64>> AuditLog::verify()
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto st = (*db)->connection().prepare(QByteArray(kSelect) + "ORDER BY seq");
    if (!st)
        return st.error();
    // Streamed: check each entry against the previous one without holding the log in memory.
    QString prev;
    qint64 expected = 1;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const AuditEntry e = readEntry(*st);
        if (auto broken = firstBrokenAuditEntry({e}, prev, expected - 1))
            return std::optional<qint64>(*broken);
        prev = e.hash;
        ++expected;
    }
    return std::optional<qint64>();
}

Result<QList<AuditEntry>> AuditLog::entriesFor(const QString& objectType, const QStringList& objectRefs)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    return readAudit((*db)->connection(), objectType, objectRefs);
}

Result<QList<AuditEntry>> AuditLog::recent(int limit)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto st = (*db)->connection().prepare(QByteArray(kSelect) + "ORDER BY seq DESC LIMIT ?");
    if (!st)
        return st.error();
    st->bind(1, limit);
    QList<AuditEntry> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.prepend(readEntry(*st));
    }
    return out;
}

} // namespace folja::access
