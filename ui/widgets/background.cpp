#include "widgets/background.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace folja::ui {

namespace {

// Its own pool: work that waits for other work (a sign-in waiting for an abandoned one) must not
// starve the application's global pool, and QFuture::waitForFinished() runs a task that has not
// started yet in the waiting thread, so waiting never deadlocks on a full pool.
QThreadPool* pool()
{
    static QThreadPool* p = [] {
        auto* created = new QThreadPool;
        created->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        created->setExpiryTimeout(60000);
        return created;
    }();
    return p;
}

struct Hold {
    QMutex mutex;
    QWaitCondition released;
    bool held = false;
};

Hold& hold()
{
    static Hold h;
    return h;
}

QFuture<void> start(QObject* watcherParent, QObject* context, std::function<void()> work, std::function<void()> after)
{
    QFuture<void> future = QtConcurrent::run(pool(), [work = std::move(work)] {
        {
            Hold& h = hold();
            QMutexLocker lock(&h.mutex);
            while (h.held)
                h.released.wait(&h.mutex);
        }
        work();
    });
    auto* watcher = new QFutureWatcher<void>(watcherParent);
    QObject::connect(watcher, &QFutureWatcher<void>::finished, watcher,
                     [watcher, alive = QPointer<QObject>(context), after = std::move(after)] {
                         watcher->deleteLater();
                         if (alive)
                             after();
                     });
    watcher->setFuture(future);
    return future;
}

} // namespace

void holdBackgroundWorkForTests(bool held)
{
    Hold& h = hold();
    QMutexLocker lock(&h.mutex);
    h.held = held;
    if (!held)
        h.released.wakeAll();
}

QFuture<void> runInBackground(QObject* context, std::function<void()> work, std::function<void()> done)
{
    return start(context, context, std::move(work), std::move(done));
}

void runWhileDrawing(std::function<void()> work)
{
    QEventLoop loop;
    runInBackground(&loop, std::move(work), [&loop] { loop.quit(); });
    // `done` is queued to this thread, so it cannot run before exec() has started.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

SessionLease::SessionLease(QObject* parent)
    : QObject(parent)
{}

SessionLease* SessionLease::instance()
{
    static SessionLease* lease = new SessionLease;
    return lease;
}

bool SessionLease::isLent(const access::Session& session)
{
    const auto& loans = instance()->m_loans;
    return std::any_of(loans.cbegin(), loans.cend(),
                       [&](const Loan& l) { return l.session == &session && !l.future.isFinished(); });
}

QFuture<void> SessionLease::run(access::Session& session, QObject* context, std::function<void()> work,
                                std::function<void()> done)
{
    SessionLease* self = instance();
    const access::Session* key = &session;
    QFuture<void> future =
        start(self, self, std::move(work), [self, key, alive = QPointer<QObject>(context), done = std::move(done)] {
            self->m_loans.removeIf([key](const Loan& l) { return l.session == key && l.future.isFinished(); });
            if (alive)
                done();
            emit self->returned(key);
        });
    self->m_loans.append(Loan{key, future});
    emit self->lent(key);
    return future;
}

void SessionLease::waitUntilReturned(const access::Session& session)
{
    for (const Loan& l : instance()->m_loans) {
        if (l.session == &session) {
            QFuture<void> f = l.future;
            f.waitForFinished();
        }
    }
}

} // namespace folja::ui
