#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QComboBox;

namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

// What the analytiker can put on a table axis or filter on: every analysis variable with its
// derived forms (insats on its parent level; dates by year, quarter or month; age in bands),
// grouped by the process step it is registered in, with the catalogue's Swedish labels.
struct VariableChoice {
    QString name;  // the query's dimension name, e.g. "insats:parent", "beslut_datum:quarter"
    QString label; // "Insats – överordnad nivå"
};

struct VariableGroup {
    QString label; // the process step ("Aktualisera" …) or "Organisation"
    QList<VariableChoice> choices;
};

class VariableChoices
{
    Q_DECLARE_TR_FUNCTIONS(folja::ui::VariableChoices)

public:
    explicit VariableChoices(const catalog::Catalog& catalog);

    const QList<VariableGroup>& groups() const { return m_groups; }
    // The label of a dimension name; the name itself when unknown.
    QString label(const QString& name) const;

    // Fills a combo box: a bold, unselectable heading per group, then its choices (item data =
    // the name). `noneText` adds a first item with empty data.
    void fill(QComboBox& combo, const QString& noneText = {}) const;
    // Selects the item with this name (or the empty item); false when there is none.
    static bool select(QComboBox& combo, const QString& name);

private:
    QList<VariableGroup> m_groups;
};

} // namespace folja::ui
