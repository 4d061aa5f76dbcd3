#include "admin/movearendenwidget.h"

#include "access/accounts.h"
#include "access/arendeservice.h"
#include "access/session.h"
#include "admin/adminfeedback.h"
#include "admin/movearendenmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace folja::ui {

MoveArendenWidget::MoveArendenWidget(access::Session& session, const catalog::Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("moveArendenWidget"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Move cases when a case worker leaves or their caseload changes. Cases are shown by "
                                "case number only. Every move is recorded in the audit log."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* top = new QFormLayout;
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("fromComboBox"));
    m_from->setAccessibleName(tr("Move from case worker"));
    top->addRow(tr("&From case worker:"), m_from);
    layout->addLayout(top);

    m_model = new MoveArendenModel(catalog, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("moveArendenView"));
    m_view->setAccessibleName(tr("Cases of the chosen case worker"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MoveArendenModel::Number, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);

    auto* selection = new QHBoxLayout;
    m_all = new QPushButton(tr("Tick &all"), this);
    m_all->setObjectName(QStringLiteral("checkAllButton"));
    m_none = new QPushButton(tr("Tick &none"), this);
    m_none->setObjectName(QStringLiteral("checkNoneButton"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("checkedCountLabel"));
    selection->addWidget(m_all);
    selection->addWidget(m_none);
    selection->addWidget(m_count, 1);
    layout->addLayout(selection);

    auto* bottom = new QHBoxLayout;
    auto* toLabel = new QLabel(tr("&To case worker:"), this);
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("toComboBox"));
    m_to->setAccessibleName(tr("Move to case worker"));
    toLabel->setBuddy(m_to);
    m_moveChecked = new QPushButton(tr("&Move ticked…"), this);
    m_moveChecked->setObjectName(QStringLiteral("moveCheckedButton"));
    m_moveAll = new QPushButton(tr("Move a&ll cases…"), this);
    m_moveAll->setObjectName(QStringLiteral("moveAllButton"));
    bottom->addWidget(toLabel);
    bottom->addWidget(m_to, 1);
    bottom->addWidget(m_moveChecked);
    bottom->addWidget(m_moveAll);
    layout->addLayout(bottom);
    m_result = new ResultLabel(this);
    layout->addWidget(m_result);

    connect(m_from, &QComboBox::currentIndexChanged, this, &MoveArendenWidget::showFrom);
    connect(m_to, &QComboBox::currentIndexChanged, this, &MoveArendenWidget::updateButtons);
    connect(m_model, &MoveArendenModel::checkedChanged, this, &MoveArendenWidget::updateButtons);
    connect(m_all, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(m_moveChecked, &QPushButton::clicked, this, &MoveArendenWidget::moveChecked);
    connect(m_moveAll, &QPushButton::clicked, this, &MoveArendenWidget::moveAll);
    reload();
}

void MoveArendenWidget::reload()
{
    const QString keepFrom = from();
    const QString keepTo = to();
    m_byOwner.clear();
    auto arenden = access::ArendeService(m_session).list();
    if (!arenden) {
        m_result->showError(arenden.error());
    } else {
        for (const access::ArendeSummary& a : std::as_const(*arenden))
            m_byOwner[a.owner.toCaseFolded()].append(a);
    }
    auto accounts = access::Accounts(m_session).list();
    if (!accounts)
        m_result->showError(accounts.error());

    QSignalBlocker blockFrom(m_from);
    QSignalBlocker blockTo(m_to);
    m_from->clear();
    m_to->clear();
    for (const access::Account& a : accounts ? *accounts : QList<access::Account>()) {
        const int owned = int(m_byOwner.value(a.name.toCaseFolded()).size());
        const bool handlaggare = a.roles.testFlag(access::Role::Handlaggare);
        QString label = a.displayName.isEmpty() || a.displayName == a.name
                            ? a.name
                            : QStringLiteral("%1 (%2)").arg(a.name, a.displayName);
        if (owned > 0 || (handlaggare && a.active)) {
            QString fromLabel = tr("%1 – %n case(s)", nullptr, owned).arg(label);
            if (!a.active)
                fromLabel += QLatin1Char(' ') + tr("(deactivated)");
            m_from->addItem(fromLabel, a.name);
        }
        if (handlaggare && a.active)
            m_to->addItem(label, a.name);
    }
    blockFrom.unblock();
    blockTo.unblock();
    if (!keepFrom.isEmpty())
        setFrom(keepFrom);
    if (!keepTo.isEmpty())
        setTo(keepTo);
    showFrom();
}

bool MoveArendenWidget::setFrom(const QString& account)
{
    const int i = m_from->findData(account);
    if (i < 0)
        return false;
    m_from->setCurrentIndex(i);
    showFrom();
    return true;
}

bool MoveArendenWidget::setTo(const QString& account)
{
    const int i = m_to->findData(account);
    if (i < 0)
        return false;
    m_to->setCurrentIndex(i);
    return true;
}

QString MoveArendenWidget::from() const
{
    return m_from->currentData().toString();
}

QString MoveArendenWidget::to() const
{
    return m_to->currentData().toString();
}

void MoveArendenWidget::showFrom()
{
    m_model->setArenden(m_byOwner.value(from().toCaseFolded()));
    m_view->resizeColumnsToContents();
    updateButtons();
}

void MoveArendenWidget::updateButtons()
{
    const int checked = int(m_model->checkedIds().size());
    const int rows = m_model->rowCount();
    m_count->setText(tr("%n of %1 ticked", nullptr, checked).arg(rows));
    const bool target = !to().isEmpty() && to().compare(from(), Qt::CaseInsensitive) != 0;
    m_moveChecked->setEnabled(target && checked > 0);
    m_moveAll->setEnabled(target && rows > 0);
    m_all->setEnabled(rows > 0);
    m_none->setEnabled(checked > 0);
}

void MoveArendenWidget::moveChecked()
{
    move(tr("the %n ticked case(s)", nullptr, int(m_model->checkedIds().size())), int(m_model->checkedIds().size()),
         false);
}

void MoveArendenWidget::moveAll()
{
    move(tr("all %n case(s)", nullptr, m_model->rowCount()), m_model->rowCount(), true);
}

bool MoveArendenWidget::move(const QString& what, int count, bool all)
{
    const QString source = from();
    const QString target = to();
    if (source.isEmpty() || target.isEmpty() || count == 0)
        return false;
    if (!AdminFeedback::confirm(this, tr("Move cases?"),
                                tr("Move %1 from %2 to %3? %3 becomes responsible for them and %2 no longer "
                                   "sees them.")
                                    .arg(what, source, target),
                                tr("Move")))
        return false;
    access::ArendeService service(m_session);
    auto moved = all ? service.moveAll(source, target) : service.moveArenden(m_model->checkedIds(), target);
    if (!moved) {
        m_result->showError(moved.error());
        return false;
    }
    reload();
    m_result->showDone(tr("%n case(s) moved from %1 to %2.", nullptr, *moved).arg(source, target));
    emit arendenMoved(*moved);
    return true;
}

} // namespace folja::ui
