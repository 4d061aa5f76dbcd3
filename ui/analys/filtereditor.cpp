#include "analys/filtereditor.h"

#include "catalog/catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace folja::ui {

namespace {

const QString kMalgrupp = QStringLiteral("malgrupp");
const QString kAlderGrupp = QStringLiteral("alder_grupp");

} // namespace

FilterRow::FilterRow(const catalog::Catalog& catalog, const identity::AgeBands& bands, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_bands(bands)
{
    setObjectName(QStringLiteral("filterRow"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_variable = new QComboBox(this);
    m_variable->setObjectName(QStringLiteral("filterVariableCombo"));
    m_variable->addItem(tr("Age group"), kAlderGrupp);
    for (const catalog::Variable& v : catalog.variables()) {
        if (v.isCoded() && analysis::analysisVariables().contains(v.code))
            m_variable->addItem(v.label, v.code);
    }
    m_variable->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_variable->setMinimumContentsLength(10);
    m_values = new QToolButton(this);
    m_values->setObjectName(QStringLiteral("filterValuesButton"));
    m_values->setPopupMode(QToolButton::InstantPopup);
    m_values->setMenu(new QMenu(m_values));
    m_values->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("filterRemoveButton"));
    remove->setText(QStringLiteral("×"));
    remove->setToolTip(tr("Remove this condition"));
    layout->addWidget(m_variable, 1);
    layout->addWidget(m_values, 1);
    layout->addWidget(remove);
    fillValues({});
    connect(m_variable, &QComboBox::currentIndexChanged, this, [this] {
        fillValues({});
        emit changed();
    });
    connect(remove, &QToolButton::clicked, this, &FilterRow::removeRequested);
}

void FilterRow::fillValues(const QStringList& checked)
{
    QMenu* menu = m_values->menu();
    menu->clear();
    const QString variable = m_variable->currentData().toString();
    auto add = [&](const QString& code, const QString& label) {
        QAction* a = menu->addAction(label);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(checked.contains(code));
        connect(a, &QAction::toggled, this, [this] {
            updateButtonText();
            emit changed();
        });
    };
    if (variable == kAlderGrupp) {
        for (const identity::AgeBand& b : m_bands.bands())
            add(b.label(), b.label());
    } else if (const catalog::Variable* v = m_catalog.variable(variable)) {
        for (const catalog::Value& value : v->values)
            add(value.code, value.label);
    }
    add(QString(), tr("(missing)"));
    updateButtonText();
}

void FilterRow::updateButtonText()
{
    QStringList labels;
    for (QAction* a : m_values->menu()->actions()) {
        if (a->isChecked())
            labels.append(a->text());
    }
    if (labels.isEmpty())
        m_values->setText(tr("Choose values…"));
    else if (labels.size() == 1)
        m_values->setText(labels.first());
    else
        m_values->setText(tr("%n value(s)", nullptr, static_cast<int>(labels.size())));
    m_values->setToolTip(labels.join(QLatin1Char('\n')));
}

analysis::Filter FilterRow::filter() const
{
    analysis::Filter f;
    f.variable = m_variable->currentData().toString();
    for (QAction* a : m_values->menu()->actions()) {
        if (a->isChecked())
            f.values.append(a->data().toString());
    }
    return f;
}

void FilterRow::setFilter(const analysis::Filter& filter)
{
    const int index = m_variable->findData(filter.variable);
    {
        const QSignalBlocker block(m_variable);
        if (index >= 0)
            m_variable->setCurrentIndex(index);
    }
    const QSignalBlocker block(this);
    fillValues(filter.values);
}

void FilterRow::setAgeBands(const identity::AgeBands& bands)
{
    m_bands = bands;
    if (m_variable->currentData().toString() == kAlderGrupp) {
        const QSignalBlocker block(this);
        fillValues(filter().values);
    }
}

FilterEditor::FilterEditor(const catalog::Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_bands(analysis::Query::defaultAgeBands())
{
    setObjectName(QStringLiteral("filterEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* malgruppLabel = new QLabel(tr("Målgrupper (none ticked: all)"), this);
    layout->addWidget(malgruppLabel);
    auto* grid = new QGridLayout;
    int i = 0;
    for (catalog::Malgrupp m : catalog::kAllMalgrupper) {
        const QString code = catalog::malgruppCode(m);
        auto* box = new QCheckBox(catalog.malgruppLabel(m), this);
        box->setObjectName(QStringLiteral("malgruppCheck_") + code);
        box->setToolTip(code);
        box->setProperty("code", code);
        grid->addWidget(box, i / 2, i % 2);
        m_malgrupper.append(box);
        connect(box, &QCheckBox::toggled, this, &FilterEditor::changed);
        ++i;
    }
    layout->addLayout(grid);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    auto* add = new QPushButton(tr("Add condition"), this);
    add->setObjectName(QStringLiteral("addFilterButton"));
    layout->addWidget(add, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        emit changed();
    });
}

FilterRow* FilterEditor::addRow()
{
    auto* row = new FilterRow(m_catalog, m_bands, this);
    m_rows->addWidget(row);
    connect(row, &FilterRow::changed, this, &FilterEditor::changed);
    connect(row, &FilterRow::removeRequested, this, [this, row] {
        row->hide();
        row->deleteLater();
        m_rows->removeWidget(row);
        emit changed();
    });
    return row;
}

QList<analysis::Filter> FilterEditor::filters() const
{
    QList<analysis::Filter> out;
    analysis::Filter malgrupp{kMalgrupp, {}};
    for (const QCheckBox* box : m_malgrupper) {
        if (box->isChecked())
            malgrupp.values.append(box->property("code").toString());
    }
    if (!malgrupp.values.isEmpty())
        out.append(malgrupp);
    for (int i = 0; i < m_rows->count(); ++i) {
        const auto* row = qobject_cast<FilterRow*>(m_rows->itemAt(i)->widget());
        if (!row)
            continue;
        const analysis::Filter f = row->filter();
        if (!f.values.isEmpty())
            out.append(f);
    }
    return out;
}

void FilterEditor::setFilters(const QList<analysis::Filter>& filters)
{
    const QSignalBlocker block(this);
    while (m_rows->count() > 0) {
        QWidget* w = m_rows->itemAt(0)->widget();
        m_rows->removeWidget(w);
        delete w;
    }
    QStringList malgrupper;
    for (const analysis::Filter& f : filters) {
        if (f.variable == kMalgrupp)
            malgrupper += f.values;
        else
            addRow()->setFilter(f);
    }
    for (QCheckBox* box : m_malgrupper) {
        const QSignalBlocker blockBox(box);
        box->setChecked(malgrupper.contains(box->property("code").toString()));
    }
}

void FilterEditor::setAgeBands(const identity::AgeBands& bands)
{
    m_bands = bands;
    for (int i = 0; i < m_rows->count(); ++i) {
        if (auto* row = qobject_cast<FilterRow*>(m_rows->itemAt(i)->widget()))
            row->setAgeBands(bands);
    }
}

} // namespace folja::ui
