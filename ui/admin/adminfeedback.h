#pragma once

// What every administration page shares: a confirmation before a destructive action (a
// QMessageBox with Swedish button texts: Qt 6.4 has no Swedish qtbase catalogue) and a result line
// that says what happened or what went wrong, in the user's language.

#include <QCoreApplication>
#include <QLabel>
#include <QString>

namespace folja {
struct Error;
}

namespace folja::ui {

class AdminFeedback
{
    Q_DECLARE_TR_FUNCTIONS(folja::ui::AdminFeedback)

public:
    // Asks before a change that cannot be undone; `acceptText` names the action ("Deactivate").
    // The default button is Cancel, so Enter never confirms by accident.
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText);
};

// One line under a page: green for done, red for refused (with the access layer's message).
class ResultLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ResultLabel(QWidget* parent = nullptr);
    void showDone(const QString& text);
    void showError(const QString& text);
    void showError(const Error& error);
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};

} // namespace folja::ui
