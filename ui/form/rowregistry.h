#pragma once

// Creates the form's questions from the catalogue and keeps track of them by field id, so that
// validation issues can be shown next to the question they are about and a click in the summary
// can jump there. The rows read their first answer from the ärende being edited.

#include "catalog/catalog.h"
#include "domain/records.h"
#include "form/answer.h"

#include <QHash>
#include <QList>
#include <QObject>

class QWidget;

namespace folja::ui::form {

class FieldRow;

class RowRegistry : public QObject
{
    Q_OBJECT

public:
    explicit RowRegistry(QObject* parent = nullptr);

    // The records the rows read from; must outlive the rows.
    void setContext(const catalog::Catalog* catalog, catalog::Malgrupp malgrupp, const domain::Arende* arende,
                    const domain::Person* person);

    // Variables of a level the records can hold and the user answers (not derived), in catalogue
    // order. Hidden ones are included: create() decides whether they are shown.
    QList<const catalog::Variable*> questions(catalog::Level level) const;

    // A row for the variable, or nullptr when the kommun hid the variable for this målgrupp and
    // the record holds no answer to it (an answer is never hidden from the user).
    FieldRow* create(const catalog::Variable& variable, const FieldKey& key, QWidget* parent);

    // Forgets the rows inside a section that is about to be replaced, before it is deleted.
    void forget(const QWidget* container);

    FieldRow* row(const QString& id) const { return m_rows.value(id); }
    QList<FieldRow*> rows() const { return m_rows.values(); }

signals:
    void answerChanged(const FieldKey& key, const Answer& answer);

private:
    const catalog::Catalog* m_catalog = nullptr;
    catalog::Malgrupp m_malgrupp = catalog::Malgrupp::Bou;
    const domain::Arende* m_arende = nullptr;
    const domain::Person* m_person = nullptr;
    QHash<QString, FieldRow*> m_rows;
};

} // namespace folja::ui::form
