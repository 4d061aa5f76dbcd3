#include "store/messages.h"

#include <QCoreApplication>

namespace folja::store::messages {

namespace {
Error make(ErrorCode code, QString text)
{
    return Error{code, std::move(text)};
}
} // namespace

Error wrongPassword()
{
    return make(ErrorCode::WrongPassword,
                QCoreApplication::translate("folja::store::Database", "The user name or the password is wrong."));
}

Error wrongRecoveryCode()
{
    return make(ErrorCode::WrongPassword,
                QCoreApplication::translate("folja::store::Database", "The recovery code is wrong."));
}

Error notADatabase()
{
    return make(ErrorCode::NotADatabase,
                QCoreApplication::translate("folja::store::Database", "The file is not a Följa database."));
}

Error keyFileMissing()
{
    return make(ErrorCode::NotADatabase,
                QCoreApplication::translate("folja::store::Database",
                                            "The key file (.keys) that belongs to the database is missing. "
                                            "Place it next to the database file and try again."));
}

Error keyFileMismatch()
{
    return make(ErrorCode::NotADatabase,
                QCoreApplication::translate("folja::store::Database",
                                            "The key file (.keys) next to the database belongs to a different "
                                            "database."));
}

Error keyFileDamaged()
{
    return make(ErrorCode::Corrupt,
                QCoreApplication::translate("folja::store::Database",
                                            "The key file (.keys) of the database is damaged. Restore it from "
                                            "a backup."));
}

Error corrupt()
{
    return make(ErrorCode::Corrupt,
                QCoreApplication::translate("folja::store::Database",
                                            "The database file is damaged. Do not overwrite it: restore a backup "
                                            "and contact support."));
}

Error locked()
{
    return make(ErrorCode::Locked,
                QCoreApplication::translate("folja::store::Database",
                                            "The database is already open in another Följa window or on another "
                                            "computer."));
}

Error readOnly()
{
    return make(ErrorCode::ReadOnly,
                QCoreApplication::translate("folja::store::Database",
                                            "The database cannot be changed: the file or its folder is read-only."));
}

Error diskFull()
{
    return make(ErrorCode::DiskFull,
                QCoreApplication::translate("folja::store::Database",
                                            "The disk is full. The change was not saved; free some space and try "
                                            "again."));
}

Error io()
{
    return make(ErrorCode::Io, QCoreApplication::translate("folja::store::Database",
                                                           "The database file could not be read or written."));
}

Error internal()
{
    return make(ErrorCode::Internal,
                QCoreApplication::translate("folja::store::Database", "An internal database error occurred."));
}

Error databaseNotFound()
{
    return make(ErrorCode::NotFound,
                QCoreApplication::translate("folja::store::Database", "The database file does not exist."));
}

Error alreadyExists()
{
    return make(ErrorCode::Conflict,
                QCoreApplication::translate("folja::store::Database",
                                            "A file with that name already exists. Choose another name."));
}

Error newerVersion()
{
    return make(ErrorCode::Conflict,
                QCoreApplication::translate("folja::store::Database",
                                            "The database was created by a newer version of Följa. Update Följa "
                                            "to open it."));
}

Error noSqlCipher()
{
    return make(ErrorCode::Internal,
                QCoreApplication::translate("folja::store::Database",
                                            "Encryption support (SQLCipher) is missing; the database was not "
                                            "opened."));
}

Error constraint()
{
    return make(ErrorCode::Conflict,
                QCoreApplication::translate("folja::store::Database", "The change conflicts with existing data."));
}

Error keySlotExists()
{
    return make(ErrorCode::Conflict,
                QCoreApplication::translate("folja::store::Database", "The user already has a password."));
}

Error keySlotNotFound()
{
    return make(ErrorCode::NotFound,
                QCoreApplication::translate("folja::store::Database", "The user has no password for this database."));
}

Error lastKeySlot()
{
    return make(
        ErrorCode::Conflict,
        QCoreApplication::translate("folja::store::Database", "The last password of the database cannot be removed."));
}

Error invalidArgument()
{
    return make(ErrorCode::InvalidInput,
                QCoreApplication::translate("folja::store::Database", "A required value is missing or invalid."));
}

Error busy()
{
    return make(ErrorCode::Locked,
                QCoreApplication::translate("folja::store::Database", "The database is busy. Try again in a moment."));
}

Error restoreSourceInvalid()
{
    return make(ErrorCode::NotADatabase,
                QCoreApplication::translate("folja::store::Database",
                                            "The chosen file is not a complete Följa backup (the database file and "
                                            "its .keys file are both needed)."));
}

Error notFound()
{
    return make(ErrorCode::NotFound,
                QCoreApplication::translate("folja::store::Database", "The requested record does not exist."));
}

} // namespace folja::store::messages
