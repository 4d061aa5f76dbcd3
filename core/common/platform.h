#pragma once

#include <QString>

// Följa's only operating-system calls: durability of files and directories, and files that only
// their owner can open. Everything else in core/, ui/ and app/ is portable Qt; a port to a new
// platform starts (and ends) here. tests/linkage/platform_guard.sh fails if a POSIX or Windows
// header appears anywhere else.
namespace folja::platform {

// Flushes a file's data and metadata to the disk (fsync / FlushFileBuffers). False if the file
// could not be opened or flushed.
[[nodiscard]] bool syncFile(const QString& path);

// Flushes a directory so that a rename or unlink in it survives power loss. A no-op returning true
// where the platform or file system has no such operation (Windows: NTFS journals its metadata).
// False if the directory could not be opened or synced.
[[nodiscard]] bool syncDirectory(const QString& directoryPath);

// Makes an existing file readable and writable by its owner only:
// * POSIX: mode 0600;
// * Windows: a protected DACL (nothing inherited from the folder) with a single entry, full
//   control for the user the process runs as. A chmod-like call there only sets the read-only
//   attribute, and a folder such as C:\Följa or a network share lets every user of the machine in.
// False if the file does not exist or its permissions cannot be set.
[[nodiscard]] bool restrictToOwner(const QString& path);

// The same for a file open in this process, by its C runtime descriptor (QFileDevice::handle()):
// works on a QSaveFile's temporary before commit(), whose name the caller does not know. On
// Windows the DACL is set by the temporary's real path (the open handle has no WRITE_DAC right);
// the file was created with the folder's inherited entries a moment before.
[[nodiscard]] bool restrictOpenFileToOwner(int descriptor);

// Creates an empty file that is owner-only (as above) from its first moment: there is no window in
// which another user could open it and keep the handle. True if it exists already (untouched);
// false if it cannot be created.
[[nodiscard]] bool createOwnerOnly(const QString& path);

// Standard output in binary mode: on Windows the C runtime would turn every "\n" that folja-cli
// prints (CSV, JSON) into "\r\n", so the same command would print other bytes than on Linux and
// than the same table written with --out. A no-op elsewhere.
void useBinaryStandardOutput();

} // namespace folja::platform
