#pragma once

// The edited ärende and person as JSON, for the host's encrypted crash-restore draft and for the
// form's own "is anything changed" comparison. The text holds personal data: it must only ever be
// stored encrypted and never logged.

#include "domain/records.h"

#include <QJsonObject>

namespace folja::ui::form {

QJsonObject toJson(const domain::Arende& arende);
QJsonObject toJson(const domain::Person& person);
// Tolerant: missing members are left empty. Returns false if the object is not an ärende/person.
bool fromJson(const QJsonObject& json, domain::Arende& arende);
bool fromJson(const QJsonObject& json, domain::Person& person);

} // namespace folja::ui::form
