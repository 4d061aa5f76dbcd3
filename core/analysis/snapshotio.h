#pragma once

// A versioned binary form of analysis::Snapshot, for the persisted snapshot cache
// (store::AnalysisCache). Raw column arrays and dictionaries, nothing else: the same catalogue
// codes, dates and organisational units the snapshot holds in memory, never a personnummer, a
// name or free text. Host byte order (checked on read). Written and read in pieces so that
// neither side needs a second copy of the whole thing.
//
// Layout: "FOLJASNP", u32 format version, u32 byte-order mark, then every table's columns in a
// fixed order (u64 element count + raw elements; dictionaries as u32 count + UTF-8 codes), the
// id of each person and ärende row, and "END." at the end. The reader checks every count and
// every cross-reference (row numbers, offsets, dictionary codes), so a damaged payload is an
// error, never an out-of-range read later.

#include "analysis/snapshot.h"
#include "common/result.h"

#include <QByteArray>

#include <functional>

namespace folja::analysis {

// Bump on any change of the layout or of what a column means; an older cache is then rebuilt.
// 2: every table carries the cell-key-method record keys (a u8 column after `alive`).
// 3: ArendeTable::ursprung; PersonTable::ursprung derived from the ärenden in the snapshot.
constexpr int kSnapshotFormatVersion = 3;

// Receives the payload piece by piece (about chunkBytes each, the last one shorter); return
// false to abort. Returns false if the sink aborted.
using SnapshotChunkSink = std::function<bool(const QByteArray& chunk)>;
bool writeSnapshot(const Snapshot& snapshot, const SnapshotChunkSink& sink, qsizetype chunkBytes = 4 << 20);

// Hands over the next piece; false at the end.
using SnapshotChunkSource = std::function<bool(QByteArray& chunk)>;
// Corrupt (with a message saying where) for a damaged or truncated payload, Conflict for another
// format version or byte order.
Result<Snapshot> readSnapshot(const SnapshotChunkSource& source);

// The whole payload at once (tests, small snapshots).
QByteArray serializeSnapshot(const Snapshot& snapshot);
Result<Snapshot> deserializeSnapshot(const QByteArray& payload);

} // namespace folja::analysis
