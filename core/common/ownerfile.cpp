#include "common/ownerfile.h"

#include "common/platform.h"

namespace folja {

bool restrictToOwner(QFileDevice& file)
{
    return file.isOpen() && platform::restrictOpenFileToOwner(file.handle());
}

bool restrictToOwner(const QString& path)
{
    return platform::restrictToOwner(path);
}

bool createOwnerOnly(const QString& path)
{
    return platform::createOwnerOnly(path);
}

} // namespace folja
