#include "common/ownerfile.h"

#include <QFile>

namespace folja {

bool restrictToOwner(QFileDevice& file)
{
    return file.setPermissions(kOwnerOnly);
}

bool restrictToOwner(const QString& path)
{
    return QFile::exists(path) && QFile::setPermissions(path, kOwnerOnly);
}

bool createOwnerOnly(const QString& path)
{
    if (QFile::exists(path))
        return true;
    QFile file(path);
    // QFile::open with permissions creates the file with that mode (O_CREAT's mode argument on
    // POSIX), so it is never visible with a wider one.
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly);
}

} // namespace folja
