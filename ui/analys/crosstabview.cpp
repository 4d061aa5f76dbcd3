#include "analys/crosstabview.h"

#include "analys/modebanner.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace folja::ui {

using analysis::Count;
using analysis::CrossTab;

namespace {

QString countText(const Count& c)
{
    return c.suppressed ? CrossTabModel::suppressedMarker() : QLocale().toString(c.n);
}

} // namespace

CrossTabView::CrossTabView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("crossTabResult"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new ModeBanner(this);
    m_axes = new QLabel(this);
    m_axes->setObjectName(QStringLiteral("axesLabel"));
    m_axes->setWordWrap(true);
    m_bortfall = new QLabel(this);
    m_bortfall->setObjectName(QStringLiteral("bortfallLabel"));
    m_bortfall->setWordWrap(true);
    m_bortfall->setTextFormat(Qt::RichText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("tableMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #8a1c00;"));
    m_message->hide();
    m_layers = new QTabBar(this);
    m_layers->setObjectName(QStringLiteral("layerTabBar"));
    m_layers->setExpanding(false);
    m_layers->setDocumentMode(true);
    m_layers->setElideMode(Qt::ElideRight);
    m_model = new CrossTabModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("crossTabView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setTextElideMode(Qt::ElideRight); // the full label is in the tooltip
    m_watermark = new WatermarkOverlay(m_view->viewport());
    m_footnotes = new QLabel(this);
    m_footnotes->setObjectName(QStringLiteral("footnoteLabel"));
    m_footnotes->setWordWrap(true);
    m_footnotes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layout->addWidget(m_banner);
    layout->addWidget(m_axes);
    layout->addWidget(m_bortfall);
    layout->addWidget(m_message);
    layout->addWidget(m_layers);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footnotes);

    connect(m_layers, &QTabBar::currentChanged, this, [this](int index) {
        if (index < 0)
            return;
        m_model->setLayer(index);
        emit layerChanged(index);
    });
}

void CrossTabView::setTable(const CrossTab& table)
{
    m_message->hide();
    m_view->show();
    m_model->setTable(table);
    m_banner->setMode(table.mode, table.minCell, table.protection);
    m_watermark->setText(table.watermark);

    QStringList axes;
    const QStringList roles{tr("Rows"), tr("Columns"), tr("Layers")};
    for (qsizetype d = 0; d < table.dimensions.size() && d < roles.size(); ++d)
        axes.append(tr("%1: %2").arg(roles.at(d), table.dimensions.at(d).label));
    const QString counted = tr("%1 in the table").arg(countText(table.total));
    m_axes->setText(axes.join(QStringLiteral(" · ")) + QStringLiteral("  —  ") + counted);
    m_bortfall->setText(bortfallSummary(table));
    QStringList notes;
    for (const QString& f : table.footnotes)
        notes.append(f);
    m_footnotes->setText(notes.join(QLatin1Char('\n')));
    updateLayers();

    // Wide enough for "1 234 (12,3–45,6)", but a long category name does not make a column huge.
    m_view->resizeColumnsToContents();
    // Long insats names must not push the numbers off screen.
    m_view->verticalHeader()->setMaximumWidth(m_view->fontMetrics().averageCharWidth() * 42);
    const int maxWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_view->columnWidth(c) > maxWidth)
            m_view->setColumnWidth(c, maxWidth);
    }
}

void CrossTabView::showMessage(const QString& message)
{
    m_model->clear();
    m_message->setText(message);
    m_message->show();
    m_axes->clear();
    m_bortfall->clear();
    m_footnotes->clear();
    m_watermark->setText({});
    updateLayers();
}

void CrossTabView::updateLayers()
{
    const QSignalBlocker block(m_layers);
    while (m_layers->count() > 0)
        m_layers->removeTab(0);
    const int n = m_model->layerCount();
    if (n > 1) {
        const QString dimension = m_model->table()->dimensions.at(2).label;
        for (int i = 0; i < n; ++i) {
            const int index = m_layers->addTab(m_model->layerLabel(i));
            m_layers->setTabToolTip(index, tr("%1: %2").arg(dimension, m_model->layerLabel(i)));
        }
        m_layers->setCurrentIndex(m_model->layer());
    }
    m_layers->setVisible(n > 1);
}

QString CrossTabView::bortfallSummary(const CrossTab& table)
{
    QStringList parts;
    for (const analysis::TableDimension& d : table.dimensions) {
        if (d.isSplit()) {
            // Måluppfyllelse over both scales: per scale, of that scale's records (never added).
            for (const analysis::CategoryBlock& b : d.blocks) {
                QString text =
                    tr("<b>%1</b> (%2): value missing %3").arg(d.label.toHtmlEscaped(), b.scale, countText(b.bortfall));
                if (!b.bortfall.suppressed && !b.total.suppressed && b.bortfall.n > 0)
                    text += QStringLiteral(" (%1 %)").arg(CrossTabModel::formatPercent(b.bortfallPercent));
                if (b.uncertain.n > 0 || b.uncertain.suppressed)
                    text += tr(", uncertain answers %1").arg(countText(b.uncertain));
                parts.append(text);
            }
            if (d.notApplicable.n > 0 || d.notApplicable.suppressed)
                parts.last() += tr(", not applicable %1 (left out)").arg(countText(d.notApplicable));
            continue;
        }
        QString text = tr("<b>%1</b>: value missing %2").arg(d.label.toHtmlEscaped(), countText(d.bortfall));
        if (!d.bortfall.suppressed && !table.total.suppressed && d.bortfall.n > 0)
            text += QStringLiteral(" (%1 %)").arg(CrossTabModel::formatPercent(d.bortfallPercent));
        if (d.uncertain.n > 0 || d.uncertain.suppressed)
            text += tr(", uncertain answers %1").arg(countText(d.uncertain));
        if (d.notApplicable.n > 0 || d.notApplicable.suppressed)
            text += tr(", not applicable %1 (left out)").arg(countText(d.notApplicable));
        parts.append(text);
    }
    QString html = tr("Bortfall — %1").arg(parts.join(QStringLiteral(" · ")));
    for (const analysis::ExternalBortfall& e : table.external)
        html += QStringLiteral("<br>") +
                tr("%1: %2 of %3").arg(e.description.toHtmlEscaped(), countText(e.n), countText(e.base));
    return html;
}

} // namespace folja::ui
