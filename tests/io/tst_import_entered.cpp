// Issue 12 in the CSV import (INTERCHANGE §2 plus the columns kon and alder): for a reservnummer
// without a birth date or kön rule, kön and age (years at aktualisering_datum) are taken as
// entered by hand and marked; for a number that gives them, an entered value must agree; bad or
// disagreeing values name row and column, and nothing is imported.

#include "identity/age.h"
#include "identity/personid.h"
#include "io/canonicalimport.h"
#include "testcheck.h"

#include <QBuffer>
#include <QTest>

using namespace folja;
using namespace folja::io;

namespace {

const QString kHeader = QStringLiteral("arende_id;person_id;malgrupp;handlaggare;aktualisering_datum;kon;alder\n");

QString reservnummer(int serial)
{
    const QString base = QStringLiteral("992024%1").arg(serial, 5, 10, QLatin1Char('0'));
    return base + QString::number(identity::PersonId::luhnCheckDigit(QStringView(base).mid(4)));
}

ParsedImport parse(const QString& text)
{
    static const auto catalog = catalog::Catalog::loadBuiltin();
    FOLJA_REQUIRE(catalog.ok());
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions o;
    o.actor = QStringLiteral("admin");
    o.actorIsAdministrator = true;
    o.handlaggare = {QStringLiteral("anna")};
    o.referenceDate = QDate(2025, 6, 1);
    return CanonicalImport::parse(&buffer, *catalog, o);
}

bool hasIssue(const ParsedImport& p, qint64 row, const QString& column)
{
    for (const ImportIssue& e : p.errors) {
        if (e.row == row && e.column == column)
            return true;
    }
    return false;
}

} // namespace

class TestImportEntered : public QObject
{
    Q_OBJECT

private slots:
    void reservnummerTakesEnteredValues()
    {
        const QString r1 = reservnummer(7), r2 = reservnummer(8);
        const ParsedImport p = parse(kHeader + QStringLiteral("R1;%1;VUX;anna;2024-05-01;Flicka/Kvinna;40\n"
                                                              "R2;%2;VUX;anna;2024-06-01;KON.POJKE_MAN;\n"
                                                              "R3;%2;VUX;anna;2025-01-10;;\n")
                                                   .arg(r1, r2));
        QVERIFY2(p.ok(), p.errors.isEmpty() ? "" : qPrintable(formatIssue(p.errors.first())));
        QCOMPARE(p.arenden.size(), 3);
        const domain::Person& a = p.arenden[0].person;
        QCOMPARE(a.kon, QStringLiteral("KON.FLICKA_KVINNA")); // the label, resolved to the code
        QVERIFY(a.konEntered);
        QCOMPARE(a.alderEntered, 40);
        QCOMPARE(a.alderEnteredOn, QDate(2024, 5, 1));
        QCOMPARE(identity::ageAt(a.birthDate, QDate(2024, 5, 1)), 40);
        const domain::Person& b = p.arenden[1].person;
        QCOMPARE(b.kon, QStringLiteral("KON.POJKE_MAN"));
        QVERIFY(b.konEntered);
        QCOMPARE(b.alderEntered, -1); // not entered: missing, as before
        QVERIFY(!b.birthDate.isValid());
        QVERIFY(!p.arenden[2].person.konEntered); // left empty: the stored one is kept on import
        // No bortfall warning for the derived columns.
        for (const ImportWarning& w : p.warnings)
            QVERIFY(w.column != QLatin1String("kon") && w.column != QLatin1String("alder"));
    }

    void derivedValuesCannotBeOverridden()
    {
        const QString pnr = identity::PersonId::compose(QDate(1980, 5, 5), 123); // Pojke/Man
        ParsedImport p = parse(kHeader + QStringLiteral("P1;%1;VUX;anna;2024-05-01;Pojke/Man;43\n").arg(pnr));
        QVERIFY(p.ok()); // agrees: accepted, nothing marked as entered
        QVERIFY(!p.arenden[0].person.konEntered);
        QCOMPARE(p.arenden[0].person.alderEntered, -1);
        QCOMPARE(p.arenden[0].person.birthDate, QDate(1980, 5, 5));

        p = parse(kHeader + QStringLiteral("P1;%1;VUX;anna;2024-05-01;Flicka/Kvinna;\n"
                                           "P2;%1;VUX;anna;2024-05-01;;30\n")
                                .arg(pnr));
        QVERIFY(!p.ok());
        QVERIFY(p.arenden.isEmpty());
        QVERIFY(hasIssue(p, 2, QStringLiteral("kon")));
        QVERIFY(hasIssue(p, 3, QStringLiteral("alder")));
        for (const ImportIssue& e : p.errors)
            QVERIFY(!formatIssue(e).contains(pnr.mid(2, 6))); // never the number
    }

    void badOrDisagreeingValuesNameRowAndColumn()
    {
        const QString r = reservnummer(9), s = reservnummer(10);
        const ParsedImport p = parse(kHeader + QStringLiteral("B1;%1;VUX;anna;2024-05-01;;abc\n"
                                                              "B2;%1;VUX;anna;2024-05-01;;131\n"
                                                              "B3;%1;VUX;anna;2024-05-01;Annat;\n"
                                                              "B4;%2;VUX;anna;2024-05-01;;30\n"
                                                              "B4;%2;VUX;anna;2024-05-01;;31\n"
                                                              "B5;%2;VUX;anna;2024-05-01;Flicka/Kvinna;\n"
                                                              "B6;%2;VUX;anna;2024-07-01;Pojke/Man;\n")
                                                   .arg(r, s));
        QVERIFY(!p.ok());
        QVERIFY(hasIssue(p, 2, QStringLiteral("alder")));
        QVERIFY(hasIssue(p, 3, QStringLiteral("alder")));
        QVERIFY(hasIssue(p, 4, QStringLiteral("kon")));
        QVERIFY(hasIssue(p, 6, QStringLiteral("alder"))); // rows of one ärende must agree
        QVERIFY(hasIssue(p, 8, QStringLiteral("kon")));   // one person, one kön
    }
};

QTEST_GUILESS_MAIN(TestImportEntered)
#include "tst_import_entered.moc"
