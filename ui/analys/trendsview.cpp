#include "analys/trendsview.h"

#include "access/analysisgate.h"
#include "analys/chartpanel.h"
#include "analys/crosstabmodel.h"
#include "analys/modebanner.h"
#include "widgets/splittermemory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace folja::ui {

using analysis::Granularity;
using analysis::TrendKind;

TrendsView::TrendsView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trendsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Per"), this));
    m_granularity = new QComboBox(this);
    m_granularity->setObjectName(QStringLiteral("granularityCombo"));
    m_granularity->addItem(tr("Month"), static_cast<int>(Granularity::Month));
    m_granularity->addItem(tr("Quarter"), static_cast<int>(Granularity::Quarter));
    m_granularity->addItem(tr("Year"), static_cast<int>(Granularity::Year));
    top->addWidget(m_granularity);
    top->addStretch(1);
    layout->addLayout(top);
    m_banner = new ModeBanner(this);
    layout->addWidget(m_banner);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("trendsInfo"));
    m_info->setWordWrap(true);
    layout->addWidget(m_info);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_model = new QStandardItemModel(this);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("trendsTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_watermark = new WatermarkOverlay(m_view->viewport());
    m_chart = new ChartPanel(ChartPanel::Content::Trends, split);
    split->addWidget(m_view);
    split->addWidget(m_chart);
    layout->addWidget(split, 1);
    rememberSplitter(split, QStringLiteral("analysTrends"));
    m_footnotes = new QLabel(this);
    m_footnotes->setObjectName(QStringLiteral("trendsFootnotes"));
    m_footnotes->setWordWrap(true);
    layout->addWidget(m_footnotes);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &TrendsView::granularityChanged);
}

Granularity TrendsView::granularity() const
{
    return static_cast<Granularity>(m_granularity->currentData().toInt());
}

QString TrendsView::seriesLabel(TrendKind kind)
{
    switch (kind) {
    case TrendKind::Aktualiseringar:
        return tr("Aktualiseringar");
    case TrendKind::Beslut:
        return tr("Beslut on insatser");
    case TrendKind::Avslut:
        return tr("Ended insatser");
    case TrendKind::PagaendeInsatser:
        return tr("Ongoing insatser (end of period)");
    }
    return {};
}

QString TrendsView::problemWith(const analysis::Query& query)
{
    if (!query.period.from.isValid() || !query.period.to.isValid() ||
        query.period.meaning == analysis::TimeMeaning::StatusOn)
        return tr("Trends need a period with a start and an end.");
    return {};
}

QList<TrendKind> TrendsView::kinds()
{
    return {TrendKind::Aktualiseringar, TrendKind::Beslut, TrendKind::Avslut, TrendKind::PagaendeInsatser};
}

void TrendsView::setTrends(Result<analysis::Trends> trends)
{
    if (!trends) {
        showMessage(trends.error().message);
        return;
    }
    m_trends = std::move(trends).value();
    fill(*m_trends);
}

void TrendsView::showMessage(const QString& message)
{
    m_trends.reset();
    m_model->clear();
    m_info->setText(message);
    m_footnotes->clear();
    m_watermark->setText({});
    m_chart->clear();
}

void TrendsView::fill(const analysis::Trends& t)
{
    m_banner->setMode(t.mode, t.minCell, t.protection);
    m_watermark->setText(t.watermark);
    m_model->clear();
    QStringList header;
    for (const analysis::TrendSeries& s : t.series)
        header.append(seriesLabel(s.kind));
    m_model->setHorizontalHeaderLabels(header);
    m_model->setVerticalHeaderLabels(t.periods);
    const QLocale locale;
    for (qsizetype s = 0; s < t.series.size(); ++s) {
        const analysis::TrendSeries& series = t.series.at(s);
        for (qsizetype p = 0; p < series.counts.size(); ++p) {
            const analysis::Count& c = series.counts.at(p);
            auto* item = new QStandardItem(c.suppressed ? CrossTabModel::suppressedMarker() : locale.toString(c.n));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_model->setItem(static_cast<int>(p), static_cast<int>(s), item);
        }
    }
    m_view->resizeColumnsToContents();
    m_info->setText(tr("Counts per period with the selection's filters; the table's dimensions and unit do not "
                       "apply here."));
    m_footnotes->setText(t.footnotes.join(QLatin1Char('\n')));
    m_chart->plot(t);
}

} // namespace folja::ui
