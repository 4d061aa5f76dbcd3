#include "mainwindow/idlewatcher.h"

#include "access/clock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace folja::ui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::checkNow);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::watch(access::IdleLockPolicy* policy)
{
    m_policy = policy;
    if (m_policy) {
        m_policy->recordActivity();
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

void IdleWatcher::checkNow()
{
    if (m_policy && m_policy->shouldLock()) {
        m_timer->stop();
        emit lockDue();
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (m_policy) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            m_policy->recordActivity();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace folja::ui
