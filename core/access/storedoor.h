#pragma once

// The store behind a Session, for the code of core/access only (and for tests that inspect the
// file). Everything else reaches data through the access classes, which enforce ownership and
// audit; a build error stops any other target from including this header, and a linkage test
// stops ui/ and app/ from including store/ headers or linking the store.

#if !defined(FOLJA_STORE_DOOR)
#error "access/storedoor.h is for core/access (and tests) only: go through the access classes."
#endif

#include "access/session.h"
#include "common/result.h"
#include "store/database.h"
#include "store/repository.h"

namespace folja::access {

class StoreDoor
{
public:
    // Locked when the session is locked.
    static Result<store::Database*> database(Session& session) { return session.database(); }
    static Result<store::ArendeRepository*> repository(Session& session) { return session.repository(); }
};

} // namespace folja::access
