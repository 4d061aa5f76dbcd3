#include "arenden/minaarendenwidget.h"

#include "arenden/arendefilterproxy.h"
#include "arenden/arendelistmodel.h"
#include "catalog/catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace folja::ui {

MinaArendenWidget::MinaArendenWidget(const catalog::Catalog* catalog, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("minaArendenWidget"));
    m_model = new ArendeListModel(this);
    m_model->setCatalog(catalog);
    m_proxy = new ArendeFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search case number"));
    m_search->setAccessibleName(tr("Search case number"));
    m_search->setClearButtonEnabled(true);

    m_malgrupp = new QComboBox(this);
    m_malgrupp->setObjectName(QStringLiteral("malgruppFilterCombo"));
    m_malgrupp->setAccessibleName(tr("Target group filter"));
    m_malgrupp->addItem(tr("All target groups"), QString());
    if (catalog) {
        for (const auto m : catalog::kAllMalgrupper)
            m_malgrupp->addItem(catalog->malgruppLabel(m), catalog::malgruppCode(m));
    }

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilterCombo"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"), -1);
    for (const auto s : {domain::ArendeStatus::Aktualiserat, domain::ArendeStatus::Beslutat,
                         domain::ArendeStatus::PagaendeInsats, domain::ArendeStatus::Avslutat})
        m_status->addItem(ArendeListModel::statusLabel(s), static_cast<int>(s));

    m_onlyMissing = new QCheckBox(tr("Only with missing data"), this);
    m_onlyMissing->setObjectName(QStringLiteral("onlyMissingCheckBox"));
    m_showKonAlder = new QCheckBox(tr("Show sex and age"), this);
    m_showKonAlder->setObjectName(QStringLiteral("showKonAlderCheckBox"));

    auto* newButton = new QPushButton(tr("&New case"), this);
    newButton->setObjectName(QStringLiteral("newArendeButton"));
    newButton->setToolTip(tr("New case (Ctrl+N)"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("arendenTableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ArendeListModel::Aktualiserad, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 3 / 2 + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setColumnHidden(ArendeListModel::KonAlder, true);
    m_view->setAccessibleName(tr("My cases"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_malgrupp, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_onlyMissing);
    filters->addWidget(m_showKonAlder);
    filters->addStretch(0);
    filters->addWidget(newButton);

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("My cases"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ArendeFilterProxy::setText);
    connect(m_malgrupp, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMalgrupp(m_malgrupp->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_status->currentData().toInt()); });
    connect(m_onlyMissing, &QCheckBox::toggled, m_proxy, &ArendeFilterProxy::setOnlyMissing);
    connect(m_showKonAlder, &QCheckBox::toggled, this, &MinaArendenWidget::setShowKonAlder);
    connect(m_view, &QTableView::activated, this, &MinaArendenWidget::openCurrent);
    connect(newButton, &QPushButton::clicked, this, &MinaArendenWidget::newArendeRequested);
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this,
            &MinaArendenWidget::newArendeRequested);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MinaArendenWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MinaArendenWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MinaArendenWidget::updateCount);
    updateCount();
}

void MinaArendenWidget::setShowKonAlder(bool show)
{
    m_view->setColumnHidden(ArendeListModel::KonAlder, !show);
    if (m_showKonAlder->isChecked() != show)
        m_showKonAlder->setChecked(show);
}

void MinaArendenWidget::updateCount()
{
    m_count->setText(tr("Showing %1 of %2 cases").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void MinaArendenWidget::openCurrent()
{
    const QModelIndex idx = m_view->currentIndex();
    if (idx.isValid())
        emit openRequested(idx.data(ArendeListModel::ArendeIdRole).toLongLong());
}

} // namespace folja::ui
