#include "report/report.h"

#include "access/analysisgate.h"
#include "analysis/cellkey.h"
#include "analysis/reportset.h"
#include "analysis/reporttext.h"
#include "catalog/catalog.h"
#include "charts/qcp.h"
#include "common/ownerfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>
#include <memory>
#include <vector>

namespace folja::ui::report {

using analysis::reporttext::count;
using analysis::reporttext::defaultHeading;
using analysis::reporttext::longDate;
using analysis::reporttext::methodNotes;
using analysis::reporttext::percent;
using analysis::reporttext::periodText;
using analysis::reporttext::unitPlural;

namespace {

QString categoryLabel(const analysis::Category& c)
{
    return c.isMissing ? QCoreApplication::translate("folja::ui::report", "(uppgift saknas)") : c.label;
}

// ----------------------------------------------------------------------------------------------
// Page layout: blocks of known height, paginated first (so that "Sida 2 av 7" and the contents are
// known), then painted.

struct Block {
    qreal height = 0;
    std::function<void(QCPPainter&, const QRectF&)> paint;
    bool keepWithNext = false;
    bool pageBreakBefore = false;
    int repeatHeader = -1; // a table row: the header block to repeat when it starts a page
    int section = -1;      // a section heading: its index (for the contents)
};

struct Fonts {
    QFont title, subtitle, h1, h2, body, small, table, tableBold, tableSmall, footer;
};

class Renderer
{
public:
    explicit Renderer(QPdfWriter& writer)
        : m_writer(writer)
    {
        const QString family = QStringLiteral("DejaVu Sans");
        auto font = [&](qreal pt, bool bold = false, bool italic = false) {
            QFont f(family);
            f.setPointSizeF(pt);
            f.setBold(bold);
            f.setItalic(italic);
            f.setHintingPreference(QFont::PreferNoHinting);
            return f;
        };
        m_fonts.title = font(22, true);
        m_fonts.subtitle = font(13);
        m_fonts.h1 = font(13.5, true);
        m_fonts.h2 = font(9.5, true);
        m_fonts.body = font(9.5);
        m_fonts.small = font(7.8);
        m_fonts.table = font(8.3);
        m_fonts.tableBold = font(8.3, true);
        m_fonts.tableSmall = font(6.8);
        m_fonts.footer = font(7.5);
        m_dpi = writer.resolution();
        const QRectF paint = writer.pageLayout().paintRectPixels(m_dpi);
        m_content = QRectF(0, 0, paint.width(), paint.height() - mm(10)); // room for the footer
    }

    qreal mm(qreal v) const { return v * m_dpi / 25.4; }
    qreal pt(qreal v) const { return v * m_dpi / 72.0; }
    qreal width() const { return m_content.width(); }
    const Fonts& fonts() const { return m_fonts; }

    qreal textHeight(const QFont& font, const QString& text, qreal w) const
    {
        QFontMetricsF fm(font, &m_writer);
        return fm.boundingRect(QRectF(0, 0, w, 1e7), Qt::TextWordWrap | Qt::AlignLeft, text).height();
    }
    qreal textWidth(const QFont& font, const QString& text) const
    {
        QFontMetricsF fm(font, &m_writer);
        qreal w = 0;
        for (const QString& line : text.split(QLatin1Char('\n')))
            w = std::max(w, fm.horizontalAdvance(line));
        return w;
    }

    int add(Block b)
    {
        m_blocks.push_back(std::move(b));
        return int(m_blocks.size()) - 1;
    }
    void space(qreal h) { add(Block{h, {}, false, false, -1, -1}); }
    void paragraph(const QString& text, const QFont& font, QColor color = Qt::black, bool keepWithNext = false)
    {
        const qreal w = width();
        const qreal h = textHeight(font, text, w);
        add(Block{h + pt(3),
                  [=](QCPPainter& p, const QRectF& r) {
                      p.setFont(font);
                      p.setPen(color);
                      p.drawText(QRectF(r.left(), r.top(), w, h), Qt::TextWordWrap | Qt::AlignLeft, text);
                  },
                  keepWithNext, false, -1, -1});
    }
    // A small note with a hanging marker.
    void note(const QString& marker, const QString& text)
    {
        const QFont font = m_fonts.small;
        const qreal indent = mm(4);
        const qreal w = width() - indent;
        const qreal h = textHeight(font, text, w);
        add(Block{h + pt(2),
                  [=](QCPPainter& p, const QRectF& r) {
                      p.setFont(font);
                      p.setPen(QColor(0x30, 0x30, 0x30));
                      p.drawText(QRectF(r.left(), r.top(), indent, h), Qt::AlignLeft | Qt::AlignTop, marker);
                      p.drawText(QRectF(r.left() + indent, r.top(), w, h), Qt::TextWordWrap | Qt::AlignLeft, text);
                  },
                  false, false, -1, -1});
    }

    void table(const analysis::CrossTab& t, int layer);
    void chart(const ReportSection& section, QStringList& notes);

    // Paginates; returns the page count. pageOfSection is filled for the contents.
    int paginate()
    {
        m_pages.clear();
        m_pages.emplace_back();
        qreal y = 0;
        const qreal h = m_content.height();
        auto newPage = [&] {
            m_pages.emplace_back();
            y = 0;
        };
        for (int i = 0; i < int(m_blocks.size()); ++i) {
            const Block& b = m_blocks[std::size_t(i)];
            if (b.pageBreakBefore && !(y == 0 && m_pages.back().empty()))
                newPage();
            qreal needed = b.height;
            if (b.keepWithNext) {
                // A heading stays with what follows it (up to the first table row or chart).
                for (int j = i + 1; j < int(m_blocks.size()); ++j) {
                    needed += m_blocks[std::size_t(j)].height;
                    if (!m_blocks[std::size_t(j)].keepWithNext)
                        break;
                }
                needed = std::min(needed, h);
            }
            if (y > 0 && y + needed > h) {
                newPage();
                if (!b.paint && b.section < 0)
                    continue; // no space at the top of a page
            }
            if (y == 0 && b.repeatHeader >= 0) {
                m_pages.back().push_back({b.repeatHeader, y});
                y += m_blocks[std::size_t(b.repeatHeader)].height;
            }
            m_pages.back().push_back({i, y});
            if (b.section >= 0)
                m_sectionPage[b.section] = int(m_pages.size());
            y += b.height;
        }
        return int(m_pages.size());
    }

    int pageOfSection(int section) const { return m_sectionPage.value(section, 0); }

    void paint(QCPPainter& p, const QString& footerLeft)
    {
        const int n = int(m_pages.size());
        const QRectF paintRect = m_writer.pageLayout().paintRectPixels(m_dpi);
        for (int page = 0; page < n; ++page) {
            if (page > 0)
                m_writer.newPage();
            for (const auto& [index, y] : m_pages[std::size_t(page)]) {
                const Block& b = m_blocks[std::size_t(index)];
                if (b.paint) {
                    p.save();
                    b.paint(p, QRectF(0, y, width(), b.height));
                    p.restore();
                }
            }
            // Footer: a rule, the report's title and "Sida 2 av 7".
            const qreal top = paintRect.height() - mm(6);
            p.setPen(QPen(QColor(0x80, 0x80, 0x80), pt(0.5)));
            p.drawLine(QPointF(0, top), QPointF(width(), top));
            p.setFont(m_fonts.footer);
            p.setPen(QColor(0x40, 0x40, 0x40));
            const QRectF footer(0, top + mm(1.2), width(), mm(5));
            p.drawText(footer, Qt::AlignLeft | Qt::AlignTop, footerLeft);
            p.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                       QCoreApplication::translate("folja::ui::report", "Page %1 of %2").arg(page + 1).arg(n));
        }
    }

    std::vector<std::unique_ptr<QCustomPlot>>& plots() { return m_plots; }

private:
    QPdfWriter& m_writer;
    Fonts m_fonts;
    qreal m_dpi = 1200;
    QRectF m_content;
    std::vector<Block> m_blocks;
    std::vector<std::vector<std::pair<int, qreal>>> m_pages;
    QHash<int, int> m_sectionPage;
    std::vector<std::unique_ptr<QCustomPlot>> m_plots;
};

// The table of one layer: dimension 0 down, dimension 1 across (with the total as the last
// column), counts with the row percentage under them; split into column groups when too wide.
void Renderer::table(const analysis::CrossTab& t, int layer)
{
    const int dims = int(t.dimensions.size());
    if (dims == 0)
        return;
    const analysis::TableDimension& rowDim = t.dimensions[0];
    const bool twoWay = dims >= 2;
    const int nRows = t.layout.size(0);
    struct Column {
        int index;     // category of dimension 1, or its total; -1 for a one-way table's count
        QString label; // header
        bool total = false;
        bool missing = false;
        bool percentColumn = false; // one-way: the share column
    };
    QList<Column> columns;
    // A position's label; måluppfyllelse over both scales (INTERCHANGE §3) has a total per scale
    // after each scale's categories, and says whose "(uppgift saknas)" is whose.
    auto positionLabel = [](const analysis::TableDimension& dim, int position) {
        if (position >= dim.categories.size())
            return dim.isSplit()
                       ? QCoreApplication::translate("folja::ui::report", "Total %1").arg(dim.scaleOf(position))
                       : QCoreApplication::translate("folja::ui::report", "Total");
        const QString label = categoryLabel(dim.categories[position]);
        return dim.isSplit() && dim.categories[position].isMissing
                   ? QStringLiteral("%1 %2").arg(label, dim.categories[position].scale)
                   : label;
    };
    if (twoWay) {
        const analysis::TableDimension& colDim = t.dimensions[1];
        for (int c : colDim.readingOrder()) {
            const bool total = c >= colDim.categories.size();
            columns.append({c, positionLabel(colDim, c), total, !total && colDim.categories[c].isMissing, false});
        }
    } else {
        columns.append({-1, QCoreApplication::translate("folja::ui::report", "Number"), false, false, false});
        columns.append({-1, QCoreApplication::translate("folja::ui::report", "Share (%)"), false, false, true});
    }
    // The blocks paint after this function returns: they hold the table by pointer (the sections
    // outlive the rendering) and everything else by value.
    const analysis::CrossTab* table = &t;
    const QString rowTitle = rowDim.label;
    auto coords = [dims, layer](int r, int c) {
        std::vector<int> v{r};
        if (dims >= 2)
            v.push_back(c);
        if (dims >= 3)
            v.push_back(layer);
        return v;
    };

    const Fonts& f = m_fonts;
    const qreal pad = mm(1.2);
    // Label column: as wide as the longest label needs, at most 38 % of the page.
    qreal labelWidth = textWidth(f.tableBold, rowDim.label);
    for (int r = 0; r < nRows; ++r)
        labelWidth = std::max(labelWidth, textWidth(f.table, categoryLabel(rowDim.categories[r])));
    labelWidth = std::min(labelWidth + 2 * pad, width() * 0.38);
    labelWidth = std::max(labelWidth, mm(30));
    const qreal minCol = mm(17);
    const int perChunk = std::max(1, int((width() - labelWidth) / minCol));

    // Column groups of at most perChunk columns; måluppfyllelse over both scales starts a new group
    // with each scale, so that the scales read as separate blocks.
    QList<QList<Column>> chunks;
    const analysis::TableDimension* splitCols = twoWay && t.dimensions[1].isSplit() ? &t.dimensions[1] : nullptr;
    for (const Column& c : columns) {
        const bool newBlock = splitCols && !chunks.isEmpty() && !chunks.last().isEmpty() &&
                              splitCols->blockOf(c.index) != splitCols->blockOf(chunks.last().last().index);
        if (chunks.isEmpty() || chunks.last().size() >= perChunk || newBlock)
            chunks.append(QList<Column>());
        chunks.last().append(c);
    }
    for (const QList<Column>& chunk : chunks) {
        const qreal colWidth = std::min(mm(30), (width() - labelWidth) / chunk.size());
        const qreal tableWidth = labelWidth + colWidth * chunk.size();

        // Header.
        qreal headerH = textHeight(f.tableBold, rowDim.label, labelWidth - 2 * pad);
        for (const Column& c : chunk)
            headerH = std::max(headerH, textHeight(f.tableBold, c.label, colWidth - 2 * pad));
        headerH += 2 * pad;
        const QString colTitle = twoWay ? t.dimensions[1].label : QString();
        const qreal titleH = twoWay ? textHeight(f.tableBold, colTitle, tableWidth) + pad : 0;
        const int header = add(
            Block{headerH + titleH,
                  [=, this](QCPPainter& p, const QRectF& r) {
                      if (twoWay) {
                          p.setFont(f.tableBold);
                          p.setPen(Qt::black);
                          p.drawText(QRectF(r.left() + labelWidth, r.top(), tableWidth - labelWidth, titleH),
                                     Qt::AlignHCenter | Qt::AlignBottom, colTitle);
                      }
                      const QRectF band(r.left(), r.top() + titleH, tableWidth, headerH);
                      p.fillRect(band, QColor(0xE6, 0xE6, 0xE6));
                      p.setPen(QPen(Qt::black, pt(0.8)));
                      p.drawLine(band.topLeft(), band.topRight());
                      p.drawLine(band.bottomLeft(), band.bottomRight());
                      p.setFont(f.tableBold);
                      p.drawText(QRectF(band.left() + pad, band.top() + pad, labelWidth - 2 * pad, headerH - 2 * pad),
                                 Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, rowTitle);
                      for (int i = 0; i < chunk.size(); ++i) {
                          const QRectF cell(band.left() + labelWidth + i * colWidth + pad, band.top() + pad,
                                            colWidth - 2 * pad, headerH - 2 * pad);
                          QFont font = f.tableBold;
                          font.setItalic(chunk[i].missing);
                          p.setFont(font);
                          p.drawText(cell, Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, chunk[i].label);
                      }
                  },
                  true, false, -1, -1});

        // Rows, then the total row (or each scale's rows, then its total).
        const QList<int> rows = rowDim.readingOrder();
        for (int r : rows) {
            const bool totalRow = r >= nRows;
            const bool missingRow = !totalRow && rowDim.categories[r].isMissing;
            const QString label = positionLabel(rowDim, r);
            const qreal labelH = textHeight(totalRow ? f.tableBold : f.table, label, labelWidth - 2 * pad);
            const qreal cellH = textHeight(f.table, QStringLiteral("0"), colWidth) +
                                (twoWay ? textHeight(f.tableSmall, QStringLiteral("0"), colWidth) : 0);
            const qreal rowH = std::max(labelH, cellH) + 2 * pad;
            const bool last = r == rows.last();
            add(Block{rowH,
                      [=, this](QCPPainter& p, const QRectF& rr) {
                          const QRectF row(rr.left(), rr.top(), tableWidth, rowH);
                          if (totalRow) {
                              p.setPen(QPen(Qt::black, pt(0.6)));
                              p.drawLine(row.topLeft(), row.topRight());
                          }
                          if (last) {
                              p.setPen(QPen(Qt::black, pt(0.8)));
                              p.drawLine(row.bottomLeft(), row.bottomRight());
                          } else if (!totalRow) {
                              p.setPen(QPen(QColor(0xC8, 0xC8, 0xC8), pt(0.4)));
                              p.drawLine(row.bottomLeft(), row.bottomRight());
                          }
                          QFont lf = totalRow ? f.tableBold : f.table;
                          lf.setItalic(missingRow);
                          p.setFont(lf);
                          p.setPen(Qt::black);
                          p.drawText(QRectF(row.left() + pad, row.top() + pad, labelWidth - 2 * pad, rowH - 2 * pad),
                                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, label);
                          for (int i = 0; i < chunk.size(); ++i) {
                              const Column& c = chunk[i];
                              const analysis::TableCell& cell = table->cell(coords(r, twoWay ? c.index : 0));
                              QString main, sub;
                              if (c.percentColumn) {
                                  const analysis::Percentage& pc = cell.column;
                                  main = !pc.available   ? QString()
                                         : pc.suppressed ? QStringLiteral("..")
                                                         : percent(pc.value);
                              } else {
                                  main = cell.suppressed() ? QStringLiteral("..") : count(cell.n);
                                  if (twoWay && !c.total && cell.row.available) {
                                      sub = cell.row.suppressed ? QStringLiteral("..")
                                                                : percent(cell.row.value) + QStringLiteral(" %");
                                  }
                              }
                              const QRectF box(row.left() + labelWidth + i * colWidth + pad, row.top() + pad,
                                               colWidth - 2 * pad, rowH - 2 * pad);
                              QFont cf = (totalRow || c.total) ? f.tableBold : f.table;
                              p.setFont(cf);
                              p.setPen(Qt::black);
                              if (sub.isEmpty()) {
                                  p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, main);
                              } else {
                                  const qreal mainH = textHeight(cf, main, box.width());
                                  const qreal subH = textHeight(f.tableSmall, sub, box.width());
                                  const qreal top = box.top() + (box.height() - mainH - subH) / 2;
                                  p.drawText(QRectF(box.left(), top, box.width(), mainH), Qt::AlignRight, main);
                                  p.setFont(f.tableSmall);
                                  p.setPen(QColor(0x50, 0x50, 0x50));
                                  p.drawText(QRectF(box.left(), top + mainH, box.width(), subH), Qt::AlignRight, sub);
                              }
                          }
                      },
                      false, false, header, -1});
        }
        space(mm(3));
    }
}

void Renderer::chart(const ReportSection& section, QStringList& notes)
{
    const qreal w96 = width() / m_dpi * 96.0;
    // Room for every label, within 70–200 mm.
    const qreal h96 = std::clamp(qreal(charts::preferredHeight(section.table, section.chart)) * 0.85,
                                 mm(70) / m_dpi * 96.0, mm(200) / m_dpi * 96.0);
    const qreal blockHeight = h96 / 96.0 * m_dpi + mm(2);
    m_plots.push_back(std::make_unique<QCustomPlot>());
    QCustomPlot* plot = m_plots.back().get();
    plot->resize(int(w96), int(h96));
    notes = charts::plotCrossTab(*plot, section.table, section.chart);
    const qreal scale = m_dpi / 96.0;
    add(Block{blockHeight,
              [=](QCPPainter& p, const QRectF& r) {
                  p.translate(r.topLeft());
                  p.scale(scale, scale);
                  plot->toPainter(&p, int(w96), int(h96));
              },
              false, false, -1, -1});
}

} // namespace

Result<QList<ReportSection>> computeSections(const access::AnalysisGate& gate, const analysis::Snapshot& snapshot,
                                             const catalog::Catalog& catalog, const QList<ReportRequest>& requests,
                                             std::optional<int> minCell)
{
    access::ReportPlanRequest asked;
    asked.minCell = minCell;
    for (const ReportRequest& request : requests)
        asked.tables.append({request.heading, request.query, request.minCell});
    auto plan = gate.reportPlan(snapshot, catalog, asked);
    if (!plan)
        return plan.error();
    return layOut(*plan, requests, catalog);
}

QList<ReportSection> layOut(const access::ReportPlan& plan, const QList<ReportRequest>& requests,
                            const catalog::Catalog& catalog)
{
    QList<ReportSection> out;
    for (qsizetype i = 0; i < plan.tables.size(); ++i) {
        const access::ReportTable& t = plan.tables.at(i);
        ReportSection s;
        s.heading = t.heading.isEmpty() ? defaultHeading(t.table) : t.heading;
        s.query = t.query;
        s.table = t.table;
        if (i < requests.size()) {
            s.chart.kind = requests.at(i).chart;
            s.withChart = requests.at(i).withChart;
        }
        s.methodNotes = methodNotes(s.query, s.table, catalog);
        out.append(std::move(s));
    }
    return out;
}

namespace {

Result<int> renderPdf(const QString& path, const ReportOptions& options, const QList<ReportSection>& sections);

QList<const analysis::CrossTab*> tablesOf(const QList<ReportSection>& sections)
{
    QList<const analysis::CrossTab*> tables;
    for (const ReportSection& s : sections)
        tables.append(&s.table);
    return tables;
}

} // namespace

Result<int> writePdf(const access::AnalysisGate& gate, const QString& path, const ReportOptions& options,
                     const QList<ReportSection>& sections)
{
    int pages = 0;
    auto written = gate.publish(tablesOf(sections), QStringLiteral("report_pdf"),
                                QStringLiteral("tables=%1 k=%2")
                                    .arg(sections.size())
                                    .arg(sections.isEmpty() ? 0 : sections.constFirst().table.minCell),
                                [&]() -> Result<void> {
                                    auto rendered = renderPdf(path, options, sections);
                                    if (!rendered)
                                        return rendered.error();
                                    pages = *rendered;
                                    return {};
                                });
    if (!written)
        return written.error();
    return pages;
}

namespace {

Result<int> renderPdf(const QString& path, const ReportOptions& options, const QList<ReportSection>& sections)
{
    // Through a QSaveFile: the report appears (or replaces an earlier one) only when complete.
    QSaveFile file(path);
    // Owner-only (0600), whatever the umask: a nämnd report is aggregated, but still the kommun's.
    if (!file.open(QIODevice::WriteOnly) || !restrictToOwner(file))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("folja::ui::report", "Could not write the report to %1.").arg(path));
    QPdfWriter writer(&file);
    writer.setResolution(1200);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(22, 20, 22, 14),
                                     QPageLayout::Millimeter));
    const QString title = options.title.isEmpty()
                              ? QCoreApplication::translate("folja::ui::report", "Follow-up of social services")
                              : options.title;
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Följa"));
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();

    Renderer r(writer);
    const Fonts& f = r.fonts();

    // Title page: who, what, when, and the contents (filled in after pagination).
    r.space(r.mm(40));
    if (!options.organisation.isEmpty())
        r.paragraph(options.organisation, f.subtitle, QColor(0x40, 0x40, 0x40));
    r.space(r.mm(3));
    r.paragraph(title, f.title);
    r.space(r.mm(4));
    QDate first, last;
    for (const ReportSection& s : sections) {
        const analysis::Period& p = s.query.period;
        if (p.from.isValid() && (!first.isValid() || p.from < first))
            first = p.from;
        if (p.to.isValid() && (!last.isValid() || p.to > last))
            last = p.to;
    }
    if (first.isValid() || last.isValid()) {
        analysis::Period all{first, last};
        r.paragraph(QCoreApplication::translate("folja::ui::report", "Period: %1").arg(periodText(all)), f.subtitle);
    }
    r.paragraph(QCoreApplication::translate("folja::ui::report", "Report date: %1").arg(longDate(date)), f.body,
                QColor(0x40, 0x40, 0x40));
    r.space(r.mm(12));
    r.paragraph(QCoreApplication::translate("folja::ui::report", "Contents"), f.h2, Qt::black, true);
    std::vector<int> tocBlocks;
    const qreal lineH = r.textHeight(f.body, QStringLiteral("Xg"), r.width()) + r.pt(4);
    auto* renderer = &r;
    for (int i = 0; i < sections.size(); ++i) {
        const QString heading = QStringLiteral("%1. %2").arg(i + 1).arg(sections[i].heading);
        tocBlocks.push_back(
            r.add(Block{lineH,
                        [=, &f](QCPPainter& p, const QRectF& rect) {
                            p.setFont(f.body);
                            p.setPen(Qt::black);
                            const int page = renderer->pageOfSection(i);
                            const QString number = QString::number(page);
                            const qreal nw = renderer->textWidth(f.body, number);
                            const QRectF text(rect.left(), rect.top(), rect.width() - nw - renderer->mm(6), lineH);
                            QFontMetricsF fm(f.body, p.device());
                            const QString elided = fm.elidedText(heading, Qt::ElideRight, text.width());
                            p.drawText(text, Qt::AlignLeft | Qt::AlignTop, elided);
                            p.drawText(rect, Qt::AlignRight | Qt::AlignTop, number);
                            p.setPen(QPen(QColor(0xB0, 0xB0, 0xB0), renderer->pt(0.5), Qt::DotLine));
                            const qreal y = rect.top() + fm.ascent();
                            p.drawLine(QPointF(rect.left() + fm.horizontalAdvance(elided) + renderer->mm(2), y),
                                       QPointF(rect.right() - nw - renderer->mm(2), y));
                        },
                        false, false, -1, -1}));
    }
    r.space(r.mm(10));
    // The method as the tables were protected (one method per database, so per report).
    const bool cellKey = std::any_of(sections.cbegin(), sections.cend(), [](const ReportSection& section) {
        return section.table.protection == analysis::ProtectionMethod::CellKey;
    });
    if (cellKey) {
        const auto& ptable = analysis::PTable::builtin();
        const int deviation = ptable.ok() ? ptable.value().maxDeviation() : 2;
        const int k = sections.isEmpty() ? analysis::Query::kDefaultMinCell : sections.first().table.minCell;
        r.paragraph(QCoreApplication::translate(
                        "folja::ui::report",
                        "All tables and charts are published with the Cell Key Method (publication mode): every "
                        "count is changed at random by at most ±%1, the same way wherever the same records are "
                        "counted, so totals can differ from the sum of their parts; a changed value below %2 is "
                        "shown as \"..\" and is never drawn in the charts. Missing answers (bortfall) are shown as "
                        "\"(uppgift saknas)\" in the tables and as grey hatched bars in the charts.")
                        .arg(deviation)
                        .arg(k + deviation),
                    f.small, QColor(0x30, 0x30, 0x30));
    } else {
        r.paragraph(
            QCoreApplication::translate(
                "folja::ui::report",
                "All tables and charts are published with disclosure control (publication mode): counts below "
                "the minimum cell size are shown as \"..\" and are never drawn in the charts, and further counts "
                "are hidden where they would let a hidden count be derived. Missing answers (bortfall) are shown "
                "as \"(uppgift saknas)\" in the tables and as grey hatched bars in the charts."),
            f.small, QColor(0x30, 0x30, 0x30));
    }
    r.paragraph(QCoreApplication::translate(
                    "folja::ui::report",
                    "Produced with Följa from the registered follow-up data. Each analysis ends with a method note."),
                f.small, QColor(0x30, 0x30, 0x30));

    // One section per analysis.
    for (int i = 0; i < sections.size(); ++i) {
        const ReportSection& s = sections[i];
        const QString heading = QStringLiteral("%1. %2").arg(i + 1).arg(s.heading);
        const qreal hh = r.textHeight(f.h1, heading, r.width());
        r.add(Block{hh + r.mm(3),
                    [=, &f](QCPPainter& p, const QRectF& rect) {
                        p.setFont(f.h1);
                        p.setPen(Qt::black);
                        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), hh), Qt::TextWordWrap, heading);
                        p.setPen(QPen(Qt::black, renderer->pt(0.8)));
                        p.drawLine(QPointF(rect.left(), rect.top() + hh + renderer->mm(1)),
                                   QPointF(rect.right(), rect.top() + hh + renderer->mm(1)));
                    },
                    true, true, -1, i});
        const QString period = periodText(s.query.period);
        QString sub =
            QCoreApplication::translate("folja::ui::report", "%1, %2")
                .arg(unitPlural(s.query.unit).at(0).toUpper() + unitPlural(s.query.unit).mid(1),
                     period.isEmpty() ? QCoreApplication::translate("folja::ui::report", "all periods") : period);
        r.paragraph(sub, f.body, QColor(0x40, 0x40, 0x40), true);
        // Bortfall per dimension above the table.
        QStringList bortfall;
        for (const analysis::TableDimension& d : s.table.dimensions) {
            if (d.isSplit()) {
                // Per måluppfyllelse scale, of that scale's records: the scales are never added.
                for (const analysis::CategoryBlock& b : d.blocks) {
                    QString text =
                        QStringLiteral("%1 %2 %3")
                            .arg(d.label, b.scale, b.bortfall.suppressed ? QStringLiteral("..") : count(b.bortfall.n));
                    if (!b.bortfall.suppressed && !b.total.suppressed && b.total.n > 0)
                        text += QStringLiteral(" (") + percent(b.bortfallPercent) + QStringLiteral(" %)");
                    bortfall.append(text);
                }
                continue;
            }
            const QString n = d.bortfall.suppressed ? QStringLiteral("..") : count(d.bortfall.n);
            QString text = d.label + QStringLiteral(" ") + n;
            if (!d.bortfall.suppressed && !s.table.total.suppressed && s.table.total.n > 0)
                text += QStringLiteral(" (") + percent(d.bortfallPercent) + QStringLiteral(" %)");
            bortfall.append(text);
        }
        if (!bortfall.isEmpty())
            r.paragraph(QCoreApplication::translate("folja::ui::report", "Bortfall (uppgift saknas): %1")
                            .arg(bortfall.join(QStringLiteral("; "))),
                        f.small, QColor(0x30, 0x30, 0x30), true);
        r.space(r.mm(1));

        const int dims = int(s.table.dimensions.size());
        if (dims >= 3) {
            const analysis::TableDimension& layerDim = s.table.dimensions[2];
            for (int l : layerDim.readingOrder()) {
                const bool total = l >= s.table.layout.size(2);
                const QString label =
                    !total ? (layerDim.isSplit() && layerDim.categories[l].isMissing
                                  ? QStringLiteral("%1 %2").arg(categoryLabel(layerDim.categories[l]),
                                                                layerDim.categories[l].scale)
                                  : categoryLabel(layerDim.categories[l]))
                    : layerDim.isSplit()
                        ? QCoreApplication::translate("folja::ui::report", "all values of the %1 scale")
                              .arg(layerDim.scaleOf(l))
                        : QCoreApplication::translate("folja::ui::report", "all values");
                r.paragraph(layerDim.label + QStringLiteral(": ") + label, f.h2, Qt::black, true);
                r.table(s.table, l);
            }
        } else {
            r.table(s.table, -1);
        }

        QStringList chartNotes;
        if (s.withChart && dims >= 1) {
            r.space(r.mm(2));
            // Nothing publishable to draw (every value ".." or 0): a sentence, not empty axes.
            if (const QString empty = charts::nothingToDraw(s.table, s.chart); !empty.isEmpty())
                r.paragraph(empty, f.body);
            else
                r.chart(s, chartNotes);
        }
        r.space(r.mm(2));
        int marker = 1;
        QStringList notes = s.table.footnotes;
        for (const analysis::ExternalBortfall& e : s.table.external) {
            const QString n = e.n.suppressed ? QStringLiteral("..") : count(e.n.n);
            const QString base = e.base.suppressed ? QStringLiteral("..") : count(e.base.n);
            notes.append(QCoreApplication::translate("folja::ui::report", "%1: %2 of %3 (not in the table).")
                             .arg(e.description, n, base));
        }
        if (!chartNotes.isEmpty())
            notes.append(QCoreApplication::translate("folja::ui::report", "Chart: %1")
                             .arg(chartNotes.join(QStringLiteral(" "))));
        r.paragraph(QCoreApplication::translate("folja::ui::report", "Notes"), f.h2, Qt::black, true);
        for (const QString& n : notes)
            r.note(QString::number(marker++) + QLatin1Char(')'), n);
        r.space(r.mm(2));
        r.paragraph(QCoreApplication::translate("folja::ui::report", "Method"), f.h2, Qt::black, true);
        for (const QString& n : s.methodNotes)
            r.note(QStringLiteral("–"), n);
        r.space(r.mm(6));
    }

    const int pages = r.paginate();
    QCPPainter painter;
    if (!painter.begin(&writer))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("folja::ui::report", "Could not write the report to %1.").arg(path));
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNonCosmetic);
    painter.setRenderHint(QPainter::Antialiasing);
    const QString footer =
        options.organisation.isEmpty() ? title : options.organisation + QStringLiteral(" · ") + title;
    r.paint(painter, footer);
    if (!painter.end())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("folja::ui::report", "Could not write the report to %1.").arg(path));
    if (file.size() == 0 || !file.commit())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("folja::ui::report", "Could not write the report to %1.").arg(path));
    return pages;
}

} // namespace

Result<void> writeChart(const access::AnalysisGate& gate, const QString& path, const ReportSection& section, int dpi)
{
    return gate.publish(section.table, QStringLiteral("chart"),
                        QStringLiteral("format=%1 dpi=%2 chart=%3 unit=%4 k=%5")
                            .arg(QFileInfo(path).suffix().toLower())
                            .arg(dpi)
                            .arg(charts::chartKindCode(section.chart.kind), analysis::unitCode(section.table.unit))
                            .arg(section.table.minCell),
                        [&]() -> Result<void> {
                            QCustomPlot plot;
                            plot.resize(900, std::max(560, charts::preferredHeight(section.table, section.chart)));
                            charts::ChartOptions options = section.chart;
                            if (options.title.isEmpty())
                                options.title = section.heading;
                            const QStringList notes = charts::plotCrossTab(plot, section.table, options);
                            charts::addFootnotes(plot, notes);
                            return charts::exportChart(plot, path, dpi);
                        });
}

} // namespace folja::ui::report
