#pragma once

// Failed sign-ins, kept beside the database in "<database>.signins" until an administratör has
// seen them.
//
// Why a file of its own: a failed sign-in has no key, so it cannot write to the encrypted
// database (nor to its audit log). It must not write to the .keys file either: that file is the one
// whose loss locks everybody out, and a wrong password — typed by anyone, as often as they like —
// must never rewrite it (house rule: a failed command leaves the database and the .keys file
// byte-identical). So the record lives in a small, expendable sidecar, written atomically and
// owner-only, holding nothing an attacker with the laptop does not already have:
// * a known account is recorded by its key-slot id, HMAC-SHA256(file salt, lower-cased name): the
//   very value the .keys file already shows for that account, so no name appears in plain text;
// * a name with no account is recorded WITHOUT the name (nor any hash of it): people type their
//   password into the user-name field, and a salted hash of a password in a readable file is a
//   password an attacker can test offline;
// * the UTC time and the kind of attempt (password or recovery code). Never the attempted secret.
// The file is not authenticated (nothing can sign it without a key): whoever can write the folder
// can add or remove records, as they could delete the database. It is a prompt for the
// administratör, not evidence; once seen, the records are copied into the hash-chained audit log,
// where they are. Bounded: at most kMaxRecords, oldest first out (counted in `dropped`).

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace folja::store {

struct FailedSignIn {
    enum class Kind { Password, RecoveryCode };
    qint64 seq = 0;    // increasing within one file (see SignInLog::Contents::fileId)
    QByteArray slotId; // the account's key-slot id; empty: no account by that name / recovery code
    Kind kind = Kind::Password;
    QDateTime at; // UTC, whole seconds
};

class SignInLog
{
public:
    static constexpr int kMaxRecords = 200;

    struct Contents {
        QByteArray fileId; // random per file: a deleted and recreated file starts over
        qint64 dropped = 0;
        QList<FailedSignIn> records;
    };

    static QString pathFor(const QString& databasePath);

    // Records one failed attempt for the database at `databasePath`. Reads the .keys file (never
    // writes it) to tell a known account from an unknown name. Errors (a read-only folder, a full
    // disk) are returned for the caller to ignore or report: the sign-in failed either way.
    static Result<void> recordFailure(const QString& databasePath, const QString& user, FailedSignIn::Kind kind,
                                      const QDateTime& atUtc);
    // The records, oldest first; empty contents when there is no file. A damaged file reads as
    // empty too (it holds nothing worth refusing a sign-in over), with `damaged` set.
    static Contents read(const QString& databasePath, bool* damaged = nullptr);
};

} // namespace folja::store
