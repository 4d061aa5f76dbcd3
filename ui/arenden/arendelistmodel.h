#pragma once

#include "access/values.h"
#include "catalog/catalog.h"
#include "domain/records.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

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
        StatusRole,  // int(domain::ArendeStatus)
        MissingRole, // number of required answers missing (bortfall)
        SortRole,
        DraftRole, // bool: unsaved changes of this ärende were kept (crash-restore draft)
    };

    explicit ArendeListModel(QObject* parent = nullptr);

    void setCatalog(const catalog::Catalog* catalog);
    // Replaces all rows. `missing` maps ärende id to its number of missing required answers
    // (bortfall, computed in core); `konAlder` to the opt-in "kön, ålder" text.
    void setArenden(const QList<access::ArendeSummary>& arenden, const QHash<domain::Id, int>& missing = {},
                    const QHash<domain::Id, QString>& konAlder = {});
    // Replaces or adds one row after a save.
    void upsert(const access::ArendeSummary& arende, int missing, const QString& konAlder = {});
    void remove(domain::Id id);
    // The ärenden with a kept crash-restore draft: marked in the number column.
    void setDrafts(const QSet<domain::Id>& ids);
    const access::ArendeSummary* arende(int row) const;
    int rowOf(domain::Id id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(domain::ArendeStatus status);

private:
    struct Row {
        access::ArendeSummary arende;
        int missing = 0;
        QString konAlder;
    };

    const catalog::Catalog* m_catalog = nullptr;
    QList<Row> m_rows;
    QSet<domain::Id> m_drafts;
};

} // namespace folja::ui
