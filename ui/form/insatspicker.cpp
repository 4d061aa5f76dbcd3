#include "form/insatspicker.h"

#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace folja::ui::form {

namespace {

constexpr int kCodeRole = Qt::UserRole;
constexpr int kSearchRole = Qt::UserRole + 1;

bool isSelectable(const QModelIndex& index)
{
    return index.isValid() && (index.flags() & Qt::ItemIsSelectable);
}

} // namespace

QSize InsatsTree::sizeHint() const
{
    // About eight rows: enough to see a parent with its children without dominating the form.
    return {QTreeView::sizeHint().width(), fontMetrics().height() * 12 + 2 * frameWidth()};
}

InsatsPicker::InsatsPicker(const catalog::Catalog& catalog, const catalog::Variable& variable,
                           catalog::Malgrupp malgrupp, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_variable(variable)
    , m_malgrupp(malgrupp)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Search by KSI code or name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search insats"));
    layout->addWidget(m_filter);

    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(kSearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);

    m_tree = new InsatsTree(this);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAccessibleName(variable.label);
    layout->addWidget(m_tree);

    m_chosen = new QLabel(this);
    m_chosen->setWordWrap(true);
    m_chosen->setTextFormat(Qt::PlainText);
    layout->addWidget(m_chosen);

    buildModel();
    m_tree->expandAll();
    showChosen();

    connect(m_filter, &QLineEdit::textChanged, this, &InsatsPicker::applyFilter);
    connect(m_tree, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) { choose(index); });
    m_filter->installEventFilter(this);
    m_tree->installEventFilter(this);
}

void InsatsPicker::setCode(const QString& value)
{
    if (value == m_code)
        return;
    m_code = value;
    showChosen();
}

bool InsatsPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_filter && key->modifiers() == Qt::NoModifier) {
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            const QModelIndex first = firstSelectable();
            if (first.isValid())
                m_tree->setCurrentIndex(first);
            m_tree->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear(); // Esc first clears the search; only an empty search lets it cancel
            return true;
        }
        if (enter) {
            // Enter in the search line chooses the only match; it never saves the form while
            // the user is still looking for an insats.
            QModelIndex only;
            if (countSelectable({}, &only) == 1)
                choose(only);
            return true;
        }
    }
    if (watched == m_tree && key->modifiers() == Qt::NoModifier) {
        if (enter || key->key() == Qt::Key_Space) {
            choose(m_tree->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InsatsPicker::buildModel()
{
    using Selection = catalog::Catalog::Selection;
    const QList<const catalog::Value*> selectable = m_catalog.valuesFor(m_variable, m_malgrupp, Selection::Selectable);
    QSet<QString> offered;
    for (const catalog::Value* value : selectable)
        offered.insert(value->code);

    // A parent that cannot be chosen is still shown when a child of it is offered, so that the
    // hierarchy stays readable.
    QSet<QString> needed = offered;
    for (const catalog::Value* value : selectable) {
        QString parent = value->parent;
        while (!parent.isEmpty() && !needed.contains(parent)) {
            needed.insert(parent);
            const catalog::Value* p = m_variable.value(parent);
            parent = p ? p->parent : QString();
        }
    }

    QHash<QString, QStandardItem*> areaItems;
    for (const catalog::Area& area : m_catalog.areas()) {
        if (!area.malgrupper.contains(m_malgrupp))
            continue;
        auto* item = new QStandardItem(QStringLiteral("%1 – %2").arg(area.code, area.label));
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(QStringLiteral("%1 %2").arg(area.code, area.label), kSearchRole);
        m_model->appendRow(item);
        areaItems.insert(area.code, item);
    }

    QHash<QString, QStandardItem*> valueItems;
    for (const catalog::Value* value : m_catalog.valuesFor(m_variable, m_malgrupp, Selection::All)) {
        if (!needed.contains(value->code))
            continue;
        // A parent that must be refined shows no code: some are groupings without a KSI code.
        const bool choosable = offered.contains(value->code);
        auto* item =
            new QStandardItem(choosable ? QStringLiteral("%1  (%2)").arg(value->label, value->code) : value->label);
        item->setData(value->code, kCodeRole);
        item->setData(QStringLiteral("%1 %2").arg(value->code, value->label), kSearchRole);
        item->setToolTip(value->note.isEmpty() ? item->text() : item->text() + u'\n' + value->note);
        item->setFlags(choosable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled);
        QStandardItem* parent = valueItems.value(value->parent);
        if (!parent)
            parent = areaItems.value(value->area);
        if (parent)
            parent->appendRow(item);
        else
            m_model->appendRow(item);
        valueItems.insert(value->code, item);
    }
}

void InsatsPicker::applyFilter(const QString& text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_tree->expandAll();
    showChosen();
}

bool InsatsPicker::choose(const QModelIndex& proxyIndex)
{
    if (!isSelectable(proxyIndex))
        return false;
    const QString code = proxyIndex.data(kCodeRole).toString();
    if (code != m_code) {
        m_code = code;
        emit codeChanged(m_code);
    }
    showChosen();
    return true;
}

void InsatsPicker::showChosen()
{
    const catalog::Value* value = m_code.isEmpty() ? nullptr : m_variable.value(m_code);
    if (m_code.isEmpty())
        m_chosen->setText(tr("No insats chosen yet."));
    else if (!value)
        m_chosen->setText(tr("Chosen: %1 (unknown code)").arg(m_code));
    else if (!value->validFor(m_malgrupp))
        m_chosen->setText(tr("Chosen: %1 (%2), not valid for this target group").arg(value->label, m_code));
    else
        m_chosen->setText(tr("Chosen: %1 (%2)").arg(value->label, m_code));

    // Mark the chosen row without moving the keyboard cursor elsewhere.
    const QModelIndexList hits =
        m_model->match(m_model->index(0, 0), kCodeRole, m_code, 1, Qt::MatchExactly | Qt::MatchRecursive);
    const QModelIndex proxy = hits.isEmpty() || m_code.isEmpty() ? QModelIndex() : m_proxy->mapFromSource(hits.first());
    if (proxy.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
        m_tree->scrollTo(proxy);
    } else {
        m_tree->selectionModel()->clearSelection();
    }
}

QModelIndex InsatsPicker::firstSelectable(const QModelIndex& parent) const
{
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (isSelectable(index))
            return index;
        const QModelIndex child = firstSelectable(index);
        if (child.isValid())
            return child;
    }
    return {};
}

int InsatsPicker::countSelectable(const QModelIndex& parent, QModelIndex* found) const
{
    int n = 0;
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (isSelectable(index)) {
            ++n;
            *found = index;
        }
        n += countSelectable(index, found);
    }
    return n;
}

} // namespace folja::ui::form
