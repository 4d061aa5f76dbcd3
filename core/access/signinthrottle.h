#pragma once

// An increasing delay after repeated wrong passwords for the same account, in this process.
//
// Decided here, below every caller: Session::signIn, Session::unlock and
// Session::signInWithRecoveryCode wait through it, so the GUI (whose sign-in runs on a worker
// thread, so the window keeps drawing while it waits), the CLI and any future job obey the same
// schedule. The delay comes BEFORE the key derivation of the next attempt, whether that attempt
// is right or wrong: a guesser cannot find out sooner that a guess was right.
//
// Schedule (delayAfter): the first kFreeAttempts failures cost nothing (typos), then 1 s, doubling
// per further failure up to kMaxDelay: failures 1–3: 0; 4: 1 s; 5: 2 s; 6: 4 s; 7: 8 s; 8: 16 s;
// 9 and later: 30 s. A success resets the account's count. Counted per database file and
// lower-cased user name; kept in memory only (nothing about a failed attempt is written here; see
// store/signinlog.h for the record an administratör sees).
//
// This slows a person at the keyboard, or a script driving the GUI; it cannot slow an attacker
// who has copied the files (the Argon2id key slots are the defence there).

#include <QHash>
#include <QMutex>
#include <QString>

#include <chrono>
#include <functional>

namespace folja::access {

class SignInThrottle
{
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr std::chrono::milliseconds kFirstDelay{1000};
    static constexpr std::chrono::milliseconds kMaxDelay{30000};

    // The one throttle of this process (thread-safe: the GUI signs in on a worker).
    static SignInThrottle& instance();

    // The delay owed before the next attempt after `failures` consecutive failures.
    static std::chrono::milliseconds delayAfter(int failures);
    // The key under which attempts are counted: the database file and the account name.
    static QString key(const QString& databasePath, const QString& user);

    // How long the next attempt for `key` will wait (0 when it may go at once).
    std::chrono::milliseconds remaining(const QString& key) const;
    int failures(const QString& key) const;
    // Blocks (through the sleeper) for remaining(key). Never call it on the GUI thread.
    void waitBeforeAttempt(const QString& key);
    void recordFailure(const QString& key);
    void recordSuccess(const QString& key);

    // Tests: replace the sleep (e.g. to record the waits), forget every count.
    using Sleeper = std::function<void(std::chrono::milliseconds)>;
    void setSleeperForTests(Sleeper sleeper);
    void resetForTests();

private:
    SignInThrottle() = default;
    struct Entry {
        int failures = 0;
        std::chrono::steady_clock::time_point lastFailure;
    };
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    Sleeper m_sleeper;
};

} // namespace folja::access
