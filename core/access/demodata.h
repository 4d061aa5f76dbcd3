#pragma once

// Synthetic demo records into the database (io/demodatabase: folja-cli demo, the GUI's demo
// database). Administratör only; the records go in as one transaction.

#include "common/result.h"
#include "domain/records.h"

#include <QCoreApplication>
#include <QList>

namespace folja::access {

class Session;

struct DemoRecord {
    domain::Person person;
    domain::Arende arende; // personRef is filled in from person
};

class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::DemoData)

public:
    explicit DemoData(Session& session)
        : m_session(session)
    {}

    // Whether any of the records' ärendenummer (arende.externalId) is already used. Administratör.
    Result<bool> anyExists(const QList<DemoRecord>& records);
    // Inserts every record in ONE transaction (all or nothing), which also marks the database as
    // holding demo data. Administratör. The caller audits.
    Result<void> insert(QList<DemoRecord>& records);
    // Whether demo data were ever put into this database (its window then says DEMO). Anyone
    // signed in may ask: it says nothing about any person.
    Result<bool> present();

private:
    Session& m_session;
};

} // namespace folja::access
