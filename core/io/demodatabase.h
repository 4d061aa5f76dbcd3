#pragma once

// Fills a database with synthetic demo data (folja-cli demo, and the GUI's demo database at first
// start). The data come from folja::demo::Generator; the handläggare accounts demo1, demo2, … are
// created with the given password and own the ärenden the generator assigns them.

#include "access/values.h"
#include "common/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace folja::access {
class Session;
}
namespace folja::catalog {
class Catalog;
}

namespace folja::io {

struct DemoFill {
    int persons = 2000;
    quint64 seed = 1;
    QDate today = QDate(2026, 11, 1);
    QString password; // for the demo handläggare accounts
};

struct DemoSummary {
    QStringList handlaggare; // account names created or reused
    int persons = 0;
    int arenden = 0;
    int insatser = 0;
    int uppfoljningar = 0;
};

// As an administratör: creates the handläggare accounts (existing ones are reused) and inserts
// the generated records in one transaction. Audited as one "demo.fill" entry.
Result<DemoSummary> fillWithDemoData(access::Session& admin, const catalog::Catalog& catalog, const DemoFill& fill);

struct DemoDatabase {
    QString adminUser = QStringLiteral("admin");
    QString analytikerUser = QStringLiteral("analys");
    QString password; // one password for every demo account
    DemoFill fill;
    access::KdfParams kdf;
};

struct DemoCreated {
    DemoSummary summary;
    QString recoveryCode;
};

// A new database at `path` with an administratör, an analytiker and demo handläggare, filled
// with demo data. Refuses an existing file. On failure no database is left behind.
Result<DemoCreated> createDemoDatabase(const QString& path, const catalog::Catalog& catalog, const DemoDatabase& demo);

} // namespace folja::io
