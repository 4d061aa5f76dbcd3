#pragma once

// For test helpers that return a value and so cannot use QVERIFY. FOLJA_CHECK(cond) evaluates to
// cond; when it does not hold it fails the running test (QTest::qFail) naming the condition and
// where. Q_ASSERT is no substitute: it compiles to nothing under QT_NO_DEBUG (release test builds).
// FOLJA_REQUIRE(cond) is for state a helper cannot go on without: it stops the test binary with
// the condition and where, in every build type.

#include <QTest>

#define FOLJA_CHECK(cond)                                                                                              \
    (static_cast<bool>(cond) ? true : (QTest::qFail("check failed: " #cond, __FILE__, __LINE__), false))

#define FOLJA_REQUIRE(cond)                                                                                            \
    do {                                                                                                               \
        if (!static_cast<bool>(cond))                                                                                  \
            qFatal("%s:%d: required: %s", __FILE__, __LINE__, #cond);                                                  \
    } while (false)
