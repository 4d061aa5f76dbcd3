#include "access/clock.h"

#include <algorithm>

namespace folja::access {

const Clock& Clock::system()
{
    static const Clock clock;
    return clock;
}

IdleLockPolicy::IdleLockPolicy(const Clock& clock, int minutes)
    : m_clock(&clock)
    , m_minutes(std::clamp(minutes, kMinMinutes, kMaxMinutes))
    , m_lastActivity(clock.nowUtc())
{}

void IdleLockPolicy::setMinutes(int minutes)
{
    m_minutes = std::clamp(minutes, kMinMinutes, kMaxMinutes);
}

void IdleLockPolicy::recordActivity()
{
    m_lastActivity = m_clock->nowUtc();
}

bool IdleLockPolicy::shouldLock() const
{
    return msUntilLock() == 0;
}

qint64 IdleLockPolicy::msUntilLock() const
{
    const qint64 elapsed = m_lastActivity.msecsTo(m_clock->nowUtc());
    const qint64 limit = qint64(m_minutes) * 60 * 1000;
    return std::max<qint64>(0, limit - elapsed);
}

} // namespace folja::access
