#pragma once

// Files Följa writes are readable and writable by their owner only, whatever the process's umask
// or the folder's inherited ACL: the database, its journal (POSIX: SQLite copies the database's
// mode; Windows: the journal inherits the folder's ACL, its pages are encrypted like the
// database's), the .keys file, the failed sign-in record, reports and exports. POSIX: mode 0600;
// Windows: a protected DACL with one entry for the user (common/platform.h).

#include <QFileDevice>
#include <QString>

namespace folja {

// Restricts an open file (a QFile or a QSaveFile's temporary, before commit()) to its owner.
[[nodiscard]] bool restrictToOwner(QFileDevice& file);
// Restricts an existing file by name. False if it does not exist or the mode cannot be set.
[[nodiscard]] bool restrictToOwner(const QString& path);
// Creates an empty file that is owner-only from its first moment (no window in which another user
// could open it), unless it exists already. False if it cannot be created.
[[nodiscard]] bool createOwnerOnly(const QString& path);

} // namespace folja
