#include "common/result.h"

#include <QtGlobal>

namespace folja {

namespace detail {

void resultMisuse(const char* what, const Error* error)
{
    // The code only: messages are meant for people and stay out of logs.
    if (error)
        qFatal("Följa internal error: %s (error code %s)", what, qPrintable(errorCodeName(error->code)));
    qFatal("Följa internal error: %s", what);
}

} // namespace detail

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission-denied");
    case ErrorCode::WrongPassword:
        return QStringLiteral("wrong-password");
    case ErrorCode::NotADatabase:
        return QStringLiteral("not-a-database");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::Locked:
        return QStringLiteral("locked");
    case ErrorCode::ReadOnly:
        return QStringLiteral("read-only");
    case ErrorCode::DiskFull:
        return QStringLiteral("disk-full");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace folja
