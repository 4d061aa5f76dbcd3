#include "common/platform.h"

#include <QFile>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
// windows.h first: aclapi.h needs its types.
#include <aclapi.h>
#include <cstdio>
#include <fcntl.h>
#include <io.h>
#include <memory>
#include <vector>
#endif

namespace folja::platform {

#if defined(Q_OS_UNIX)

namespace {

constexpr QFileDevice::Permissions kOwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

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

bool restrictToOwner(const QString& path)
{
    return QFile::exists(path) && QFile::setPermissions(path, kOwnerReadWrite);
}

bool restrictOpenFileToOwner(int descriptor)
{
    return descriptor >= 0 && ::fchmod(descriptor, S_IRUSR | S_IWUSR) == 0;
}

void useBinaryStandardOutput() {}

bool createOwnerOnly(const QString& path)
{
    if (QFile::exists(path))
        return true;
    QFile file(path);
    // QFile::open with permissions creates the file with that mode (O_CREAT's mode argument), so it
    // is never visible with a wider one.
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerReadWrite);
}

#elif defined(Q_OS_WIN)

namespace {

std::wstring nativePath(const QString& path)
{
    QString native = path;
    native.replace(QLatin1Char('/'), QLatin1Char('\\'));
    return native.toStdWString();
}

// The security descriptor of an owner-only file: owned by the process's user, a protected DACL
// (SE_DACL_PROTECTED: no entries inherited from the folder) with one entry, full control for that
// user. Administrators can still take ownership, as root can read a 0600 file.
class OwnerOnlyDescriptor
{
public:
    OwnerOnlyDescriptor()
    {
        HANDLE token = nullptr;
        if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token))
            return;
        DWORD size = 0;
        ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        m_tokenUser.resize(size);
        const bool gotUser = size > 0 && ::GetTokenInformation(token, TokenUser, m_tokenUser.data(), size, &size);
        ::CloseHandle(token);
        if (!gotUser)
            return;
        PSID user = reinterpret_cast<TOKEN_USER*>(m_tokenUser.data())->User.Sid;
        const DWORD aclSize = sizeof(ACL) + sizeof(ACCESS_ALLOWED_ACE) + ::GetLengthSid(user);
        m_acl.resize(aclSize);
        auto* acl = reinterpret_cast<PACL>(m_acl.data());
        if (!::InitializeAcl(acl, aclSize, ACL_REVISION) ||
            !::AddAccessAllowedAce(acl, ACL_REVISION, FILE_ALL_ACCESS, user))
            return;
        if (!::InitializeSecurityDescriptor(&m_descriptor, SECURITY_DESCRIPTOR_REVISION) ||
            !::SetSecurityDescriptorOwner(&m_descriptor, user, FALSE) ||
            !::SetSecurityDescriptorDacl(&m_descriptor, TRUE, acl, FALSE) ||
            !::SetSecurityDescriptorControl(&m_descriptor, SE_DACL_PROTECTED, SE_DACL_PROTECTED))
            return;
        m_ok = true;
    }

    bool ok() const { return m_ok; }
    PSID user() { return reinterpret_cast<TOKEN_USER*>(m_tokenUser.data())->User.Sid; }
    PACL acl() { return reinterpret_cast<PACL>(m_acl.data()); }
    SECURITY_DESCRIPTOR* descriptor() { return &m_descriptor; }

private:
    std::vector<unsigned char> m_tokenUser;
    std::vector<unsigned char> m_acl;
    SECURITY_DESCRIPTOR m_descriptor{};
    bool m_ok = false;
};

} // namespace

bool syncFile(const QString& path)
{
    const std::wstring native = nativePath(path);
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
    // NTFS journals its metadata; there is nothing to flush, but a missing folder is an error.
    const DWORD attributes = ::GetFileAttributesW(nativePath(directoryPath).c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY);
}

// Replaces the file's DACL; PROTECTED_ drops the entries inherited from the folder. The owner
// stays (setting it needs WRITE_OWNER, which the folder's entries may not give).
static bool setOwnerOnlyDacl(std::wstring native)
{
    OwnerOnlyDescriptor sd;
    if (!sd.ok())
        return false;
    const DWORD rc = ::SetNamedSecurityInfoW(native.data(), SE_FILE_OBJECT,
                                             DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr,
                                             nullptr, sd.acl(), nullptr);
    return rc == ERROR_SUCCESS;
}

bool restrictToOwner(const QString& path)
{
    return QFile::exists(path) && setOwnerOnlyDacl(nativePath(path));
}

bool restrictOpenFileToOwner(int descriptor)
{
    if (descriptor < 0)
        return false;
    const auto handle = reinterpret_cast<HANDLE>(::_get_osfhandle(descriptor));
    if (handle == INVALID_HANDLE_VALUE)
        return false;
    std::vector<wchar_t> buffer(MAX_PATH + 1);
    DWORD length = ::GetFinalPathNameByHandleW(handle, buffer.data(), DWORD(buffer.size()), FILE_NAME_NORMALIZED);
    if (length >= buffer.size()) {
        buffer.resize(length + 1);
        length = ::GetFinalPathNameByHandleW(handle, buffer.data(), DWORD(buffer.size()), FILE_NAME_NORMALIZED);
    }
    if (length == 0 || length >= buffer.size())
        return false;
    return setOwnerOnlyDacl(std::wstring(buffer.data(), length));
}

void useBinaryStandardOutput()
{
    ::_setmode(::_fileno(stdout), _O_BINARY);
}

bool createOwnerOnly(const QString& path)
{
    if (QFile::exists(path))
        return true;
    OwnerOnlyDescriptor sd;
    if (!sd.ok())
        return false;
    SECURITY_ATTRIBUTES attributes{};
    attributes.nLength = sizeof(attributes);
    attributes.lpSecurityDescriptor = sd.descriptor();
    attributes.bInheritHandle = FALSE;
    // CREATE_NEW with the descriptor: the file exists only with the owner-only DACL.
    HANDLE file = ::CreateFileW(nativePath(path).c_str(), GENERIC_WRITE, 0, &attributes, CREATE_NEW,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return false;
    ::CloseHandle(file);
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

bool restrictToOwner(const QString& path)
{
    return QFile::exists(path) && QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool restrictOpenFileToOwner(int descriptor)
{
    Q_UNUSED(descriptor);
    return false;
}

void useBinaryStandardOutput() {}

bool createOwnerOnly(const QString& path)
{
    if (QFile::exists(path))
        return true;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

#endif

} // namespace folja::platform
