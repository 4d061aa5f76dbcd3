#include "store/platform.h"

#include <QFile>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace folja::store::platform {

#if defined(Q_OS_UNIX)

namespace {

bool syncPath(const QString& path, int extraFlags, bool tolerateEinval)
{
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC | extraFlags);
    if (fd < 0)
        return false;
    // EINVAL: the file system cannot sync this kind of file (a directory on some file systems).
    const bool ok = ::fsync(fd) == 0 || (tolerateEinval && errno == EINVAL);
    ::close(fd);
    return ok;
}

} // namespace

bool syncFile(const QString& path)
{
    return syncPath(path, 0, false);
}

bool syncDirectory(const QString& directoryPath)
{
    return syncPath(directoryPath, O_DIRECTORY, true);
}

#elif defined(Q_OS_WIN)

bool syncFile(const QString& path)
{
    const std::wstring native = path.toStdWString();
    HANDLE file = ::CreateFileW(native.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = ::FlushFileBuffers(file) != 0;
    ::CloseHandle(file);
    return ok;
}

bool syncDirectory(const QString& directoryPath)
{
    Q_UNUSED(directoryPath);
    return true;
}

#else

bool syncFile(const QString& path)
{
    Q_UNUSED(path);
    return true;
}

bool syncDirectory(const QString& directoryPath)
{
    Q_UNUSED(directoryPath);
    return true;
}

#endif

} // namespace folja::store::platform
