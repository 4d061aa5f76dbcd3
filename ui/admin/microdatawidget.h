#pragma once

#include "access/microdata.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

class ResultLabel;

// Administration → Mikrodata: pseudonymised microdata for a named recipient (a FoU/RSS partner or
// a researcher). Everything the export promises — administratör only, pseudonyms per recipient,
// no Person-ID, comments or skyddade personer, all or nothing, audited — is access::MicrodataExport's;
// this page only collects the request and says what happened.
class MicrodataWidget : public QWidget
{
    Q_OBJECT

public:
    MicrodataWidget(access::Session& session, const catalog::Catalog& catalog, QWidget* parent = nullptr);

    // Starts the export with what the page holds (the Export button) on a worker, with the
    // session lent to it (SessionLease): a large unit's export takes seconds and the window keeps
    // drawing. finished() follows on the GUI thread.
    void exportNow();
    bool isExporting() const { return m_exporting; }
    ResultLabel* result() const { return m_result; }

signals:
    void finished(bool ok);

private:
    void showOutcome(const Result<access::MicrodataSummary>& summary);
    void chooseFolder();
    void updateState();

    access::Session& m_session;
    const catalog::Catalog& m_catalog;
    QLineEdit* m_recipient = nullptr;
    QLineEdit* m_folder = nullptr;
    QCheckBox* m_limitPeriod = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_precision = nullptr;
    QPushButton* m_export = nullptr;
    QProgressBar* m_busy = nullptr;
    ResultLabel* m_result = nullptr;
    bool m_exporting = false;
};

} // namespace folja::ui
