#pragma once

// Views of the catalogue for its customisation: which variables a målgrupp's forms show, and the
// values of one variable with their local deepenings. Ticking "Shown" does not change anything by
// itself: the model asks (visibilityRequested) and the page decides through core/access.

#include "catalog/catalog.h"

#include <QAbstractTableModel>
#include <QList>

namespace folja::ui {

class VariableVisibilityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Shown, Label, Step, Required, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit VariableVisibilityModel(const catalog::Catalog& catalog, QObject* parent = nullptr);

    // Re-reads the catalogue (after it changed) for this målgrupp.
    void reset(catalog::Malgrupp malgrupp);
    const catalog::Variable* variable(int row) const;
    int rowOf(const QString& code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void visibilityRequested(const QString& variable, bool shown);

private:
    const catalog::Catalog& m_catalog;
    catalog::Malgrupp m_malgrupp = catalog::Malgrupp::Bou;
    QList<QString> m_codes; // variables that can be hidden (not derived, not the Person-ID)
};

class ValueVisibilityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Shown, Label, RollsUpTo, Code, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, LocalRole };

    explicit ValueVisibilityModel(const catalog::Catalog& catalog, QObject* parent = nullptr);

    void reset(const QString& variable, catalog::Malgrupp malgrupp);
    QString variableCode() const { return m_variable; }
    const catalog::Value* value(int row) const;
    int rowOf(const QString& code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void visibilityRequested(const QString& variable, const QString& value, bool shown);

private:
    const catalog::Catalog& m_catalog;
    catalog::Malgrupp m_malgrupp = catalog::Malgrupp::Bou;
    QString m_variable;
    QList<QString> m_codes; // values valid for the målgrupp, in catalogue order
};

} // namespace folja::ui
