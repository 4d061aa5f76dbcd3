#pragma once

#include <QDateTime>

namespace folja::access {

// The access layer's only source of "now", so that idle locking and audit timestamps can be
// tested without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc(); }

    static const Clock& system();
};

// A clock the test moves by hand.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC))
        : m_now(start)
    {}
    QDateTime nowUtc() const override { return m_now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void set(QDateTime now) { m_now = now; }

private:
    QDateTime m_now;
};

// Locks the session after a period without user activity. The GUI calls recordActivity() on
// input events and polls shouldLock() from a timer; the policy itself owns no timer so that it is
// testable with a ManualClock.
class IdleLockPolicy
{
public:
    static constexpr int kDefaultMinutes = 10;
    static constexpr int kMinMinutes = 1;
    static constexpr int kMaxMinutes = 120;

    explicit IdleLockPolicy(const Clock& clock = Clock::system(), int minutes = kDefaultMinutes);

    int minutes() const { return m_minutes; }
    // Values outside [kMinMinutes, kMaxMinutes] are clamped: an idle lock cannot be switched off.
    void setMinutes(int minutes);

    void recordActivity();
    bool shouldLock() const;
    // Milliseconds until shouldLock() becomes true (0 if already due).
    qint64 msUntilLock() const;

private:
    const Clock* m_clock;
    int m_minutes;
    QDateTime m_lastActivity;
};

} // namespace folja::access
