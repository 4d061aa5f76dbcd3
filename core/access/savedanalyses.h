#pragma once

// Saved analyses: a name, the query (analysis::Query as JSON) and a chart type, kept in the
// database per owner account so that next quarter's report is the same analysis with a new period.
// Analytiker and administratörer have their own lists; nobody sees or changes another account's.
// Names are unique per owner (compared without regard to case and surrounding spaces). Every
// change is audited by id (the name is free text and stays out of the audit log).

#include "analysis/query.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace folja::access {

class Session;

struct SavedAnalysis {
    qint64 id = 0;
    QString name;
    analysis::Query query;
    QString chartType;   // a code of the chart (ui/charts: "grouped_bars" …), or empty for a table only
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

// The period right after `period`, of the same length: whole calendar months (a month, quarter,
// half-year or year) move by that many months, any other range by its number of days. A status
// date (StatusOn) moves three months, staying on the month's last day if it was on one. A period
// open at either end is returned unchanged. For "reuse next quarter with one click".
analysis::Period followingPeriod(const analysis::Period& period);

// The query with a new period, keeping its meaning. An explicit age reference date that was the
// old period's start moves to the new start (otherwise it is kept as the analyst set it).
analysis::Query withPeriod(analysis::Query query, const QDate& from, const QDate& to);

class SavedAnalyses
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::SavedAnalyses)

public:
    static constexpr int kMaxNameLength = 120;

    explicit SavedAnalyses(Session& session)
        : m_session(session)
    {}

    // The signed-in account's analyses, by name. Analytiker or administratör (all calls).
    Result<QList<SavedAnalysis>> list();
    Result<SavedAnalysis> load(qint64 id);
    Result<SavedAnalysis> loadByName(const QString& name);

    // A new analysis; Conflict when the account already has one of that name.
    Result<SavedAnalysis> save(const QString& name, const analysis::Query& query, const QString& chartType);
    // Replaces the query and chart type of an existing analysis (its name is kept).
    Result<SavedAnalysis> update(qint64 id, const analysis::Query& query, const QString& chartType);
    Result<SavedAnalysis> rename(qint64 id, const QString& newName);
    Result<void> remove(qint64 id);
    // The analysis with a new period (same meaning), stored. Without dates: followingPeriod().
    Result<SavedAnalysis> setPeriod(qint64 id, const QDate& from, const QDate& to);
    Result<SavedAnalysis> moveToNextPeriod(qint64 id);

    // Trimmed; 1–kMaxNameLength characters, no control characters. Fails with a clear message.
    static Result<QString> checkName(const QString& name);

private:
    Result<void> allowed() const;
    Result<void> checkUnique(const QString& name, qint64 exceptId);
    Result<SavedAnalysis> store(qint64 id, const SavedAnalysis& analysis, const QString& action);

    Session& m_session;
};

} // namespace folja::access
