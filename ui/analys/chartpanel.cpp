#include "analys/chartpanel.h"

#include "charts/qcp.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace folja::ui {

using charts::ChartKind;

ChartPanel::ChartPanel(Content content, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chartPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (content == Content::CrossTab) {
        auto* top = new QHBoxLayout;
        top->addWidget(new QLabel(tr("Chart"), this));
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("chartKindCombo"));
        for (ChartKind k :
             {ChartKind::GroupedBars, ChartKind::HorizontalBars, ChartKind::StackedBars, ChartKind::Stacked100})
            m_kind->addItem(charts::chartKindName(k), charts::chartKindCode(k));
        top->addWidget(m_kind);
        top->addStretch(1);
        layout->addLayout(top);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartPanel::kindChanged);
    }
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("chartPlot"));
    m_plot->setMinimumHeight(220);
    layout->addWidget(m_plot, 1);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("chartEmptyMessage"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMinimumHeight(m_plot->minimumHeight() / 2);
    m_emptyLabel->hide();
    layout->addWidget(m_emptyLabel, 1);
    m_notesLabel = new QLabel(this);
    m_notesLabel->setObjectName(QStringLiteral("chartNotes"));
    m_notesLabel->setWordWrap(true);
    layout->addWidget(m_notesLabel);
}

ChartKind ChartPanel::kind() const
{
    if (!m_kind)
        return ChartKind::GroupedBars;
    return charts::chartKindFromCode(m_kind->currentData().toString()).value_or(ChartKind::GroupedBars);
}

void ChartPanel::setKind(ChartKind kind)
{
    if (m_kind)
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(charts::chartKindCode(kind))));
}

void ChartPanel::plot(const analysis::CrossTab& table, int layer)
{
    charts::ChartOptions options;
    options.kind = kind();
    // `layer` counts the table view's layers (TableDimension::readingOrder: a måluppfyllelse
    // over both scales has a total per scale among them).
    const QList<int> order = table.dimensions.size() >= 3 ? table.dimensions[2].readingOrder() : QList<int>();
    options.layer = layer >= 0 && layer < order.size() ? order.at(layer) : -1;
    if (const QString empty = charts::nothingToDraw(table, options); !empty.isEmpty()) {
        clear();
        showEmpty(empty);
        return;
    }
    finish(charts::plotCrossTab(*m_plot, table, options));
}

QString ChartPanel::emptyMessage() const
{
    return m_emptyLabel->isHidden() ? QString() : m_emptyLabel->text();
}

void ChartPanel::showEmpty(const QString& message)
{
    m_emptyLabel->setText(message);
    m_emptyLabel->setVisible(!message.isEmpty());
    m_plot->setVisible(message.isEmpty());
}

void ChartPanel::plot(const analysis::Trends& trends)
{
    finish(charts::plotTrends(*m_plot, trends));
}

void ChartPanel::plot(const analysis::LeadTimeTable& table)
{
    finish(charts::plotLeadTimes(*m_plot, table));
}

void ChartPanel::finish(const QStringList& notes)
{
    showEmpty({});
    m_notes = notes;
    m_hasChart = true;
    m_notesLabel->setText(notes.join(QLatin1Char('\n')));
    m_plot->replot();
}

void ChartPanel::clear()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_plot->replot();
    m_notes.clear();
    m_hasChart = false;
    m_notesLabel->clear();
    showEmpty({});
}

} // namespace folja::ui
