#pragma once

// An ärende and its person as JSON: the (de)serialisation of the domain records for drafts
// (access::Drafts stores the text encrypted; the form restores an unsaved ärende from it and uses
// it for its own "is anything changed" comparison). The text holds personal data: it must only ever be
// stored encrypted and never logged.

#include "domain/records.h"

#include <QJsonObject>

namespace folja::domain {

QJsonObject toJson(const Arende& arende);
QJsonObject toJson(const Person& person);
// Tolerant: missing members are left empty. Returns false if the object is not an ärende/person.
bool fromJson(const QJsonObject& json, Arende& arende);
bool fromJson(const QJsonObject& json, Person& person);

} // namespace folja::domain
