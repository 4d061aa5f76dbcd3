#pragma once

// Exchange packages in the GUI (issue 13): a handläggare's "Send my cases…" and an administratör's
// "Receive package…", and the conflict report after a receive. The rules are
// access::ExchangeService's (core/access/exchange.h), exactly as for `folja-cli exchange`; these
// dialogs ask for the file and the transfer passphrase, run the work on a worker with the session
// lent to it (widgets/background.h) and show progress and the outcome.

#include "access/exchange.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace folja::access {
class Session;
}
namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

// A file row: a line edit and a "Browse…" button.
class PackageFileRow;

class SendPackageDialog : public QDialog
{
    Q_OBJECT

public:
    SendPackageDialog(access::Session& session, const catalog::Catalog& catalog, QWidget* parent = nullptr);

    void setFilePath(const QString& path);
    void setPassphrase(const QString& passphrase); // both fields, for tests
    void setIterationsForTests(quint32 iterations) { m_iterations = iterations; }
    bool isRunning() const { return m_running; }
    QString statusText() const;

public slots:
    void send();

signals:
    void finished(bool ok);

private:
    void reject() override;
    void setRunning(bool running);

    access::Session& m_session;
    const catalog::Catalog& m_catalog;
    PackageFileRow* m_file = nullptr;
    QCheckBox* m_sinceBox = nullptr;
    QDateEdit* m_since = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_sendButton = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    quint32 m_iterations = access::exchange::kProductionIterations;
    bool m_running = false;
};

class ConflictReportDialog;

class ReceivePackageDialog : public QDialog
{
    Q_OBJECT

public:
    ReceivePackageDialog(access::Session& session, const catalog::Catalog& catalog, QWidget* parent = nullptr);

    void setFilePath(const QString& path);
    void setPassphrase(const QString& passphrase);
    bool isRunning() const { return m_running; }
    QString statusText() const;
    // The report of the last successful receive, shown in its own dialog.
    ConflictReportDialog* reportDialog() const { return m_reportDialog; }

public slots:
    void receive();

signals:
    // After a successful receive (the ärende lists should reload).
    void received();
    void finished(bool ok);

private:
    void reject() override;
    void setRunning(bool running);

    access::Session& m_session;
    const catalog::Catalog& m_catalog;
    PackageFileRow* m_file = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QComboBox* m_owner = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_receiveButton = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    ConflictReportDialog* m_reportDialog = nullptr;
    bool m_running = false;
};

class ConflictReportDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictReportDialog(const access::ExchangeImportReport& report, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QString summaryText() const;

private:
    void saveJson();

    access::ExchangeImportReport m_report;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace folja::ui
