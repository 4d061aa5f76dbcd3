#include "arenden/arendeworkspace.h"

#include "access/arendeservice.h"
#include "access/drafts.h"
#include "access/session.h"
#include "arenden/arendedialog.h"
#include "arenden/arendelistmodel.h"
#include "arenden/minaarendenwidget.h"
#include "catalog/catalog.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace folja::ui {

ArendeWorkspace::ArendeWorkspace(access::Session& session, const catalog::Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("arendeWorkspace"));
    m_list = new MinaArendenWidget(&catalog, this);

    auto* banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("keptDraftsBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::ToolTipBase);
    banner->setForegroundRole(QPalette::ToolTipText);
    m_draftText = new QLabel(banner);
    m_draftText->setObjectName(QStringLiteral("keptDraftsText"));
    m_draftText->setWordWrap(true);
    m_draftText->setForegroundRole(QPalette::ToolTipText);
    m_openDraft = new QPushButton(tr("&Open to restore"), banner);
    m_openDraft->setObjectName(QStringLiteral("openKeptDraftButton"));
    auto* bannerLayout = new QHBoxLayout(banner);
    bannerLayout->addWidget(m_draftText, 1);
    bannerLayout->addWidget(m_openDraft);
    banner->hide();
    m_draftBanner = banner;
    connect(m_openDraft, &QPushButton::clicked, this, &ArendeWorkspace::openFirstDraft);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_draftBanner);
    layout->addWidget(m_list, 1);
    connect(m_list, &MinaArendenWidget::openRequested, this, [this](domain::Id id) { openArende(id); });
    connect(m_list, &MinaArendenWidget::newArendeRequested, this, [this] { openArende(domain::kNoId); });
    reload();
}

void ArendeWorkspace::reload()
{
    access::ArendeService service(m_session);
    auto listed = service.list();
    if (!listed) {
        showError(listed.error().message);
        return;
    }
    auto missing = service.missingCounts(m_catalog);
    m_list->model()->setArenden(listed.value(), missing ? missing.value() : QHash<domain::Id, int>());
    reloadDrafts();
}

void ArendeWorkspace::reloadDrafts()
{
    m_keptDrafts = 0;
    m_firstDraft = domain::kNoId;
    access::Drafts drafts(m_session);
    auto kept = drafts.list();
    if (!kept) {
        m_draftBanner->hide();
        return;
    }
    QSet<domain::Id> marked;
    bool newDraft = false;
    const ArendeListModel* model = m_list->model();
    for (const access::DraftEntry& entry : std::as_const(*kept)) {
        if (m_dialog && entry.key == m_dialog->draftKey())
            continue; // being edited right now
        if (entry.arendeId == domain::kNoId) {
            newDraft = true;
        } else if (model->rowOf(entry.arendeId) < 0) {
            // The ärende was moved to someone else or removed: its draft must not outlive access.
            (void)drafts.remove(entry.key);
            continue;
        } else {
            marked.insert(entry.arendeId);
            if (m_firstDraft == domain::kNoId)
                m_firstDraft = entry.arendeId;
        }
        ++m_keptDrafts;
    }
    m_list->model()->setDrafts(marked);
    if (m_keptDrafts == 0) {
        m_draftBanner->hide();
        return;
    }
    if (newDraft && m_firstDraft == domain::kNoId) {
        m_draftText->setText(tr("A new case was being registered when the program closed; it was not saved. The "
                                "changes were kept encrypted in the database."));
        m_openDraft->setText(tr("&Open to restore"));
    } else {
        m_draftText->setText(tr("%n case(s) have changes that were not saved before the program closed. They were "
                                "kept encrypted in the database and are marked in the list.",
                                nullptr, m_keptDrafts));
    }
    m_draftBanner->show();
}

void ArendeWorkspace::openFirstDraft()
{
    openArende(m_firstDraft);
}

bool ArendeWorkspace::openArende(domain::Id id)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return false;
    }
    access::ArendeService service(m_session);
    domain::Arende arende;
    domain::Person person;
    if (id != domain::kNoId) {
        auto loaded = service.get(id);
        if (!loaded) {
            showError(loaded.error().message);
            return false;
        }
        arende = loaded.value();
        auto owner = service.personOf(id);
        if (!owner) {
            showError(owner.error().message);
            return false;
        }
        person = owner.value();
    } else {
        arende.owner = m_session.user();
    }

    auto* dialog = new ArendeDialog(m_session, m_catalog, arende, person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_draftDelay >= 0)
        dialog->setDraftDelay(m_draftDelay);
    m_dialog = dialog;
    connect(dialog, &ArendeDialog::saved, this, [this] { reload(); });
    connect(dialog, &QDialog::finished, this, [this] { reloadDrafts(); });
    dialog->open();
    dialog->offerDraft();
    return true;
}

bool ArendeWorkspace::openArendeByNumber(const QString& number)
{
    const ArendeListModel* model = m_list->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->arende(r)->externalId == number)
            return openArende(model->arende(r)->id);
    }
    return false;
}

void ArendeWorkspace::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Följa"), message);
}

} // namespace folja::ui
