#pragma once

#include "catalog/types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace folja::access {
class Session;
}
namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

class ResultLabel;
class ValueVisibilityModel;
class VariableVisibilityModel;

// The kommun's catalogue customisation: per målgrupp, which variables the ärende form shows and
// which values the dropdowns offer, plus local deepened values that roll up to an SKR value.
// Every change goes through access::CatalogSettings (stored in the database, audited) and is
// applied to the catalogue every screen and the analysis share.
//
// Hiding is per målgrupp, not per enhet: the catalogue, the forms and the validation know an
// ärende's målgrupp, while the enhet is a free code the catalogue cannot express.
class CatalogWidget : public QWidget
{
    Q_OBJECT

public:
    CatalogWidget(access::Session& session, catalog::Catalog& catalog, QWidget* parent = nullptr);

    VariableVisibilityModel* variableModel() const { return m_variables; }
    ValueVisibilityModel* valueModel() const { return m_values; }
    void setMalgrupp(catalog::Malgrupp malgrupp);
    catalog::Malgrupp malgrupp() const;
    bool selectVariable(const QString& code);

    // The actions behind the checkboxes and buttons.
    bool setVariableShown(const QString& variable, bool shown);
    bool setValueShown(const QString& variable, const QString& value, bool shown);

public slots:
    void addLocalValue();
    void removeLocalValue();

signals:
    void catalogueChanged();

private:
    void refresh();
    void showValuesOfCurrent();
    void updateButtons();
    QString currentVariable() const;
    QString currentValue() const;

    access::Session& m_session;
    catalog::Catalog& m_catalog;
    QComboBox* m_malgrupp = nullptr;
    VariableVisibilityModel* m_variables = nullptr;
    ValueVisibilityModel* m_values = nullptr;
    QTableView* m_variableView = nullptr;
    QTableView* m_valueView = nullptr;
    QLabel* m_valuesTitle = nullptr;
    QPushButton* m_addLocal = nullptr;
    QPushButton* m_removeLocal = nullptr;
    ResultLabel* m_result = nullptr;
};

} // namespace folja::ui
