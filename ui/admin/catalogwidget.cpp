#include "admin/catalogwidget.h"

#include "access/catalogsettings.h"
#include "access/session.h"
#include "admin/adminfeedback.h"
#include "admin/catalogmodels.h"
#include "admin/localvaluedialog.h"
#include "catalog/catalog.h"
#include "widgets/splittermemory.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace folja::ui {

namespace {

QTableView* makeView(const QString& name, const QString& accessible, QAbstractItemModel* model, int stretch,
                     QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

CatalogWidget::CatalogWidget(access::Session& session, catalog::Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("catalogWidget"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose what the case form shows for each target group, and add the kommun's own "
                                "values under an SKR value. Hidden questions keep answers already given. Changes "
                                "apply to everyone who signs in to this database."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* top = new QFormLayout;
    m_malgrupp = new QComboBox(this);
    m_malgrupp->setObjectName(QStringLiteral("malgruppComboBox"));
    m_malgrupp->setAccessibleName(tr("Target group"));
    for (catalog::Malgrupp m : catalog::kAllMalgrupper)
        m_malgrupp->addItem(m_catalog.malgruppLabel(m), catalog::malgruppCode(m));
    top->addRow(tr("&Target group:"), m_malgrupp);
    layout->addLayout(top);

    m_variables = new VariableVisibilityModel(m_catalog, this);
    m_values = new ValueVisibilityModel(m_catalog, this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_variableView = makeView(QStringLiteral("variableVisibilityView"), tr("Variables"), m_variables,
                              VariableVisibilityModel::Label, splitter);
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_valuesTitle = new QLabel(right);
    m_valuesTitle->setObjectName(QStringLiteral("valuesTitleLabel"));
    rightLayout->addWidget(m_valuesTitle);
    m_valueView =
        makeView(QStringLiteral("valueVisibilityView"), tr("Values"), m_values, ValueVisibilityModel::RollsUpTo, right);
    rightLayout->addWidget(m_valueView, 1);
    auto* localButtons = new QHBoxLayout;
    m_addLocal = new QPushButton(tr("&Add local value…"), right);
    m_addLocal->setObjectName(QStringLiteral("addLocalValueButton"));
    m_removeLocal = new QPushButton(tr("&Remove local value…"), right);
    m_removeLocal->setObjectName(QStringLiteral("removeLocalValueButton"));
    localButtons->addWidget(m_addLocal);
    localButtons->addWidget(m_removeLocal);
    localButtons->addStretch(1);
    rightLayout->addLayout(localButtons);
    splitter->addWidget(m_variableView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);
    layout->addWidget(splitter, 1);
    rememberSplitter(splitter, QStringLiteral("adminCatalog"));
    m_result = new ResultLabel(this);
    layout->addWidget(m_result);

    connect(m_malgrupp, &QComboBox::currentIndexChanged, this, &CatalogWidget::refresh);
    connect(m_variableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogWidget::showValuesOfCurrent);
    connect(m_valueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogWidget::updateButtons);
    connect(m_variables, &VariableVisibilityModel::visibilityRequested, this,
            [this](const QString& variable, bool shown) { setVariableShown(variable, shown); });
    connect(
        m_values, &ValueVisibilityModel::visibilityRequested, this,
        [this](const QString& variable, const QString& value, bool shown) { setValueShown(variable, value, shown); });
    connect(m_addLocal, &QPushButton::clicked, this, &CatalogWidget::addLocalValue);
    connect(m_removeLocal, &QPushButton::clicked, this, &CatalogWidget::removeLocalValue);
    refresh();
}

catalog::Malgrupp CatalogWidget::malgrupp() const
{
    return catalog::malgruppFromCode(m_malgrupp->currentData().toString()).value_or(catalog::Malgrupp::Bou);
}

void CatalogWidget::setMalgrupp(catalog::Malgrupp malgrupp)
{
    m_malgrupp->setCurrentIndex(m_malgrupp->findData(catalog::malgruppCode(malgrupp)));
}

bool CatalogWidget::selectVariable(const QString& code)
{
    const int row = m_variables->rowOf(code);
    if (row < 0)
        return false;
    m_variableView->setCurrentIndex(m_variables->index(row, VariableVisibilityModel::Label));
    return true;
}

QString CatalogWidget::currentVariable() const
{
    const catalog::Variable* v = m_variables->variable(m_variableView->currentIndex().row());
    return v ? v->code : QString();
}

QString CatalogWidget::currentValue() const
{
    const catalog::Value* v = m_values->value(m_valueView->currentIndex().row());
    return v ? v->code : QString();
}

void CatalogWidget::refresh()
{
    // The models hold codes, never pointers, so they survive the catalogue being replaced.
    const QString variable = currentVariable();
    const QString value = currentValue();
    m_variables->reset(malgrupp());
    if (!variable.isEmpty())
        selectVariable(variable);
    else if (m_variables->rowCount() > 0)
        m_variableView->setCurrentIndex(m_variables->index(0, 0));
    showValuesOfCurrent();
    if (const int row = m_values->rowOf(value); row >= 0)
        m_valueView->setCurrentIndex(m_values->index(row, 0));
}

void CatalogWidget::showValuesOfCurrent()
{
    const catalog::Variable* v = m_catalog.variable(currentVariable());
    m_values->reset(v ? v->code : QString(), malgrupp());
    m_valuesTitle->setText(v ? (v->isCoded()
                                    ? tr("Values of “%1” for %2:").arg(v->label, m_catalog.malgruppLabel(malgrupp()))
                                    : tr("“%1” has no fixed values.").arg(v->label))
                             : QString());
    updateButtons();
}

void CatalogWidget::updateButtons()
{
    const catalog::Variable* v = m_catalog.variable(currentVariable());
    m_addLocal->setEnabled(v && v->isCoded());
    const catalog::Value* value = m_values->value(m_valueView->currentIndex().row());
    m_removeLocal->setEnabled(value && value->local);
}

bool CatalogWidget::setVariableShown(const QString& variable, bool shown)
{
    const catalog::Variable* v = m_catalog.variable(variable);
    if (!v)
        return false;
    const QString label = v->label;
    const QString group = m_catalog.malgruppLabel(malgrupp());
    access::CatalogSettings settings(m_session);
    if (shown) {
        if (auto done = settings.showVariable(m_catalog, variable, malgrupp()); !done) {
            m_result->showError(done.error());
            return false;
        }
        m_result->showDone(tr("“%1” is shown again in the form for %2.").arg(label, group));
    } else {
        if (v->isNational() && v->isRequired() &&
            !AdminFeedback::confirm(this, tr("Hide a required variable?"),
                                    tr("SKR's national set requires “%1”. If you hide it for %2, the kommun's "
                                       "reports will lack it. Hide it anyway?")
                                        .arg(label, group),
                                    tr("Hide"))) {
            m_variables->reset(malgrupp());
            return false;
        }
        if (auto done = settings.hideVariable(m_catalog, variable, malgrupp()); !done) {
            m_result->showError(done.error());
            return false;
        }
        m_result->showDone(tr("“%1” is hidden in the form for %2.").arg(label, group));
    }
    refresh();
    emit catalogueChanged();
    return true;
}

bool CatalogWidget::setValueShown(const QString& variable, const QString& value, bool shown)
{
    const catalog::Value* v = m_catalog.value(variable, value);
    if (!v)
        return false;
    const QString label = v->label;
    const QString group = m_catalog.malgruppLabel(malgrupp());
    access::CatalogSettings settings(m_session);
    auto done = shown ? settings.showValue(m_catalog, variable, value, malgrupp())
                      : settings.hideValue(m_catalog, variable, value, malgrupp());
    if (!done) {
        m_result->showError(done.error());
        return false;
    }
    m_result->showDone(shown
                           ? tr("“%1” is offered again for %2.").arg(label, group)
                           : tr("“%1” is no longer offered for %2; answers already given keep it.").arg(label, group));
    refresh();
    emit catalogueChanged();
    return true;
}

void CatalogWidget::addLocalValue()
{
    const catalog::Variable* v = m_catalog.variable(currentVariable());
    if (!v || !v->isCoded())
        return;
    const catalog::Value* current = m_values->value(m_valueView->currentIndex().row());
    LocalValueDialog dialog(m_catalog, *v, malgrupp(), current ? current->code : QString(), this);
    dialog.setSubmit([this, &dialog]() -> Result<void> {
        return access::CatalogSettings(m_session).addLocalValue(m_catalog, dialog.localValue());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const catalog::LocalValue added = dialog.localValue();
    refresh();
    if (const int row = m_values->rowOf(added.code); row >= 0)
        m_valueView->setCurrentIndex(m_values->index(row, 0));
    const catalog::Value* parent = m_catalog.value(added.variable, added.parent);
    m_result->showDone(
        tr("“%1” was added; statistics count it as “%2”.").arg(added.label, parent ? parent->label : added.parent));
    emit catalogueChanged();
}

void CatalogWidget::removeLocalValue()
{
    const catalog::Value* v = m_values->value(m_valueView->currentIndex().row());
    if (!v || !v->local)
        return;
    const QString variable = m_values->variableCode();
    const QString code = v->code;
    const QString label = v->label;
    if (!AdminFeedback::confirm(this, tr("Remove the local value?"),
                                tr("“%1” is removed from the catalogue for every target group. This is refused "
                                   "while any case uses it; hide it instead.")
                                    .arg(label),
                                tr("Remove")))
        return;
    if (auto done = access::CatalogSettings(m_session).removeLocalValue(m_catalog, variable, code); !done) {
        m_result->showError(done.error());
        return;
    }
    refresh();
    m_result->showDone(tr("“%1” was removed.").arg(label));
    emit catalogueChanged();
}

} // namespace folja::ui
