#include "form/choicewidgets.h"

#include <QWheelEvent>

namespace folja::ui::form {

namespace {

constexpr int kCodeRole = Qt::UserRole;
constexpr int kOfferedRole = Qt::UserRole + 1;

// Label for a stored code that the current målgrupp does not offer.
QString notOfferedLabel(const catalog::Variable& variable, const QString& code)
{
    const catalog::Value* value = variable.value(code);
    if (!value)
        return ChoiceCombo::tr("%1 (unknown value)").arg(code);
    return ChoiceCombo::tr("%1 (not valid for this target group)").arg(value->label);
}

} // namespace

QString indentedLabel(const catalog::Variable& variable, const catalog::Value& value)
{
    int depth = 0;
    QString parent = value.parent;
    while (!parent.isEmpty() && depth < 8) {
        ++depth;
        const catalog::Value* p = variable.value(parent);
        parent = p ? p->parent : QString();
    }
    return QString(depth * 4, u' ') + value.label;
}

ChoiceCombo::ChoiceCombo(const catalog::Variable& variable, QWidget* parent)
    : QComboBox(parent)
    , m_variable(variable)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            emit codeChanged(code());
    });
    rebuild(QString());
}

void ChoiceCombo::setValues(const QList<const catalog::Value*>& values)
{
    m_values = values;
    rebuild(code());
}

QString ChoiceCombo::code() const
{
    return currentData(kCodeRole).toString();
}

void ChoiceCombo::setCode(const QString& value)
{
    if (value == code())
        return;
    rebuild(value);
}

void ChoiceCombo::wheelEvent(QWheelEvent* event)
{
    if (hasFocus())
        QComboBox::wheelEvent(event);
    else
        event->ignore();
}

void ChoiceCombo::rebuild(const QString& keep)
{
    m_updating = true;
    const QString before = code();
    clear();
    // The explicit empty item is "not answered"; it is never a default answer.
    addItem(tr("– choose –"), QString());
    for (const catalog::Value* value : std::as_const(m_values)) {
        addItem(indentedLabel(m_variable, *value), value->code);
        setItemData(count() - 1, true, kOfferedRole);
    }
    int index = keep.isEmpty() ? 0 : findData(keep, kCodeRole);
    if (index < 0) {
        addItem(notOfferedLabel(m_variable, keep), keep);
        setItemData(count() - 1, false, kOfferedRole);
        index = count() - 1;
    }
    setCurrentIndex(index);
    m_updating = false;
    if (code() != before)
        emit codeChanged(code());
}

MultiChoiceList::MultiChoiceList(const catalog::Variable& variable, QWidget* parent)
    : QListWidget(parent)
    , m_variable(variable)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setTextElideMode(Qt::ElideNone);
    // A little air between the rows keeps the check boxes and Å/Ä/Ö apart.
    setSpacing(qMax(1, fontMetrics().height() / 10));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QListWidget::itemChanged, this, &MultiChoiceList::onItemChanged);
}

void MultiChoiceList::setValues(const QList<const catalog::Value*>& values)
{
    m_values = values;
    rebuild(codes());
}

QStringList MultiChoiceList::codes() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            out.append(item(i)->data(kCodeRole).toString());
    }
    return out;
}

void MultiChoiceList::setCodes(const QStringList& value)
{
    if (value == codes())
        return;
    rebuild(value);
}

int MultiChoiceList::contentHeight() const
{
    if (count() == 0)
        return fontMetrics().height();
    // The laid-out rows, so that labels wrapped to the current width are counted in full.
    const QRect first = visualItemRect(item(0));
    const QRect last = visualItemRect(item(count() - 1));
    return last.bottom() - first.top() + 1 + 2 * spacing();
}

QSize MultiChoiceList::sizeHint() const
{
    // Show every choice without an inner scroll bar: the form scrolls as a whole, which is calmer
    // than nested scrolling and never hides a choice below the fold.
    return {QListWidget::sizeHint().width(), contentHeight() + 2 * frameWidth()};
}

QSize MultiChoiceList::minimumSizeHint() const
{
    return {QListWidget::minimumSizeHint().width(), sizeHint().height()};
}

void MultiChoiceList::updateGeometries()
{
    QListWidget::updateGeometries();
    // A new width re-wraps long labels; ask the layout for the new height.
    const int height = contentHeight();
    if (height != m_contentHeight) {
        m_contentHeight = height;
        updateGeometry();
    }
}

void MultiChoiceList::rebuild(const QStringList& keep)
{
    m_updating = true;
    const QStringList before = codes();
    clear();
    auto add = [this](const QString& text, const QString& code, bool checked, bool offered) {
        auto* item = new QListWidgetItem(text, this);
        item->setData(kCodeRole, code);
        item->setData(kOfferedRole, offered);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    QStringList pending = keep;
    for (const catalog::Value* value : std::as_const(m_values)) {
        add(indentedLabel(m_variable, *value), value->code, keep.contains(value->code), true);
        pending.removeAll(value->code);
    }
    for (const QString& code : std::as_const(pending))
        add(notOfferedLabel(m_variable, code), code, true, false);
    m_updating = false;
    updateGeometry();
    if (codes() != before)
        emit codesChanged(codes());
}

void MultiChoiceList::onItemChanged(QListWidgetItem* changed)
{
    if (m_updating)
        return;
    if (changed->checkState() == Qt::Checked) {
        // An exclusive value ("Ingen samverkan …") and the other values rule each other out:
        // checking one unchecks the others, so the list can never hold a contradiction.
        const catalog::Value* value = m_variable.value(changed->data(kCodeRole).toString());
        const bool exclusive = value && value->exclusive;
        m_updating = true;
        for (int i = 0; i < count(); ++i) {
            QListWidgetItem* other = item(i);
            if (other == changed || other->checkState() != Qt::Checked)
                continue;
            const catalog::Value* otherValue = m_variable.value(other->data(kCodeRole).toString());
            if (exclusive || (otherValue && otherValue->exclusive))
                other->setCheckState(Qt::Unchecked);
        }
        m_updating = false;
    }
    emit codesChanged(codes());
}

} // namespace folja::ui::form
