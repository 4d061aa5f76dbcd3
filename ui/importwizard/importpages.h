#pragma once

// The pages of the import wizard (importwizard.h). Object names are stable for tests.

#include "importwizard/importwizard.h"

#include <QFuture>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QCheckBox;

namespace folja::ui {

class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizardState& state, QWidget* parent = nullptr);

    // Opens the file (also what the "Browse…" button does after its dialog). False: the error shows.
    bool openFile(const QString& path, const QString& sheet = {});
    // Starts from a saved mapping ("" = a new one, suggested from the file).
    void chooseMapping(const QString& name);

    QComboBox* mappingCombo() const { return m_mapping; }
    QLabel* formatLabel() const { return m_format; }
    QLabel* errorLabel() const { return m_error; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void reloadMappings();
    void applyMapping();

    ImportWizardState& m_state;
    QComboBox* m_mapping = nullptr;
    QLineEdit* m_path = nullptr;
    QComboBox* m_sheet = nullptr;
    QLabel* m_format = nullptr;
    QLabel* m_error = nullptr;
};

class ImportColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportColumnsPage(ImportWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QTableWidget* table() const { return m_table; }
    // The target chosen for a source column ("" = ignored).
    QString targetOf(const QString& sourceColumn) const;
    void setTarget(const QString& sourceColumn, const QString& target);
    QComboBox* fixedMalgrupp() const { return m_fixedMalgrupp; }
    QComboBox* fixedHandlaggare() const { return m_fixedHandlaggare; }

private:
    void collect();

    ImportWizardState& m_state;
    QTableWidget* m_table = nullptr;
    QComboBox* m_fixedMalgrupp = nullptr;
    QComboBox* m_fixedHandlaggare = nullptr;
    QLabel* m_status = nullptr;
};

class ImportValuesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportValuesPage(ImportWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;

    QTableWidget* table() const { return m_table; }
    // The row of a distinct value (-1 if none), and its choice.
    int rowOf(const QString& target, const QString& malgrupp, const QString& value) const;
    QComboBox* choiceAt(int row) const;
    int undecided() const;

private:
    void choose(int row, const QString& code);
    void updateSummary();

    ImportWizardState& m_state;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

class ImportDatesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDatesPage(ImportWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    QTableWidget* table() const { return m_table; }

private:
    ImportWizardState& m_state;
    QTableWidget* m_table = nullptr;
};

class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizardState& state, QWidget* parent = nullptr);
    ~ImportPreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

    bool isChecking() const { return m_checking; }
    QTableWidget* rows() const { return m_rows; }
    QTableWidget* problems() const { return m_problems; }
    QLabel* summary() const { return m_summary; }
    const io::MappedImportResult& result() const { return m_result; }
    // Writes the problems as CSV (the button asks for the file name first).
    bool exportProblems(const QString& path);

signals:
    void checked();

private:
    void showResult();

    ImportWizardState& m_state;
    QTableWidget* m_rows = nullptr;
    QTableWidget* m_problems = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_export = nullptr;
    io::MappedImportResult m_result;
    bool m_checking = false;
    bool m_ok = false;
    QFuture<void> m_work;
};

class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizardState& state, QWidget* parent = nullptr);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    QLineEdit* nameEdit() const { return m_name; }
    QCheckBox* saveBox() const { return m_save; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progress() const { return m_progress; }
    QLabel* resultLabel() const { return m_result; }
    bool isRunning() const { return m_running; }

    void startImport();
    void cancelImport();

signals:
    void finishedImport(bool imported);

private:
    ImportWizardState& m_state;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_save = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    bool m_running = false;
    QFuture<void> m_work;
};

} // namespace folja::ui
