#include "access/signinthrottle.h"

#include <QFileInfo>
#include <QThread>

namespace folja::access {

SignInThrottle& SignInThrottle::instance()
{
    static SignInThrottle throttle;
    return throttle;
}

std::chrono::milliseconds SignInThrottle::delayAfter(int failures)
{
    if (failures <= kFreeAttempts)
        return std::chrono::milliseconds(0);
    const int doublings = failures - kFreeAttempts - 1;
    if (doublings >= 16)
        return kMaxDelay;
    return std::min(kMaxDelay, std::chrono::milliseconds(kFirstDelay.count() << doublings));
}

QString SignInThrottle::key(const QString& databasePath, const QString& user)
{
    return QFileInfo(databasePath).absoluteFilePath() + QLatin1Char('\n') + user.trimmed().toLower();
}

std::chrono::milliseconds SignInThrottle::remaining(const QString& key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return std::chrono::milliseconds(0);
    const auto due = it->lastFailure + delayAfter(it->failures);
    const auto now = std::chrono::steady_clock::now();
    if (due <= now)
        return std::chrono::milliseconds(0);
    // Rounded up: a wait of 0.4 ms is still a wait.
    return std::chrono::ceil<std::chrono::milliseconds>(due - now);
}

int SignInThrottle::failures(const QString& key) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.value(key).failures;
}

void SignInThrottle::waitBeforeAttempt(const QString& key)
{
    const auto wait = remaining(key);
    if (wait.count() <= 0)
        return;
    Sleeper sleeper;
    {
        QMutexLocker lock(&m_mutex);
        sleeper = m_sleeper;
    }
    if (sleeper)
        sleeper(wait);
    else
        QThread::msleep(static_cast<unsigned long>(wait.count()));
}

void SignInThrottle::recordFailure(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    Entry& e = m_entries[key];
    e.failures = std::min(e.failures + 1, 1000);
    e.lastFailure = std::chrono::steady_clock::now();
}

void SignInThrottle::recordSuccess(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    m_entries.remove(key);
}

void SignInThrottle::setSleeperForTests(Sleeper sleeper)
{
    QMutexLocker lock(&m_mutex);
    m_sleeper = std::move(sleeper);
}

void SignInThrottle::resetForTests()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

} // namespace folja::access
