#include "arenden/arendedialog.h"

#include "access/arendeservice.h"
#include "access/drafts.h"
#include "access/organisation.h"
#include "access/session.h"
#include "catalog/catalog.h"
#include "form/arendeform.h"
#include "widgets/background.h"

#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace folja::ui {

ArendeDialog::ArendeDialog(access::Session& session, const catalog::Catalog& catalog, const domain::Arende& arende,
                           const domain::Person& person, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_loaded(arende)
    , m_draftKey(access::Drafts::keyFor(arende.id))
{
    setObjectName(QStringLiteral("arendeDialog"));
    setWindowTitle(arende.externalId.isEmpty() ? tr("New case") : tr("Case %1").arg(arende.externalId));
    // Sized by the font, so that 200 % scaling gets a proportionally larger window.
    const QFontMetrics metrics(font());
    QSize size(std::max(1100, metrics.averageCharWidth() * 170), std::max(800, metrics.height() * 50));
    if (const QScreen* screen = parent ? parent->screen() : nullptr)
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);

    // The kept draft, offered before the form can be edited.
    m_draftBanner = new QFrame(this);
    m_draftBanner->setObjectName(QStringLiteral("draftBanner"));
    static_cast<QFrame*>(m_draftBanner)->setFrameShape(QFrame::StyledPanel);
    m_draftBanner->setAutoFillBackground(true);
    m_draftBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_draftBanner->setForegroundRole(QPalette::ToolTipText);
    m_draftText = new QLabel(m_draftBanner);
    m_draftText->setObjectName(QStringLiteral("draftText"));
    m_draftText->setWordWrap(true);
    m_draftText->setForegroundRole(QPalette::ToolTipText);
    m_restore = new QPushButton(tr("&Restore the changes"), m_draftBanner);
    m_restore->setObjectName(QStringLiteral("restoreDraftButton"));
    auto* discard = new QPushButton(tr("&Discard them"), m_draftBanner);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    auto* bannerLayout = new QHBoxLayout(m_draftBanner);
    bannerLayout->addWidget(m_draftText, 1);
    bannerLayout->addWidget(m_restore);
    bannerLayout->addWidget(discard);
    m_draftBanner->hide();
    connect(m_restore, &QPushButton::clicked, this, &ArendeDialog::restoreDraft);
    connect(discard, &QPushButton::clicked, this, &ArendeDialog::discardDraft);

    m_form = new ArendeForm(this);
    m_form->setObjectName(QStringLiteral("arendeForm"));
    m_form->setCatalog(&catalog);
    if (auto setup = access::Organisation(session).setup())
        m_form->setOrganisation(setup->malgrupper, setup->enheter);
    m_form->setArende(arende, person);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_draftBanner);
    layout->addWidget(m_form, 1);

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDefaultDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &ArendeDialog::flushDraft);
    connect(m_form, &ArendeForm::edited, m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_form, &ArendeForm::cancelRequested, this, &ArendeDialog::reject);
    connect(m_form, &ArendeForm::saveRequested, this, &ArendeDialog::save);
    // "Show" on a registered person's Person-ID: audited in core, then handed to the form.
    connect(m_form, &ArendeForm::personIdRevealRequested, this, [this] {
        if (m_loaded.id == domain::kNoId)
            return;
        auto number = access::ArendeService(m_session).revealPersonId(m_loaded.id);
        if (!number) {
            showError(number.error().message);
            return;
        }
        m_form->showRevealedPersonId(*number);
    });
    // Open at the top, on the first question, whatever took the focus while the form was built.
    QTimer::singleShot(0, m_form, [form = m_form] {
        if (form->isEnabled())
            form->focusFirstInput();
    });
}

ArendeDialog::~ArendeDialog() = default;

void ArendeDialog::setDraftDelay(int ms)
{
    m_draftTimer->setInterval(ms);
}

bool ArendeDialog::offerDraft()
{
    access::Drafts drafts(m_session);
    auto found = drafts.load(m_draftKey);
    if (!found) {
        showError(found.error().message);
        return false;
    }
    if (!found->has_value())
        return true;
    m_pendingDraft = true;
    const QString when = QLocale().toString((*found)->updatedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    m_draftText->setText(
        tr("Changes to this case from %1 were not saved (the program was closed or stopped first). They were kept "
           "encrypted in the database. Restore them to continue, or discard them.")
            .arg(when));
    m_draftBanner->show();
    m_form->setEnabled(false);
    m_restore->setDefault(true);
    m_restore->setFocus(Qt::OtherFocusReason);
    return true;
}

void ArendeDialog::restoreDraft()
{
    access::Drafts drafts(m_session);
    auto found = drafts.load(m_draftKey);
    if (!found) {
        showError(found.error().message);
        return;
    }
    m_pendingDraft = false;
    m_draftBanner->hide();
    m_form->setEnabled(true);
    if (!found->has_value() || !m_form->restoreDraft((*found)->payload)) {
        // A draft from another version of the form, or damaged: nothing to restore from it.
        removeDraft();
        QMessageBox::information(this, tr("Följa"), tr("The kept changes could not be read and were removed."));
    }
    m_form->focusFirstInput();
}

void ArendeDialog::discardDraft()
{
    removeDraft();
    m_pendingDraft = false;
    m_draftBanner->hide();
    m_form->setEnabled(true);
    m_form->focusFirstInput();
}

void ArendeDialog::flushDraft()
{
    m_draftTimer->stop();
    // An undecided kept draft must not be overwritten by the untouched form.
    if (m_closing || m_pendingDraft)
        return;
    if (SessionLease::isLent(m_session)) { // used by a worker now (widgets/background.h): later
        m_draftTimer->start();
        return;
    }
    if (m_session.isLocked())
        return;
    if (!m_form->isModified()) {
        removeDraft();
        return;
    }
    access::Drafts drafts(m_session);
    // Best effort: a failure here must not interrupt typing; saving reports real errors.
    (void)drafts.save(m_draftKey, m_form->draftState());
}

void ArendeDialog::removeDraft()
{
    if (SessionLease::isLent(m_session) || m_session.isLocked())
        return;
    access::Drafts drafts(m_session);
    (void)drafts.remove(m_draftKey);
}

void ArendeDialog::save()
{
    if (!m_form->canSave())
        return;
    domain::Arende edited = m_form->arende();
    edited.owner = m_loaded.owner.isEmpty() ? m_session.user() : m_loaded.owner;
    {
        // The person's answers are kept with this ärende (never with the person, whom another
        // handläggare's ärende may share).
        const domain::Person answers = m_form->person();
        edited.ursprung = answers.ursprung;
        edited.skyddad = answers.skyddad;
    }
    access::ArendeService saver(m_session);
    if (edited.personRef == domain::kNoId) {
        domain::Person newPerson = m_form->person();
        auto registered = saver.registerPerson(newPerson);
        if (!registered) {
            showError(registered.error().message);
            return;
        }
        edited.personRef = registered.value();
    }
    auto saved = saver.save(edited);
    if (!saved) {
        showError(saved.error().message);
        return;
    }
    // Kön and age entered by hand for a registered person whose Person-ID gives none.
    if (m_loaded.personRef != domain::kNoId) {
        if (auto entered = saver.saveEnteredIdentity(saved.value(), m_form->person()); !entered) {
            showError(entered.error().message);
            return;
        }
    }
    m_draftTimer->stop();
    removeDraft();
    m_closing = true; // saved: nothing to lose
    emit this->saved(saved.value());
    accept();
}

void ArendeDialog::reject()
{
    if (!m_closing && m_form->isModified()) {
        const auto answer =
            QMessageBox::question(this, tr("Unsaved changes"), tr("The case has unsaved changes. Discard them?"),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_draftTimer->stop();
    // Closing an unchanged form leaves a kept, undecided draft for later; otherwise nothing of
    // this session's typing is kept.
    if (!m_pendingDraft)
        removeDraft();
    m_closing = true;
    QDialog::reject();
}

void ArendeDialog::hideEvent(QHideEvent* event)
{
    // The lock hides every dialog before it closes the database: keep the typing now.
    if (!event->spontaneous())
        flushDraft();
    QDialog::hideEvent(event);
}

void ArendeDialog::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Följa"), message);
}

} // namespace folja::ui
