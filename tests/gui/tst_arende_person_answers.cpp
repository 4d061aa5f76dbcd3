// Issue 10, "A person is not a shared door", through the real ärende window: the person's answers
// (ursprung, skyddad identitet) are kept per ärende since schema v5. Handläggare Anna registers an
// ärende for a person in the form and gives her answers; handläggare Bo then registers an ärende
// for the SAME personnummer in his form. Bo's form must not show Anna's answers, saving Bo's
// ärende must not change Anna's (checked in the file, behind the access layer), and neither sees
// the other's answers when they open their own ärende again.

#include "access/accounts.h"
#include "access/arendeservice.h"
#include "access/auditlog.h"
#include "access/session.h"
#include "access/storedoor.h"
#include "arenden/arendedialog.h"
#include "arenden/arendelistmodel.h"
#include "arenden/arendeworkspace.h"
#include "arenden/minaarendenwidget.h"
#include "catalog/catalog.h"
#include "common/i18n.h"
#include "form/arendeform.h"
#include "identity/personid.h"
#include "widgets/datefield.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace folja;

namespace {

const QString kAnna = QStringLiteral("anna");
const QString kBo = QStringLiteral("bo");
const QString kPassword = QStringLiteral("handlaggare-losen");
const QString kAnnasUrsprung = QStringLiteral("URSPRUNG.UTANFOR_EUROPA");
const QString kBosUrsprung = QStringLiteral("URSPRUNG.SVERIGE");

access::SessionOptions fast()
{
    access::SessionOptions o;
    o.kdf = access::KdfParams::fastForTests();
    return o;
}

QString describe(const QList<domain::Issue>& issues)
{
    QStringList out;
    for (const domain::Issue& i : issues)
        out.append(i.variable + QStringLiteral(": ") + i.message);
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestArendePersonAnswers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_pnr;
    catalog::Catalog m_catalog;
    domain::Id m_annaArende = domain::kNoId;
    domain::Id m_boArende = domain::kNoId;

    std::unique_ptr<access::Session> signIn(const QString& user)
    {
        auto s = access::Session::signIn(m_path, user, kPassword, fast());
        if (!s)
            qWarning("sign-in failed: %s", qPrintable(s.error().message));
        return s ? std::move(s).value() : nullptr;
    }

    static QComboBox* ursprungField(ui::ArendeForm* form)
    {
        return form->findChild<QComboBox*>(QStringLiteral("field_ursprung"));
    }

    // Fills in a new ärende for m_pnr in the open dialog, as a user would: Person-ID, målgrupp,
    // the aktualisering and, when given, ursprung. Checks on the way that nothing of
    // another ärende of the same person shows up.
    void fillNewArende(ui::ArendeDialog* dialog, const QString& ursprung)
    {
        QVERIFY(dialog);
        ui::ArendeForm* form = dialog->form();
        auto* personId = form->findChild<QLineEdit*>(QStringLiteral("personIdField"));
        QVERIFY(personId);
        QVERIFY(!personId->isReadOnly()); // a new ärende: the number is typed
        personId->setFocus();
        QTest::keyClicks(personId, m_pnr);
        QCOMPARE(form->person().personId, m_pnr);

        auto* malgrupp = form->findChild<QComboBox*>(QStringLiteral("malgruppCombo"));
        QVERIFY(malgrupp);
        malgrupp->setFocus();
        QTest::keyClicks(malgrupp, QStringLiteral("Vuxna")); // type-ahead, as from the keyboard
        QTRY_COMPARE(form->arende().malgrupp, QStringLiteral("VUX"));

        auto* date = form->findChild<ui::DateField*>(QStringLiteral("field_aktualisering_datum"));
        QVERIFY(date);
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("2024-03-01"));
        QTRY_COMPARE(form->arende().aktualiseringDatum, QDate(2024, 3, 1));

        // The person's answers start empty, whoever else has an ärende for this person.
        QComboBox* origin = ursprungField(form);
        QVERIFY(origin);
        QVERIFY2(origin->currentData().toString().isEmpty(), qPrintable(origin->currentText()));
        QVERIFY(form->person().ursprung.isEmpty());
        QVERIFY(!form->person().skyddad);

        if (!ursprung.isEmpty()) {
            const int index = origin->findData(ursprung);
            QVERIFY(index >= 0);
            origin->setCurrentIndex(index);
            QTRY_COMPARE(form->person().ursprung, ursprung);
        }
        QVERIFY2(form->canSave(), qPrintable(describe(form->issues())));
    }

    // Saves the open dialog with its save button; returns the saved ärende's id (kNoId: not saved).
    static domain::Id save(ui::ArendeWorkspace& workspace)
    {
        ui::ArendeDialog* dialog = workspace.currentDialog();
        if (!dialog)
            return domain::kNoId;
        auto* button = dialog->form()->findChild<QPushButton*>(QStringLiteral("saveButton"));
        if (!button)
            return domain::kNoId;
        domain::Id saved = domain::kNoId;
        QObject::connect(dialog, &ui::ArendeDialog::saved, dialog, [&saved](domain::Id id) { saved = id; });
        button->click();
        if (!QTest::qWaitFor([&] { return workspace.currentDialog() == nullptr; }))
            return domain::kNoId;
        return saved;
    }

    // The stored answers of an ärende, read from the file behind the access layer.
    std::pair<QString, bool> storedAnswers(access::Session& session, domain::Id id)
    {
        auto repo = access::StoreDoor::repository(session);
        if (!repo)
            return {QStringLiteral("<no repository>"), false};
        auto arende = (*repo)->load(id);
        if (!arende)
            return {QStringLiteral("<not found>"), false};
        return {arende->ursprung, arende->skyddad};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish));
        auto loaded = catalog::Catalog::loadBuiltin();
        QVERIFY(loaded.ok());
        m_catalog = std::move(loaded.value());
        m_path = m_dir.filePath(QStringLiteral("answers.folja"));
        auto created =
            access::Session::createDatabase(m_path, QStringLiteral("admin"), QStringLiteral("admin-losen-1"), fast());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        access::Accounts accounts(*created->session);
        QVERIFY(accounts.add(kAnna, {}, access::Role::Handlaggare, kPassword));
        QVERIFY(accounts.add(kBo, {}, access::Role::Handlaggare, kPassword));
        created->session.reset();
        m_pnr = identity::PersonId::compose(QDate(1979, 8, 21), 246);
    }

    // Anna registers the person with her answers: ursprung in the form, skyddad identitet (which
    // the form does not ask; it comes from the folkbokföring) on her ärende through the service.
    void annaRegistersThePersonWithHerAnswers()
    {
        auto anna = signIn(kAnna);
        QVERIFY(anna);
        ui::ArendeWorkspace workspace(*anna, m_catalog);
        workspace.show();
        QVERIFY(workspace.openArende(domain::kNoId));
        fillNewArende(workspace.currentDialog(), kAnnasUrsprung);
        m_annaArende = save(workspace);
        QVERIFY(m_annaArende != domain::kNoId);

        access::ArendeService service(*anna);
        auto stored = service.get(m_annaArende);
        QVERIFY(stored);
        QCOMPARE(stored->ursprung, kAnnasUrsprung);
        stored->skyddad = true;
        QVERIFY(service.save(*stored));
        QCOMPARE(storedAnswers(*anna, m_annaArende), std::make_pair(kAnnasUrsprung, true));
    }

    // Bo types the same personnummer: his form shows none of Anna's answers, and saving his own
    // answer leaves Anna's ärende as it was.
    void boSeesAndChangesNothingOfAnnas()
    {
        QVERIFY(m_annaArende != domain::kNoId);
        auto bo = signIn(kBo);
        QVERIFY(bo);
        ui::ArendeWorkspace workspace(*bo, m_catalog);
        workspace.show();
        QCOMPARE(workspace.list()->model()->rowCount(), 0);
        QVERIFY(workspace.openArende(domain::kNoId));
        fillNewArende(workspace.currentDialog(), kBosUrsprung);
        m_boArende = save(workspace);
        QVERIFY(m_boArende != domain::kNoId);

        // In the file: Bo's ärende has Bo's answers, Anna's still has hers.
        QCOMPARE(storedAnswers(*bo, m_boArende), std::make_pair(kBosUrsprung, false));
        QCOMPARE(storedAnswers(*bo, m_annaArende), std::make_pair(kAnnasUrsprung, true));
        // The same person, not a copy: the person is shared, the answers are not.
        auto repo = access::StoreDoor::repository(*bo);
        QVERIFY(repo);
        QCOMPARE((*repo)->load(m_boArende)->personRef, (*repo)->load(m_annaArende)->personRef);

        // Opened again, Bo's form shows Bo's answers and not Anna's skyddad identitet.
        QVERIFY(workspace.openArende(m_boArende));
        ui::ArendeDialog* dialog = workspace.currentDialog();
        QVERIFY(dialog);
        QCOMPARE(ursprungField(dialog->form())->currentData().toString(), kBosUrsprung);
        QCOMPARE(dialog->form()->person().ursprung, kBosUrsprung);
        QVERIFY(!dialog->form()->person().skyddad);
        // The shared person's number: masked by the birth year (a personnummer, not "Dolt
        // reservnummer"), shown on request after the reveal is audited in core.
        auto* personId = dialog->form()->findChild<QLineEdit*>(QStringLiteral("personIdField"));
        QVERIFY(personId && personId->isReadOnly());
        QCOMPARE(personId->text(), QStringLiteral("1979XXXX-XXXX"));
        auto* show = dialog->form()->findChild<QPushButton*>(QStringLiteral("revealPersonIdButton"));
        QVERIFY(show);
        show->click();
        QCOMPARE(personId->text(), m_pnr.left(8) + u'-' + m_pnr.mid(8));
        show->click();
        QCOMPARE(personId->text(), QStringLiteral("1979XXXX-XXXX"));
        // Anna's ärende of the same person is not Bo's to reveal: as if it did not exist.
        auto foreign = access::ArendeService(*bo).revealPersonId(m_annaArende);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, ErrorCode::NotFound);
        // Saved again unchanged and with a new ursprung: Anna's ärende is still untouched.
        const int vetInte = ursprungField(dialog->form())->findData(QStringLiteral("URSPRUNG.VET_INTE"));
        QVERIFY(vetInte >= 0);
        ursprungField(dialog->form())->setCurrentIndex(vetInte);
        QCOMPARE(save(workspace), m_boArende);
        QCOMPARE(storedAnswers(*bo, m_boArende), std::make_pair(QStringLiteral("URSPRUNG.VET_INTE"), false));
        QCOMPARE(storedAnswers(*bo, m_annaArende), std::make_pair(kAnnasUrsprung, true));
    }

    // Anna opens her ärende after Bo's saves and sees her own answers.
    void annaStillSeesHerAnswers()
    {
        QVERIFY(m_annaArende != domain::kNoId && m_boArende != domain::kNoId);
        auto anna = signIn(kAnna);
        QVERIFY(anna);
        ui::ArendeWorkspace workspace(*anna, m_catalog);
        workspace.show();
        QCOMPARE(workspace.list()->model()->rowCount(), 1);
        QVERIFY(workspace.openArende(m_annaArende));
        ui::ArendeDialog* dialog = workspace.currentDialog();
        QVERIFY(dialog);
        QCOMPARE(ursprungField(dialog->form())->currentData().toString(), kAnnasUrsprung);
        QVERIFY(dialog->form()->person().skyddad);
        dialog->reject();
        QTRY_VERIFY(workspace.currentDialog() == nullptr);
    }

    // Bo's look at the number is in the audit log: who, which ärende, never the number.
    void revealIsAudited()
    {
        auto admin = access::Session::signIn(m_path, QStringLiteral("admin"), QStringLiteral("admin-losen-1"), fast());
        QVERIFY(admin);
        auto recent = access::AuditLog(**admin).recent(200);
        QVERIFY(recent);
        int reveals = 0;
        for (const access::AuditEntry& e : std::as_const(*recent)) {
            if (e.action != QLatin1String("person.reveal"))
                continue;
            ++reveals;
            QCOMPARE(e.actor, kBo);
            QCOMPARE(e.objectRef, QString::number(m_boArende));
            QVERIFY(!e.details.contains(m_pnr.mid(2, 6)));
        }
        QCOMPARE(reveals, 1);
    }
};

QTEST_MAIN(TestArendePersonAnswers)
#include "tst_arende_person_answers.moc"
