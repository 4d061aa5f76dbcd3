#include "admin/analysisscopedialog.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace folja::ui {

namespace {
const char* const kCodeProperty = "scopeCode";

QGroupBox* checkGroup(const QString& title, const QList<std::pair<QString, QString>>& items, const QStringList& ticked,
                      QList<QCheckBox*>& out, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    for (const auto& [code, label] : items) {
        auto* check = new QCheckBox(label, box);
        check->setProperty(kCodeProperty, code);
        check->setChecked(ticked.contains(code));
        layout->addWidget(check);
        out.append(check);
    }
    return box;
}

QStringList tickedCodes(const QList<QCheckBox*>& checks)
{
    QStringList out;
    for (const QCheckBox* c : checks) {
        if (c->isChecked())
            out.append(c->property(kCodeProperty).toString());
    }
    return out;
}
} // namespace

AnalysisScopeDialog::AnalysisScopeDialog(const QString& account, const QList<std::pair<QString, QString>>& malgrupper,
                                         const QStringList& enheter, const access::AnalysisScope& current,
                                         QWidget* parent)
    : AdminDialog(parent)
{
    setObjectName(QStringLiteral("analysisScopeDialog"));
    setWindowTitle(tr("Analysis scope of %1").arg(account));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("%1 may analyse only the ärenden of the ticked målgrupper and enheter. Nothing ticked "
                                "in a group means no limit by that group. Administratörer are never limited.")
                                 .arg(account),
                             content);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(checkGroup(tr("Målgrupper"), malgrupper, current.malgrupper, m_malgrupper, content));
    QList<std::pair<QString, QString>> units;
    QStringList allUnits = enheter;
    for (const QString& e : current.enheter) {
        if (!allUnits.contains(e))
            allUnits.append(e); // a unit no longer in the list stays visible until untick
    }
    for (const QString& e : std::as_const(allUnits))
        units.append({e, e});
    if (units.isEmpty()) {
        auto* none = new QLabel(tr("No enheter are defined for this database."), content);
        layout->addWidget(none);
    } else {
        layout->addWidget(checkGroup(tr("Enheter"), units, current.enheter, m_enheter, content));
    }
    finishLayout(content, tr("Save scope"));
}

access::AnalysisScope AnalysisScopeDialog::scope() const
{
    return {tickedCodes(m_malgrupper), tickedCodes(m_enheter)};
}

} // namespace folja::ui
