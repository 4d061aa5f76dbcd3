// Issue 12 in the ärende form: for a reservnummer without a birth date or kön rule, kön and ålder
// are entered by hand in the Person section (and marked as entered in the person the form hands
// over); for a personnummer they stay derived and the entries are hidden; a registered person's
// stored entry is shown and can be changed; the entry survives a draft.

#include "catalog/catalog.h"
#include "common/i18n.h"
#include "form/arendeform.h"
#include "form/personsection.h"
#include "identity/age.h"
#include "identity/personid.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace folja;
using folja::ui::ArendeForm;

namespace {

QString reservnummer(int serial)
{
    const QString base = QStringLiteral("992024%1").arg(serial, 5, 10, QLatin1Char('0'));
    return base + QString::number(identity::PersonId::luhnCheckDigit(QStringView(base).mid(4)));
}

} // namespace

class TestFormEntered : public QObject
{
    Q_OBJECT

    std::optional<catalog::Catalog> m_catalog;

    std::unique_ptr<ArendeForm> makeForm(const domain::Arende& arende = {}, const domain::Person& person = {})
    {
        auto form = std::make_unique<ArendeForm>();
        form->setToday(QDate(2025, 1, 15));
        form->setCatalog(&*m_catalog);
        form->setArende(arende, person);
        form->resize(1100, 800);
        form->show();
        return form;
    }

private slots:
    void initTestCase()
    {
        folja::i18n::install(*qApp, folja::i18n::chooseLanguage());
        auto loaded = catalog::Catalog::loadBuiltin();
        QVERIFY(loaded.ok());
        m_catalog = std::move(loaded).value();
    }

    void reservnummerAsksForKonAndAlder()
    {
        domain::Arende a;
        a.aktualiseringDatum = QDate(2024, 11, 4);
        auto form = makeForm(a);
        auto* pid = form->findChild<QLineEdit*>(QStringLiteral("personIdField"));
        auto* kon = form->findChild<QComboBox*>(QStringLiteral("field_kon_entered"));
        auto* alder = form->findChild<QSpinBox*>(QStringLiteral("field_alder_entered"));
        QVERIFY(pid && kon && alder);
        QVERIFY(kon->isHidden() && alder->isHidden()); // nothing typed yet

        // A personnummer: derived, the entries stay hidden.
        pid->setFocus();
        QTest::keyClicks(pid, identity::PersonId::compose(QDate(1985, 4, 12), 123));
        QVERIFY(kon->isHidden() && alder->isHidden());
        QCOMPARE(form->person().kon, QStringLiteral("KON.POJKE_MAN"));
        QVERIFY(!form->person().konEntered);

        // A reservnummer: nothing derived; the entries appear, and what is entered is marked.
        pid->clear();
        QTest::keyClicks(pid, reservnummer(77));
        QVERIFY(!kon->isHidden() && !alder->isHidden());
        QVERIFY(form->person().kon.isEmpty());
        QVERIFY(!form->person().birthDate.isValid());
        kon->setCurrentIndex(kon->findData(QStringLiteral("KON.FLICKA_KVINNA")));
        alder->setValue(16);
        const domain::Person p = form->person();
        QCOMPARE(p.kon, QStringLiteral("KON.FLICKA_KVINNA"));
        QVERIFY(p.konEntered);
        QCOMPARE(p.alderEntered, 16);
        QCOMPARE(p.alderEnteredOn, QDate(2024, 11, 4)); // the aktualisering date
        QCOMPARE(identity::ageAt(p.birthDate, QDate(2024, 11, 4)), 16);
        QVERIFY(form->isModified());

        // The entry survives a draft.
        const QByteArray draft = form->draftState();
        auto restored = makeForm();
        QVERIFY(restored->restoreDraft(draft));
        QCOMPARE(restored->person().alderEntered, 16);
        QCOMPARE(restored->person().kon, QStringLiteral("KON.FLICKA_KVINNA"));
        QVERIFY(restored->person().konEntered);
    }

    void registeredPersonShowsTheStoredEntry()
    {
        domain::Person stored;
        stored.id = 5;
        stored.idType = domain::PersonIdType::Reservnummer;
        QVERIFY(domain::applyEnteredKonAlder(stored, QStringLiteral("KON.POJKE_MAN"), 70, QDate(2023, 2, 1)).isEmpty());
        domain::Arende a;
        a.id = 9;
        a.personRef = 5;
        a.aktualiseringDatum = QDate(2024, 3, 1);
        auto form = makeForm(a, stored);
        auto* kon = form->findChild<QComboBox*>(QStringLiteral("field_kon_entered"));
        auto* alder = form->findChild<QSpinBox*>(QStringLiteral("field_alder_entered"));
        QVERIFY(!kon->isHidden() && !alder->isHidden());
        QCOMPARE(kon->currentData().toString(), QStringLiteral("KON.POJKE_MAN"));
        QCOMPARE(alder->value(), 70);
        QVERIFY(domain::sameIdentity(form->person(), stored)); // unchanged: as stored
        QVERIFY(!form->isModified());
        alder->setValue(71);
        QCOMPARE(form->person().alderEntered, 71);
        QCOMPARE(form->person().alderEnteredOn, QDate(2024, 3, 1));
        QVERIFY(form->isModified());

        // A registered personnummer: derived, no entries.
        domain::Person derived;
        derived.id = 6;
        domain::applyPersonId(derived, *identity::PersonId::parse(identity::PersonId::compose(QDate(1990, 1, 1), 222)));
        a.personRef = 6;
        auto other = makeForm(a, derived);
        QVERIFY(other->findChild<QComboBox*>(QStringLiteral("field_kon_entered"))->isHidden());
        QVERIFY(other->findChild<QSpinBox*>(QStringLiteral("field_alder_entered"))->isHidden());
    }
};

QTEST_MAIN(TestFormEntered)
#include "tst_form_entered.moc"
