#include "form/issuespanel.h"

#include <QKeyEvent>
#include <QStyle>

#include <array>

namespace folja::ui::form {

namespace {

constexpr int kFieldRole = Qt::UserRole;

} // namespace

IssuesPanel::IssuesPanel(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("issuesPanel"));
    setAccessibleName(tr("Still to fill in and to correct"));
    // Long Swedish messages wrap instead of being cut off.
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    setIconSize(QSize(icon, icon));
    const auto request = [this](QListWidgetItem* item) {
        const QString id = item ? item->data(kFieldRole).toString() : QString();
        if (!id.isEmpty())
            emit fieldRequested(id);
    };
    connect(this, &QListWidget::itemClicked, this, request);
    connect(this, &QListWidget::itemActivated, this, request);
}

void IssuesPanel::setEntries(const QList<Entry>& entries)
{
    if (entries.size() == m_entries.size()) {
        bool same = true;
        for (qsizetype i = 0; same && i < entries.size(); ++i) {
            same = entries.at(i).kind == m_entries.at(i).kind && entries.at(i).text == m_entries.at(i).text &&
                   entries.at(i).fieldId == m_entries.at(i).fieldId;
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
        const int n = entryCount(group.kind);
        if (n == 0)
            continue;
        auto* top = new QListWidgetItem(group.title.arg(n), this);
        QFont bold = top->font();
        bold.setBold(true);
        top->setFont(bold);
        top->setFlags(Qt::ItemIsEnabled);
        const QIcon icon = style()->standardIcon(group.icon, nullptr, this);
        for (const Entry& entry : std::as_const(m_entries)) {
            if (entry.kind != group.kind)
                continue;
            auto* item = new QListWidgetItem(icon, group.prefix.arg(entry.text), this);
            item->setData(kFieldRole, entry.fieldId);
            item->setToolTip(entry.text);
        }
    }
    if (m_entries.isEmpty()) {
        auto* done = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this),
                                         tr("Nothing missing and nothing to correct."), this);
        done->setFlags(Qt::ItemIsEnabled);
    }
}

int IssuesPanel::entryCount(Kind kind) const
{
    return static_cast<int>(
        std::count_if(m_entries.cbegin(), m_entries.cend(), [kind](const Entry& e) { return e.kind == kind; }));
}

void IssuesPanel::keyPressEvent(QKeyEvent* event)
{
    // Enter jumps to the question; it must not reach the form, where it would mean "save".
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (QListWidgetItem* item = currentItem()) {
            const QString id = item->data(kFieldRole).toString();
            if (!id.isEmpty())
                emit fieldRequested(id);
        }
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace folja::ui::form
