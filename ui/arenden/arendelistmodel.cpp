#include "arenden/arendelistmodel.h"

#include "domain/validation.h"
#include "identity/age.h"

namespace folja::ui {

ArendeListModel::ArendeListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ArendeListModel::setCatalog(const catalog::Catalog* catalog)
{
    m_catalog = catalog;
}

QString ArendeListModel::statusLabel(domain::ArendeStatus status)
{
    switch (status) {
    case domain::ArendeStatus::Aktualiserat: return tr("Actualised");
    case domain::ArendeStatus::Beslutat: return tr("Decided");
    case domain::ArendeStatus::PagaendeInsats: return tr("Ongoing intervention");
    case domain::ArendeStatus::Avslutat: return tr("Closed");
    }
    return {};
}

ArendeListModel::Row ArendeListModel::makeRow(const domain::Arende& arende, const domain::Person* person) const
{
    Row row{arende, domain::statusOf(arende), 0, {}};
    if (m_catalog) {
        const auto issues = domain::checkAnswers(arende, *m_catalog);
        for (const auto& issue : issues)
            row.missing += issue.severity == domain::Severity::Varning ? 1 : 0;
    }
    if (person) {
        QString kon;
        if (m_catalog && !person->kon.isEmpty()) {
            if (const auto* v = m_catalog->value(u"kon", person->kon))
                kon = v->label;
        }
        const QString age = person->birthDate.isValid()
            ? QString::number(identity::ageAt(person->birthDate, m_today)) : QStringLiteral("–");
        row.konAlder = kon.isEmpty() ? age : tr("%1, %2 years").arg(kon, age);
    }
    return row;
}

void ArendeListModel::setArenden(const QList<domain::Arende>& arenden,
                                 const QHash<domain::Id, domain::Person>& persons, QDate today)
{
    beginResetModel();
    m_today = today;
    m_rows.clear();
    m_rows.reserve(arenden.size());
    for (const auto& a : arenden) {
        const auto it = persons.constFind(a.personRef);
        m_rows.append(makeRow(a, it == persons.cend() ? nullptr : &*it));
    }
    endResetModel();
}

void ArendeListModel::upsert(const domain::Arende& arende, const domain::Person& person)
{
    const int row = rowOf(arende.id);
    if (row >= 0) {
        m_rows[row] = makeRow(arende, &person);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size()));
    m_rows.append(makeRow(arende, &person));
    endInsertRows();
}

void ArendeListModel::remove(domain::Id id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

const domain::Arende* ArendeListModel::arende(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).arende : nullptr;
}

int ArendeListModel::rowOf(domain::Id id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).arende.id == id)
            return i;
    }
    return -1;
}

int ArendeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ArendeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArendeListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const domain::Arende& a = row.arende;
    switch (role) {
    case ArendeIdRole: return a.id;
    case MalgruppCodeRole: return a.malgrupp;
    case StatusRole: return static_cast<int>(row.status);
    case MissingRole: return row.missing;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Number: return a.externalId.isEmpty() ? QString::number(a.id) : a.externalId;
        case Malgrupp: {
            const auto m = catalog::malgruppFromCode(a.malgrupp);
            return m_catalog && m ? m_catalog->malgruppLabel(*m) : a.malgrupp;
        }
        case Status:
            return role == SortRole ? QVariant(static_cast<int>(row.status)) : QVariant(statusLabel(row.status));
        case Aktualiserad:
            return role == SortRole ? QVariant(a.aktualiseringDatum) : QVariant(a.aktualiseringDatum.toString(Qt::ISODate));
        case Insatser: return static_cast<int>(a.insatser.size());
        case Missing:
            if (role == SortRole)
                return row.missing;
            return row.missing == 0 ? QString() : tr("%n missing", nullptr, row.missing);
        case KonAlder: return row.konAlder;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Missing && row.missing > 0)
            return tr("Required answers are missing although the process step has been reached (bortfall).");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Insatser)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant ArendeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Case number");
    case Malgrupp: return tr("Target group");
    case Status: return tr("Status");
    case Aktualiserad: return tr("Actualised");
    case Insatser: return tr("Interventions");
    case Missing: return tr("Missing data");
    case KonAlder: return tr("Sex, age");
    default: return {};
    }
}

} // namespace folja::ui
