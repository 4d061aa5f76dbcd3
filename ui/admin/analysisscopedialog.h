#pragma once

#include "access/analysisscope.h"
#include "admin/accountdialogs.h"

#include <QList>

class QCheckBox;

namespace folja::ui {

// Which målgrupper and enheter an analytiker may analyse. Nothing ticked in a group means no
// limit by that group; the page stores the choice through access::AnalysisScopes.
class AnalysisScopeDialog : public AdminDialog
{
    Q_OBJECT

public:
    // `malgrupper`: (code, label) pairs; `enheter`: the kommun's unit names.
    AnalysisScopeDialog(const QString& account, const QList<std::pair<QString, QString>>& malgrupper,
                        const QStringList& enheter, const access::AnalysisScope& current, QWidget* parent = nullptr);
    access::AnalysisScope scope() const;

private:
    QList<QCheckBox*> m_malgrupper;
    QList<QCheckBox*> m_enheter;
};

} // namespace folja::ui
