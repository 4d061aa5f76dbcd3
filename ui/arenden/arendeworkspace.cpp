#include "arenden/arendeworkspace.h"

#include "access/arendeservice.h"
#include "access/session.h"
#include "arenden/arendelistmodel.h"
#include "arenden/minaarendenwidget.h"
#include "catalog/catalog.h"
#include "domain/validation.h"
#include "form/arendeform.h"

#include <QCoreApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace folja::ui {

namespace {

// The dialog around the form: asks before unsaved changes are thrown away.
class ArendeDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(folja::ui::ArendeDialog)

public:
    explicit ArendeDialog(QWidget* parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("arendeDialog"));
        setWindowTitle(tr("Case"));
        resize(1100, 800);
    }
    ArendeForm* form = nullptr;

    void reject() override
    {
        if (form && form->isModified()) {
            const auto answer =
                QMessageBox::question(this, tr("Unsaved changes"), tr("The case has unsaved changes. Discard them?"),
                                      QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Discard)
                return;
        }
        QDialog::reject();
    }
};

} // namespace

ArendeWorkspace::ArendeWorkspace(access::Session& session, const catalog::Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("arendeWorkspace"));
    m_list = new MinaArendenWidget(&catalog, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
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
}

bool ArendeWorkspace::openArende(domain::Id id)
{
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

    ArendeDialog dialog(this);
    auto* form = new ArendeForm(&dialog);
    form->setObjectName(QStringLiteral("arendeForm"));
    form->setCatalog(&m_catalog);
    form->setArende(arende, person);
    dialog.form = form;
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(form);

    connect(form, &ArendeForm::cancelRequested, &dialog, &QDialog::reject);
    connect(form, &ArendeForm::saveRequested, &dialog, [&] {
        if (!form->canSave())
            return;
        domain::Arende edited = form->arende();
        edited.owner = arende.owner.isEmpty() ? m_session.user() : arende.owner;
        access::ArendeService saver(m_session);
        if (edited.personRef == domain::kNoId) {
            domain::Person newPerson = form->person();
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
        dialog.form = nullptr; // saved: nothing to lose
        dialog.accept();
    });
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        reload();
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
