#pragma once

#include <QString>

// The store's only operating-system calls: durability of files and directories. Everything else in
// core/ is portable Qt; a port to a new platform starts (and, for the store, ends) here.
// tests/linkage/platform_guard.sh fails if a POSIX or Windows header appears anywhere else in core/.
namespace folja::store::platform {

// Flushes a file's data and metadata to the disk (fsync / FlushFileBuffers). False if the file
// could not be opened or flushed.
[[nodiscard]] bool syncFile(const QString& path);

// Flushes a directory so that a rename or unlink in it survives power loss. A no-op returning true
// where the platform or file system has no such operation (Windows: NTFS journals its metadata).
// False if the directory could not be opened or synced.
[[nodiscard]] bool syncDirectory(const QString& directoryPath);

} // namespace folja::store::platform
