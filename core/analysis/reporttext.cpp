#include "analysis/reporttext.h"

#include "analysis/cellkey.h"
#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QLocale>

namespace folja::analysis::reporttext {

namespace {

QLocale sv()
{
    return QLocale(QLocale::Swedish, QLocale::Sweden);
}

} // namespace

QString count(qint64 n)
{
    return sv().toString(n);
}

QString percent(double value)
{
    return sv().toString(value, 'f', 1);
}

QString longDate(const QDate& d)
{
    return sv().toString(d, QStringLiteral("d MMMM yyyy"));
}

QString unitPlural(Unit unit)
{
    switch (unit) {
    case Unit::Person:
        return QCoreApplication::translate("folja::analysis::report", "persons");
    case Unit::Arende:
        return QCoreApplication::translate("folja::analysis::report", "ärenden");
    case Unit::Insats:
        return QCoreApplication::translate("folja::analysis::report", "insatser");
    case Unit::Uppfoljning:
        return QCoreApplication::translate("folja::analysis::report", "uppföljningar");
    }
    return {};
}

QString periodText(const Period& p)
{
    if (p.meaning == TimeMeaning::StatusOn) {
        const QDate d = p.to.isValid() ? p.to : p.from;
        return d.isValid() ? longDate(d) : QString();
    }
    if (p.from.isValid() && p.to.isValid())
        return longDate(p.from) + QStringLiteral(" – ") + longDate(p.to);
    if (p.from.isValid())
        return QCoreApplication::translate("folja::analysis::report", "from %1").arg(longDate(p.from));
    if (p.to.isValid())
        return QCoreApplication::translate("folja::analysis::report", "until %1").arg(longDate(p.to));
    return {};
}

QString eventName(EventKind kind, Unit unit)
{
    if (kind == EventKind::Auto) {
        switch (unit) {
        case Unit::Person:
        case Unit::Arende:
            kind = EventKind::Aktualisering;
            break;
        case Unit::Insats:
            kind = EventKind::Beslut;
            break;
        case Unit::Uppfoljning:
            kind = EventKind::Uppfoljning;
            break;
        }
    }
    switch (kind) {
    case EventKind::Aktualisering:
        return QCoreApplication::translate("folja::analysis::report", "the aktualisering");
    case EventKind::Beslut:
        return QCoreApplication::translate("folja::analysis::report", "the beslut");
    case EventKind::Verkstallande:
        return QCoreApplication::translate("folja::analysis::report", "the verkställande");
    case EventKind::Avslut:
        return QCoreApplication::translate("folja::analysis::report", "the avslut");
    case EventKind::Uppfoljning:
        return QCoreApplication::translate("folja::analysis::report", "the uppföljning");
    case EventKind::Auto:
        break;
    }
    return {};
}

QString variableName(const catalog::Catalog& catalog, const QString& variable)
{
    if (const catalog::Variable* v = catalog.variable(variable))
        return v->label;
    if (variable == QLatin1String("malgrupp"))
        return QCoreApplication::translate("folja::analysis::report", "Målgrupp");
    if (variable == QLatin1String("alder_grupp"))
        return QCoreApplication::translate("folja::analysis::report", "Age group");
    if (variable == QLatin1String("kon"))
        return QCoreApplication::translate("folja::analysis::report", "Kön");
    if (variable == QLatin1String("enhet"))
        return QCoreApplication::translate("folja::analysis::report", "Enhet");
    return variable;
}

QString defaultHeading(const CrossTab& table)
{
    QStringList labels;
    for (const TableDimension& d : table.dimensions)
        labels.append(d.label);
    if (labels.isEmpty())
        return QCoreApplication::translate("folja::analysis::report", "Table");
    if (labels.size() == 1)
        return labels.first();
    const QString last = labels.takeLast();
    return QCoreApplication::translate("folja::analysis::report", "%1 by %2")
        .arg(labels.join(QStringLiteral(", ")), last.toLower());
}

QStringList methodNotes(const Query& query, const CrossTab& table, const catalog::Catalog& catalog)
{
    QStringList notes;
    const QString units = unitPlural(query.unit);
    notes.append(
        QCoreApplication::translate("folja::analysis::report",
                                    "Unit: %1. Each of them is counted once in a table cell; %2 records in all.")
            .arg(units, table.total.suppressed ? QStringLiteral("..") : count(table.total.n)));
    const QString period = periodText(query.period);
    if (period.isEmpty()) {
        notes.append(
            QCoreApplication::translate("folja::analysis::report", "Period: all registered %1, without a time limit.")
                .arg(units));
    } else {
        switch (query.period.meaning) {
        case TimeMeaning::Events:
            notes.append(QCoreApplication::translate("folja::analysis::report",
                                                     "Period: %1. Counted are %2 where %3 took place in the period.")
                             .arg(period, units, eventName(query.period.event, query.unit)));
            break;
        case TimeMeaning::ActiveDuring:
            notes.append(
                QCoreApplication::translate("folja::analysis::report",
                                            "Period: %1. Counted are %2 that were ongoing at some time in the period.")
                    .arg(period, units));
            break;
        case TimeMeaning::StatusOn:
            notes.append(QCoreApplication::translate("folja::analysis::report",
                                                     "Status on %1: counted are %2 that were ongoing on that day.")
                             .arg(period, units));
            break;
        }
    }
    bool usesAge = false;
    for (const QString& d : query.dimensions)
        usesAge = usesAge || d.startsWith(QLatin1String("alder_grupp"));
    for (const Filter& f : query.filters)
        usesAge = usesAge || f.variable.startsWith(QLatin1String("alder_grupp"));
    if (usesAge) {
        QString at;
        if (query.ageReference.isValid())
            at = longDate(query.ageReference);
        else if (query.period.from.isValid())
            at = QCoreApplication::translate("folja::analysis::report", "%1 (the first day of the period)")
                     .arg(longDate(query.period.from));
        else
            at = QCoreApplication::translate("folja::analysis::report", "the date of the aktualisering");
        notes.append(
            QCoreApplication::translate("folja::analysis::report", "Age is counted at %1, in the age groups %2 years.")
                .arg(at, query.ageBands.spec().replace(QLatin1Char(','), QStringLiteral(", "))));
    }
    for (const QString& d : query.dimensions) {
        const auto ref = parseVariableRef(d);
        if (!ref)
            continue;
        const QString name = variableName(catalog, ref->variable);
        if (ref->part == QLatin1String("parent"))
            notes.append(QCoreApplication::translate(
                             "folja::analysis::report",
                             "%1 is aggregated to the higher KSI level (insatser of the same kind together).")
                             .arg(name));
        else if (ref->part == QLatin1String("year"))
            notes.append(QCoreApplication::translate("folja::analysis::report", "%1 is grouped by year.").arg(name));
        else if (ref->part == QLatin1String("quarter"))
            notes.append(QCoreApplication::translate("folja::analysis::report", "%1 is grouped by quarter.").arg(name));
        else if (ref->part == QLatin1String("month"))
            notes.append(QCoreApplication::translate("folja::analysis::report", "%1 is grouped by month.").arg(name));
        if (ref->variable == QLatin1String("maluppfyllelse")) {
            notes.append(query.maluppfyllelseAt == MaluppfyllelseAt::AtAvslut
                             ? QCoreApplication::translate(
                                   "folja::analysis::report",
                                   "Måluppfyllelse is the one of the last uppföljning of insatser that have ended.")
                             : QCoreApplication::translate(
                                   "folja::analysis::report",
                                   "Måluppfyllelse is the one of the latest uppföljning in the period."));
        }
    }
    QStringList selection;
    for (const Filter& f : query.filters) {
        const auto ref = parseVariableRef(f.variable);
        const QString variable = ref ? ref->variable : f.variable;
        QStringList values;
        for (const QString& code : f.values) {
            const catalog::Value* v = catalog.value(variable, code);
            values.append(code.isEmpty() ? QCoreApplication::translate("folja::analysis::report", "(uppgift saknas)")
                          : v            ? v->label
                                         : code);
        }
        selection.append(variableName(catalog, variable) + QStringLiteral(": ") + values.join(QStringLiteral(", ")));
    }
    if (!query.scope.malgrupper.isEmpty())
        selection.append(QCoreApplication::translate("folja::analysis::report", "målgrupper %1")
                             .arg(query.scope.malgrupper.join(QStringLiteral(", "))));
    if (!selection.isEmpty())
        notes.append(QCoreApplication::translate("folja::analysis::report", "Selection: %1.")
                         .arg(selection.join(QStringLiteral("; "))));
    if (table.protection == ProtectionMethod::CellKey)
        notes.append(cellKeyNote() + QLatin1Char(' ') +
                     QCoreApplication::translate(
                         "folja::analysis::report",
                         "Disclosure control (the Cell Key Method): every count, totals included, is changed by a "
                         "small random amount that is the same wherever the same records are counted; counts below "
                         "%1 after the change are shown as \"..\". Percentages are computed from the changed "
                         "counts, of the records with a valid answer.")
                         .arg(table.minCell + 2));
    else
        notes.append(QCoreApplication::translate(
                         "folja::analysis::report",
                         "Disclosure control: counts from 1 to %1 are not shown (\"..\"), and further counts are "
                         "hidden where they would let them be derived. Percentages are of the records with a valid "
                         "answer; the total column is the denominator of the row's percentages.")
                         .arg(table.minCell - 1));
    return notes;
}

} // namespace folja::analysis::reporttext
