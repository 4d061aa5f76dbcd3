#pragma once

#include "analysis/query.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QToolButton;
class QVBoxLayout;

namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

// One "variable is one of these values" condition: a variable, a menu of its values to tick, and
// a remove button.
class FilterRow : public QWidget
{
    Q_OBJECT

public:
    FilterRow(const catalog::Catalog& catalog, const identity::AgeBands& bands, QWidget* parent = nullptr);

    analysis::Filter filter() const; // empty values: no condition
    void setFilter(const analysis::Filter& filter);
    void setAgeBands(const identity::AgeBands& bands);

signals:
    void changed();
    void removeRequested();

private:
    void fillValues(const QStringList& checked);
    void updateButtonText();

    const catalog::Catalog& m_catalog;
    identity::AgeBands m_bands;
    QComboBox* m_variable;
    QToolButton* m_values;
};

// The selection of the records: målgrupper to tick (none ticked = all) and further conditions.
class FilterEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FilterEditor(const catalog::Catalog& catalog, QWidget* parent = nullptr);

    QList<analysis::Filter> filters() const;
    void setFilters(const QList<analysis::Filter>& filters);
    void setAgeBands(const identity::AgeBands& bands);
    FilterRow* addRow();

signals:
    void changed();

private:
    const catalog::Catalog& m_catalog;
    identity::AgeBands m_bands;
    QList<QCheckBox*> m_malgrupper;
    QVBoxLayout* m_rows;
};

} // namespace folja::ui
