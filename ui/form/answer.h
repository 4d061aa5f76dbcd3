#pragma once

// The one place where catalogue variable codes meet the fields of the domain records. The form is
// generated from the catalogue; this table decides which of its variables the records can hold,
// so a variable the records have no room for is never offered (it could not be saved).

#include "catalog/types.h"
#include "domain/records.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace folja::ui::form {

// Which answer a field edits: a variable, and for insats / uppföljning variables the indices of
// the record within the ärende.
struct FieldKey {
    QString code;
    int insats = -1;
    int uppfoljning = -1;

    // "code", "code_0", "code_0_1": used for objectNames and to match validation issues.
    QString id() const;
    bool operator==(const FieldKey&) const = default;
};

// A coded answer (empty list = not answered) or a date, with the variable's comment.
struct Answer {
    QStringList codes;
    QDate date;
    QString comment;
    bool operator==(const Answer&) const = default;
};

// Whether the records can hold answers to this variable at its catalogue level.
bool isBindable(const catalog::Variable& variable);

Answer answerOf(const domain::Arende& arende, const domain::Person& person, const FieldKey& key);
// Writes the answer; codes beyond the first are ignored for single-valued variables.
void applyAnswer(domain::Arende& arende, domain::Person& person, const FieldKey& key, const Answer& answer);

// Whether a conditional question is asked, e.g. B2 only when B1a or B1b says "improved". The
// condition's variables are read from the same record as the key.
bool conditionMet(const catalog::Variable& variable, const domain::Arende& arende, const domain::Person& person,
                  const FieldKey& key);

} // namespace folja::ui::form
