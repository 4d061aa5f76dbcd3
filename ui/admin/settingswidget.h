#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace folja::access {
class Session;
}

namespace folja::ui {

class ResultLabel;

// Database-wide settings: the idle lock, the smallest published cell (k, 3–10) and the gallring
// period, each saved on its own (core/access audits old and new value), plus "Gallra nu": how many
// closed ärenden are due, and their removal after a confirmation.
class SettingsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsWidget(access::Session& session, QWidget* parent = nullptr);

    // The date gallring counts from; null = today (tests pin it).
    void setToday(QDate today);
    void reload();

public slots:
    void saveIdleLock();
    void saveMinCell();
    void saveProtectionMethod();
    void saveGallringYears();
    void updateGallringPreview();
    void gallraNow();

signals:
    void arendenRemoved(int count);

private:
    QDate today() const;

    access::Session& m_session;
    QDate m_today;
    QSpinBox* m_idle = nullptr;
    QSpinBox* m_minCell = nullptr;
    QComboBox* m_protection = nullptr;
    QSpinBox* m_gallringYears = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_gallra = nullptr;
    int m_due = 0;
    ResultLabel* m_result = nullptr;
};

} // namespace folja::ui
