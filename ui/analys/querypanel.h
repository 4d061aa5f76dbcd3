#pragma once

#include "analys/crosstabmodel.h"
#include "analys/variablechoices.h"
#include "analysis/query.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

class DateField;
class FilterEditor;

// What to count and how to show it: up to three dimensions (rows, columns, layers), the unit, the
// period and its meaning, age bands, filters, and what a cell shows. Emits queryChanged() on every
// edit that changes the query and displayChanged() for what only changes the display.
class QueryPanel : public QWidget
{
    Q_OBJECT

public:
    QueryPanel(const catalog::Catalog& catalog, bool mayUseInternAnalys, QWidget* parent = nullptr);

    // The query as edited (mode Publicering; the workspace sets mode and k). Check problem() first.
    analysis::Query query() const;
    void setQuery(const analysis::Query& query);
    // Why the current input cannot be a query (a bad date or age band …), or empty.
    QString problem() const;

    CellShow show() const;
    bool intervals() const;

    // The intern analys box (analytiker only): ticked by the user, confirmed by the workspace.
    void setInternAnalys(bool on);
    bool internAnalysRequested() const;
    // The database's protection method: the note that publication needs whole months and preset
    // age bands is shown only under suppression (the Cell Key Method has no such rule).
    void setProtection(analysis::ProtectionMethod protection);

    const VariableChoices& choices() const { return m_choices; }

signals:
    void queryChanged();
    void displayChanged();
    void internAnalysToggled(bool on);

private:
    void updatePeriodFields();
    void emitChanged();

    const catalog::Catalog& m_catalog;
    VariableChoices m_choices;
    QComboBox* m_rows;
    QComboBox* m_columns;
    QComboBox* m_layers;
    QComboBox* m_unit;
    QComboBox* m_meaning;
    QComboBox* m_event;
    QLabel* m_fromLabel;
    QLabel* m_toLabel;
    DateField* m_from;
    DateField* m_to;
    QLineEdit* m_ageBands;
    QComboBox* m_maluppfyllelseAt;
    FilterEditor* m_filters;
    QComboBox* m_show;
    QCheckBox* m_intervals;
    QCheckBox* m_empty;
    QCheckBox* m_intern = nullptr;
    QLabel* m_problem;
    QLabel* m_publicationNote = nullptr;
    bool m_loading = false;
};

} // namespace folja::ui
