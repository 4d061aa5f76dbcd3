#include "form/steplist.h"

#include <QKeyEvent>
#include <QStyle>

#include <array>

namespace folja::ui::form {

namespace {

constexpr std::array kSteps{catalog::Step::Aktualisera, catalog::Step::Utreda,   catalog::Step::Besluta,
                            catalog::Step::Genomfora,   catalog::Step::FoljaUpp, catalog::Step::Avsluta};

} // namespace

StepList::StepList(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("stepList"));
    setAccessibleName(tr("Process steps"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    setIconSize(QSize(icon, icon));
    // Wide enough for the longest step with a count, from the font so it follows the scaling.
    int width = 0;
    for (const QString& step : {QStringLiteral("Aktualisera (99)"), QStringLiteral("Genomföra (99)")})
        width = qMax(width, fontMetrics().horizontalAdvance(step));
    setFixedWidth(width + icon + 6 * fontMetrics().averageCharWidth());

    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            emit stepShown(stepOf(item));
    });
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { emit stepEntered(stepOf(item)); });
}

void StepList::update(const catalog::Catalog* catalog, const QList<domain::Issue>& issues,
                      const QList<catalog::Step>& available)
{
    const QSignalBlocker blocker(this);
    const int current = currentRow();
    clear();
    for (catalog::Step step : kSteps) {
        int fel = 0;
        int other = 0;
        for (const domain::Issue& issue : issues) {
            const catalog::Variable* v = catalog ? catalog->variable(issue.variable) : nullptr;
            if (v && v->step == step)
                (issue.severity == domain::Severity::Fel ? fel : other) += 1;
        }
        const QString label = catalog ? catalog->stepLabel(step) : catalog::stepCode(step);
        auto* item = new QListWidgetItem(fel + other > 0 ? tr("%1 (%2)").arg(label).arg(fel + other) : label, this);
        item->setData(Qt::UserRole, static_cast<int>(step));
        item->setToolTip(tr("%n error(s)", nullptr, fel) + u'\n' + tr("%n to fill in or check", nullptr, other));
        if (fel > 0)
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this));
        if (!available.contains(step))
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    setCurrentRow(current);
}

void StepList::keyPressEvent(QKeyEvent* event)
{
    // Enter moves into the step; it must not reach the form, where it would mean "save".
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (QListWidgetItem* item = currentItem())
            emit stepEntered(stepOf(item));
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

catalog::Step StepList::stepOf(const QListWidgetItem* item)
{
    return static_cast<catalog::Step>(item->data(Qt::UserRole).toInt());
}

} // namespace folja::ui::form
