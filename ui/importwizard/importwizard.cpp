#include "importwizard/importwizard.h"

#include "access/accounts.h"
#include "access/importmappings.h"
#include "importwizard/importpages.h"

#include <QMessageBox>

namespace folja::ui {

ImportWizard::ImportWizard(access::Session& session, const catalog::Catalog& catalog, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from another system"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    resize(980, 680);
    m_state.session = &session;
    m_state.catalog = &catalog;
    if (auto accounts = access::Accounts(session).activeHandlaggare())
        m_state.accounts = *accounts;

    m_file = new ImportFilePage(m_state, this);
    m_columns = new ImportColumnsPage(m_state, this);
    m_values = new ImportValuesPage(m_state, this);
    m_dates = new ImportDatesPage(m_state, this);
    m_preview = new ImportPreviewPage(m_state, this);
    m_run = new ImportRunPage(m_state, this);
    setPage(FilePage, m_file);
    setPage(ColumnsPage, m_columns);
    setPage(ValuesPage, m_values);
    setPage(DatesPage, m_dates);
    setPage(PreviewPage, m_preview);
    setPage(RunPage, m_run);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::run(access::Session& session, const catalog::Catalog& catalog, QWidget* parent)
{
    if (auto allowed = access::ImportMappings(session).requireMayImport(); !allowed) {
        QMessageBox::information(parent, tr("Import from another system"), allowed.error().message);
        return false;
    }
    ImportWizard wizard(session, catalog, parent);
    wizard.exec();
    return wizard.state().imported;
}

bool ImportWizard::isWorking() const
{
    return m_preview->isChecking() || m_run->isRunning();
}

void ImportWizard::reject()
{
    // Closing while the import runs cancels it first; the window closes when the worker is done.
    if (m_run->isRunning()) {
        m_run->cancelImport();
        return;
    }
    if (m_preview->isChecking())
        return;
    QWizard::reject();
}

} // namespace folja::ui
