#pragma once

// Crash-test hooks. Only in builds with BUILD_TESTING (FOLJA_TEST_HOOKS); a release build has
// none, and the calls compile to nothing.
//
// FOLJA_TEST_PAUSE_AT=<point>: when the process reaches `point` it writes
// "folja-test-paused:<point>" on stderr and waits there until it is killed, so a test can kill it
// (SIGKILL) exactly between two writes and check what is left behind.

#ifdef FOLJA_TEST_HOOKS
#include <QByteArray>
#include <QtGlobal>

#include <chrono>
#include <cstdio>
#include <thread>
#endif

namespace folja::access::testhooks {

inline void pausePoint([[maybe_unused]] const char* point)
{
#ifdef FOLJA_TEST_HOOKS
    if (qgetenv("FOLJA_TEST_PAUSE_AT") != point)
        return;
    std::fprintf(stderr, "folja-test-paused:%s\n", point);
    std::fflush(stderr);
    for (;;)
        std::this_thread::sleep_for(std::chrono::seconds(1));
#endif
}

} // namespace folja::access::testhooks
