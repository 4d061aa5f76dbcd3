#pragma once

// Every user-visible error text of the store, in one place so that the translators see them
// together (context "folja::store::Database"). None of them may ever contain personal data, file
// contents or SQL values: they are shown, and they may be logged.

#include "common/result.h"

namespace folja::store::messages {

Error wrongPassword();
Error wrongRecoveryCode();
Error notADatabase();
Error keyFileMissing();
Error keyFileMismatch();
Error keyFileDamaged();
Error corrupt();
Error locked();
Error readOnly();
Error diskFull();
Error io();
Error internal();
Error databaseNotFound();
Error alreadyExists();
Error newerVersion();
Error noSqlCipher();
Error constraint();
Error keySlotExists();
Error keySlotNotFound();
Error lastKeySlot();
Error invalidArgument();
Error busy();
Error restoreSourceInvalid();
Error notFound();

} // namespace folja::store::messages
