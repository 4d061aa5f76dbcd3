#pragma once

// The words of a nämnd report, shared by every renderer (ui/report's PDF, and any future one):
// Swedish number and date formats, the unit and period in words, a table's default heading, and
// the method note generated from a query. QtCore only.

#include "analysis/crosstab.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace folja::catalog {
class Catalog;
}

namespace folja::analysis::reporttext {

// Numbers and dates as a Swedish reader writes them ("1 234", "12,5", "3 mars 2025").
QString count(qint64 n);
QString percent(double value);
QString longDate(const QDate& d);

// "insatser", "ärenden", …
QString unitPlural(Unit unit);
// The period in words ("1 januari 2025 – 31 mars 2025", "från …"); empty without limits.
QString periodText(const Period& p);
// "the beslut", … (EventKind::Auto resolved for the unit).
QString eventName(EventKind kind, Unit unit);
// A variable's name for a reader: the catalogue's label, or the derived variables' names.
QString variableName(const catalog::Catalog& catalog, const QString& variable);

// A heading for an ad-hoc query: "Kön efter insats och måluppfyllelse".
QString defaultHeading(const CrossTab& table);

// The method note of one query: unit, period and its meaning, age reference, aggregation,
// selection, and the disclosure control used (the report and the analysis workspace's "about
// this table").
QStringList methodNotes(const Query& query, const CrossTab& table, const catalog::Catalog& catalog);

} // namespace folja::analysis::reporttext
