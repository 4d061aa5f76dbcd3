// INTERCHANGE §3: the cross-tabulation as JSON and CSV. Keys and columns are only ever added.

#include "analysis/cellkey.h"
#include "analysis/crosstab.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace folja::analysis {

namespace {

Error notExportable()
{
    return makeError(ErrorCode::PermissionDenied,
                     QCoreApplication::translate(
                         "folja::analysis", "An internal analysis is not for publication and cannot be exported."));
}

double rounded(double value, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(value * f) / f;
}

QJsonValue countValue(const Count& c)
{
    return c.suppressed ? QJsonValue() : QJsonValue(static_cast<double>(c.n));
}

QJsonValue percentValue(const Percentage& p)
{
    if (!p.available)
        return QJsonValue();
    QJsonObject o;
    if (p.suppressed) {
        o.insert(QStringLiteral("value"), QJsonValue());
        o.insert(QStringLiteral("denominator"), QJsonValue());
        o.insert(QStringLiteral("ci95"), QJsonValue());
        o.insert(QStringLiteral("suppressed"), true);
        return o;
    }
    o.insert(QStringLiteral("value"), rounded(p.value, 1));
    o.insert(QStringLiteral("denominator"), static_cast<double>(p.denominator));
    o.insert(QStringLiteral("ci95"), QJsonArray{rounded(p.ciLow, 1), rounded(p.ciHigh, 1)});
    o.insert(QStringLiteral("suppressed"), false);
    return o;
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

// INTERCHANGE §3: the måluppfyllelse scale of a cell or margin ("" when it involves none).
QString scaleAt(const CrossTab& t, const std::vector<int>& c)
{
    for (qsizetype d = 0; d < t.dimensions.size(); ++d) {
        const QString scale = t.dimensions.at(d).scaleOf(c[static_cast<std::size_t>(d)]);
        if (!scale.isEmpty())
            return scale;
    }
    return QString();
}

bool hasScales(const CrossTab& t)
{
    return std::any_of(t.dimensions.cbegin(), t.dimensions.cend(),
                       [](const TableDimension& d) { return !d.blocks.isEmpty(); });
}

// Calls f(coordinates) for every interior cell in row-major order.
template <typename F>
void forEachInterior(const CrossTab& t, F f)
{
    for (int cell = 0; cell < t.layout.cellCount(); ++cell) {
        if (t.layout.isInterior(cell))
            f(cell, t.layout.coordinates(cell));
    }
}

} // namespace

Result<QByteArray> toInterchangeJson(const CrossTab& t)
{
    if (!t.exportable)
        return notExportable();
    QJsonObject o;
    o.insert(QStringLiteral("unit"), unitCode(t.unit));
    QJsonArray dims;
    for (const TableDimension& d : t.dimensions)
        dims.append(d.variable);
    o.insert(QStringLiteral("dimensions"), dims);
    o.insert(QStringLiteral("min_cell"), t.minCell);
    o.insert(QStringLiteral("total"), countValue(t.total));

    QJsonArray cells;
    forEachInterior(t, [&](int cell, const std::vector<int>& c) {
        const TableCell& tc = t.cells[static_cast<std::size_t>(cell)];
        QJsonObject co;
        for (qsizetype d = 0; d < t.dimensions.size(); ++d)
            co.insert(t.dimensions.at(d).variable,
                      t.dimensions.at(d).categories.at(c[static_cast<std::size_t>(d)]).sourceLabel);
        if (const QString scale = scaleAt(t, c); !scale.isEmpty())
            co.insert(QStringLiteral("skala"), scale);
        co.insert(QStringLiteral("n"), tc.suppressed() ? QJsonValue() : QJsonValue(static_cast<double>(tc.n)));
        co.insert(QStringLiteral("suppressed"), tc.suppressed());
        if (t.dimensions.size() == 1) {
            co.insert(QStringLiteral("percent"), percentValue(tc.total));
        } else {
            co.insert(QStringLiteral("row_percent"), percentValue(tc.row));
            co.insert(QStringLiteral("column_percent"), percentValue(tc.column));
            co.insert(QStringLiteral("percent"), percentValue(tc.total));
        }
        cells.append(co);
    });
    o.insert(QStringLiteral("cells"), cells);

    QJsonObject bortfall;
    QJsonObject bortfallPercent;
    QJsonObject notApplicable;
    QJsonObject uncertain;
    QJsonArray scales;
    for (const TableDimension& d : t.dimensions) {
        bortfall.insert(d.variable, countValue(d.bortfall));
        // A dimension split into måluppfyllelse scales has no pooled percentage: see "scales".
        const bool pctHidden = d.isSplit() || d.bortfall.suppressed || t.total.suppressed || t.total.n < t.minCell;
        bortfallPercent.insert(d.variable, pctHidden ? QJsonValue() : QJsonValue(rounded(d.bortfallPercent, 1)));
        notApplicable.insert(d.variable, countValue(d.notApplicable));
        uncertain.insert(d.variable, countValue(d.uncertain));
        for (const CategoryBlock& b : d.blocks) {
            QJsonObject so;
            so.insert(QStringLiteral("dimension"), d.variable);
            so.insert(QStringLiteral("skala"), b.scale);
            so.insert(QStringLiteral("total"), countValue(b.total));
            so.insert(QStringLiteral("bortfall"), countValue(b.bortfall));
            const bool hidden = b.bortfall.suppressed || b.total.suppressed || b.total.n < t.minCell;
            so.insert(QStringLiteral("bortfall_percent"),
                      hidden ? QJsonValue() : QJsonValue(rounded(b.bortfallPercent, 1)));
            so.insert(QStringLiteral("uncertain"), countValue(b.uncertain));
            scales.append(so);
        }
    }
    o.insert(QStringLiteral("bortfall"), bortfall);
    o.insert(QStringLiteral("bortfall_percent"), bortfallPercent);
    o.insert(QStringLiteral("not_applicable"), notApplicable);
    o.insert(QStringLiteral("uncertain"), uncertain);
    o.insert(QStringLiteral("population"), countValue(t.population));
    // INTERCHANGE §3: the måluppfyllelse scales' own totals and bortfall (added in 1.1).
    if (hasScales(t))
        o.insert(QStringLiteral("scales"), scales);

    // Margins: a dimension left out of an entry is summed over; along måluppfyllelse within one
    // scale ("skala"), never over both.
    QJsonArray margins;
    for (int cell = 0; cell < t.layout.cellCount(); ++cell) {
        if (t.layout.isInterior(cell))
            continue;
        const std::vector<int> c = t.layout.coordinates(cell);
        QJsonObject mo;
        for (qsizetype d = 0; d < t.dimensions.size(); ++d) {
            const int i = c[static_cast<std::size_t>(d)];
            if (i < t.layout.size(static_cast<int>(d)))
                mo.insert(t.dimensions.at(d).variable, t.dimensions.at(d).categories.at(i).sourceLabel);
        }
        if (const QString scale = scaleAt(t, c); !scale.isEmpty())
            mo.insert(QStringLiteral("skala"), scale);
        const TableCell& tc = t.cells[static_cast<std::size_t>(cell)];
        mo.insert(QStringLiteral("n"), tc.suppressed() ? QJsonValue() : QJsonValue(static_cast<double>(tc.n)));
        mo.insert(QStringLiteral("suppressed"), tc.suppressed());
        margins.append(mo);
    }
    o.insert(QStringLiteral("margins"), margins);

    QJsonObject external;
    for (const ExternalBortfall& e : t.external) {
        QJsonObject eo;
        eo.insert(QStringLiteral("n"), countValue(e.n));
        eo.insert(QStringLiteral("of"), countValue(e.base));
        external.insert(e.key, eo);
    }
    o.insert(QStringLiteral("external_bortfall"), external);
    QJsonArray multi;
    for (const TableDimension& d : t.dimensions) {
        if (d.multiValued)
            multi.append(d.variable);
    }
    o.insert(QStringLiteral("multi_valued"), multi);
    o.insert(QStringLiteral("mode"), modeCode(t.mode));
    // "suppression" (cells hidden, ".." with secondary suppression) or "cell_key" (every count,
    // margins included, perturbed by at most ±2; a published value below min_cell + 2 is null/suppressed).
    o.insert(QStringLiteral("protection"), protectionMethodCode(t.protection));
    // S6: what was collapsed before suppression (PRIVACY-AND-STORAGE §3.3), so nothing is silent.
    QJsonArray aggregated;
    for (const AggregationStep& step : t.aggregation) {
        QJsonObject so;
        so.insert(QStringLiteral("dimension"), step.dimension);
        so.insert(QStringLiteral("action"), step.action);
        so.insert(QStringLiteral("from"), step.from);
        so.insert(QStringLiteral("to"), step.to);
        QJsonArray merged;
        for (const QString& code : step.merged)
            merged.append(code);
        so.insert(QStringLiteral("merged"), merged);
        aggregated.append(so);
    }
    o.insert(QStringLiteral("aggregated"), aggregated);
    QJsonArray notes;
    for (const QString& f : t.footnotes)
        notes.append(f);
    o.insert(QStringLiteral("footnotes"), notes);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<QByteArray> toInterchangeCsv(const CrossTab& t)
{
    if (!t.exportable)
        return notExportable();
    QString out;
    QStringList header;
    for (const TableDimension& d : t.dimensions)
        header.append(csvField(d.variable));
    header.append(QStringLiteral("n"));
    // Måluppfyllelse: each cell's scale, as a last column (INTERCHANGE §3).
    const bool scaled = hasScales(t);
    if (scaled)
        header.append(QStringLiteral("skala"));
    out += header.join(QLatin1Char(';')) + QLatin1Char('\n');
    forEachInterior(t, [&](int cell, const std::vector<int>& c) {
        QStringList row;
        for (qsizetype d = 0; d < t.dimensions.size(); ++d)
            row.append(csvField(t.dimensions.at(d).categories.at(c[static_cast<std::size_t>(d)]).sourceLabel));
        const TableCell& tc = t.cells[static_cast<std::size_t>(cell)];
        row.append(tc.suppressed() ? QStringLiteral("..") : QString::number(tc.n));
        if (scaled)
            row.append(scaleAt(t, c));
        out += row.join(QLatin1Char(';')) + QLatin1Char('\n');
    });
    // The method is stated with the numbers: one footnote line after the cells.
    if (t.protection == ProtectionMethod::CellKey)
        out += csvField(QStringLiteral("# ") + cellKeyNote()) + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace folja::analysis
