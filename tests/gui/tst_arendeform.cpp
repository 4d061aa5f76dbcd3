// GUI tests of the ÄRENDE FORM, driven through the real widgets with the keyboard, offscreen.

#include "catalog/catalog.h"
#include "common/i18n.h"
#include "form/arendeform.h"
#include "identity/personid.h"
#include "widgets/datefield.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace folja;
using folja::ui::ArendeForm;
using folja::ui::DateField;

namespace {

const QDate kToday(2025, 1, 15);

QString validPersonId()
{
    return identity::PersonId::compose(QDate(1985, 4, 12), 123); // odd third digit: Pojke/Man
}

// The same number with a wrong check digit.
QString wrongCheckDigit()
{
    QString id = validPersonId();
    const int last = id.back().digitValue();
    id.back() = QChar(u'0' + (last + 1) % 10);
    return id;
}

// QTest::keyClicks only handles ASCII; å, ä and ö are sent as key events with their text, as a
// Swedish keyboard would.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            const auto key = static_cast<Qt::Key>(c.toUpper().unicode());
            QTest::sendKeyEvent(QTest::Press, widget, key, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, key, QString(c), Qt::NoModifier);
        }
    }
}

bool modelHasCode(const QAbstractItemModel* model, const QString& code, const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(Qt::UserRole).toString() == code || modelHasCode(model, code, index))
            return true;
    }
    return false;
}

bool listHasText(const QListWidget* list, const QString& text)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().trimmed() == text)
            return true;
    }
    return false;
}

bool hasIssue(const QList<domain::Issue>& issues, const QString& variable, domain::Severity severity)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [&](const domain::Issue& i) { return i.variable == variable && i.severity == severity; });
}

} // namespace

class TestArendeForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void registersAnArendeEndToEndByKeyboard();
    void bouOffersNoAldreValues();
    void invalidPersonIdBlocksSaving();
    void dateOrderFelBlocksSaveVarningDoesNot();
    void b2IsAskedOnlyWhenImproved();
    void modifiedFollowsRealChanges();
    void draftStateRoundTrips();
    void existingPersonIdIsMaskedUntilRevealed();
    void registeredPersonComesWithoutTheNumber();
    void personIdAndAgeFitInASmallWindow();
    void changingMalgruppFlagsInsteadOfDropping();
    void exclusiveValuesUncheckOthers();
    void addAndRemoveInsatserAndUppfoljningar();
    void escapeCancelsAndInputsAreNamed();
    void everyInputOfAFilledFormHasAnAccessibleName();
    void tabReachesEveryInputInVisualOrder();
    void offersOnlyTheKommunsMalgrupperAndEnheter();
    void screenshot();

private:
    ArendeForm* makeForm(const domain::Arende& arende = {}, const domain::Person& person = {});
    template <typename T>
    T* field(const QString& name) const
    {
        auto* w = m_form->findChild<T*>(name);
        if (!w)
            qWarning("missing widget %s", qPrintable(name));
        return w;
    }
    // Types into a dropdown while it is closed: the keyboard type-ahead picks the first match.
    void typeAhead(QComboBox* combo, const QString& text);
    void typeDate(const QString& name, const QString& text);

    catalog::Catalog m_catalog;
    ArendeForm* m_form = nullptr;
};

void TestArendeForm::initTestCase()
{
    QVERIFY(!QFontDatabase::families().isEmpty());
    folja::i18n::install(*qApp, folja::i18n::chooseLanguage());
    auto loaded = catalog::Catalog::loadBuiltin();
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    m_catalog = std::move(loaded.value());
}

void TestArendeForm::cleanup()
{
    delete m_form;
    m_form = nullptr;
    // Replaced sections wait for deleteLater; popups belong to their combo boxes. Guard each
    // pointer, since deleting one top-level can delete another.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QList<QPointer<QWidget>> tops;
    const QWidgetList all = QApplication::topLevelWidgets();
    for (QWidget* w : all)
        tops.append(w);
    for (const QPointer<QWidget>& w : std::as_const(tops)) {
        if (w) {
            w->close();
            delete w.data();
        }
    }
}

ArendeForm* TestArendeForm::makeForm(const domain::Arende& arende, const domain::Person& person)
{
    delete m_form;
    m_form = new ArendeForm;
    m_form->setToday(kToday);
    m_form->setCatalog(&m_catalog);
    m_form->setArende(arende, person);
    m_form->resize(1100, 800);
    m_form->show();
    m_form->activateWindow();
    if (!QTest::qWaitForWindowExposed(m_form))
        qWarning("form not exposed");
    return m_form;
}

void TestArendeForm::typeAhead(QComboBox* combo, const QString& text)
{
    QVERIFY(combo);
    combo->setFocus();
    // Start a new search instead of continuing one typed a moment ago (no waiting needed).
    combo->view()->keyboardSearch(QString());
    typeText(combo, text);
}

void TestArendeForm::typeDate(const QString& name, const QString& text)
{
    auto* date = field<DateField>(name);
    QVERIFY(date);
    date->setFocus();
    date->selectAll();
    typeText(date, text);
}

void TestArendeForm::registersAnArendeEndToEndByKeyboard()
{
    makeForm();
    QSignalSpy saved(m_form, &ArendeForm::saveRequested);

    auto* personId = field<QLineEdit>(QStringLiteral("personIdField"));
    QVERIFY(personId && !personId->isReadOnly());
    typeText(personId, validPersonId());

    // Before a målgrupp is chosen there is nothing to answer.
    QVERIFY(!m_form->findChild<QWidget*>(QStringLiteral("field_aktualisering_datum")));
    typeAhead(field<QComboBox>(QStringLiteral("malgruppCombo")), QStringLiteral("Barn"));
    QTRY_COMPARE(m_form->arende().malgrupp, QStringLiteral("BOU"));

    typeDate(QStringLiteral("field_aktualisering_datum"), QStringLiteral("2024-03-01"));
    typeAhead(field<QComboBox>(QStringLiteral("field_aktualiseringstyp")), QStringLiteral("Ans"));

    auto* orsak = field<QListWidget>(QStringLiteral("field_aktualiseringsorsak"));
    QVERIFY(orsak);
    orsak->setFocus();
    typeText(orsak, QStringLiteral("Brister"));
    QTest::keyClick(orsak, Qt::Key_Space);
    QTRY_COMPARE(m_form->arende().aktualiseringsorsak, QStringList{QStringLiteral("ORSAK.BRISTER_OMSORG")});

    // New insats by shortcut; the KSI search line gets the focus.
    QTest::keyClick(orsak, Qt::Key_I, Qt::ControlModifier);
    auto* filter = field<QLineEdit>(QStringLiteral("insatsFilter_0"));
    QVERIFY(filter);
    QTRY_VERIFY(filter->hasFocus());
    typeText(filter, QStringLiteral("familjehem"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(saved.count(), 0); // Enter in the search chooses; it does not save
    typeDate(QStringLiteral("field_beslut_datum_0"), QStringLiteral("2024-03-10"));
    typeDate(QStringLiteral("field_verkstallande_datum_0"), QStringLiteral("2024-03-15"));

    // New uppföljning by shortcut, from inside the insats.
    QTest::keyClick(field<QWidget>(QStringLiteral("field_verkstallande_datum_0")), Qt::Key_U, Qt::ControlModifier);
    auto* datum = field<DateField>(QStringLiteral("field_uppfoljning_datum_0_0"));
    QVERIFY(datum);
    QTRY_VERIFY(datum->hasFocus());
    typeText(datum, QStringLiteral("2024-06-01"));
    typeAhead(field<QComboBox>(QStringLiteral("field_maluppfyllelse_0_0")), QStringLiteral("Positiv"));
    typeAhead(field<QComboBox>(QStringLiteral("field_sip_0_0")), QStringLiteral("Ja"));

    const domain::Arende a = m_form->arende();
    QCOMPARE(a.malgrupp, QStringLiteral("BOU"));
    QCOMPARE(a.aktualiseringDatum, QDate(2024, 3, 1));
    QCOMPARE(a.aktualiseringstyp, QStringLiteral("AKTTYP.ANSOKAN"));
    QCOMPARE(a.insatser.size(), 1);
    QCOMPARE(a.insatser.at(0).ksi, QStringLiteral("YAC.25.ZZ"));
    QCOMPARE(a.insatser.at(0).catalogVersion, m_catalog.version());
    QCOMPARE(a.insatser.at(0).beslutDatum, QDate(2024, 3, 10));
    QCOMPARE(a.insatser.at(0).verkstallandeDatum, QDate(2024, 3, 15));
    QCOMPARE(a.insatser.at(0).uppfoljningar.size(), 1);
    QCOMPARE(a.insatser.at(0).uppfoljningar.at(0).datum, QDate(2024, 6, 1));
    QCOMPARE(a.insatser.at(0).uppfoljningar.at(0).maluppfyllelse, QStringLiteral("MAL.BBIC.POSITIV_UPPFYLLT"));
    QCOMPARE(a.insatser.at(0).uppfoljningar.at(0).sip, QStringLiteral("SIP.JA"));

    const domain::Person p = m_form->person();
    QCOMPARE(p.personId, validPersonId());
    QCOMPARE(p.kon, QStringLiteral("KON.POJKE_MAN"));
    QCOMPARE(p.birthDate, QDate(1985, 4, 12));
    QVERIFY(!field<QLineEdit>(QStringLiteral("field_kon"))->text().isEmpty());
    QVERIFY(field<QLineEdit>(QStringLiteral("field_kon"))->isReadOnly());
    QVERIFY(m_form->isModified());

    // Nothing blocks: plain Enter in a line edit saves, and so does Ctrl+S.
    QVERIFY(!domain::hasBlocking(m_form->issues()));
    QVERIFY(field<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
    QTest::keyClick(datum, Qt::Key_Return);
    QCOMPARE(saved.count(), 1);
    QTest::keyClick(datum, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 2);
}

void TestArendeForm::bouOffersNoAldreValues()
{
    domain::Arende arende;
    arende.malgrupp = QStringLiteral("BOU");
    arende.insatser.append(domain::Insats());
    makeForm(arende);

    auto* tree = field<QTreeView>(QStringLiteral("field_insats_0"));
    QVERIFY(tree);
    QVERIFY(modelHasCode(tree->model(), QStringLiteral("YAC.25.ZZ")));
    QVERIFY(!modelHasCode(tree->model(), QStringLiteral("YAA.35.ZZ"))); // Trygghetslarm is for Äldre/Funk
    QVERIFY(!modelHasCode(tree->model(), QStringLiteral("YAB.10.ZZ")));

    auto* problematik = field<QListWidget>(QStringLiteral("field_problematik"));
    QVERIFY(problematik);
    QVERIFY(listHasText(problematik, QStringLiteral("Brister i omsorg")));
    QVERIFY(!listHasText(problematik, QStringLiteral("Behov av omsorg")));

    // The BBIC scale is offered for BoU, not the IBIC one.
    m_form->addUppfoljning(0);
    auto* mal = field<QComboBox>(QStringLiteral("field_maluppfyllelse_0_0"));
    QVERIFY(mal);
    QVERIFY(mal->findData(QStringLiteral("MAL.BBIC.INGEN_FORANDRING")) >= 0);
    QCOMPARE(mal->findData(QStringLiteral("MAL.IBIC.JA")), -1);

    // Parents that must be refined cannot be chosen; the hierarchy is still shown.
    auto* filter = field<QLineEdit>(QStringLiteral("insatsFilter_0"));
    typeText(filter, QStringLiteral("HVB"));
    QTest::keyClick(filter, Qt::Key_Return); // two children match: nothing is chosen
    QCOMPARE(m_form->arende().insatser.at(0).ksi, QString());

    // Positive control: an Äldre ärende does offer Trygghetslarm.
    arende.malgrupp = QStringLiteral("ALDRE");
    makeForm(arende);
    QVERIFY(modelHasCode(field<QTreeView>(QStringLiteral("field_insats_0"))->model(), QStringLiteral("YAA.35.ZZ")));
    QVERIFY(listHasText(field<QListWidget>(QStringLiteral("field_problematik")), QStringLiteral("Behov av omsorg")));
}

void TestArendeForm::invalidPersonIdBlocksSaving()
{
    domain::Arende arende;
    arende.malgrupp = QStringLiteral("VUX");
    arende.aktualiseringDatum = QDate(2024, 5, 2);
    makeForm(arende);
    QSignalSpy saved(m_form, &ArendeForm::saveRequested);

    auto* personId = field<QLineEdit>(QStringLiteral("personIdField"));
    typeText(personId, wrongCheckDigit());
    auto* message = field<QLabel>(QStringLiteral("personIdMessage"));
    QTRY_VERIFY(message->isVisible());
    const QString checkDigit =
        QCoreApplication::translate("folja::identity::PersonId", "The check digit does not match.");
    QVERIFY2(message->text().contains(checkDigit), qPrintable(message->text()));
    if (checkDigit != QLatin1String("The check digit does not match."))
        QVERIFY(message->text().contains(QStringLiteral("kontrollsiffran"), Qt::CaseInsensitive));
    QVERIFY(hasIssue(m_form->issues(), QStringLiteral("person_id"), domain::Severity::Fel));
    QVERIFY(m_form->person().personId.isEmpty()); // never half-stored

    QVERIFY(!field<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
    QTest::keyClick(personId, Qt::Key_Return);
    QTest::keyClick(personId, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 0);
    QVERIFY(!field<QLabel>(QStringLiteral("saveStatus"))->text().isEmpty());

    // Correcting the last digit unblocks.
    QTest::keyClick(personId, Qt::Key_Backspace);
    typeText(personId, validPersonId().right(1));
    QTRY_VERIFY(field<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
    QTest::keyClick(personId, Qt::Key_Return);
    QCOMPARE(saved.count(), 1);
}

void TestArendeForm::dateOrderFelBlocksSaveVarningDoesNot()
{
    domain::Arende arende;
    arende.malgrupp = QStringLiteral("BOU");
    arende.aktualiseringDatum = QDate(2024, 3, 1);
    domain::Insats insats;
    insats.ksi = QStringLiteral("YAC.25.ZZ");
    insats.uppfoljningar.append(domain::Uppfoljning());
    arende.insatser.append(insats);
    domain::Person person;
    person.id = 7;
    person.personId = validPersonId();
    makeForm(arende, person);
    QSignalSpy saved(m_form, &ArendeForm::saveRequested);
    auto* save = field<QPushButton>(QStringLiteral("saveButton"));

    // Beslut before aktualisering: a fel, shown inline and in the summary; saving is blocked.
    typeDate(QStringLiteral("field_beslut_datum_0"), QStringLiteral("2024-02-01"));
    QTRY_VERIFY(!save->isEnabled());
    QVERIFY(hasIssue(m_form->issues(), QStringLiteral("beslut_datum"), domain::Severity::Fel));
    QTRY_VERIFY(field<QLabel>(QStringLiteral("issue_beslut_datum_0"))->isVisible());
    auto* panel = field<QListWidget>(QStringLiteral("issuesPanel"));
    QVERIFY(panel->count() > 1);
    m_form->requestSave();
    QCOMPARE(saved.count(), 0);

    // Clicking the summary entry moves to the field (the first group is the fel).
    QListWidgetItem* felItem = panel->item(1);
    QVERIFY(felItem);
    panel->scrollToItem(felItem);
    QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, panel->visualItemRect(felItem).center());
    QTRY_VERIFY(field<QWidget>(QStringLiteral("field_beslut_datum_0"))->hasFocus());

    // Fixed; then an uppföljning after the avslut is only a varning: saving is allowed.
    typeDate(QStringLiteral("field_beslut_datum_0"), QStringLiteral("2024-03-05"));
    typeDate(QStringLiteral("field_avslut_datum_0"), QStringLiteral("2024-05-01"));
    typeDate(QStringLiteral("field_uppfoljning_datum_0_0"), QStringLiteral("2024-06-01"));
    QTRY_VERIFY(save->isEnabled());
    QVERIFY(hasIssue(m_form->issues(), QStringLiteral("uppfoljning_datum"), domain::Severity::Varning));
    QVERIFY(!domain::hasBlocking(m_form->issues()));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.count(), 1);

    // A date that is not a real date is a fel too, not a silent blank.
    typeDate(QStringLiteral("field_avslut_datum_0"), QStringLiteral("2024-02-30"));
    QTRY_VERIFY(!save->isEnabled());
    QVERIFY(hasIssue(m_form->issues(), QStringLiteral("avslut_datum"), domain::Severity::Fel));
}

void TestArendeForm::b2IsAskedOnlyWhenImproved()
{
    domain::Arende arende;
    arende.malgrupp = QStringLiteral("VUX");
    domain::Insats insats;
    insats.uppfoljningar.append(domain::Uppfoljning());
    arende.insatser.append(insats);
    makeForm(arende);

    auto* b1a = field<QComboBox>(QStringLiteral("field_b1a_0_0"));
    auto* b2 = field<QComboBox>(QStringLiteral("field_b2_0_0"));
    QVERIFY(b1a && b2);
    QVERIFY(!b2->isEnabled());
    typeAhead(b1a, QStringLiteral("Ingen"));
    QTRY_COMPARE(m_form->arende().insatser.at(0).uppfoljningar.at(0).b1a, QStringLiteral("FORANDRING.INGEN"));
    QVERIFY(!b2->isEnabled());

    b1a->setCurrentIndex(0);
    typeAhead(b1a, QStringLiteral("Förbättrats"));
    QTRY_COMPARE(m_form->arende().insatser.at(0).uppfoljningar.at(0).b1a,
                 QStringLiteral("FORANDRING.FORBATTRATS_MYCKET"));
    QTRY_VERIFY(b2->isEnabled());
    typeAhead(b2, QStringLiteral("Mycket"));
    QTRY_COMPARE(m_form->arende().insatser.at(0).uppfoljningar.at(0).b2, QStringLiteral("BETYDELSE.MYCKET_STOR"));

    // B1a changed back: B2 is kept and flagged (fel), not silently cleared.
    b1a->setCurrentIndex(0);
    typeAhead(b1a, QStringLiteral("Försämrats"));
    QTRY_VERIFY(hasIssue(m_form->issues(), QStringLiteral("b2"), domain::Severity::Fel));
    QCOMPARE(m_form->arende().insatser.at(0).uppfoljningar.at(0).b2, QStringLiteral("BETYDELSE.MYCKET_STOR"));
    QVERIFY(b2->isEnabled()); // still editable so that it can be cleared
    b2->setCurrentIndex(0);
    QTRY_VERIFY(!b2->isEnabled());
}

void TestArendeForm::modifiedFollowsRealChanges()
{
    domain::Arende arende;
    arende.id = 42;
    arende.malgrupp = QStringLiteral("BOU");
    arende.aktualiseringDatum = QDate(2024, 3, 1);
    arende.aktualiseringstyp = QStringLiteral("AKTTYP.ANMALAN");
    arende.comments.insert(QStringLiteral("aktualiseringsorsak"), QStringLiteral("Via skolan"));
    domain::Person person;
    person.id = 3;
    person.personId = validPersonId();
    makeForm(arende, person);
    QSignalSpy modified(m_form, &ArendeForm::modifiedChanged);
    QVERIFY(!m_form->isModified());

    auto* typ = field<QComboBox>(QStringLiteral("field_aktualiseringstyp"));
    typeAhead(typ, QStringLiteral("Ans"));
    QTRY_VERIFY(m_form->isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);

    typeAhead(typ, QStringLiteral("Anm"));
    QTRY_VERIFY(!m_form->isModified());
    QCOMPARE(modified.count(), 2);
    QCOMPARE(modified.last().at(0).toBool(), false);

    // Typing into a date and deleting it again is no change either.
    auto* date = field<DateField>(QStringLiteral("field_aktualisering_datum"));
    date->setFocus();
    date->end(false);
    QTest::keyClick(date, Qt::Key_Backspace);
    QTRY_VERIFY(m_form->isModified());
    QTest::keyClick(date, Qt::Key_1);
    QTRY_VERIFY(!m_form->isModified());

    // The comment is there, tied to its question, with the reminder.
    auto* comment = field<QLineEdit>(QStringLiteral("comment_aktualiseringsorsak"));
    QVERIFY(comment && comment->isVisible());
    QCOMPARE(comment->text(), QStringLiteral("Via skolan"));
    QVERIFY(comment->maxLength() <= 200);
    QVERIFY(!m_form->findChild<QLineEdit*>(QStringLiteral("comment_aktualiseringstyp")));
}

void TestArendeForm::draftStateRoundTrips()
{
    domain::Arende arende;
    arende.id = 9;
    arende.owner = QStringLiteral("hl1");
    arende.malgrupp = QStringLiteral("FUNK");
    makeForm(arende);
    typeText(field<QLineEdit>(QStringLiteral("personIdField")), validPersonId());
    typeDate(QStringLiteral("field_aktualisering_datum"), QStringLiteral("2024-01-10"));
    m_form->addInsats();
    auto* filter = field<QLineEdit>(QStringLiteral("insatsFilter_0"));
    typeText(filter, QStringLiteral("YAB.10"));
    QTest::keyClick(filter, Qt::Key_Return);
    m_form->addUppfoljning(0);
    typeAhead(field<QComboBox>(QStringLiteral("field_maluppfyllelse_0_0")), QStringLiteral("Delvis"));
    QTRY_COMPARE(m_form->arende().insatser.at(0).uppfoljningar.at(0).maluppfyllelse, QStringLiteral("MAL.IBIC.DELVIS"));
    QCOMPARE(m_form->arende().insatser.at(0).ksi, QStringLiteral("YAB.10.ZZ"));

    const QByteArray draft = m_form->draftState();
    const domain::Arende edited = m_form->arende();
    const domain::Person editedPerson = m_form->person();

    makeForm(arende);
    QVERIFY(!m_form->isModified());
    QVERIFY(m_form->restoreDraft(draft));
    QVERIFY(m_form->isModified());
    QCOMPARE(m_form->draftState(), draft);
    QCOMPARE(m_form->arende().insatser.at(0).uppfoljningar.at(0).maluppfyllelse,
             edited.insatser.at(0).uppfoljningar.at(0).maluppfyllelse);
    QCOMPARE(m_form->arende().aktualiseringDatum, edited.aktualiseringDatum);
    QCOMPARE(m_form->arende().owner, QStringLiteral("hl1"));
    QCOMPARE(m_form->person().personId, editedPerson.personId);
    QCOMPARE(field<QComboBox>(QStringLiteral("field_maluppfyllelse_0_0"))->currentData().toString(),
             QStringLiteral("MAL.IBIC.DELVIS"));

    QVERIFY(!m_form->restoreDraft("not json"));
    QVERIFY(!m_form->restoreDraft(R"({"format":99})"));
}

void TestArendeForm::existingPersonIdIsMaskedUntilRevealed()
{
    domain::Arende arende;
    arende.id = 1;
    arende.malgrupp = QStringLiteral("ALDRE");
    domain::Person person;
    person.id = 5;
    person.personId = validPersonId();
    person.kon = QStringLiteral("KON.POJKE_MAN");
    person.birthDate = QDate(1985, 4, 12);
    makeForm(arende, person);
    QSignalSpy reveal(m_form, &ArendeForm::personIdRevealRequested);

    auto* id = field<QLineEdit>(QStringLiteral("personIdField"));
    QVERIFY(id->isReadOnly());
    QCOMPARE(id->text(), QStringLiteral("1985XXXX-XXXX"));
    QVERIFY(!id->text().contains(validPersonId().mid(4, 4)));
    auto* show = field<QPushButton>(QStringLiteral("revealPersonIdButton"));
    QVERIFY(show && show->isVisible());
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(reveal.count(), 1);
    QCOMPARE(id->text(), validPersonId().left(8) + u'-' + validPersonId().mid(8));
    QTest::mouseDClick(id, Qt::LeftButton);
    QVERIFY(id->selectedText().isEmpty()); // shown, but not selectable for the clipboard
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(id->text(), QStringLiteral("1985XXXX-XXXX"));
    QCOMPARE(m_form->person().personId, validPersonId());
    QVERIFY(!m_form->isModified());
    QVERIFY(!hasIssue(m_form->issues(), QStringLiteral("person_id"), domain::Severity::Fel));
}

// As the host hands a registered person over (access::ArendeService::personOf): without the
// number. A personnummer is masked by its birth year, never called a reservnummer; the number
// is shown only when the host, having audited the request, hands it over.
void TestArendeForm::registeredPersonComesWithoutTheNumber()
{
    domain::Arende arende;
    arende.id = 1;
    arende.malgrupp = QStringLiteral("ALDRE");
    domain::Person person;
    person.id = 5;
    person.idType = domain::PersonIdType::Personnummer;
    person.kon = QStringLiteral("KON.POJKE_MAN");
    person.birthDate = QDate(1985, 4, 12);
    makeForm(arende, person);
    auto* id = field<QLineEdit>(QStringLiteral("personIdField"));
    const QString hiddenReserv = QCoreApplication::translate("folja::ui::form::PersonSection", "Hidden reserve number");
    QCOMPARE(id->text(), QStringLiteral("1985XXXX-XXXX"));
    auto* show = field<QPushButton>(QStringLiteral("revealPersonIdButton"));
    QVERIFY(show);

    // Nobody answers (or the host refused): still masked, the button not left pressed.
    QSignalSpy reveal(m_form, &ArendeForm::personIdRevealRequested);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(reveal.count(), 1);
    QVERIFY(!show->isChecked());
    QCOMPARE(id->text(), QStringLiteral("1985XXXX-XXXX"));

    // The host answers with the number: shown, then hidden again (and forgotten) on the next click.
    connect(m_form, &ArendeForm::personIdRevealRequested, m_form,
            [this] { m_form->showRevealedPersonId(validPersonId()); });
    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(show->isChecked());
    QCOMPARE(id->text(), validPersonId().left(8) + u'-' + validPersonId().mid(8));
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(id->text(), QStringLiteral("1985XXXX-XXXX"));
    QVERIFY(m_form->person().personId.isEmpty()); // the form does not keep it
    QVERIFY(!m_form->isModified());

    // A samordningsnummer is masked the same way; only a reservnummer is "Dolt reservnummer".
    person.idType = domain::PersonIdType::Samordningsnummer;
    makeForm(arende, person);
    QCOMPARE(field<QLineEdit>(QStringLiteral("personIdField"))->text(), QStringLiteral("1985XXXX-XXXX"));
    person.idType = domain::PersonIdType::Reservnummer;
    person.birthDate = QDate();
    person.kon.clear();
    makeForm(arende, person);
    QCOMPARE(field<QLineEdit>(QStringLiteral("personIdField"))->text(), hiddenReserv);
}

// In a small window the Person-ID and Ålder fields still show a whole "ÅÅÅÅMMDD-NNNN" and the whole
// age text: their minimum width comes from the font, not from the window.
void TestArendeForm::personIdAndAgeFitInASmallWindow()
{
    for (const bool registered : {false, true}) {
        domain::Arende arende;
        arende.malgrupp = QStringLiteral("ALDRE");
        arende.aktualiseringDatum = QDate(2024, 3, 1);
        domain::Person person;
        if (registered) {
            arende.id = 1;
            person.id = 5;
            person.birthDate = QDate(1925, 4, 12);
            person.kon = QStringLiteral("KON.POJKE_MAN");
        }
        makeForm(arende, person);
        m_form->resize(360, 480);
        QCoreApplication::sendPostedEvents();
        QApplication::processEvents();
        if (!registered)
            typeText(field<QLineEdit>(QStringLiteral("personIdField")),
                     identity::PersonId::compose(QDate(1925, 4, 12), 123));
        auto* id = field<QLineEdit>(QStringLiteral("personIdField"));
        auto* alder = field<QLineEdit>(QStringLiteral("field_alder"));
        QVERIFY(id && alder);
        QVERIFY(id->isVisible() && alder->isVisible());
        const QFontMetrics idMetrics(id->font());
        QVERIFY2(id->width() > idMetrics.horizontalAdvance(QStringLiteral("ÅÅÅÅMMDD-NNNN")),
                 qPrintable(QString::number(id->width())));
        QVERIFY(id->width() > idMetrics.horizontalAdvance(id->text()));
        const QFontMetrics alderMetrics(alder->font());
        QVERIFY2(alder->text().contains(QStringLiteral("98")), qPrintable(alder->text())); // at the aktualisering
        QVERIFY2(alder->width() > alderMetrics.horizontalAdvance(alder->text()),
                 qPrintable(QStringLiteral("%1 for %2").arg(alder->width()).arg(alder->text())));
    }
}

void TestArendeForm::changingMalgruppFlagsInsteadOfDropping()
{
    domain::Arende arende;
    arende.malgrupp = QStringLiteral("BOU");
    arende.problematik = {QStringLiteral("ORSAK.BRISTER_OMSORG")};
    domain::Insats insats;
    insats.ksi = QStringLiteral("YAC.25.ZZ");
    arende.insatser.append(insats);
    makeForm(arende);
    QVERIFY(!domain::hasBlocking(m_form->issues()) ||
            !hasIssue(m_form->issues(), QStringLiteral("problematik"), domain::Severity::Fel));

    auto* malgrupp = field<QComboBox>(QStringLiteral("malgruppCombo"));
    typeAhead(malgrupp, QStringLiteral("Äldre"));
    QTRY_COMPARE(m_form->arende().malgrupp, QStringLiteral("ALDRE"));
    QCOMPARE(m_form->arende().problematik, QStringList{QStringLiteral("ORSAK.BRISTER_OMSORG")});
    QCOMPARE(m_form->arende().insatser.at(0).ksi, QStringLiteral("YAC.25.ZZ"));
    QVERIFY(hasIssue(m_form->issues(), QStringLiteral("problematik"), domain::Severity::Fel));
    QVERIFY(hasIssue(m_form->issues(), QStringLiteral("insats"), domain::Severity::Fel));
    auto* list = field<QListWidget>(QStringLiteral("field_problematik"));
    QVERIFY(listHasText(list, QStringLiteral("Behov av omsorg")));
    bool flagged = false;
    for (int i = 0; i < list->count(); ++i)
        flagged |= list->item(i)->checkState() == Qt::Checked && list->item(i)->text().startsWith(u"Brister i omsorg");
    QVERIFY(flagged);
    QVERIFY(!field<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
}

void TestArendeForm::exclusiveValuesUncheckOthers()
{
    domain::Arende arende;
    arende.malgrupp = QStringLiteral("VUX");
    domain::Insats insats;
    insats.uppfoljningar.append(domain::Uppfoljning());
    arende.insatser.append(insats);
    makeForm(arende);
    auto* list = field<QListWidget>(QStringLiteral("field_samverkan_0_0"));
    QVERIFY(list);
    list->setFocus();
    typeText(list, QStringLiteral("Polis"));
    QTest::keyClick(list, Qt::Key_Space);
    QTRY_COMPARE(m_form->arende().insatser.at(0).uppfoljningar.at(0).samverkan,
                 QStringList{QStringLiteral("SAMVERKAN.POLIS")});
    list->keyboardSearch(QString()); // a new type-ahead search, not a continuation
    // Space toggles a choice in the list, so type-ahead stops at the first word; the second of
    // the two "Ingen samverkan …" values is one row down.
    typeText(list, QStringLiteral("Ingen"));
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Space);
    QTRY_COMPARE(m_form->arende().insatser.at(0).uppfoljningar.at(0).samverkan,
                 QStringList{QStringLiteral("SAMVERKAN.INGEN_UTAN_BEHOV")});
}

void TestArendeForm::addAndRemoveInsatserAndUppfoljningar()
{
    domain::Arende arende;
    arende.id = 4;
    arende.malgrupp = QStringLiteral("VUX");
    domain::Insats first;
    first.id = 11;
    first.ksi = QStringLiteral("YAD.15.ZZ");
    domain::Insats second;
    second.id = 12;
    second.ksi = QStringLiteral("YAD.20.15");
    arende.insatser = {first, second};
    domain::Person person;
    person.id = 1;
    person.personId = validPersonId();
    makeForm(arende, person);
    QSignalSpy saved(m_form, &ArendeForm::saveRequested);

    // Enter on a button presses it; it does not save.
    auto* add = field<QPushButton>(QStringLiteral("addUppfoljningButton_1"));
    QVERIFY(add);
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Return);
    QTRY_COMPARE(m_form->arende().insatser.at(1).uppfoljningar.size(), 1);
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_form->isModified());
    QTRY_VERIFY(field<QWidget>(QStringLiteral("field_uppfoljning_datum_1_0"))->hasFocus());

    // Removing the added uppföljning again leaves no change behind.
    QTest::mouseClick(field<QPushButton>(QStringLiteral("removeUppfoljningButton_1_0")), Qt::LeftButton);
    QTRY_COMPARE(m_form->arende().insatser.at(1).uppfoljningar.size(), 0);
    QVERIFY(!m_form->isModified());

    // Removing the first insats renumbers the second, with its id and code intact.
    QTest::mouseClick(field<QPushButton>(QStringLiteral("removeInsatsButton_0")), Qt::LeftButton);
    QTRY_COMPARE(m_form->arende().insatser.size(), 1);
    QCOMPARE(m_form->arende().insatser.at(0).id, 12);
    QCOMPARE(m_form->arende().insatser.at(0).ksi, QStringLiteral("YAD.20.15"));
    QVERIFY(field<QTreeView>(QStringLiteral("field_insats_0")));
    QVERIFY(!m_form->findChild<QWidget*>(QStringLiteral("field_insats_1")));
    QVERIFY(m_form->isModified());

    // Ctrl+U with the focus outside any insats adds to the last one.
    auto* date = field<QWidget>(QStringLiteral("field_aktualisering_datum"));
    date->setFocus();
    QTest::keyClick(date, Qt::Key_U, Qt::ControlModifier);
    QTRY_COMPARE(m_form->arende().insatser.at(0).uppfoljningar.size(), 1);
}

void TestArendeForm::escapeCancelsAndInputsAreNamed()
{
    domain::Arende arende;
    arende.malgrupp = QStringLiteral("EKB");
    domain::Insats insats;
    insats.uppfoljningar.append(domain::Uppfoljning());
    arende.insatser.append(insats);
    makeForm(arende);
    QSignalSpy cancelled(m_form, &ArendeForm::cancelRequested);

    const QList<QWidget*> all = m_form->findChildren<QWidget*>();
    int named = 0;
    for (QWidget* w : all) {
        if (!w->objectName().startsWith(u"field_"))
            continue;
        ++named;
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(named > 20);

    // Tab follows the visual order.
    typeDate(QStringLiteral("field_aktualisering_datum"), QStringLiteral("2024-04-04"));
    auto* date = field<QWidget>(QStringLiteral("field_aktualisering_datum"));
    QVERIFY(!date->toolTip().isEmpty()); // the definition stays after a valid date is typed
    date->setFocus();
    QTest::keyClick(date, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), field<QWidget>(QStringLiteral("field_aktualiseringstyp")));

    // F1 shows the definition of the current question.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    const catalog::Variable* typ = m_catalog.variable(u"aktualiseringstyp");
    QTRY_VERIFY(field<QLabel>(QStringLiteral("helpText"))->text().contains(typ->label));

    // The step list: Enter moves into the step (here Besluta) and does not save.
    QSignalSpy saved(m_form, &ArendeForm::saveRequested);
    auto* steps = field<QListWidget>(QStringLiteral("stepList"));
    steps->setFocus();
    steps->setCurrentRow(2);
    QTest::keyClick(steps, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), field<QWidget>(QStringLiteral("field_beslut_datum")));
    QCOMPARE(saved.count(), 0);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);
}

namespace {

// A filled BoU ärende with an insats and an uppföljning (also used for the screenshots).
void filledArende(domain::Arende& arende, domain::Person& person)
{
    arende.id = 1;
    arende.malgrupp = QStringLiteral("BOU");
    arende.enhet = QStringLiteral("Barn och unga");
    arende.aktualiseringDatum = QDate(2024, 3, 1);
    arende.aktualiseringstyp = QStringLiteral("AKTTYP.ANMALAN");
    arende.aktualiseringsorsak = {QStringLiteral("ORSAK.BRISTER_OMSORG"), QStringLiteral("ORSAK.SKOLRELATERAD")};
    arende.comments.insert(QStringLiteral("aktualiseringsorsak"), QStringLiteral("Orosanmälan från skolan"));
    domain::Insats insats;
    insats.ksi = QStringLiteral("YAC.75.ZZ");
    insats.beslutDatum = QDate(2024, 3, 20);
    insats.verkstallandeDatum = QDate(2024, 4, 2);
    domain::Uppfoljning up;
    up.datum = QDate(2024, 6, 1);
    up.maluppfyllelse = QStringLiteral("MAL.BBIC.POSITIV_EJ_UPPFYLLT");
    up.b1a = QStringLiteral("FORANDRING.FORBATTRATS_MYCKET");
    insats.uppfoljningar.append(up);
    arende.insatser.append(insats);
    person.id = 2;
    person.personId = identity::PersonId::compose(QDate(2011, 9, 3), 248);
    person.kon = QStringLiteral("KON.FLICKA_KVINNA");
    person.birthDate = QDate(2011, 9, 3);
}

// What a user can type into or choose with (not the internals of composite widgets).
bool isInput(QWidget* w)
{
    if (qobject_cast<QLineEdit*>(w))
        return !qobject_cast<QComboBox*>(w->parentWidget()); // a combo's own editor is the combo
    return qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QAbstractButton*>(w) ||
           qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w);
}

} // namespace

void TestArendeForm::everyInputOfAFilledFormHasAnAccessibleName()
{
    domain::Arende arende;
    domain::Person person;
    filledArende(arende, person);
    delete m_form;
    m_form = new ArendeForm;
    m_form->setToday(kToday);
    m_form->setCatalog(&m_catalog);
    m_form->setOrganisation({}, {QStringLiteral("Barn och unga"), QStringLiteral("Vuxen")});
    m_form->setArende(arende, person);
    m_form->resize(1100, 800);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    int inputs = 0;
    const QList<QWidget*> all = m_form->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (!isInput(w) || !w->isVisibleTo(m_form) || w->focusPolicy() == Qt::NoFocus)
            continue;
        ++inputs;
        // The name a screen reader announces: the accessible name, or Qt's fallback (button text).
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        const QString name = iface->text(QAccessible::Name).trimmed();
        QVERIFY2(!name.isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY2(inputs > 40, qPrintable(QString::number(inputs)));
}

void TestArendeForm::tabReachesEveryInputInVisualOrder()
{
    domain::Arende arende;
    domain::Person person;
    filledArende(arende, person);
    makeForm(arende, person);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    QList<QWidget*> expected;
    const QList<QWidget*> all = m_form->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (isInput(w) && w->isVisibleTo(m_form) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            expected.append(w);
    }
    QVERIFY(expected.size() > 30);

    auto* steps = field<QWidget>(QStringLiteral("stepList"));
    steps->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), steps);
    QList<QWidget*> visited;
    QWidget* scrollContent = field<QScrollArea>(QStringLiteral("formScroll"))->widget();
    int lastY = -1;
    for (int i = 0; i < 400; ++i) {
        QWidget* now = QApplication::focusWidget();
        if (!now || (i > 0 && now == steps))
            break;
        if (visited.contains(now))
            QFAIL(qPrintable(QStringLiteral("Tab visits %1 twice").arg(now->objectName())));
        visited.append(now);
        // Inside the questions, Tab never jumps back up the page.
        if (scrollContent->isAncestorOf(now)) {
            const int y = now->mapTo(scrollContent, QPoint()).y();
            QVERIFY2(y >= lastY - 2, qPrintable(now->objectName()));
            lastY = std::max(lastY, y);
        }
        QTest::keyClick(now, Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget(), steps); // the chain closes
    for (QWidget* w : std::as_const(expected))
        QVERIFY2(visited.contains(w),
                 qPrintable(QStringLiteral("Tab never reaches %1 (%2)")
                                .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
}

void TestArendeForm::offersOnlyTheKommunsMalgrupperAndEnheter()
{
    delete m_form;
    m_form = new ArendeForm;
    m_form->setCatalog(&m_catalog);
    m_form->setOrganisation({QStringLiteral("BOU"), QStringLiteral("VUX")}, {QStringLiteral("Enhet Norr")});
    domain::Arende arende;
    arende.malgrupp = QStringLiteral("ALDRE"); // stored earlier: kept and shown
    m_form->setArende(arende, {});
    m_form->show();
    auto* malgrupp = field<QComboBox>(QStringLiteral("malgruppCombo"));
    QVERIFY(malgrupp->findData(QStringLiteral("BOU")) >= 0);
    QVERIFY(malgrupp->findData(QStringLiteral("VUX")) >= 0);
    QVERIFY(malgrupp->findData(QStringLiteral("ALDRE")) >= 0);
    QCOMPARE(malgrupp->findData(QStringLiteral("FUNK")), -1);
    QCOMPARE(malgrupp->findData(QStringLiteral("EKB")), -1);

    auto* enhet = field<QComboBox>(QStringLiteral("enhetCombo"));
    QVERIFY(enhet->isVisible());
    enhet->setFocus();
    enhet->view()->keyboardSearch(QString());
    typeText(enhet, QStringLiteral("Enhet"));
    QTRY_COMPARE(m_form->arende().enhet, QStringLiteral("Enhet Norr"));
    QVERIFY(m_form->isModified());

    // Without units there is no enhet question.
    m_form->setOrganisation({}, {});
    m_form->setArende({}, {});
    QVERIFY(!enhet->isVisible());
}

void TestArendeForm::screenshot()
{
    domain::Arende arende;
    arende.id = 1;
    arende.malgrupp = QStringLiteral("BOU");
    arende.aktualiseringDatum = QDate(2024, 3, 1);
    arende.aktualiseringstyp = QStringLiteral("AKTTYP.ANMALAN");
    arende.aktualiseringsorsak = {QStringLiteral("ORSAK.BRISTER_OMSORG"), QStringLiteral("ORSAK.SKOLRELATERAD")};
    arende.comments.insert(QStringLiteral("aktualiseringsorsak"), QStringLiteral("Orosanmälan från skolan"));
    domain::Insats insats;
    insats.ksi = QStringLiteral("YAC.75.ZZ");
    insats.beslutDatum = QDate(2024, 2, 20);
    domain::Uppfoljning up;
    up.datum = QDate(2024, 6, 1);
    up.maluppfyllelse = QStringLiteral("MAL.BBIC.POSITIV_EJ_UPPFYLLT");
    insats.uppfoljningar.append(up);
    arende.insatser.append(insats);
    domain::Person person;
    person.id = 2;
    person.personId = identity::PersonId::compose(QDate(2011, 9, 3), 248);
    person.kon = QStringLiteral("KON.FLICKA_KVINNA");
    person.birthDate = QDate(2011, 9, 3);
    makeForm(arende, person);

    const QString dir = qEnvironmentVariable("FOLJA_SCREENSHOT_DIR", QStringLiteral("/tmp"));

    QVERIFY(m_form->grab().save(dir + QStringLiteral("/arendeform-top.png")));
    auto* scroll = field<QScrollArea>(QStringLiteral("formScroll"));
    QVERIFY(scroll);
    // Scrolling waits for the pending layout (lists re-measure their wrapped rows).
    const auto showField = [&](const QString& name) {
        QWidget* w = field<QWidget>(name);
        scroll->ensureWidgetVisible(w);
        return !w->visibleRegion().isEmpty();
    };
    QTRY_VERIFY(showField(QStringLiteral("field_insats_0")));
    QVERIFY(m_form->grab().save(dir + QStringLiteral("/arendeform-insats.png")));
    QTRY_VERIFY(showField(QStringLiteral("field_b3_0_0")));
    QVERIFY(m_form->grab().save(dir + QStringLiteral("/arendeform-uppfoljning.png")));
}

QTEST_MAIN(TestArendeForm)
#include "tst_arendeform.moc"
