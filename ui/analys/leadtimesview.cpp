#include "analys/leadtimesview.h"

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

using analysis::LeadTimeKind;

namespace {

QString countText(const analysis::Count& c)
{
    return c.suppressed ? CrossTabModel::suppressedMarker() : QLocale().toString(c.n);
}

QString days(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

LeadTimesView::LeadTimesView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("leadTimesView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Lead time"), this));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("leadTimeKindCombo"));
    m_kind->addItem(tr("Aktualisering → beslut"), static_cast<int>(LeadTimeKind::AktualiseringBeslut));
    m_kind->addItem(tr("Beslut → verkställande"), static_cast<int>(LeadTimeKind::BeslutVerkstallande));
    m_kind->addItem(tr("Verkställande → avslut"), static_cast<int>(LeadTimeKind::VerkstallandeAvslut));
    top->addWidget(m_kind);
    top->addStretch(1);
    layout->addLayout(top);
    m_banner = new ModeBanner(this);
    layout->addWidget(m_banner);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("leadTimeInfo"));
    m_info->setWordWrap(true);
    layout->addWidget(m_info);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_model = new QStandardItemModel(this);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("leadTimeTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_watermark = new WatermarkOverlay(m_view->viewport());
    m_chart = new ChartPanel(ChartPanel::Content::LeadTimes, split);
    split->addWidget(m_view);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    rememberSplitter(split, QStringLiteral("analysLeadTimes"));
    m_footnotes = new QLabel(this);
    m_footnotes->setObjectName(QStringLiteral("leadTimeFootnotes"));
    m_footnotes->setWordWrap(true);
    layout->addWidget(m_footnotes);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LeadTimesView::kindChanged);
}

LeadTimeKind LeadTimesView::kind() const
{
    return static_cast<LeadTimeKind>(m_kind->currentData().toInt());
}

analysis::Query LeadTimesView::adaptQuery(analysis::Query query, LeadTimeKind kind)
{
    while (query.dimensions.size() > 2)
        query.dimensions.removeLast();
    if (kind != LeadTimeKind::AktualiseringBeslut || query.unit != analysis::Unit::Arende)
        query.unit = analysis::Unit::Insats;
    return query;
}

void LeadTimesView::setTable(Result<analysis::LeadTimeTable> table)
{
    if (!table) {
        showMessage(table.error().message);
        return;
    }
    m_table = std::move(table).value();
    fill(*m_table);
}

void LeadTimesView::showMessage(const QString& message)
{
    m_table.reset();
    m_model->clear();
    m_info->setText(message);
    m_footnotes->clear();
    m_watermark->setText({});
    m_chart->clear();
}

void LeadTimesView::fill(const analysis::LeadTimeTable& t)
{
    m_banner->setMode(t.mode, t.minCell, t.protection);
    m_watermark->setText(t.watermark);
    m_model->clear();
    QStringList header;
    for (const analysis::TableDimension& d : t.dimensions)
        header.append(d.label);
    if (t.dimensions.isEmpty())
        header.append(tr("Group"));
    header << tr("n") << tr("Median (days)") << tr("Lower quartile") << tr("Upper quartile") << tr("Mean");
    m_model->setHorizontalHeaderLabels(header);
    for (int cell = 0; cell < static_cast<int>(t.groups.size()); ++cell) {
        const analysis::LeadTimeStats& g = t.groups[static_cast<std::size_t>(cell)];
        QList<QStandardItem*> row;
        const std::vector<int> c = t.dimensions.isEmpty() ? std::vector<int>{} : t.layout.coordinates(cell);
        bool margin = t.dimensions.isEmpty();
        for (qsizetype d = 0; d < t.dimensions.size(); ++d) {
            const analysis::TableDimension& dim = t.dimensions.at(d);
            const int i = c[static_cast<std::size_t>(d)];
            const bool total = i == dim.categories.size();
            margin = margin || total;
            row.append(new QStandardItem(total ? tr("Total") : dim.categories.at(i).label));
        }
        if (t.dimensions.isEmpty())
            row.append(new QStandardItem(tr("All")));
        row.append(new QStandardItem(countText(g.n)));
        const bool hidden = g.suppressed || g.n.suppressed || g.n.n == 0;
        auto stat = [&](double v) {
            return new QStandardItem(g.suppressed || g.n.suppressed ? CrossTabModel::suppressedMarker()
                                     : hidden                       ? QStringLiteral("–")
                                                                    : days(v));
        };
        row << stat(g.median) << stat(g.q1) << stat(g.q3) << stat(g.mean);
        for (qsizetype i = t.dimensions.isEmpty() ? 1 : t.dimensions.size(); i < row.size(); ++i)
            row.at(i)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (margin) {
            for (QStandardItem* item : row) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    m_info->setText(tr("Days between the two dates, per %1. Bortfall (end step reached, a date missing or out of "
                       "order): %2. Not reached yet: %3.")
                        .arg(t.unit == analysis::Unit::Arende ? tr("ärende") : tr("insats"), countText(t.bortfall),
                             countText(t.notApplicable)));
    m_footnotes->setText(t.footnotes.join(QLatin1Char('\n')));
    m_chart->plot(t);
}

} // namespace folja::ui
