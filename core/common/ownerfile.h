#pragma once

// Files Följa writes are readable and writable by their owner only (0600 on POSIX), whatever the
// process's umask: the database, its journal, the .keys file, the failed sign-in record, reports
// and exports. On Windows these calls only clear the read-only attribute; the user profile's ACLs
// (where QStandardPaths puts the data) already keep other users out.

#include <QFileDevice>
#include <QString>

namespace folja {

// The permissions every file Följa creates gets.
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Restricts an open file (a QFile or a QSaveFile's temporary, before commit()) to its owner.
[[nodiscard]] bool restrictToOwner(QFileDevice& file);
// Restricts an existing file by name. False if it does not exist or the mode cannot be set.
[[nodiscard]] bool restrictToOwner(const QString& path);
// Creates an empty file that is owner-only from its first moment (no window in which another user
// could open it), unless it exists already. False if it cannot be created.
[[nodiscard]] bool createOwnerOnly(const QString& path);

} // namespace folja
