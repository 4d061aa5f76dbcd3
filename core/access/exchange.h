#pragma once

// Exchange packages between a handläggare's laptop and the SU-team's database (INTERCHANGE §1,
// `folja-cli exchange export|import`; issue 13). The GUI ("Skicka mina ärenden…", "Ta emot
// paket…") and the CLI both come here, so these rules hold for every caller:
//
// Export
// * Only the signed-in handläggare's own ärenden (all, or those changed — arenden.updated_at — on
//   or after a date), with their persons (the Person-ID decrypted from the store's field encryption
//   and encrypted again, with everything else, for transport), insatser, uppföljningar, comments
//   and stable ids. Never another's ärende, never accounts, key slots, settings or the audit log.
// * The file is written atomically (a failed export leaves no file). The ärenden get their stable
//   id (if new) and their exchange state (the content hash of what was sent) in the same
//   transaction as the audit entry, committed only once the file is in place.
//
// Import
// * Administratör (the import right); a handläggare may import a package of their own ärenden
//   (their laptop receiving from the SU-team's database), never anyone else's.
// * The package's handläggare must be an active handläggare here, or the administratör maps the
//   package to one (ImportRequest::owner). Ärenden are matched by stable id (or, for an ärende
//   that never travelled, by the source system's arende_id).
// * Per ärende: changed only in the package → taken; changed only here → kept; changed on both
//   sides since the last exchange → a conflict: the newer edit (updated_at) wins (a tie keeps this
//   database's), and the conflict report lists it with what was kept. Equal content → nothing
//   written, so importing the same package again changes nothing.
// * Everything is checked before anything is written; then ONE transaction (the audit entries
//   included). A damaged, truncated, tampered, foreign or wrong-passphrase package, an unknown code,
//   a missing handläggare: refused with a clear message, the database byte-identical.
// * Committed changes are announced to the session's listeners (the live analysis snapshot).

#include "access/exchangepackage.h"
#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace folja::catalog {
class Catalog;
}

namespace folja::access {

class Session;

// Called now and then with work done and total; return false to cancel (nothing is written then).
using ExchangeProgress = std::function<bool(qint64 done, qint64 total)>;

struct ExchangeExportRequest {
    QString outPath;
    QDate since;        // null: all own ärenden
    QString passphrase; // the transfer passphrase (FOLJA_TRANSFER_PASSPHRASE)
    quint32 iterations = exchange::kProductionIterations;
};

struct ExchangeExportSummary {
    QString outPath;
    QString packageId;
    int arenden = 0;
    int insatser = 0;
    int uppfoljningar = 0;
    int persons = 0;
    qint64 bytes = 0;
};

struct ExchangeImportRequest {
    QString inPath;
    QString passphrase;
    QString owner; // administratör only: the account the package's ärenden go to (empty: its own handläggare)
};

struct ExchangeConflict {
    QString stableId;
    qint64 arendeId = 0; // here
    QString externalId;
    QString localUpdatedAt;
    QString packageUpdatedAt;
    bool keptPackage = false;
};

struct ExchangeImportReport {
    QString packageId;
    QString handlaggare; // the package's
    QString owner;       // who owns the ärenden here
    QString packageCreatedAt;
    int arenden = 0;
    int created = 0;
    int updated = 0;     // taken from the package (conflicts it won included)
    int unchanged = 0;   // same content
    int keptLocal = 0;   // changed only here, or conflicts this database won
    int removedHere = 0; // erased or gallrade here since they were exchanged: not brought back
    QList<ExchangeConflict> conflicts;
};

// The conflict report (INTERCHANGE §1, exchange import): {"package": …, "handlaggare": …, "owner":
// …, "arenden": n, "created": n, "updated": n, "unchanged": n, "kept_local": n, "removed_here": n, "conflicts":
// [{"stable_id", "arende_id", "external_id", "local_updated_at", "package_updated_at",
// "kept": "package"|"local"}]}. No personal data.
QByteArray exchangeReportJson(const ExchangeImportReport& report);

class ExchangeService
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::ExchangeService)

public:
    static constexpr int kMinPassphraseLength = 12;

    ExchangeService(Session& session, const catalog::Catalog& catalog);

    Result<ExchangeExportSummary> exportPackage(const ExchangeExportRequest& request,
                                                const ExchangeProgress& progress = {});
    Result<ExchangeImportReport> importPackage(const ExchangeImportRequest& request,
                                               const ExchangeProgress& progress = {});

private:
    Session& m_session;
    const catalog::Catalog& m_catalog;
};

} // namespace folja::access
