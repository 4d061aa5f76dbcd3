#pragma once

#include <QDate>
#include <QLineEdit>

namespace folja::ui {

// A date entered and shown as ÅÅÅÅ-MM-DD. Unlike QDateEdit it can be empty: a missing date is
// bortfall and must never silently become a default.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    // Null when empty or not a real date.
    QDate date() const;
    void setDate(QDate date);
    // True when the text is empty or a complete, real date.
    bool isAcceptable() const;

signals:
    void dateChanged(QDate date);

private:
    void updateState();
};

} // namespace folja::ui
