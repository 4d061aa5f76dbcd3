// The import wizard's engine without a database (issue 14): reading extracts in their own
// encodings and separators, suggesting a mapping from header names and values, resolving values
// (codes and labels regardless of case and spacing, SKL 2019 names through the catalogue's table,
// 1:n cases asked), dates in three formats, and every problem grouped with its rows.

#include "io/canonicalimport.h"
#include "io/importmapping.h"
#include "io/tablesource.h"
#include "testcheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::io;

namespace {

const catalog::Catalog& cat()
{
    static const auto catalog = catalog::Catalog::loadBuiltin();
    FOLJA_REQUIRE(catalog.ok());
    return *catalog;
}

QString fixture()
{
    return QStringLiteral(FOLJA_TEST_DATA_DIR "/import/treserva-uttag.csv");
}

ImportOptions options()
{
    ImportOptions o;
    o.actor = QStringLiteral("admin");
    o.actorIsAdministrator = true;
    o.handlaggare = {QStringLiteral("anna")};
    o.referenceDate = QDate(2025, 6, 1);
    return o;
}

const ProblemGroup* findGroup(const QList<ProblemGroup>& groups, const QString& kind, const QString& column)
{
    for (const ProblemGroup& g : groups) {
        if (g.kind == kind && g.column == column)
            return &g;
    }
    return nullptr;
}

QString describe(const QList<ProblemGroup>& groups)
{
    QStringList lines;
    for (const ProblemGroup& g : groups) {
        QStringList rows;
        for (qint64 r : g.rows)
            rows.append(QString::number(r));
        lines.append(QStringLiteral("%1 %2 %3 rows %4 values %5: %6")
                         .arg(g.severity == Severity::Error ? QStringLiteral("fel") : QStringLiteral("varning"), g.kind,
                              g.column, rows.join(QLatin1Char(',')), g.values.join(QLatin1Char('|')), g.message));
    }
    return lines.join(QLatin1Char('\n'));
}

// The user's decisions for the fixture's 1:n SKL 2019 values.
void decideChoices(Mapping& m)
{
    m.setValue(QStringLiteral("Ursprunglig aktualiseringsorsak"), QStringLiteral("BOU"),
               QStringLiteral("Psykisk ohälsa"), QStringLiteral("ORSAK.EGEN_PSYKISK_OHALSA"));
    m.setValue(QStringLiteral("Ursprunglig aktualiseringsorsak"), QStringLiteral("VUX"),
               QStringLiteral("Riskbruk/missbruk/beroende (alkohol, droger, spel etc.)"),
               QStringLiteral("ORSAK.EGET_SKADLIGT_BRUK"));
    m.setValue(QStringLiteral("Ursprunglig aktualiseringsorsak"), QStringLiteral("VUX"), QStringLiteral("Kriminalitet"),
               QStringLiteral("ORSAK.EGEN_KRIMINALITET"));
    m.setValue(QStringLiteral("Insatstyp"), QStringLiteral("VUX"), QStringLiteral("Familjehem"),
               QStringLiteral("YAD.30.15"));
}

} // namespace

class TestImportMapping : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        FOLJA_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

private slots:
    void detectsEncodingAndSeparator()
    {
        auto format = detectCsvFormat(fixture());
        QVERIFY(format);
        QCOMPARE(format->encoding, TextEncoding::Windows1252);
        QCOMPARE(format->separator, ',');
        QVERIFY(!format->byteOrderMark);

        const QString bom = write(QStringLiteral("bom.txt"), "\xEF\xBB\xBFnamn\tv\xC3\xA4rde\r\na\tb\r\n");
        format = detectCsvFormat(bom);
        QVERIFY(format);
        QCOMPARE(format->encoding, TextEncoding::Utf8);
        QVERIFY(format->byteOrderMark);
        QCOMPARE(format->separator, '\t');
        auto table = openTable(bom);
        QVERIFY(table);
        QCOMPARE((*table)->header(), (QStringList{QStringLiteral("namn"), QStringLiteral("värde")}));

        // Plain ASCII for a long stretch, then one Windows-1252 byte: the whole file decides.
        QByteArray late = "a;b\n";
        for (int i = 0; i < 300000; ++i)
            late += "x;y\n";
        late += "\xE5;\xF6\n"; // å;ö in Windows-1252
        const QString latePath = write(QStringLiteral("late.csv"), late);
        format = detectCsvFormat(latePath);
        QVERIFY(format);
        QCOMPARE(format->encoding, TextEncoding::Windows1252);
        QCOMPARE(format->separator, ';');

        // Empty and repeated header names are made unique: a mapping names columns by header.
        const QString dup = write(QStringLiteral("dup.csv"), "Datum;;Datum\n1;2;3\n");
        auto dupTable = openTable(dup);
        QVERIFY(dupTable);
        QCOMPARE((*dupTable)->header(), (QStringList{QStringLiteral("Datum"), TableSource::tr("Column %1").arg(2),
                                                     QStringLiteral("Datum (2)")}));

        QCOMPARE(detectSeparator(u"\"a;b\",c,d"), ','); // quoted separators do not count
        QCOMPARE(detectSeparator(u"a"), ';');
    }

    void readsWindows1252WithQuoting()
    {
        auto table = openTable(fixture());
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        TableSource& t = **table;
        QCOMPARE(t.header().first(), QStringLiteral("Ärendenr"));
        QCOMPARE(t.header().size(), 13);
        QCOMPARE(t.info().encodingName(), TableSource::tr("Windows-1252"));
        CsvRecord r;
        QList<CsvRecord> rows;
        for (;;) {
            auto more = t.next(r);
            QVERIFY(more);
            if (!*more)
                break;
            rows.append(r);
        }
        QCOMPARE(rows.size(), 8);
        QCOMPARE(rows[0].fields[12], QStringLiteral("ring, mamma först")); // quoted separator
        QCOMPARE(rows[3].fields[12], QStringLiteral("citat \"så här\""));  // escaped quotes
        QCOMPARE(rows[5].fields[6], QStringLiteral("Riskbruk/missbruk/beroende (alkohol, droger, spel etc.)"));
        QCOMPARE(rows[7].fields[12], QStringLiteral("flera\nrader")); // a line break inside quotes
        QCOMPARE(rows[7].line, 9);
        // Rewinding reads the same rows again.
        QVERIFY(t.rewind());
        QVERIFY(*t.next(r));
        QCOMPARE(r.fields[0], QStringLiteral("T-1001"));
        QCOMPARE(r.line, 2);
    }

    void dates()
    {
        QCOMPARE(parseDate(u"2025-03-01", DateFormat::Iso), QDate(2025, 3, 1));
        QCOMPARE(parseDate(u"20250301", DateFormat::Compact), QDate(2025, 3, 1));
        QCOMPARE(parseDate(u"01/03/2025", DateFormat::DayMonthYear), QDate(2025, 3, 1));
        QCOMPARE(parseDate(u"45717", DateFormat::ExcelSerial), QDate(2025, 3, 1));
        QVERIFY(!parseDate(u"31/02/2025", DateFormat::DayMonthYear).isValid());
        QVERIFY(!parseDate(u"2025-03-01", DateFormat::DayMonthYear).isValid());
        QCOMPARE(parseDate(u"01/03/2025", DateFormat::Auto), QDate(2025, 3, 1));
        QCOMPARE(detectDateFormat({QStringLiteral("03/02/2025"), QStringLiteral("28/02/2025"), QString()}),
                 DateFormat::DayMonthYear);
        QCOMPARE(detectDateFormat({QStringLiteral("20250203")}), DateFormat::Compact);
        // Mixed formats: not decided, the user confirms.
        QCOMPARE(detectDateFormat({QStringLiteral("20250203"), QStringLiteral("2025-02-03")}), DateFormat::Auto);
    }

    void suggestsColumnsFromNamesAndValues()
    {
        auto table = openTable(fixture());
        QVERIFY(table);
        const Mapping m = suggestMapping(**table, cat());
        auto target = [&](const QString& source) {
            return m.forSource(source) ? m.forSource(source)->target : QString();
        };
        QCOMPARE(target(QStringLiteral("Ärendenr")), QStringLiteral("arende_id"));
        QCOMPARE(target(QStringLiteral("Personnummer")), QStringLiteral("person_id"));
        QCOMPARE(target(QStringLiteral("Verksamhet")), QStringLiteral("malgrupp"));
        QCOMPARE(target(QStringLiteral("Handläggare")), QStringLiteral("handlaggare"));
        QCOMPARE(target(QStringLiteral("Inkom datum")), QStringLiteral("aktualisering_datum"));
        QCOMPARE(target(QStringLiteral("Typ av aktualisering")), QStringLiteral("aktualiseringstyp"));
        QCOMPARE(target(QStringLiteral("Ursprunglig aktualiseringsorsak")), QStringLiteral("aktualiseringsorsak"));
        QCOMPARE(target(QStringLiteral("Insatstyp")), QStringLiteral("insats"));
        QCOMPARE(target(QStringLiteral("Verkställighetsdatum")), QStringLiteral("verkstallande_datum"));
        QCOMPARE(target(QStringLiteral("Avslutsorsak")), QStringLiteral("avslutsorsak"));
        QCOMPARE(target(QStringLiteral("Anteckning")), QString()); // free text: ignored
        QCOMPARE(m.forSource(QStringLiteral("Inkom datum"))->dateFormat, DateFormat::DayMonthYear);
        QVERIFY(m.validate(cat()));

        // By values alone: a column named "Kolumn 7" holding insats labels.
        const QString byValues = write(QStringLiteral("values.csv"),
                                       "Nr;Kolumn 7\n1;Kontaktperson\n2;Familjehem\n3;Stödboende\n4;Jourhem\n");
        auto t2 = openTable(byValues);
        QVERIFY(t2);
        const Mapping m2 = suggestMapping(**t2, cat());
        QCOMPARE(m2.forSource(QStringLiteral("Kolumn 7"))->target, QStringLiteral("insats"));
    }

    void analysesValuesWithCountsAndChoices()
    {
        auto table = openTable(fixture());
        QVERIFY(table);
        MappingEngine engine(cat(), suggestMapping(**table, cat()), {QStringLiteral("anna")});
        auto analysis = engine.analyse(**table);
        QVERIFY(analysis);
        QCOMPARE(analysis->rows, 8);
        QCOMPARE(analysis->detectedDates.value(QStringLiteral("Beslutsdatum")), DateFormat::DayMonthYear);
        auto item = [&](const QString& target, const QString& mg, const QString& value) -> const ValueItem* {
            for (const ValueItem& i : analysis->items) {
                if (i.target == target && i.malgrupp == mg &&
                    catalog::normaliseLabel(i.value) == catalog::normaliseLabel(value))
                    return &i;
            }
            return nullptr;
        };
        const ValueItem* bou = item(QStringLiteral("malgrupp"), {}, QStringLiteral("Barn och unga"));
        QVERIFY(bou);
        QCOMPARE(bou->count, 5); // three spellings, one value
        QCOMPARE(bou->code, QStringLiteral("BOU"));
        const ValueItem* kp = item(QStringLiteral("insats"), QStringLiteral("BOU"), QStringLiteral("Kontaktperson"));
        QVERIFY(kp);
        QCOMPARE(kp->count, 2);
        QCOMPARE(kp->resolution, Resolution::Exact);
        QCOMPARE(kp->code, QStringLiteral("YAC.80.ZZ"));
        const ValueItem* fhVux = item(QStringLiteral("insats"), QStringLiteral("VUX"), QStringLiteral("Familjehem"));
        QVERIFY(fhVux);
        QCOMPARE(fhVux->resolution, Resolution::NeedsChoice); // 1:n for Vuxna
        QCOMPARE(fhVux->candidates, (QStringList{QStringLiteral("YAD.30.15"), QStringLiteral("YAD.30.25")}));
        const ValueItem* fhBou = item(QStringLiteral("insats"), QStringLiteral("BOU"), QStringLiteral("familjehem"));
        QVERIFY(fhBou);
        QCOMPARE(fhBou->resolution, Resolution::Exact);
        QCOMPARE(fhBou->count, 2);
        const ValueItem* brister = item(QStringLiteral("aktualiseringsorsak"), QStringLiteral("BOU"),
                                        QStringLiteral("Brister i och/eller behov av omvårdnad/omsorg"));
        QVERIFY(brister);
        QCOMPARE(brister->resolution, Resolution::From2019); // the målgrupp decides the 2019 value
        QCOMPARE(brister->code, QStringLiteral("ORSAK.BRISTER_OMSORG"));
        const ValueItem* psyk =
            item(QStringLiteral("aktualiseringsorsak"), QStringLiteral("BOU"), QStringLiteral("Psykisk ohälsa"));
        QVERIFY(psyk);
        QCOMPARE(psyk->resolution, Resolution::NeedsChoice);
        const ValueItem* typ =
            item(QStringLiteral("aktualiseringstyp"), {}, QStringLiteral("Information på annat sätt"));
        QVERIFY(typ);
        QCOMPARE(typ->code, QStringLiteral("AKTTYP.ANNAT_SATT")); // case and spacing differ
        const ValueItem* anna = item(QStringLiteral("handlaggare"), {}, QStringLiteral("Anna"));
        QVERIFY(anna);
        QCOMPARE(anna->code, QStringLiteral("anna"));
    }

    void undecidedChoicesAreFelWithRows()
    {
        auto table = openTable(fixture());
        QVERIFY(table);
        MappingEngine engine(cat(), suggestMapping(**table, cat()), {QStringLiteral("anna")});
        auto result = engine.check(**table, options());
        QVERIFY(result);
        const ProblemGroup* choice =
            findGroup(result->problems, QStringLiteral("choice_needed"), QStringLiteral("insats"));
        QVERIFY2(choice, qPrintable(describe(result->problems)));
        QCOMPARE(choice->severity, Severity::Error);
        QCOMPARE(choice->rows, (QList<qint64>{7}));
        QCOMPARE(choice->values, (QStringList{QStringLiteral("Familjehem")}));
        const ProblemGroup* orsak =
            findGroup(result->problems, QStringLiteral("choice_needed"), QStringLiteral("aktualiseringsorsak"));
        QVERIFY(orsak);
        const ProblemGroup* from2019 =
            findGroup(result->problems, QStringLiteral("from_2019"), QStringLiteral("aktualiseringsorsak"));
        QVERIFY(from2019);
        QCOMPARE(from2019->severity, Severity::Warning);
        QVERIFY(!result->import.ok());
        // A mapping fel is reported once, not again by the canonical parser.
        for (const ProblemGroup& g : result->problems)
            QVERIFY2(!(g.kind == QLatin1String("rule") && g.column == QLatin1String("insats")),
                     qPrintable(describe(result->problems)));

        // The problems as CSV: one line per row, with the row number.
        const QByteArray bytes = problemsCsv(result->problems);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // for Excel
        const QString csv = QString::fromUtf8(bytes);
        QVERIFY(csv.contains(QStringLiteral(";choice_needed;7;insats;Insatstyp;Familjehem;")));
    }

    void decidedMappingImportsCleanly()
    {
        auto table = openTable(fixture());
        QVERIFY(table);
        Mapping m = suggestMapping(**table, cat());
        decideChoices(m);
        MappingEngine engine(cat(), m, {QStringLiteral("anna")});
        auto result = engine.check(**table, options());
        QVERIFY(result);
        QVERIFY2(result->import.ok(), qPrintable(describe(result->problems)));
        QCOMPARE(result->import.rows, 8);
        QCOMPARE(result->import.arenden, 7);
        QCOMPARE(result->import.insatser, 8);
        QCOMPARE(result->errorCount(), 0);

        auto preview = engine.preview(**table, 3);
        QVERIFY(preview);
        QCOMPARE(preview->size(), 4); // header + 3 rows
        const QStringList& header = preview->first();
        const QStringList& row1 = preview->at(1);
        QCOMPARE(row1[header.indexOf(QStringLiteral("aktualisering_datum"))], QStringLiteral("2025-02-03"));
        QCOMPARE(row1[header.indexOf(QStringLiteral("malgrupp"))], QStringLiteral("BOU"));
        QCOMPARE(row1[header.indexOf(QStringLiteral("aktualiseringstyp"))], QStringLiteral("AKTTYP.ANSOKAN"));
        QCOMPARE(preview->at(2)[header.indexOf(QStringLiteral("handlaggare"))], QStringLiteral("anna"));
        QVERIFY(!header.contains(QStringLiteral("Anteckning")));
    }

    void wrongDateFormatIsFelEvenIfCanonicalWouldAccept()
    {
        const QString path =
            write(QStringLiteral("dates.csv"), "id;pnr;mg;h;datum\nA1;20120304-1239;BOU;anna;2025-02-03\n"
                                               "A2;20140515-2347;BOU;anna;03/02/2025\n");
        auto table = openTable(path);
        QVERIFY(table);
        Mapping m;
        m.columns = {{QStringLiteral("id"), QStringLiteral("arende_id"), DateFormat::Auto, {}},
                     {QStringLiteral("pnr"), QStringLiteral("person_id"), DateFormat::Auto, {}},
                     {QStringLiteral("mg"), QStringLiteral("malgrupp"), DateFormat::Auto, {}},
                     {QStringLiteral("h"), QStringLiteral("handlaggare"), DateFormat::Auto, {}},
                     {QStringLiteral("datum"), QStringLiteral("aktualisering_datum"), DateFormat::DayMonthYear, {}}};
        MappingEngine engine(cat(), m);
        auto result = engine.check(**table, options());
        QVERIFY(result);
        QVERIFY(!result->import.ok()); // row 2's ISO date does not match DD/MM/YYYY
        const ProblemGroup* g =
            findGroup(result->problems, QStringLiteral("date"), QStringLiteral("aktualisering_datum"));
        QVERIFY2(g, qPrintable(describe(result->problems)));
        QCOMPARE(g->rows, (QList<qint64>{2}));
        QCOMPARE(g->sourceColumn, QStringLiteral("datum"));
    }

    void constantsAndValueRules()
    {
        const QString path =
            write(QStringLiteral("const.csv"),
                  "id;pnr;datum;insats\nA1;20120304-1239;20250203;KP\nA2;20140515-2347;20250204;Okänd\n");
        auto table = openTable(path);
        QVERIFY(table);
        Mapping m;
        m.columns = {{QStringLiteral("id"), QStringLiteral("arende_id"), DateFormat::Auto, {}},
                     {QStringLiteral("pnr"), QStringLiteral("person_id"), DateFormat::Auto, {}},
                     {QStringLiteral("datum"), QStringLiteral("aktualisering_datum"), DateFormat::Compact, {}},
                     {QStringLiteral("insats"), QStringLiteral("insats"), DateFormat::Auto, {}}};
        m.constants.insert(QStringLiteral("malgrupp"), QStringLiteral("Barn och unga"));
        m.constants.insert(QStringLiteral("handlaggare"), QStringLiteral("anna"));
        m.setValue(QStringLiteral("insats"), {}, QStringLiteral("kp"), QStringLiteral("YAC.80.ZZ"));
        MappingEngine engine(cat(), m);
        auto result = engine.check(**table, options());
        QVERIFY(result);
        const ProblemGroup* unknown =
            findGroup(result->problems, QStringLiteral("unknown_value"), QStringLiteral("insats"));
        QVERIFY2(unknown, qPrintable(describe(result->problems)));
        QCOMPARE(unknown->rows, (QList<qint64>{3}));
        QCOMPARE(unknown->values, (QStringList{QStringLiteral("Okänd")}));
        QCOMPARE(unknown->count, 1);

        // Mapping the unknown value to nothing makes it bortfall: then the file imports.
        m.setValue(QStringLiteral("insats"), {}, QStringLiteral("okänd"), QString());
        MappingEngine engine2(cat(), m);
        auto ok = engine2.check(**table, options());
        QVERIFY(ok);
        QVERIFY2(ok->import.ok(), qPrintable(describe(ok->problems)));
        QCOMPARE(ok->import.insatser, 1);

        // JSON round trip.
        auto back = Mapping::fromJson(m.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), m.toJson());
        QCOMPARE(back->forSource(QStringLiteral("datum"))->dateFormat, DateFormat::Compact);
        QVERIFY(!Mapping::fromJson("{\"format\": 99}"));
        QVERIFY(!Mapping::fromJson("not json"));
    }

    void invalidMappingsAreRefused()
    {
        Mapping m;
        m.columns = {{QStringLiteral("a"), QStringLiteral("arende_id"), DateFormat::Auto, {}},
                     {QStringLiteral("b"), QStringLiteral("arende_id"), DateFormat::Auto, {}}};
        auto rc = m.validate(cat());
        QVERIFY(!rc);
        QVERIFY(rc.error().message.contains(QStringLiteral("arende_id")));
        m.columns.removeLast();
        rc = m.validate(cat());
        QVERIFY(!rc);
        QVERIFY(rc.error().message.contains(QStringLiteral("person_id")));
        m.columns.append({QStringLiteral("x"), QStringLiteral("no_such_column"), DateFormat::Auto, {}});
        QVERIFY(!m.validate(cat()));
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
