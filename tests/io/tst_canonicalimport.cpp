#include "identity/personid.h"
#include "io/canonicalimport.h"
#include "testcheck.h"

#include <QBuffer>
#include <QTest>

using namespace folja;
using namespace folja::io;

namespace {

const QString kHeader = QStringLiteral(
    "arende_id;person_id;malgrupp;handlaggare;aktualisering_datum;aktualiseringstyp;aktualiseringsorsak;"
    "tidigare_kontakt;ursprung;problematik;beslut_datum;insats;verkstallande_datum;uppfoljning_datum;sip;"
    "maluppfyllelse;avslut_datum;avslutsorsak");

QString pnr(int year, int serial)
{
    return identity::PersonId::compose(QDate(year, 3, 14), serial);
}

ParsedImport parse(const QString& text, const ImportOptions& options)
{
    static const auto catalog = catalog::Catalog::loadBuiltin();
    FOLJA_REQUIRE(catalog.ok());
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return CanonicalImport::parse(&buffer, *catalog, options);
}

ImportOptions adminOptions()
{
    ImportOptions o;
    o.actor = QStringLiteral("admin");
    o.actorIsAdministrator = true;
    o.handlaggare = {QStringLiteral("anna"), QStringLiteral("bo")};
    o.referenceDate = QDate(2025, 1, 1);
    return o;
}

QString allMessages(const ParsedImport& p)
{
    QStringList lines;
    for (const auto& e : p.errors)
        lines.append(formatIssue(e));
    return lines.join(QLatin1Char('\n'));
}

const ImportIssue* findIssue(const ParsedImport& p, qint64 row, const QString& column)
{
    for (const auto& e : p.errors) {
        if (e.row == row && e.column == column)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestCanonicalImport : public QObject
{
    Q_OBJECT

private slots:
    void validFileBecomesGroupedRecords()
    {
        const QString p1 = pnr(2012, 123);
        const QString p2 = pnr(1950, 456);
        const QString csv =
            QStringLiteral("\xFEFF") + kHeader +
            QStringLiteral("\r\n")
            // Ärende A-1, two insatser; labels with odd case and spacing, multi-values with |.
            + QStringLiteral("A-1;%1;BOU;anna;2024-01-10;Ansökan;brister i  omsorg|ORSAK.ANNAT;Nej;Född i Sverige;"
                             "ORSAK.BRISTER_OMSORG;2024-02-01;YAC.25.ZZ;2024-02-05;2024-05-01;SIP.JA;"
                             "Ingen förändring;2024-06-01;AVSLUT.MAL_UPPNATT|Brukaren har flyttat\r\n")
                  .arg(p1) +
            QStringLiteral("A-1;%1;bou;anna;2024-01-10;AKTTYP.ANSOKAN;ORSAK.ANNAT|ORSAK.BRISTER_OMSORG;"
                           "TIDKONTAKT.NEJ;URSPRUNG.SVERIGE;Brister i omsorg;2024-02-01;Kontaktperson;;;;;;\r\n")
                .arg(p1)
            // Ärende B-7 with no insats yet (insats columns empty).
            + QStringLiteral("B-7;%1;ALDRE;bo;2024-03-01;;;;;;;;;;;;;\r\n").arg(p2);
        const ParsedImport p = parse(csv, adminOptions());
        QVERIFY2(p.ok(), qPrintable(allMessages(p)));
        QCOMPARE(p.rows, 3);
        QCOMPARE(p.insatser, 2);
        QCOMPARE(p.arenden.size(), 2);

        const domain::Arende& a = p.arenden[0].arende;
        QCOMPARE(a.externalId, QStringLiteral("A-1"));
        QCOMPARE(a.malgrupp, QStringLiteral("BOU"));
        QCOMPARE(a.owner, QStringLiteral("anna"));
        QCOMPARE(a.aktualiseringstyp, QStringLiteral("AKTTYP.ANSOKAN"));
        QCOMPARE(a.aktualiseringsorsak,
                 (QStringList{QStringLiteral("ORSAK.ANNAT"), QStringLiteral("ORSAK.BRISTER_OMSORG")}));
        QCOMPARE(a.tidigareKontakt, QStringLiteral("TIDKONTAKT.NEJ"));
        QCOMPARE(a.beslutDatum, QDate(2024, 2, 1));
        QCOMPARE(a.insatser.size(), 2);
        QCOMPARE(a.insatser[0].ksi, QStringLiteral("YAC.25.ZZ"));
        QCOMPARE(a.insatser[0].avslutsorsak,
                 (QStringList{QStringLiteral("AVSLUT.FLYTTAT"), QStringLiteral("AVSLUT.MAL_UPPNATT")}));
        QCOMPARE(a.insatser[0].uppfoljningar.size(), 1);
        QCOMPARE(a.insatser[0].uppfoljningar[0].maluppfyllelse, QStringLiteral("MAL.BBIC.INGEN_FORANDRING"));
        QCOMPARE(a.insatser[0].uppfoljningar[0].sip, QStringLiteral("SIP.JA"));
        // "Kontaktperson" occurs in several areas; the målgrupp BOU picks the YAC one.
        QCOMPARE(a.insatser[1].ksi, QStringLiteral("YAC.80.ZZ"));
        QVERIFY(a.insatser[1].uppfoljningar.isEmpty());

        const ImportedArende& b = p.arenden[1];
        QCOMPARE(b.arende.insatser.size(), 0);
        QCOMPARE(b.person.personId, p2);
        QCOMPARE(b.person.kon, QStringLiteral("KON.FLICKA_KVINNA")); // birth number 456: 6 is even
        QCOMPARE(p.arenden[0].person.ursprung, QStringLiteral("URSPRUNG.SVERIGE"));
    }

    void headerProblemsAreAllReported()
    {
        const QString csv = QStringLiteral("arende_id;person_id;handlaggare;colour;person_id\n");
        const ParsedImport p = parse(csv, adminOptions());
        QVERIFY(!p.ok());
        QVERIFY(p.arenden.isEmpty());
        QVERIFY(findIssue(p, 1, QStringLiteral("colour")));
        QVERIFY(findIssue(p, 1, QStringLiteral("person_id")));           // duplicate
        QVERIFY(findIssue(p, 1, QStringLiteral("malgrupp")));            // missing
        QVERIFY(findIssue(p, 1, QStringLiteral("aktualisering_datum"))); // missing
        QCOMPARE(p.errors.size(), 4);
    }

    void columnsInAnyOrderAndOptionalOnesLeftOut()
    {
        const QString csv = QStringLiteral("handlaggare;aktualisering_datum;malgrupp;person_id;arende_id\n"
                                           "anna;2024-01-01;VUX;%1;X1\n")
                                .arg(pnr(1980, 111));
        const ParsedImport p = parse(csv, adminOptions());
        QVERIFY2(p.ok(), qPrintable(allMessages(p)));
        QCOMPARE(p.arenden.size(), 1);
        QCOMPARE(p.arenden[0].arende.malgrupp, QStringLiteral("VUX"));
    }

    void everyRowErrorIsReportedAndNothingIsReturned()
    {
        const QString good = pnr(1980, 111);
        QString bad = pnr(1980, 222);
        bad[11] = QChar(u'0' + (bad[11].digitValue() + 1) % 10); // break the check digit
        const QString csv =
            kHeader + QLatin1Char('\n') +
            QStringLiteral("R2;%1;VUX;anna;2024-01-01;;;;;;;YAC.25.ZZ;;;;;;\n").arg(good) // insats not for VUX
            + QStringLiteral("R3;%1;VUX;anna;2024-01-01;Telefon;;;;;;;;;;;;\n").arg(good) // unknown value
            + QStringLiteral("R4;%1;VUX;anna;2024-01-01;;;;;;;;;;;;;\n").arg(bad)         // checksum
            + QStringLiteral("R5;%1;VUX;anna;2024-02-30;;;;;;;;;;;;;\n").arg(good)        // no such date
            + QStringLiteral("R6;%1;VUX;anna;2024-03-01;;;;;;2024-02-01;YAD.15.ZZ;;;;;;\n").arg(good) // order
            + QStringLiteral("R7;%1;VUX;nisse;2024-03-01;;;;;;;;;;;;;\n").arg(good)          // unknown handläggare
            + QStringLiteral("R8;%1;XYZ;anna;2024-03-01;;;;;;;;;;;;;\n").arg(good)           // unknown målgrupp
            + QStringLiteral("R9;%1;VUX;anna;2024-03-01;;;;;;;;2024-04-01;;;;;\n").arg(good) // insats data w/o insats
            + QStringLiteral("R10;%1;VUX;anna;2024-03-01;;;;;;;;;;;;;\n").arg(good) +
            QStringLiteral("R10;%1;VUX;bo;2024-03-02;;;;;;;;;;;;;\n").arg(good)               // disagrees
            + QStringLiteral("R12;%1;VUX;anna;2024-03-01;;;;;;;;;\n").arg(good)               // field count
            + QStringLiteral("R13;%1;VUX;anna;24-03-01;;;;;;;;;;;;;\n").arg(good)             // date format
            + QStringLiteral("R14;%1;VUX;anna;2024-03-01;;;;;;;YAD.20.00;;;;;;\n").arg(good); // heading value
        const ParsedImport p = parse(csv, adminOptions());
        QVERIFY(!p.ok());
        QVERIFY(p.arenden.isEmpty());
        QVERIFY(findIssue(p, 2, QStringLiteral("insats")));
        QVERIFY(findIssue(p, 3, QStringLiteral("aktualiseringstyp")));
        QCOMPARE(findIssue(p, 3, QStringLiteral("aktualiseringstyp"))->value, QStringLiteral("Telefon"));
        const ImportIssue* pid = findIssue(p, 4, QStringLiteral("person_id"));
        QVERIFY(pid);
        QCOMPARE(pid->value, QStringLiteral("(personnummer)"));
        QCOMPARE(pid->arendeId, QStringLiteral("R4"));
        QVERIFY(findIssue(p, 5, QStringLiteral("aktualisering_datum")));
        QVERIFY(findIssue(p, 6, QStringLiteral("beslut_datum")));
        QVERIFY(findIssue(p, 7, QStringLiteral("handlaggare")));
        QVERIFY(findIssue(p, 8, QStringLiteral("malgrupp")));
        QVERIFY(findIssue(p, 9, QStringLiteral("verkstallande_datum")));
        QVERIFY(findIssue(p, 11, QStringLiteral("handlaggare")));
        QVERIFY(findIssue(p, 11, QStringLiteral("aktualisering_datum")));
        QVERIFY(findIssue(p, 12, QString()));
        QVERIFY(findIssue(p, 13, QStringLiteral("aktualisering_datum")));
        QVERIFY(findIssue(p, 14, QStringLiteral("insats")));

        // No message may contain a personnummer, in any form.
        const QString report = allMessages(p);
        for (const QString& n : {good, bad, good.mid(2), bad.mid(2)})
            QVERIFY2(!report.contains(n), qPrintable(report));
        QVERIFY(report.contains(QLatin1String("R4")));
    }

    void handlaggareImportsOnlyOwnArenden()
    {
        ImportOptions o = adminOptions();
        o.actor = QStringLiteral("anna");
        o.actorIsAdministrator = false;
        const QString csv = QStringLiteral("arende_id;person_id;malgrupp;handlaggare;aktualisering_datum\n"
                                           "A;%1;VUX;anna;2024-01-01\nB;%1;VUX;bo;2024-01-01\n")
                                .arg(pnr(1980, 111));
        const ParsedImport p = parse(csv, o);
        QCOMPARE(p.errors.size(), 1);
        QCOMPARE(p.errors[0].row, qint64(3));
        QCOMPARE(p.errors[0].column, QStringLiteral("handlaggare"));
    }

    void bortfallIsAWarningNotAnError()
    {
        // Beslut registered but aktualiseringstyp/-orsak and problematik empty: bortfall.
        // An uppföljning without måluppfyllelse: bortfall of maluppfyllelse.
        const QString csv =
            kHeader + QLatin1Char('\n') +
            QStringLiteral("W1;%1;VUX;anna;2024-01-01;;;;;;2024-02-01;YAD.15.ZZ;2024-02-02;2024-03-01;;;;\n")
                .arg(pnr(1980, 111)) +
            QStringLiteral("W2;%1;VUX;anna;2024-01-01;;;;;;;;;;;;;\n").arg(pnr(1981, 111));
        const ParsedImport p = parse(csv, adminOptions());
        QVERIFY2(p.ok(), qPrintable(allMessages(p)));
        QStringList columns;
        for (const auto& w : p.warnings) {
            QCOMPARE(w.kind, QStringLiteral("bortfall"));
            QCOMPARE(w.count, 1);
            QCOMPARE(w.rows, QList<qint64>{2});
            columns.append(w.column);
        }
        columns.sort();
        QCOMPARE(columns, (QStringList{QStringLiteral("aktualiseringsorsak"), QStringLiteral("aktualiseringstyp"),
                                       QStringLiteral("maluppfyllelse"), QStringLiteral("problematik")}));
    }

    void duplicateInsatsInOneArendeIsRefused()
    {
        const QString csv =
            kHeader + QLatin1Char('\n') +
            QStringLiteral("D;%1;VUX;anna;2024-01-01;;;;;;2024-02-01;YAD.15.ZZ;;;;;;\n").arg(pnr(1980, 111)) +
            QStringLiteral("D;%1;VUX;anna;2024-01-01;;;;;;2024-02-01;YAD.15.ZZ;2024-03-01;;;;;\n").arg(pnr(1980, 111));
        const ParsedImport p = parse(csv, adminOptions());
        QCOMPARE(p.errors.size(), 1);
        QCOMPARE(p.errors[0].row, qint64(3));
    }

    void emptyAndHeaderOnlyFilesAreErrors()
    {
        QVERIFY(!parse(QString(), adminOptions()).ok());
        QVERIFY(!parse(kHeader + QLatin1Char('\n'), adminOptions()).ok());
    }
};

QTEST_GUILESS_MAIN(TestCanonicalImport)
#include "tst_canonicalimport.moc"
