#pragma once

// The persisted analysis snapshot (schema v3): an encrypted copy of the serialised "All"
// snapshot (analysis/snapshotio.h) plus the log of ärenden written since it was made, so that an
// unlock reads one blob and reloads a few ärenden instead of every row of the database.
//
// * The cache lives inside the SQLCipher file like everything else: encrypted with the database
//   key, gone with the file, never a separate file.
// * analysis_changes is written by triggers (see schema.cpp) in the same transaction as every
//   write to arenden or persons while a cache exists; its key is the data revision.
// * Erasure (radering, gallring, removal of a person) deletes the cache and the log in the same
//   transaction, by trigger: no copy of erased data survives (secure_delete overwrites the pages).
//   A rättelse only logs the ärende: the old values stay in the cache blob until it is next
//   written (at lock or sign-out, or after the next full build). That is a deliberate trade-off:
//   re-serialising ~100 MB on every save would make saving slow, the old values are catalogue
//   codes and dates without identity (never names, personnummer or free text), they stay inside
//   the encrypted file, and every reader applies the log, so no answer ever uses them.
//
// Store level: no access rules; io::AnalysisData decides who may use the cache (analytiker and
// administratör: the unrestricted snapshot only).

#include "common/result.h"
#include "store/sqlite.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace folja::store {

struct AnalysisCacheHeader {
    qint64 baseRevision = 0; // the snapshot includes every change up to and including this revision
    int formatVersion = 0;   // analysis::kSnapshotFormatVersion of the writer
    QString createdAt;       // ISO 8601 UTC
    qint64 bytes = 0;        // total payload size
    int chunks = 0;
};

class AnalysisCache
{
public:
    // Payload pieces: small enough to stay out of the way in memory, large enough to be few rows.
    static constexpr qsizetype kChunkBytes = 4 << 20;

    // The header, or nullopt when there is no cache (or no v3 schema).
    static Result<std::optional<AnalysisCacheHeader>> header(sqlite::Connection& conn);

    // The current data revision: the highest revision ever logged (0 if none).
    static Result<qint64> currentRevision(sqlite::Connection& conn);

    // Distinct ärende ids logged after `revision`, in first-logged order. More than `limit`
    // distinct ids: returns nullopt (the caller rebuilds instead).
    static Result<std::optional<QList<qint64>>> changedSince(sqlite::Connection& conn, qint64 revision,
                                                             qsizetype limit);

    // Replaces the cache in ONE transaction: the old cache goes, `produce` hands the payload over
    // piece by piece through the callback it gets (return false from produce to abort: nothing is
    // written), the header says `baseRevision`, and the log up to it is pruned. Returns the
    // number of bytes written.
    using ChunkWriter = std::function<bool(const QByteArray& chunk)>;
    static Result<qint64> write(sqlite::Connection& conn, qint64 baseRevision, int formatVersion,
                                const std::function<bool(const ChunkWriter&)>& produce);

    // Deletes the cache and the log (inside the caller's transaction, if any).
    static Result<void> remove(sqlite::Connection& conn);

    // Reads the payload piece by piece, in order. Keep the connection open while reading.
    class Reader
    {
    public:
        static Result<Reader> open(sqlite::Connection& conn);
        // The next piece into `chunk`; false at the end. A read error ends the reading and is
        // kept in error().
        bool next(QByteArray& chunk);
        const std::optional<Error>& error() const { return m_error; }

    private:
        explicit Reader(sqlite::Statement st)
            : m_st(std::move(st))
        {}
        sqlite::Statement m_st;
        std::optional<Error> m_error;
    };
};

} // namespace folja::store
