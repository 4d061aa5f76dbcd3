#pragma once

// Long work off the GUI thread, so the window never freezes: the GUI thread only draws and
// answers input, a worker does the key derivation, the snapshot load, the cache write and large
// tables. Core stays free of threads; this is where ui/ starts them.
//
// The rule that makes it safe: a session's database connection is used by one thread at a time.
// Work that needs the session runs through SessionLease::run(); while it runs the session is
// *lent* to the worker, and nothing on the GUI thread may use the session (or data the work
// changes) until it is returned. Screens ask SessionLease::isLent() before they touch the session
// from a timer or a signal; the host window disables the other screens and defers lock and
// sign-out meanwhile. Work that needs no session (a sign-in, which makes a new one; a table
// computed from the snapshot) runs through runInBackground().

#include <QFuture>
#include <QObject>

#include <functional>
#include <optional>

namespace folja::access {
class Session;
}

namespace folja::ui {

// Runs `work` on a worker thread, then `done` on the GUI thread — unless `context` has been
// destroyed by then (whoever owns what `work` uses waits for the returned future before it goes).
QFuture<void> runInBackground(QObject* context, std::function<void()> work, std::function<void()> done);

// Runs `work` on a worker and keeps the event loop running until it has finished, without user
// input meanwhile: the window draws (a busy cursor, a moving progress bar) while the caller waits
// for an answer it must give at once (a wizard page's validation that creates the database).
void runWhileDrawing(std::function<void()> work);

// runWhileDrawing for work with an answer: `work()` runs on the worker, its result is returned here.
template <typename Work>
auto answerWhileDrawing(Work work) -> decltype(work())
{
    std::optional<decltype(work())> answer;
    runWhileDrawing([&] { answer.emplace(work()); });
    return std::move(*answer);
}

// Tests only: while held, work started by runInBackground() and SessionLease::run() waits before
// it begins, so a test can see the window's state while the work is "still running" without
// depending on how fast the machine is.
void holdBackgroundWorkForTests(bool hold);

class SessionLease : public QObject
{
    Q_OBJECT

public:
    // The one registry (GUI thread only).
    static SessionLease* instance();

    // Whether work lent the session is still running.
    static bool isLent(const access::Session& session);
    // Runs `work` on a worker with the session lent to it, then `done` on the GUI thread (unless
    // `context` is gone), then emits returned(). The session is lent from this call until the
    // work has finished.
    static QFuture<void> run(access::Session& session, QObject* context, std::function<void()> work,
                             std::function<void()> done);
    // Blocks until no work holds the session (before the session is destroyed: sign-out, quit).
    static void waitUntilReturned(const access::Session& session);

signals:
    // After the work's `done` ran. `session` may be gone by then: compare, never dereference.
    void returned(const access::Session* session);
    void lent(const access::Session* session);

private:
    explicit SessionLease(QObject* parent = nullptr);
    struct Loan {
        const access::Session* session;
        QFuture<void> future;
    };
    QList<Loan> m_loans;
};

} // namespace folja::ui
