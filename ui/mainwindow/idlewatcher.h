#pragma once

#include <QObject>

class QTimer;

namespace folja::access {
class IdleLockPolicy;
}

namespace folja::ui {

// Feeds user input (keys, mouse, wheel) anywhere in the application to the session's idle-lock
// policy and says when it is time to lock. The policy (core/access) owns the rule; this only
// observes.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void watch(access::IdleLockPolicy* policy); // nullptr stops watching
    void checkNow();

signals:
    void lockDue();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    access::IdleLockPolicy* m_policy = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace folja::ui
