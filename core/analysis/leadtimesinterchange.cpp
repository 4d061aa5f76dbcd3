// INTERCHANGE §1 (v1.1): lead times and trends as JSON and CSV (folja-cli leadtimes and trends).
// Keys and columns are only ever added.

#include "analysis/cellkey.h"
#include "analysis/leadtimes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace folja::analysis {

namespace {

Error notExportable()
{
    return makeError(ErrorCode::PermissionDenied,
                     QCoreApplication::translate(
                         "folja::analysis", "An internal analysis is not for publication and cannot be exported."));
}

// Days to two decimals: the quartiles of whole days are multiples of 0.25, so they come out exact.
double days(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString daysText(double value)
{
    return QString::number(days(value), 'g', 15);
}

QJsonValue countValue(const Count& c)
{
    return c.suppressed ? QJsonValue() : QJsonValue(static_cast<double>(c.n));
}

QString countText(const Count& c)
{
    return c.suppressed ? QStringLiteral("..") : QString::number(c.n);
}

QString csvField(const QString& s)
{
    if (s.contains(QLatin1Char(';')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r'))) {
        QString q = s;
        q.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

QJsonArray stringArray(const QStringList& list)
{
    QJsonArray out;
    for (const QString& s : list)
        out.append(s);
    return out;
}

// A group's statistics are published when the group is not suppressed and holds records.
bool statisticsShown(const LeadTimeStats& g)
{
    return !g.suppressed && !g.n.suppressed && g.n.n > 0;
}

// A group's value along dimension d: the category's published label, or "" for the total.
QString groupLabel(const LeadTimeTable& t, qsizetype d, int index)
{
    return index < t.dimensions.at(d).categories.size() ? t.dimensions.at(d).categories.at(index).sourceLabel
                                                        : QString();
}

} // namespace

QString leadTimeKindCode(LeadTimeKind kind)
{
    switch (kind) {
    case LeadTimeKind::AktualiseringBeslut:
        return QStringLiteral("aktualisering-beslut");
    case LeadTimeKind::BeslutVerkstallande:
        return QStringLiteral("beslut-verkstallande");
    case LeadTimeKind::VerkstallandeAvslut:
        return QStringLiteral("verkstallande-avslut");
    }
    return {};
}

std::optional<LeadTimeKind> leadTimeKindFromCode(QStringView code)
{
    for (LeadTimeKind k :
         {LeadTimeKind::AktualiseringBeslut, LeadTimeKind::BeslutVerkstallande, LeadTimeKind::VerkstallandeAvslut}) {
        if (code == leadTimeKindCode(k))
            return k;
    }
    return std::nullopt;
}

QString trendKindCode(TrendKind kind)
{
    switch (kind) {
    case TrendKind::Aktualiseringar:
        return QStringLiteral("aktualiseringar");
    case TrendKind::Beslut:
        return QStringLiteral("beslut");
    case TrendKind::Avslut:
        return QStringLiteral("avslut");
    case TrendKind::PagaendeInsatser:
        return QStringLiteral("pagaende");
    }
    return {};
}

std::optional<TrendKind> trendKindFromCode(QStringView code)
{
    for (TrendKind k :
         {TrendKind::Aktualiseringar, TrendKind::Beslut, TrendKind::Avslut, TrendKind::PagaendeInsatser}) {
        if (code == trendKindCode(k))
            return k;
    }
    return std::nullopt;
}

QString granularityCode(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Month:
        return QStringLiteral("month");
    case Granularity::Quarter:
        return QStringLiteral("quarter");
    case Granularity::Year:
        return QStringLiteral("year");
    }
    return {};
}

std::optional<Granularity> granularityFromCode(QStringView code)
{
    for (Granularity g : {Granularity::Month, Granularity::Quarter, Granularity::Year}) {
        if (code == granularityCode(g))
            return g;
    }
    return std::nullopt;
}

Result<QByteArray> toInterchangeJson(const LeadTimeTable& t)
{
    if (!t.exportable)
        return notExportable();
    QJsonObject o;
    o.insert(QStringLiteral("interval"), leadTimeKindCode(t.kind));
    o.insert(QStringLiteral("unit"), unitCode(t.unit));
    QJsonArray dims;
    for (const TableDimension& d : t.dimensions)
        dims.append(d.variable);
    o.insert(QStringLiteral("dimensions"), dims);
    o.insert(QStringLiteral("min_cell"), t.minCell);
    QJsonArray groups;
    for (int cell = 0; cell < static_cast<int>(t.groups.size()); ++cell) {
        const LeadTimeStats& g = t.groups[static_cast<std::size_t>(cell)];
        const std::vector<int> c = t.dimensions.isEmpty() ? std::vector<int>{} : t.layout.coordinates(cell);
        QJsonObject go;
        for (qsizetype d = 0; d < t.dimensions.size(); ++d) {
            const int i = c[static_cast<std::size_t>(d)];
            if (i < t.dimensions.at(d).categories.size()) // left out: summed over
                go.insert(t.dimensions.at(d).variable, groupLabel(t, d, i));
        }
        go.insert(QStringLiteral("n"), countValue(g.n));
        const bool shown = statisticsShown(g);
        for (const auto& [key, value] :
             {std::pair{QStringLiteral("median"), g.median}, std::pair{QStringLiteral("q1"), g.q1},
              std::pair{QStringLiteral("q3"), g.q3}, std::pair{QStringLiteral("mean"), g.mean}})
            go.insert(key, shown ? QJsonValue(days(value)) : QJsonValue());
        go.insert(QStringLiteral("suppressed"), g.suppressed || g.n.suppressed);
        groups.append(go);
    }
    o.insert(QStringLiteral("groups"), groups);
    o.insert(QStringLiteral("bortfall"), countValue(t.bortfall));
    o.insert(QStringLiteral("not_applicable"), countValue(t.notApplicable));
    o.insert(QStringLiteral("mode"), modeCode(t.mode));
    o.insert(QStringLiteral("protection"), protectionMethodCode(t.protection));
    o.insert(QStringLiteral("footnotes"), stringArray(t.footnotes));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<QByteArray> toInterchangeCsv(const LeadTimeTable& t)
{
    if (!t.exportable)
        return notExportable();
    QString out;
    QStringList header;
    for (const TableDimension& d : t.dimensions)
        header.append(csvField(d.variable));
    header << QStringLiteral("n") << QStringLiteral("median") << QStringLiteral("q1") << QStringLiteral("q3")
           << QStringLiteral("mean");
    out += header.join(QLatin1Char(';')) + QLatin1Char('\n');
    for (int cell = 0; cell < static_cast<int>(t.groups.size()); ++cell) {
        const LeadTimeStats& g = t.groups[static_cast<std::size_t>(cell)];
        const std::vector<int> c = t.dimensions.isEmpty() ? std::vector<int>{} : t.layout.coordinates(cell);
        QStringList row;
        for (qsizetype d = 0; d < t.dimensions.size(); ++d)
            row.append(csvField(groupLabel(t, d, c[static_cast<std::size_t>(d)])));
        row.append(countText(g.n));
        const bool hidden = g.suppressed || g.n.suppressed;
        for (double v : {g.median, g.q1, g.q3, g.mean})
            row.append(hidden ? QStringLiteral("..") : g.n.n > 0 ? daysText(v) : QString());
        out += row.join(QLatin1Char(';')) + QLatin1Char('\n');
    }
    out += QStringLiteral("# bortfall: ") + countText(t.bortfall) + QLatin1Char('\n');
    out += QStringLiteral("# not_applicable: ") + countText(t.notApplicable) + QLatin1Char('\n');
    for (const QString& f : t.footnotes)
        out += csvField(QStringLiteral("# ") + f) + QLatin1Char('\n');
    return out.toUtf8();
}

Result<QByteArray> toInterchangeJson(const Trends& t)
{
    if (!t.exportable)
        return notExportable();
    QJsonObject o;
    o.insert(QStringLiteral("by"), granularityCode(t.granularity));
    o.insert(QStringLiteral("periods"), stringArray(t.periods));
    QJsonArray series;
    for (const TrendSeries& s : t.series) {
        QJsonObject so;
        so.insert(QStringLiteral("series"), trendKindCode(s.kind));
        QJsonArray counts;
        for (const Count& c : s.counts)
            counts.append(countValue(c));
        so.insert(QStringLiteral("counts"), counts);
        series.append(so);
    }
    o.insert(QStringLiteral("series"), series);
    o.insert(QStringLiteral("min_cell"), t.minCell);
    QJsonArray ends;
    for (const QDate& d : t.periodEnds)
        ends.append(d.toString(Qt::ISODate));
    o.insert(QStringLiteral("period_ends"), ends); // the day "pagaende" is counted on
    o.insert(QStringLiteral("mode"), modeCode(t.mode));
    o.insert(QStringLiteral("protection"), protectionMethodCode(t.protection));
    o.insert(QStringLiteral("footnotes"), stringArray(t.footnotes));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<QByteArray> toInterchangeCsv(const Trends& t)
{
    if (!t.exportable)
        return notExportable();
    QString out;
    QStringList header{QStringLiteral("period")};
    for (const TrendSeries& s : t.series)
        header.append(trendKindCode(s.kind));
    out += header.join(QLatin1Char(';')) + QLatin1Char('\n');
    for (qsizetype p = 0; p < t.periods.size(); ++p) {
        QStringList row{csvField(t.periods.at(p))};
        for (const TrendSeries& s : t.series)
            row.append(countText(s.counts.at(p)));
        out += row.join(QLatin1Char(';')) + QLatin1Char('\n');
    }
    for (const QString& f : t.footnotes)
        out += csvField(QStringLiteral("# ") + f) + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace folja::analysis
