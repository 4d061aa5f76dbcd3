#pragma once

// The hash chain that makes the audit log tamper-evident, as pure functions (no database):
//   hash(n) = SHA-256(prev_hash ‖ canonical(entry n)),   prev_hash(n) = hash(n−1), prev_hash(1) = "".
// Editing, deleting or reordering any entry changes every later hash, so verify() finds the first
// entry whose stored hash does not match. (An attacker who can rewrite the whole tail could
// recompute it; the chain protects against silent edits, not against a full rewrite by someone
// holding the database key.)

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace folja::access {

struct AuditEntry {
    qint64 seq = 0;
    QDateTime ts;       // UTC, millisecond precision
    QString actor;      // account name (or "-" before sign-in)
    QString action;     // stable verb, e.g. "arende.open"
    QString objectType; // "arende", "person", "account", "setting", …
    QString objectRef;  // internal id or pseudonym prefix: never personal data
    QString details;    // short, machine-oriented; never personal data
    QString prevHash;   // lower-case hex
    QString hash;       // lower-case hex
};

// Unambiguous byte serialisation: every field is length-prefixed so that no value can run into the
// next ("a|b" + "c" ≠ "a" + "b|c").
QByteArray canonicalAuditBytes(const AuditEntry& entry);

// SHA-256(prevHash ‖ canonical(entry)) as lower-case hex. Uses entry.prevHash.
QString computeAuditHash(const AuditEntry& entry);

// Checks a sequence of entries in seq order, starting after `anchorHash` (the hash of the entry
// before the first one, empty for the very first). Returns the seq of the first entry that is
// broken (wrong prev_hash link, wrong hash, or a gap in seq), or nullopt if the chain holds.
std::optional<qint64> firstBrokenAuditEntry(const QList<AuditEntry>& entries, const QString& anchorHash = {},
                                            qint64 anchorSeq = 0);

QString auditTimestamp(const QDateTime& ts); // ISO 8601 UTC with milliseconds, as stored

} // namespace folja::access
