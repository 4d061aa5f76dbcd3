#pragma once

#include "catalog/catalog.h"
#include "domain/records.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace folja::ui {

// The signed-in handläggare's own ärenden (the access layer hands over nothing else). Rows show a
// pseudonymous label — the ärendenummer — and never a personnummer; kön and age are an opt-in
// column.
class ArendeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Malgrupp, Status, Aktualiserad, Insatser, Missing, KonAlder, ColumnCount };
    enum Role {
        ArendeIdRole = Qt::UserRole + 1,
        MalgruppCodeRole,
        StatusRole,     // int(domain::ArendeStatus)
        MissingRole,    // number of required answers missing (bortfall)
        SortRole,
    };

    explicit ArendeListModel(QObject* parent = nullptr);

    void setCatalog(const catalog::Catalog* catalog);
    // Replaces all rows. `persons` maps Person::id to the person (for the opt-in kön/ålder column).
    void setArenden(const QList<domain::Arende>& arenden, const QHash<domain::Id, domain::Person>& persons,
                    QDate today);
    // Replaces or adds one row after a save.
    void upsert(const domain::Arende& arende, const domain::Person& person);
    void remove(domain::Id id);
    const domain::Arende* arende(int row) const;
    int rowOf(domain::Id id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(domain::ArendeStatus status);

private:
    struct Row {
        domain::Arende arende;
        domain::ArendeStatus status;
        int missing = 0;
        QString konAlder;
    };
    Row makeRow(const domain::Arende& arende, const domain::Person* person) const;

    const catalog::Catalog* m_catalog = nullptr;
    QDate m_today;
    QList<Row> m_rows;
};

} // namespace folja::ui
