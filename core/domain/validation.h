#pragma once

// The registration rules shared by the ärende form, the import and the data-quality views:
// dates in process order, and required variables that are missing once their process step has
// been reached (internt bortfall). Two severities as in Socialstyrelsen's Filip: a *varning* lets
// the user save, a *fel* does not.

#include "catalog/catalog.h"
#include "domain/records.h"

#include <QList>
#include <QString>

namespace folja::domain {

enum class Severity { Varning, Fel };

struct Issue {
    Severity severity = Severity::Fel;
    QString variable;     // catalogue variable code the issue is about
    int insats = -1;      // index into Arende::insatser, or -1
    int uppfoljning = -1; // index into Insats::uppfoljningar, or -1
    QString message;      // translated; never contains personal data
};

// Whether a process step has been reached for a record, so that its required variables count
// as bortfall when empty. Steps not reached are "ej tillämpligt", never bortfall.
bool arendeStepReached(catalog::Step step, const Arende& arende);
bool insatsStepReached(catalog::Step step, const Insats& insats);

// Date order: aktualisering ≤ beslut ≤ verkställande ≤ uppföljning ≤ avslut. Out of order is a
// fel, except an uppföljning after avslut (a follow-up after the end is legitimate practice) and
// dates in the future relative to `today`, which are varningar.
QList<Issue> checkDates(const Arende& arende, QDate today);

// Required ([1], [1..*]) variables empty although their step was reached: varningar (bortfall).
// Hidden variables (the kommun's customisation) are not reported. Coded values that are unknown
// or not valid for the ärende's målgrupp are fel.
QList<Issue> checkAnswers(const Arende& arende, const catalog::Catalog& catalog);

// Everything above; `blocking()` tells whether any fel prevents saving.
QList<Issue> validate(const Arende& arende, const catalog::Catalog& catalog, QDate today);
bool hasBlocking(const QList<Issue>& issues);

} // namespace folja::domain
