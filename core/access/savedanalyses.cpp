#include "access/savedanalyses.h"

#include "access/session.h"
#include "access/storedoor.h"
#include "common/i18n.h"
#include "store/database.h"
#include "store/sqlite.h"

namespace folja::access {

namespace {

using store::sqlite::Connection;
using store::sqlite::Statement;
using store::sqlite::Transaction;

bool isMonthStart(const QDate& d)
{
    return d.day() == 1;
}

bool isMonthEnd(const QDate& d)
{
    return d.day() == d.daysInMonth();
}

QDate monthEnd(const QDate& d)
{
    return QDate(d.year(), d.month(), d.daysInMonth());
}

QString timestamp(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QString normalised(const QString& name)
{
    return name.simplified().toCaseFolded();
}

Result<SavedAnalysis> fromRow(const Statement& st)
{
    SavedAnalysis a;
    a.id = st.columnInt64(0);
    a.name = st.columnText(1);
    auto query = analysis::Query::fromJson(st.columnText(2).toUtf8());
    if (!query) {
        return makeError(
            ErrorCode::Corrupt,
            SavedAnalyses::tr("The saved analysis %1 cannot be read: %2").arg(a.id).arg(query.error().message));
    }
    a.query = std::move(query).value();
    a.chartType = st.columnText(3);
    a.createdAt = QDateTime::fromString(st.columnText(4), Qt::ISODateWithMs);
    a.updatedAt = QDateTime::fromString(st.columnText(5), Qt::ISODateWithMs);
    return a;
}

constexpr const char* kColumns = "SELECT id, name, query_json, chart_type, created_at, updated_at FROM saved_analyses ";

} // namespace

analysis::Period followingPeriod(const analysis::Period& period)
{
    analysis::Period next = period;
    if (period.meaning == analysis::TimeMeaning::StatusOn) {
        const QDate date = period.to.isValid() ? period.to : period.from;
        if (!date.isValid())
            return next;
        QDate moved = date.addMonths(3);
        if (isMonthEnd(date))
            moved = monthEnd(moved);
        next.from = period.from.isValid() ? moved : QDate();
        next.to = period.to.isValid() ? moved : QDate();
        return next;
    }
    if (!period.from.isValid() || !period.to.isValid() || period.from > period.to)
        return next;
    if (isMonthStart(period.from) && isMonthEnd(period.to)) {
        const int months = (period.to.year() - period.from.year()) * 12 + period.to.month() - period.from.month() + 1;
        next.from = period.from.addMonths(months);
        next.to = next.from.addMonths(months).addDays(-1);
        return next;
    }
    const qint64 days = period.from.daysTo(period.to) + 1;
    next.from = period.from.addDays(days);
    next.to = period.to.addDays(days);
    return next;
}

analysis::Query withPeriod(analysis::Query query, const QDate& from, const QDate& to)
{
    if (query.ageReference.isValid() && query.ageReference == query.period.from)
        query.ageReference = from;
    query.period.from = from;
    query.period.to = to;
    return query;
}

Result<QString> SavedAnalyses::checkName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The analysis needs a name."));
    if (trimmed.size() > kMaxNameLength) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The name of the analysis is too long (%1 characters; at most %2).")
                             .arg(trimmed.size())
                             .arg(kMaxNameLength));
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return makeError(ErrorCode::InvalidInput, tr("The name of the analysis must be on one line."));
    }
    return trimmed;
}

Result<void> SavedAnalyses::allowed() const
{
    if (m_session.hasRole(Role::Analytiker) || m_session.hasRole(Role::Administrator))
        return {};
    return m_session.require(Role::Analytiker);
}

Result<QList<SavedAnalysis>> SavedAnalyses::list()
{
    if (auto ok = allowed(); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto st = (*db)->connection().prepare(QByteArray(kColumns) + "WHERE owner_account_id = ?");
    if (!st)
        return st.error();
    st->bind(1, m_session.accountId());
    QList<SavedAnalysis> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto a = fromRow(*st);
        if (!a)
            return a.error();
        out.append(std::move(a).value());
    }
    const QCollator collator = i18n::nameCollator();
    std::sort(out.begin(), out.end(), [&collator](const SavedAnalysis& a, const SavedAnalysis& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return out;
}

Result<SavedAnalysis> SavedAnalyses::load(qint64 id)
{
    if (auto ok = allowed(); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto st = (*db)->connection().prepare(QByteArray(kColumns) + "WHERE id = ? AND owner_account_id = ?");
    if (!st)
        return st.error();
    st->bind(1, id).bind(2, m_session.accountId());
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("There is no saved analysis number %1 of yours.").arg(id));
    return fromRow(*st);
}

Result<SavedAnalysis> SavedAnalyses::loadByName(const QString& name)
{
    auto all = list();
    if (!all)
        return all.error();
    const QString wanted = normalised(name);
    for (const SavedAnalysis& a : *all) {
        if (normalised(a.name) == wanted)
            return a;
    }
    return makeError(ErrorCode::NotFound, tr("You have no saved analysis named \"%1\".").arg(name.trimmed()));
}

Result<void> SavedAnalyses::checkUnique(const QString& name, qint64 exceptId)
{
    auto all = list();
    if (!all)
        return all.error();
    const QString wanted = normalised(name);
    for (const SavedAnalysis& a : *all) {
        if (a.id != exceptId && normalised(a.name) == wanted) {
            return makeError(ErrorCode::Conflict,
                             tr("You already have an analysis named \"%1\"; choose another name.").arg(a.name));
        }
    }
    return {};
}

// Inserts (id 0) or updates one row and audits it in the same transaction.
Result<SavedAnalysis> SavedAnalyses::store(qint64 id, const SavedAnalysis& analysis, const QString& action)
{
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    Connection& conn = (*db)->connection();
    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto flushed = m_session.flushPendingAudit(); !flushed)
        return flushed.error();
    const QString now = timestamp(m_session.clock().nowUtc());
    const QString json = QString::fromUtf8(analysis.query.toJson());
    qint64 rowId = id;
    if (id == 0) {
        auto st = conn.prepare("INSERT INTO saved_analyses (name, owner_account_id, query_json, chart_type, "
                               "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
        if (!st)
            return st.error();
        st->bind(1, analysis.name).bind(2, m_session.accountId()).bind(3, json).bindOptional(4, analysis.chartType);
        st->bind(5, now).bind(6, now);
        if (auto done = st->run(); !done)
            return done.error();
        rowId = conn.lastInsertRowId();
    } else {
        auto st = conn.prepare("UPDATE saved_analyses SET name = ?, query_json = ?, chart_type = ?, updated_at = ? "
                               "WHERE id = ? AND owner_account_id = ?");
        if (!st)
            return st.error();
        st->bind(1, analysis.name).bind(2, json).bindOptional(3, analysis.chartType).bind(4, now);
        st->bind(5, id).bind(6, m_session.accountId());
        if (auto done = st->run(); !done)
            return done.error();
        if (conn.changes() != 1)
            return makeError(ErrorCode::NotFound, tr("There is no saved analysis number %1 of yours.").arg(id));
    }
    if (auto logged = m_session.audit(action, QStringLiteral("saved_analysis"), QString::number(rowId)); !logged)
        return logged.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return load(rowId);
}

Result<SavedAnalysis> SavedAnalyses::save(const QString& name, const analysis::Query& query, const QString& chartType)
{
    if (auto ok = allowed(); !ok)
        return ok.error();
    auto checked = checkName(name);
    if (!checked)
        return checked.error();
    if (auto valid = query.validate(); !valid)
        return valid.error();
    if (auto unique = checkUnique(*checked, 0); !unique)
        return unique.error();
    SavedAnalysis a;
    a.name = *checked;
    a.query = query;
    a.chartType = chartType;
    return store(0, a, QStringLiteral("analysis.save"));
}

Result<SavedAnalysis> SavedAnalyses::update(qint64 id, const analysis::Query& query, const QString& chartType)
{
    auto existing = load(id);
    if (!existing)
        return existing.error();
    if (auto valid = query.validate(); !valid)
        return valid.error();
    existing->query = query;
    existing->chartType = chartType;
    return store(id, *existing, QStringLiteral("analysis.update"));
}

Result<SavedAnalysis> SavedAnalyses::rename(qint64 id, const QString& newName)
{
    auto existing = load(id);
    if (!existing)
        return existing.error();
    auto checked = checkName(newName);
    if (!checked)
        return checked.error();
    if (auto unique = checkUnique(*checked, id); !unique)
        return unique.error();
    existing->name = *checked;
    return store(id, *existing, QStringLiteral("analysis.rename"));
}

Result<void> SavedAnalyses::remove(qint64 id)
{
    auto existing = load(id);
    if (!existing)
        return existing.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    Connection& conn = (*db)->connection();
    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto flushed = m_session.flushPendingAudit(); !flushed)
        return flushed.error();
    auto st = conn.prepare("DELETE FROM saved_analyses WHERE id = ? AND owner_account_id = ?");
    if (!st)
        return st.error();
    st->bind(1, id).bind(2, m_session.accountId());
    if (auto done = st->run(); !done)
        return done.error();
    if (auto logged =
            m_session.audit(QStringLiteral("analysis.remove"), QStringLiteral("saved_analysis"), QString::number(id));
        !logged)
        return logged.error();
    return tx->commit();
}

Result<SavedAnalysis> SavedAnalyses::setPeriod(qint64 id, const QDate& from, const QDate& to)
{
    auto existing = load(id);
    if (!existing)
        return existing.error();
    if (from.isValid() && to.isValid() && from > to) {
        return makeError(
            ErrorCode::InvalidInput,
            tr("The period starts (%1) after it ends (%2).").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    }
    existing->query = withPeriod(existing->query, from, to);
    if (auto valid = existing->query.validate(); !valid)
        return valid.error();
    return store(id, *existing, QStringLiteral("analysis.period"));
}

Result<SavedAnalysis> SavedAnalyses::moveToNextPeriod(qint64 id)
{
    auto existing = load(id);
    if (!existing)
        return existing.error();
    const analysis::Period next = followingPeriod(existing->query.period);
    if (!next.isSet() || (next.from == existing->query.period.from && next.to == existing->query.period.to)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The analysis \"%1\" has no closed period to move forward; set the new period instead.")
                             .arg(existing->name));
    }
    return setPeriod(id, next.from, next.to);
}

} // namespace folja::access
