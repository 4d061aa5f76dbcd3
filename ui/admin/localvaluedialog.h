#pragma once

#include "admin/accountdialogs.h"
#include "catalog/catalog.h"

class QComboBox;
class QLineEdit;

namespace folja::ui {

// A local deepened value: the SKR value it rolls up to (statistics count that one), a code and a
// label. The catalogue's rules (new code, unambiguous label, selectable national parent) are
// checked by core when the page submits it.
class LocalValueDialog : public AdminDialog
{
    Q_OBJECT

public:
    LocalValueDialog(const catalog::Catalog& catalog, const catalog::Variable& variable, catalog::Malgrupp malgrupp,
                     const QString& preferredParent, QWidget* parent = nullptr);
    catalog::LocalValue localValue() const;

private:
    void validate();

    QString m_variable;
    QComboBox* m_parent = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_label = nullptr;
};

} // namespace folja::ui
