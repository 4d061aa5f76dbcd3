#include "admin/catalogmodels.h"

#include <QFont>

namespace folja::ui {

// --- VariableVisibilityModel ---------------------------------------------------------------------

VariableVisibilityModel::VariableVisibilityModel(const catalog::Catalog& catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{}

void VariableVisibilityModel::reset(catalog::Malgrupp malgrupp)
{
    beginResetModel();
    m_malgrupp = malgrupp;
    m_codes.clear();
    for (const catalog::Variable& v : m_catalog.variables()) {
        if (!v.derived && v.type != catalog::DataType::Identifier)
            m_codes.append(v.code);
    }
    endResetModel();
}

const catalog::Variable* VariableVisibilityModel::variable(int row) const
{
    return row >= 0 && row < m_codes.size() ? m_catalog.variable(m_codes.at(row)) : nullptr;
}

int VariableVisibilityModel::rowOf(const QString& code) const
{
    return int(m_codes.indexOf(code));
}

int VariableVisibilityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_codes.size());
}

int VariableVisibilityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariableVisibilityModel::data(const QModelIndex& index, int role) const
{
    const catalog::Variable* v = index.isValid() ? variable(index.row()) : nullptr;
    if (!v)
        return {};
    const bool hidden = m_catalog.isHidden(v->code, m_malgrupp);
    if (role == CodeRole)
        return v->code;
    if (role == Qt::CheckStateRole && index.column() == Shown)
        return hidden ? Qt::Unchecked : Qt::Checked;
    if (role == Qt::ToolTipRole)
        return index.column() == Shown ? (hidden ? tr("Hidden") : tr("Shown"))
                                       : (v->help.isEmpty() ? v->label : v->help);
    if (role == Qt::AccessibleTextRole && index.column() == Shown)
        return hidden ? tr("Hidden") : tr("Shown");
    if (role == Qt::FontRole && hidden) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Label:
        return v->label;
    case Step:
        return m_catalog.stepLabel(v->step);
    case Required:
        return v->isNational() && v->isRequired() ? tr("Yes (SKR)") : QString();
    }
    return {};
}

bool VariableVisibilityModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const catalog::Variable* v = index.isValid() ? variable(index.row()) : nullptr;
    if (!v || index.column() != Shown || role != Qt::CheckStateRole)
        return false;
    emit visibilityRequested(v->code, value.toInt() == Qt::Checked);
    return false; // the page changes the catalogue and resets the model
}

Qt::ItemFlags VariableVisibilityModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Shown)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant VariableVisibilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        return tr("Variable");
    case Step:
        return tr("Process step");
    case Required:
        return tr("Required");
    case Shown:
        return tr("Shown");
    }
    return {};
}

// --- ValueVisibilityModel ------------------------------------------------------------------------

ValueVisibilityModel::ValueVisibilityModel(const catalog::Catalog& catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{}

void ValueVisibilityModel::reset(const QString& variable, catalog::Malgrupp malgrupp)
{
    beginResetModel();
    m_variable = variable;
    m_malgrupp = malgrupp;
    m_codes.clear();
    if (const catalog::Variable* v = m_catalog.variable(variable)) {
        for (const catalog::Value* value : m_catalog.valuesFor(*v, malgrupp, catalog::Catalog::Selection::All)) {
            if (value->validFor(malgrupp))
                m_codes.append(value->code);
        }
    }
    endResetModel();
}

const catalog::Value* ValueVisibilityModel::value(int row) const
{
    return row >= 0 && row < m_codes.size() ? m_catalog.value(m_variable, m_codes.at(row)) : nullptr;
}

int ValueVisibilityModel::rowOf(const QString& code) const
{
    return int(m_codes.indexOf(code));
}

int ValueVisibilityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_codes.size());
}

int ValueVisibilityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValueVisibilityModel::data(const QModelIndex& index, int role) const
{
    const catalog::Value* v = index.isValid() ? value(index.row()) : nullptr;
    if (!v)
        return {};
    const bool hidden = m_catalog.isValueHidden(m_variable, v->code, m_malgrupp);
    switch (role) {
    case CodeRole:
        return v->code;
    case LocalRole:
        return v->local;
    case Qt::CheckStateRole:
        if (index.column() == Shown)
            return hidden ? Qt::Unchecked : Qt::Checked;
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == Shown)
            return hidden ? tr("Hidden") : tr("Shown");
        if (role == Qt::ToolTipRole && index.column() != Shown)
            return data(index, Qt::DisplayRole).toString().trimmed();
        return {};
    case Qt::FontRole:
        if (v->local || hidden) {
            QFont font;
            font.setItalic(hidden);
            font.setBold(v->local);
            return font;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Label: {
        // Indent by depth so the hierarchy (KSI, local deepening) reads as a tree.
        int depth = 0;
        for (const catalog::Value* p = v; p && !p->parent.isEmpty() && depth < 8; ++depth)
            p = m_catalog.value(m_variable, p->parent);
        return QString(QString(depth * 3, QLatin1Char(' ')) + v->label);
    }
    case Code:
        return v->code;
    case RollsUpTo:
        if (!v->local)
            return QString();
        if (const catalog::Value* parent = m_catalog.value(m_variable, m_catalog.rollUp(m_variable, v->code)))
            return tr("Counted as %1").arg(parent->label);
        return tr("Local");
    }
    return {};
}

bool ValueVisibilityModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const catalog::Value* v = index.isValid() ? this->value(index.row()) : nullptr;
    if (!v || index.column() != Shown || role != Qt::CheckStateRole)
        return false;
    emit visibilityRequested(m_variable, v->code, value.toInt() == Qt::Checked);
    return false;
}

Qt::ItemFlags ValueVisibilityModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Shown)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ValueVisibilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        return tr("Value");
    case Code:
        return tr("Code");
    case RollsUpTo:
        return tr("Local deepening");
    case Shown:
        return tr("Shown");
    }
    return {};
}

} // namespace folja::ui
