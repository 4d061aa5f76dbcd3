#pragma once

#include "access/values.h"
#include "catalog/catalog.h"
#include "domain/records.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace folja::ui {

// One handläggare's ärenden for moving, by pseudonymous label only: ärendenummer, målgrupp,
// enhet and status (never a personnummer or anything derived from it). Rows are checkable.
class MoveArendenModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Malgrupp, Enhet, Status, ColumnCount };
    enum Role { ArendeIdRole = Qt::UserRole + 1 };

    explicit MoveArendenModel(const catalog::Catalog& catalog, QObject* parent = nullptr);

    void setArenden(const QList<access::ArendeSummary>& arenden);
    void setAllChecked(bool checked);
    // Checks the rows with these ärendenummer; returns how many were found.
    int checkByNumber(const QStringList& numbers);
    QList<domain::Id> checkedIds() const;
    QStringList numbers() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged(int count);

private:
    const catalog::Catalog& m_catalog;
    QList<access::ArendeSummary> m_rows;
    QSet<domain::Id> m_checked;
};

} // namespace folja::ui
