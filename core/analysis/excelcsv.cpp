#include "analysis/excelcsv.h"

#include <cmath>

namespace folja::analysis {

namespace {

const QString kSuppressed = QStringLiteral("..");

// Which of a cell's numbers a block shows.
enum class Measure { Count, RowPercent, ColumnPercent, TotalPercent };
enum class Bound { Value, Low, High };

const Percentage& percentageOf(const TableCell& cell, Measure measure)
{
    switch (measure) {
    case Measure::RowPercent:
        return cell.row;
    case Measure::ColumnPercent:
        return cell.column;
    case Measure::TotalPercent:
    case Measure::Count:
        break;
    }
    return cell.total;
}

QString cellText(const TableCell& cell, Measure measure, Bound bound, int decimals)
{
    if (measure == Measure::Count)
        return cell.suppressed() ? kSuppressed : QString::number(cell.n);
    const Percentage& p = percentageOf(cell, measure);
    if (p.suppressed || (cell.suppressed() && p.available))
        return kSuppressed;
    if (!p.available)
        return {};
    const double v = bound == Bound::Value ? p.value : bound == Bound::Low ? p.ciLow : p.ciHigh;
    return ExcelCsv::decimal(v, decimals);
}

QString countText(const Count& c)
{
    return c.suppressed ? kSuppressed : QString::number(c.n);
}

class Writer
{
public:
    void line(const QStringList& fields)
    {
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString& f : fields)
            escaped.append(ExcelCsv::field(f));
        m_out += escaped.join(QLatin1Char(';'));
        m_out += QLatin1String("\r\n");
    }
    void blank() { m_out += QLatin1String("\r\n"); }
    QByteArray bytes() const { return QByteArray("\xEF\xBB\xBF") + m_out.toUtf8(); }

private:
    QString m_out;
};

} // namespace

QString ExcelCsv::decimal(double value, int decimals)
{
    if (!std::isfinite(value))
        return {};
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0.0; // never "-0,0"
    QString text = QString::number(value, 'f', decimals);
    text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

QString ExcelCsv::field(const QString& text)
{
    QString t = text;
    if (!t.isEmpty()) {
        const QChar first = t.front();
        bool number = false;
        QString asNumber = t;
        asNumber.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&number);
        if ((first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
             first == QLatin1Char('@')) &&
            !number)
            t.prepend(QLatin1Char('\''));
    }
    const bool quote = t.contains(QLatin1Char(';')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')) ||
                       t.contains(QLatin1Char('\r')) || (!t.isEmpty() && (t.front().isSpace() || t.back().isSpace()));
    if (!quote)
        return t;
    t.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

Result<QByteArray> ExcelCsv::format(const CrossTab& t, const ExcelCsvOptions& options)
{
    if (!t.exportable || t.mode != Mode::Publicering)
        return makeError(ErrorCode::PermissionDenied,
                         tr("An internal analysis is not for publication and cannot be exported."));
    const int dims = static_cast<int>(t.dimensions.size());
    if (dims < 1 || dims > 3 || t.layout.dimensions() != dims ||
        static_cast<int>(t.cells.size()) != t.layout.cellCount())
        return makeError(ErrorCode::Internal, tr("The table to export is incomplete."));

    Writer w;
    if (!options.title.isEmpty())
        w.line({options.title});
    for (const QString& p : options.preamble)
        w.line({p});
    if (!options.title.isEmpty() || !options.preamble.isEmpty())
        w.blank();

    const TableDimension& rowDim = t.dimensions.at(0);
    const QString total = tr("Total");

    struct Block {
        Measure measure;
        Bound bound;
        QString title;
    };
    QList<Block> blocks{{Measure::Count, Bound::Value, tr("Count")}};
    auto addPercent = [&](bool wanted, Measure m, const QString& title) {
        if (!wanted)
            return;
        blocks.append({m, Bound::Value, title});
        if (options.intervals) {
            blocks.append({m, Bound::Low, tr("%1, lower bound of the 95 % interval").arg(title)});
            blocks.append({m, Bound::High, tr("%1, upper bound of the 95 % interval").arg(title)});
        }
    };
    addPercent(options.rowPercent, Measure::RowPercent, tr("Row percent"));
    addPercent(options.columnPercent, Measure::ColumnPercent, tr("Column percent"));
    addPercent(options.totalPercent, Measure::TotalPercent, tr("Percent of total"));

    // A position's label: a category, the total, or (måluppfyllelse split by scale) a scale's total.
    auto label = [&](const TableDimension& dim, int position) {
        if (position < dim.categories.size())
            return dim.categories.at(position).label;
        return dim.isSplit() ? tr("Total %1").arg(dim.scaleOf(position)) : total;
    };
    auto order = [&](int d) { return d < dims ? t.dimensions.at(d).readingOrder() : QList<int>{0}; };

    // Layers in order, the layer margin (all categories together, or each scale's) after them.
    for (int layer : order(2)) {
        if (dims >= 3) {
            const TableDimension& ld = t.dimensions.at(2);
            w.line({tr("%1: %2").arg(ld.label, label(ld, layer))});
        }
        for (const Block& b : blocks) {
            w.line({b.title});
            QStringList header{dims >= 2 ? tr("%1 \\ %2").arg(rowDim.label, t.dimensions.at(1).label) : rowDim.label};
            if (dims >= 2) {
                for (int c : order(1))
                    header.append(label(t.dimensions.at(1), c));
            } else {
                header.append(total);
            }
            w.line(header);
            for (int r : order(0)) {
                QStringList fields{label(rowDim, r)};
                for (int c : order(1)) {
                    std::vector<int> coords{r};
                    if (dims >= 2)
                        coords.push_back(c);
                    if (dims >= 3)
                        coords.push_back(layer);
                    fields.append(cellText(t.cell(coords), b.measure, b.bound, options.decimals));
                }
                w.line(fields);
            }
            w.blank();
        }
    }

    // Bortfall per dimension.
    w.line({tr("Bortfall")});
    w.line({tr("Dimension"), tr("Value missing (internal bortfall)"), tr("Percent missing"), tr("Uncertain answers"),
            tr("Not applicable (left out)")});
    for (const TableDimension& d : t.dimensions) {
        if (d.isSplit()) {
            // Per scale: a pooled percentage would add the two måluppfyllelse scales.
            for (const CategoryBlock& b : d.blocks) {
                const bool percentHidden = b.bortfall.suppressed || b.total.suppressed;
                w.line({tr("%1 (%2)").arg(d.label, b.scale), countText(b.bortfall),
                        percentHidden ? kSuppressed : decimal(b.bortfallPercent, options.decimals),
                        countText(b.uncertain), QString()});
            }
            w.line({d.label, countText(d.bortfall), QString(), countText(d.uncertain), countText(d.notApplicable)});
            continue;
        }
        const bool percentHidden = d.bortfall.suppressed || t.total.suppressed;
        w.line({d.label, countText(d.bortfall),
                percentHidden ? kSuppressed : decimal(d.bortfallPercent, options.decimals), countText(d.uncertain),
                countText(d.notApplicable)});
    }
    w.line({tr("Records in the table"), countText(t.total)});
    if (!t.external.isEmpty()) {
        w.blank();
        w.line({tr("External bortfall"), tr("Count"), tr("Of")});
        for (const ExternalBortfall& e : t.external)
            w.line({e.description, countText(e.n), countText(e.base)});
    }
    if (!t.footnotes.isEmpty()) {
        w.blank();
        for (const QString& f : t.footnotes)
            w.line({f});
    }
    return w.bytes();
}

} // namespace folja::analysis
