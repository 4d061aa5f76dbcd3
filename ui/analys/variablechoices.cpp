#include "analys/variablechoices.h"

#include "analysis/query.h"
#include "catalog/catalog.h"

#include <QComboBox>
#include <QFont>
#include <QStandardItemModel>

namespace folja::ui {

VariableChoices::VariableChoices(const catalog::Catalog& catalog)
{
    using catalog::Step;
    const QList<Step> steps{Step::Aktualisera, Step::Utreda,   Step::Besluta,
                            Step::Genomfora,   Step::FoljaUpp, Step::Avsluta};
    VariableGroup organisation{tr("Organisation"), {}};
    QList<VariableGroup> byStep;
    for (Step s : steps)
        byStep.append({catalog.stepLabel(s), {}});

    for (const QString& name : analysis::analysisVariables()) {
        const catalog::Variable* v = catalog.variable(name);
        if (name == QLatin1String("malgrupp")) {
            organisation.choices.append({name, tr("Målgrupp")});
            continue;
        }
        if (name == QLatin1String("enhet")) {
            organisation.choices.append({name, tr("Organisational unit")});
            continue;
        }
        if (name == QLatin1String("alder_grupp")) {
            const catalog::Variable* alder = catalog.variable(QStringLiteral("alder"));
            const int step = alder ? steps.indexOf(alder->step) : 1;
            byStep[step].choices.append({name, tr("Age group")});
            continue;
        }
        if (!v)
            continue;
        QList<VariableChoice>& into = byStep[steps.indexOf(v->step)].choices;
        if (analysis::isDateVariable(name)) {
            into.append({name + QStringLiteral(":year"), tr("%1, by year").arg(v->label)});
            into.append({name + QStringLiteral(":quarter"), tr("%1, by quarter").arg(v->label)});
            into.append({name + QStringLiteral(":month"), tr("%1, by month").arg(v->label)});
            continue;
        }
        into.append({name, v->label});
        if (name == QLatin1String("insats"))
            into.append({name + QStringLiteral(":parent"), tr("%1, parent level (KSI)").arg(v->label)});
    }
    m_groups.append(organisation);
    for (const VariableGroup& g : byStep) {
        if (!g.choices.isEmpty())
            m_groups.append(g);
    }
}

QString VariableChoices::label(const QString& name) const
{
    QString wanted = name;
    if (analysis::isDateVariable(name) && !name.contains(QLatin1Char(':')))
        wanted += QStringLiteral(":year");
    for (const VariableGroup& g : m_groups) {
        for (const VariableChoice& c : g.choices) {
            if (c.name == wanted)
                return c.label;
        }
    }
    return name;
}

void VariableChoices::fill(QComboBox& combo, const QString& noneText) const
{
    const QSignalBlocker block(&combo);
    combo.clear();
    if (!noneText.isEmpty())
        combo.addItem(noneText, QString());
    auto* model = qobject_cast<QStandardItemModel*>(combo.model());
    for (const VariableGroup& g : m_groups) {
        combo.addItem(g.label);
        if (model) {
            QStandardItem* heading = model->item(combo.count() - 1);
            heading->setFlags(Qt::NoItemFlags);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
        }
        for (const VariableChoice& c : g.choices)
            combo.addItem(QStringLiteral("    ") + c.label, c.name);
    }
}

bool VariableChoices::select(QComboBox& combo, const QString& name)
{
    QString wanted = name;
    if (analysis::isDateVariable(name) && !name.contains(QLatin1Char(':')))
        wanted += QStringLiteral(":year");
    for (int i = 0; i < combo.count(); ++i) {
        const QVariant data = combo.itemData(i);
        if (data.isValid() && data.toString() == wanted) {
            combo.setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

} // namespace folja::ui
