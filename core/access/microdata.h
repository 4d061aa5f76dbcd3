#pragma once

// Pseudonymised microdata for regional pooling (FoU/RSS, researchers): one row per insats, typed
// and documented, for an engine outside Följa (DuckDB, R, Stata). INTERCHANGE §1, `folja-cli
// microdata export`, and Administration in the GUI both come here, so the rules hold for every
// caller:
//
// * Administratör only; every export is audited (who, when, recipient, variables, rows, period,
//   date precision) in the same transaction that stores a new recipient's secret.
// * The Person-ID never leaves: `person_pseudonym` is HMAC-SHA256 under a secret kept per
//   recipient in the (encrypted) database, over the database's own pseudonym of the Person-ID —
//   stable across exports to one recipient, unlinkable between recipients. Kön and age at
//   aktualisering are given instead. `arende_pseudonym` groups the rows of one ärende the same way.
// * Dates are coarsened to the month unless day precision is asked for. Comments, handläggare,
//   enheter and the source system's ärende keys are never exported, and every ärende of a skyddad
//   person (skyddade personuppgifter in any ärende) is left out.
// * Codes are national: a kommun's local value is rolled up to its SKR parent.
// * All or nothing: the files are written to a staging folder beside DIR and renamed into place
//   when complete; a failure leaves no DIR and the database unchanged.

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace folja::catalog {
class Catalog;
}

namespace folja::access {

class Session;

enum class DatePrecision { Month, Day };

struct MicrodataRequest {
    QString recipient; // 1–64 letters, digits, spaces, '-', '_' or '.'; names the secret
    QString outDir;    // must not exist, or be an empty folder
    QDate from;        // ärenden aktualiserade from this date (invalid: no lower limit)
    QDate to;          // … up to and including this date (invalid: no upper limit)
    DatePrecision precision = DatePrecision::Month;
};

struct MicrodataSummary {
    QString outDir;
    qint64 rows = 0;             // insatser written
    qint64 persons = 0;          // distinct persons among them
    qint64 skyddadeExcluded = 0; // insatser left out because the person is skyddad
    bool newRecipient = false;   // a secret was created for this recipient
    QStringList columns;
};

class MicrodataExport
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::MicrodataExport)

public:
    MicrodataExport(Session& session, const catalog::Catalog& catalog);

    // The columns of insatser.csv, in order.
    static QStringList columns();

    Result<MicrodataSummary> run(const MicrodataRequest& request);

private:
    Session& m_session;
    const catalog::Catalog& m_catalog;
};

} // namespace folja::access
