#pragma once

// The schema of a Följa database and the steps that bring an older file up to date.
//
// PRAGMA user_version is the authoritative schema version (meta.schema_version mirrors it for
// people reading a decrypted copy). Version 0 is an empty keyed file. Every step runs in ONE
// transaction together with the version bump, so a failing step leaves the file exactly as it was.

#include "common/result.h"
#include "store/sqlite.h"

#include <QList>

#include <functional>

namespace folja::store::schema {

// PRAGMA application_id: "Folj". Tells our files apart from other SQLCipher databases.
constexpr qint64 kApplicationId = 0x466f6c6a;
constexpr int kCurrentVersion = 9;

struct Migration {
    int toVersion; // the step migrates toVersion-1 → toVersion
    std::function<Result<void>(sqlite::Connection&)> apply;
};

// Steps 0→1 (the base schema) … → kCurrentVersion.
const QList<Migration>& builtinMigrations();

Result<int> userVersion(sqlite::Connection& conn);

// Applies every step after the file's current version up to and including `target`. Returns the
// version reached. A file newer than the newest known step is an error (Conflict).
Result<int> migrate(sqlite::Connection& conn, int target = kCurrentVersion,
                    const QList<Migration>& steps = builtinMigrations());

} // namespace folja::store::schema
