#include "form/rowregistry.h"

#include "form/fieldrow.h"

#include <QWidget>

namespace folja::ui::form {

RowRegistry::RowRegistry(QObject* parent)
    : QObject(parent)
{}

void RowRegistry::setContext(const catalog::Catalog* catalog, catalog::Malgrupp malgrupp, const domain::Arende* arende,
                             const domain::Person* person)
{
    m_catalog = catalog;
    m_malgrupp = malgrupp;
    m_arende = arende;
    m_person = person;
}

QList<const catalog::Variable*> RowRegistry::questions(catalog::Level level) const
{
    QList<const catalog::Variable*> out;
    if (!m_catalog)
        return out;
    for (const catalog::Variable& variable : m_catalog->variables()) {
        if (variable.level == level && !variable.derived && isBindable(variable))
            out.append(&variable);
    }
    return out;
}

FieldRow* RowRegistry::create(const catalog::Variable& variable, const FieldKey& key, QWidget* parent)
{
    if (!m_catalog || !m_arende || !m_person)
        return nullptr;
    const Answer answer = answerOf(*m_arende, *m_person, key);
    const bool empty = answer.codes.isEmpty() && !answer.date.isValid() && answer.comment.isEmpty();
    if (m_catalog->isHidden(variable.code, m_malgrupp) && empty)
        return nullptr;

    auto* row = new FieldRow(*m_catalog, variable, m_malgrupp, key, parent);
    row->setAnswer(answer);
    const QString id = key.id();
    m_rows.insert(id, row);
    connect(row, &FieldRow::answerChanged, this, &RowRegistry::answerChanged);
    // Rows die with their section when it is rebuilt; forget them then.
    connect(row, &QObject::destroyed, this, [this, id, row] {
        if (m_rows.value(id) == row)
            m_rows.remove(id);
    });
    return row;
}

void RowRegistry::forget(const QWidget* container)
{
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (container->isAncestorOf(it.value()))
            it = m_rows.erase(it);
        else
            ++it;
    }
}

} // namespace folja::ui::form
