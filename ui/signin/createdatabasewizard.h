#pragma once

// First start: a short wizard that makes a database. Either a real one — where the file goes, the
// first administratör (name, display name, password twice), the målgrupper and enheter the kommun
// uses — ending with the recovery code shown ONCE; or a demo database with synthetic data, made by
// the same generator as `folja-cli demo`. The wizard creates and closes the database; the host
// then signs in with databasePath(), userName() and password().
//
// The recovery code is shown large and cannot be selected or copied: the clipboard is shared with
// every program (and clipboard history or cloud sync), while this code opens the whole database
// without any password. It is printed (Print…) or written down and kept like a key to an archive.

#include "access/values.h"

#include <QString>
#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

class CreateDatabaseWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { StartPage, LocationPage, AdministratorPage, OrganisationPage, DonePage };
    // The demo database's accounts share this public password (synthetic data only).
    static QString demoPassword();

    explicit CreateDatabaseWizard(const catalog::Catalog& catalog, QWidget* parent = nullptr);
    ~CreateDatabaseWizard() override;

    bool isDemo() const;
    bool isCreated() const { return m_created; }
    // The database is being made on a worker (the window draws; no input until it is done).
    bool isBusy() const { return m_busy; }
    QString databasePath() const;
    QString userName() const;
    QString password() const;
    QString recoveryCode() const { return m_recoveryCode; }

    // Tests: a fast key derivation and a small demo.
    void setKdfForTests(const access::KdfParams& kdf) { m_kdf = kdf; }
    void setDemoPersons(int persons) { m_demoPersons = persons; }

    int nextId() const override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage* makeStartPage();
    QWizardPage* makeLocationPage();
    QWizardPage* makeAdministratorPage();
    QWizardPage* makeOrganisationPage();
    QWizardPage* makeDonePage();
    void pageShown(int id);
    void browse();
    void printRecoveryCode();
    bool checkLocation();
    bool checkAdministrator();
    bool createReal();
    bool createDemo();
    void fail(QLabel* where, const QString& message);
    // While the database is made on a worker: the wait cursor and a note in `where`; null: done.
    void showBusy(QLabel* where);

    const catalog::Catalog& m_catalog;
    access::KdfParams m_kdf;
    int m_demoPersons = 1500;
    bool m_created = false;
    bool m_busy = false;
    QString m_recoveryCode;

    QRadioButton* m_real = nullptr;
    QRadioButton* m_demo = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_locationError = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_adminError = nullptr;
    QList<QCheckBox*> m_malgrupper;
    QPlainTextEdit* m_enheter = nullptr;
    QLabel* m_organisationError = nullptr;
    QLabel* m_doneText = nullptr;
    QLabel* m_code = nullptr;
    QWidget* m_codeBox = nullptr;
    QCheckBox* m_stored = nullptr;
};

} // namespace folja::ui
