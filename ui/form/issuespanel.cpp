#include "form/issuespanel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QStyle>

#include <array>

namespace folja::ui::form {

namespace {

constexpr int kFieldRole = Qt::UserRole;

} // namespace

IssuesPanel::IssuesPanel(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("issuesPanel"));
    setAccessibleName(tr("Still to fill in and to correct"));
    setHeaderHidden(true);
    setColumnCount(1);
    setWordWrap(true);
    setUniformRowHeights(false);
    setRootIsDecorated(false);
    setIndentation(style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setSectionResizeMode(QHeaderView::Stretch);
    const auto request = [this](QTreeWidgetItem* item) {
        const QString id = item ? item->data(0, kFieldRole).toString() : QString();
        if (!id.isEmpty())
            emit fieldRequested(id);
    };
    connect(this, &QTreeWidget::itemClicked, this, request);
    connect(this, &QTreeWidget::itemActivated, this, request);
}

void IssuesPanel::setEntries(const QList<Entry>& entries)
{
    if (entries.size() == m_entries.size()) {
        bool same = true;
        for (qsizetype i = 0; same && i < entries.size(); ++i) {
            same = entries.at(i).kind == m_entries.at(i).kind && entries.at(i).text == m_entries.at(i).text
                && entries.at(i).fieldId == m_entries.at(i).fieldId;
        }
        if (same)
            return; // keep the user's place in the list while they type elsewhere
    }
    m_entries = entries;
    clear();

    struct Group {
        Kind kind;
        QString title;
        QStyle::StandardPixmap icon;
        QString prefix;
    };
    const std::array groups{
        Group{Kind::Fel, tr("To correct before saving (%1)"), QStyle::SP_MessageBoxCritical, tr("Error: %1")},
        Group{Kind::Varning, tr("To check (%1)"), QStyle::SP_MessageBoxWarning, tr("Warning: %1")},
        Group{Kind::Missing, tr("Still to fill in (%1)"), QStyle::SP_MessageBoxInformation, QStringLiteral("%1")},
    };
    for (const Group& group : groups) {
        const int n = count(group.kind);
        if (n == 0)
            continue;
        auto* top = new QTreeWidgetItem(this, {group.title.arg(n)});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFlags(Qt::ItemIsEnabled);
        top->setIcon(0, style()->standardIcon(group.icon, nullptr, this));
        for (const Entry& entry : std::as_const(m_entries)) {
            if (entry.kind != group.kind)
                continue;
            auto* item = new QTreeWidgetItem(top, {group.prefix.arg(entry.text)});
            item->setData(0, kFieldRole, entry.fieldId);
            item->setToolTip(0, entry.text);
        }
    }
    if (m_entries.isEmpty()) {
        auto* done = new QTreeWidgetItem(this, {tr("Nothing missing and nothing to correct.")});
        done->setFlags(Qt::ItemIsEnabled);
        done->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this));
    }
    expandAll();
}

int IssuesPanel::count(Kind kind) const
{
    return static_cast<int>(
        std::count_if(m_entries.cbegin(), m_entries.cend(), [kind](const Entry& e) { return e.kind == kind; }));
}

void IssuesPanel::keyPressEvent(QKeyEvent* event)
{
    // Enter jumps to the question; it must not reach the form, where it would mean "save".
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (QTreeWidgetItem* item = currentItem()) {
            const QString id = item->data(0, kFieldRole).toString();
            if (!id.isEmpty())
                emit fieldRequested(id);
        }
        event->accept();
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace folja::ui::form
