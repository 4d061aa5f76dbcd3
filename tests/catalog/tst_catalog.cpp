// Pins the built-in catalogue to its sources: SKR "Basinformation i socialtjänsten" 2024 (seeds 000
// and 002) and SKL 2019 (seed 001). Every expected label below is typed from the source documents,
// not copied from catalog.json, so a wrong edit of the data file fails here.

#include "catalog/catalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace folja::catalog;
using namespace Qt::StringLiterals;
using folja::Result;

namespace {

QStringList sourceLabels(const Variable& variable)
{
    QStringList labels;
    for (const Value& value : variable.values)
        labels.append(value.sourceLabel);
    return labels;
}

QStringList codesOf(const QList<const Value*>& values)
{
    QStringList codes;
    for (const Value* value : values)
        codes.append(value->code);
    return codes;
}

Malgrupp mg(const char* code)
{
    return *malgruppFromCode(QString::fromLatin1(code));
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void builtinLoads();
    void loadFileMatchesBuiltin();
    void loadFileMissing();
    void variableCodesInOrder();
    void variableProperties_data();
    void variableProperties();
    void valueLabels_data();
    void valueLabels();
    void orsakMatrix_data();
    void orsakMatrix();
    void orsakCountsPerMalgrupp_data();
    void orsakCountsPerMalgrupp();
    void problematikSharesOrsakSet();
    void insatsTable_data();
    void insatsTable();
    void insatsHierarchy();
    void insatsPerMalgrupp_data();
    void insatsPerMalgrupp();
    void uncertainFlags();
    void exclusiveSamverkan();
    void maluppfyllelseSets_data();
    void maluppfyllelseSets();
    void correctedLabelsKeepSource();
    void brukarfragor();
    void areas();
    void enumsRoundTrip();
    void mappingCoverage();
    void mappings_data();
    void mappings();
    void resolve_data();
    void resolve();
    void localDeepening();
    void localValueRefused_data();
    void localValueRefused();
    void hiddenVariables();
    void hiddenValues();
    void customisationRoundTrip();
    void customisationAllOrNothing();

private:
    Catalog m_catalog;
};

void TestCatalog::initTestCase()
{
    Result<Catalog> loaded = Catalog::loadBuiltin();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    m_catalog = loaded.value();
}

void TestCatalog::builtinLoads()
{
    QCOMPARE(m_catalog.format(), 1);
    QCOMPARE(m_catalog.version(), u"SKR2024.2"_s);
    QCOMPARE(m_catalog.malgruppLabel(Malgrupp::Bou), u"Barn och unga"_s);
    QCOMPARE(m_catalog.malgruppLabel(Malgrupp::Ekb), u"Ekonomiskt bistånd"_s);
    QCOMPARE(m_catalog.stepLabel(Step::FoljaUpp), u"Följa upp"_s);
    QCOMPARE(m_catalog.sources().size(), 2);
}

void TestCatalog::loadFileMatchesBuiltin()
{
    QFile resource(Catalog::builtinPath());
    QVERIFY(resource.open(QIODevice::ReadOnly));
    const QByteArray json = resource.readAll();
    // The compiled-in copy is the checked-in file.
    QFile checkedIn(QStringLiteral(FOLJA_SOURCE_DIR "/resources/catalog/catalog.json"));
    QVERIFY(checkedIn.open(QIODevice::ReadOnly));
    QCOMPARE(checkedIn.readAll(), json);

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("catalog.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const Result<Catalog> loaded = Catalog::loadFile(file.fileName());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->variables().size(), m_catalog.variables().size());
}

void TestCatalog::loadFileMissing()
{
    const Result<Catalog> loaded = Catalog::loadFile(QStringLiteral("/nonexistent/catalog.json"));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, folja::ErrorCode::Io);
    QVERIFY(loaded.error().message.contains(u"/nonexistent/catalog.json"));
}

void TestCatalog::variableCodesInOrder()
{
    const QStringList expected{
        u"person_id"_s,
        u"alder"_s,
        u"kon"_s,
        u"ursprung"_s,
        u"hushallstyp"_s,
        u"aktualisering_datum"_s,
        u"aktualiseringstyp"_s,
        u"aktualiseringsorsak"_s,
        u"tidigare_kontakt"_s,
        u"problematik"_s,
        u"beslut_datum"_s,
        u"insats"_s,
        u"verkstallande_datum"_s,
        u"uppfoljning_datum"_s,
        u"sip"_s,
        u"maluppfyllelse"_s,
        u"avslut_datum"_s,
        u"avslutsorsak"_s,
        u"samverkan"_s,
        u"parallella_insatser"_s,
        u"genomforande"_s,
        u"b1a"_s,
        u"b1b"_s,
        u"b2"_s,
        u"b3"_s,
        u"b4"_s,
        u"b5"_s,
    };
    QStringList actual;
    for (const Variable& variable : m_catalog.variables())
        actual.append(variable.code);
    QCOMPARE(actual, expected);
}

void TestCatalog::variableProperties_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("cardinality");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("comment");
    QTest::addColumn<bool>("derived");
    QTest::addColumn<int>("values");

    // Datatyp / Antal värden as SKR 2024 publishes them; SKL 2019 variables are optional.
    const auto row = [](const char* code, const char* label, const char* type, const char* card, const char* step,
                        const char* level, const char* source, bool comment, bool derived, int values) {
        QTest::newRow(code) << QString::fromUtf8(label) << QString::fromUtf8(type) << QString::fromUtf8(card)
                            << QString::fromUtf8(step) << QString::fromUtf8(level) << QString::fromUtf8(source)
                            << comment << derived << values;
    };
    row("person_id", "Person-ID (personnummer)", "identifier", "1", "utreda", "person", "SKR2024", false, false, 0);
    row("alder", "Ålder", "integer", "1", "utreda", "person", "SKR2024", false, true, 0);
    row("kon", "Juridiskt kön", "coded", "1", "utreda", "person", "SKR2024", false, true, 2);
    row("ursprung", "Ursprung", "coded", "0..1", "utreda", "person", "SKR2024", false, false, 4);
    row("hushallstyp", "Hushållstyp", "coded", "0..1", "utreda", "arende", "SKL2019", false, false, 9);
    row("aktualisering_datum", "Datum för aktualisering", "date", "1", "aktualisera", "arende", "SKR2024", false, false,
        0);
    row("aktualiseringstyp", "Aktualiseringstyp", "coded", "1", "aktualisera", "arende", "SKR2024", false, false, 3);
    row("aktualiseringsorsak", "Aktualiseringsorsak", "coded", "1..*", "aktualisera", "arende", "SKR2024", true, false,
        19);
    row("tidigare_kontakt", "Tidigare kontakt med socialtjänsten", "coded", "0..1", "utreda", "arende", "SKR2024",
        false, false, 4);
    row("problematik", "Problematik", "coded", "1..*", "utreda", "arende", "SKR2024", true, false, 19);
    row("beslut_datum", "Datum för beslut om insats (eller ej)", "date", "1", "besluta", "insats", "SKR2024", false,
        false, 0);
    row("insats", "Insats", "coded", "1..*", "besluta", "insats", "SKR2024", true, false, 75);
    row("verkstallande_datum", "Datum för verkställande", "date", "1", "genomfora", "insats", "SKR2024", false, false,
        0);
    row("uppfoljning_datum", "Datum för uppföljning av insats", "date", "1", "folja_upp", "uppfoljning", "SKR2024",
        false, false, 0);
    row("sip", "Samordnad individuell plan, vid uppföljning (SIP)", "coded", "0..1", "folja_upp", "uppfoljning",
        "SKR2024", false, false, 3);
    row("maluppfyllelse", "Måluppfyllelse per insats", "coded", "1", "folja_upp", "uppfoljning", "SKR2024", true, false,
        10);
    row("avslut_datum", "Datum för avslut av insats", "date", "1", "avsluta", "insats", "SKR2024", false, false, 0);
    row("avslutsorsak", "Orsak till avslut av insats", "coded", "1..*", "avsluta", "insats", "SKR2024", true, false,
        12);
    row("samverkan", "Samverkan med andra aktörer", "coded", "0..*", "folja_upp", "uppfoljning", "SKL2019", true, false,
        12);
    row("parallella_insatser", "Parallella insatser inom socialtjänsten", "coded", "0..1", "folja_upp", "uppfoljning",
        "SKL2019", false, false, 3);
    row("genomforande", "Insatsens genomförande i förhållande till planeringen", "coded", "0..1", "avsluta",
        "uppfoljning", "SKL2019", false, false, 3);
    row("b1a", "Förändring av brukarens situation", "coded", "0..1", "folja_upp", "uppfoljning", "SKL2019", false,
        false, 6);
    row("b1b", "Förändring av brukarens livskvalitet", "coded", "0..1", "folja_upp", "uppfoljning", "SKL2019", false,
        false, 6);
    row("b2", "Betydelsen av stödet", "coded", "0..1", "folja_upp", "uppfoljning", "SKL2019", false, false, 5);
    row("b3", "Nöjdhet", "coded", "0..1", "folja_upp", "uppfoljning", "SKL2019", false, false, 6);
    row("b4", "Bemötande", "coded", "0..1", "folja_upp", "uppfoljning", "SKL2019", false, false, 6);
    row("b5", "Delaktighet", "coded", "0..1", "folja_upp", "uppfoljning", "SKL2019", false, false, 5);
}

void TestCatalog::variableProperties()
{
    QFETCH(QString, label);
    QFETCH(QString, type);
    QFETCH(QString, cardinality);
    QFETCH(QString, step);
    QFETCH(QString, level);
    QFETCH(QString, source);
    QFETCH(bool, comment);
    QFETCH(bool, derived);
    QFETCH(int, values);

    const Variable* variable = m_catalog.variable(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(variable);
    QCOMPARE(variable->label, label);
    QCOMPARE(dataTypeCode(variable->type), type);
    QCOMPARE(cardinalityCode(variable->cardinality), cardinality);
    QCOMPARE(stepCode(variable->step), step);
    QCOMPARE(levelCode(variable->level), level);
    QCOMPARE(variable->source, source);
    QCOMPARE(variable->commentAllowed, comment);
    QCOMPARE(variable->derived, derived);
    QCOMPARE(variable->values.size(), values);
    QVERIFY(!variable->help.isEmpty());
    QCOMPARE(variable->isMulti(), cardinality.endsWith(u'*'));
    QCOMPARE(variable->isRequired(), cardinality.startsWith(u'1'));
}

void TestCatalog::valueLabels_data()
{
    QTest::addColumn<QStringList>("labels");

    const auto list = [](std::initializer_list<const char*> items) {
        QStringList out;
        for (const char* item : items)
            out.append(QString::fromUtf8(item));
        return out;
    };
    // Source labels exactly as published (SKR 2024 from 002, SKL 2019 from 001), in source order.
    QTest::newRow("kon") << list({"Flicka/Kvinna", "Pojke/Man"});
    QTest::newRow("ursprung") << list({"Född i Sverige", "Född i övriga Europa", "Född utanför Europa", "Vet inte"});
    QTest::newRow("hushallstyp") << list(
        {"Ensamstående utan barn", "Ensamstående med barn 0–17 år", "Ensamstående med barn 18+ år",
         "Sammanboende utan barn", "Sammanboende med barn 0–17 år", "Sammanboende med barn 18+ år",
         "Övriga hushåll utan barn", "Övriga hushåll med barn 0–17 år", "Övriga hushåll med barn 18+ år"});
    QTest::newRow("aktualiseringstyp") << list({"Ansökan", "Anmälan", "Information på annat sätt"});
    QTest::newRow("tidigare_kontakt") << list(
        {"Nej", "Ja, för mindre än 2 år sedan", "Ja, för mer än 2 år sedan", "Vet ej"});
    QTest::newRow("sip") << list(
        {"Ja, SIP finns", "Nej, men det finns behov av SIP", "Nej, det finns inget behov av SIP"});
    QTest::newRow("maluppfyllelse") << list(
        {"Positiv förändring och målet uppfyllt", "Positiv förändring målet inte uppfyllt", "Ingen förändring",
         "Negativ förändring", "Går inte att bedöma", "Ja (måluppfyllelse uppnådd)", "Nej (måluppfyllelse ej uppnådd)",
         "Delvis (måluppfyllelse delvis uppnådd)", "Ej specificerad (måluppfyllelse ej specificerad)",
         "Ej aktuell (måluppfyllelse ej aktuell)"});
    QTest::newRow("avslutsorsak") << list(
        {"Målet/målen med insatsen har uppnåtts", "Insatsen bedöms inte svara mot brukarens behov",
         "Insatsen avbryts oplanerat på initiativ av utförare/uppdragstagare",
         "Insatsen avbryts oplanerat på initiativ av brukare/företrädare",
         "Insatsen avbryts oplanerat på initiativ av vårdnadshavare",
         "Barnet har fyllt 18 år och ansöker inte själv om fortsatt bistånd", "Brukaren har flyttat",
         "Brukaren har avlidit", "Insatsen övergår till annan insats", "Insatsen övergår till annan enhet",
         "Insatsen påbörjades aldrig", "Andra orsaker"});
    QTest::newRow("samverkan") << list(
        {"Hälsa- och sjukvård", "Förskola", "Skola", "Statens institutionsstyrelse", "Kriminalvård", "Polis",
         "Migrationsverket", "Habilitering", "Rehabilitering", "Övriga verksamheter",
         "Ingen samverkan har skett med annan verksamhet, men behov av samverkan har funnits.",
         "Ingen samverkan har skett med annan verksamhet och behov av samverkan har inte funnits"});
    QTest::newRow("parallella_insatser") << list({"Ja", "Nej", "Vet ej"});
    QTest::newRow("genomforande") << list({"Insatsen har genomförts som planerat",
                                           "Insatsen har delvis genomförts som planerat",
                                           "Insatsen har inte alls genomförts som planerat"});
    const QStringList forandring = list({"Förbättrats mycket", "Förbättrats lite", "Ingen förändring",
                                         "Försämrats lite", "Försämrats mycket", "Vet inte/har ingen uppfattning"});
    QTest::newRow("b1a") << forandring;
    QTest::newRow("b1b") << forandring;
    QTest::newRow("b2") << list({"Mycket stor betydelse", "Ganska stor betydelse", "Ganska liten betydelse",
                                 "Mycket liten/ingen betydelse", "Vet inte/har ingen uppfattning"});
    QTest::newRow("b3") << list({"Mycket nöjd", "Ganska nöjd", "Varken nöjd eller missnöjd", "Ganska missnöjd",
                                 "Mycket missnöjd", "Vet inte/har ingen uppfattning"});
    QTest::newRow("b4") << list({"Mycket bra", "Ganska bra", "Varken bra eller dåligt", "Ganska dåligt",
                                 "Mycket dåligt", "Vet inte/har ingen uppfattning"});
    QTest::newRow("b5") << list(
        {"Mycket", "Ganska mycket", "Ganska lite", "Inte alls", "Vet inte/har ingen uppfattning"});
}

void TestCatalog::valueLabels()
{
    QFETCH(QStringList, labels);
    const Variable* variable = m_catalog.variable(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(variable);
    QCOMPARE(sourceLabels(*variable), labels);
    // Codes are stable identifiers, never list positions or labels.
    for (const Value& value : variable->values) {
        bool isNumber = false;
        value.code.toInt(&isNumber);
        QVERIFY2(!isNumber && value.code != value.label, qPrintable(value.code));
    }
}

void TestCatalog::orsakMatrix_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("columns"); // BoU Vux Äldre Funk Ek.bistånd, X = offered

    // The målgrupp matrix of SKR 2024 (000, tab-separated; REFERENCE §1.4).
    const auto row = [](const char* code, const char* label, const char* columns) {
        QTest::newRow(code) << QString::fromUtf8(label) << QString::fromLatin1(columns);
    };
    row("ORSAK.BRISTER_OMSORG", "Brister i omsorg", "X....");
    row("ORSAK.KONFLIKTER_FAMILJ", "Konflikter i familjerelationer", "X....");
    row("ORSAK.BEHOV_OMSORG", "Behov av omsorg", "..XX.");
    row("ORSAK.UTSATT_VALD", "Utsatt för våld/övergrepp", "XXXXX");
    row("ORSAK.UTOVAR_VALD", "Utövar våld/övergrepp", "XXXXX");
    row("ORSAK.SOMATISK_OHALSA", "Somatisk ohälsa", ".XXX.");
    row("ORSAK.FYSISK_FUNKTIONSNEDSATTNING", "Fysisk funktionsnedsättning", "XXXXX");
    row("ORSAK.EGEN_PSYKISK_OHALSA", "Egen psykisk ohälsa", "XXXXX");
    row("ORSAK.ANNANS_PSYKISK_OHALSA", "Annans psykisk ohälsa", "XXXXX");
    row("ORSAK.PSYKISK_FUNKTIONSNEDSATTNING", "Psykisk funktionsnedsättning", "XXXXX");
    row("ORSAK.EGET_SKADLIGT_BRUK", "Eget skadligt bruk eller beroende", "XXXXX");
    row("ORSAK.ANNANS_SKADLIGT_BRUK", "Annans skadligt bruk eller beroende", "XXXX.");
    row("ORSAK.EGEN_KRIMINALITET", "Egen kriminalitet", "XX...");
    row("ORSAK.ANNANS_KRIMINALITET", "Annans kriminalitet", "XX...");
    row("ORSAK.EJ_SJALVFORSORJANDE", "Ej självförsörjande", "....X");
    row("ORSAK.BOENDEPROBLEMATIK", "Boendeproblematik", "XXXXX");
    row("ORSAK.SKOLRELATERAD", "Skolrelaterad problematik", "X....");
    row("ORSAK.ENSAMKOMMANDE_BARN", "Ensamkommande barn", "X....");
    row("ORSAK.ANNAT", "Annat/Övrigt", "XXXXX");
}

void TestCatalog::orsakMatrix()
{
    QFETCH(QString, label);
    QFETCH(QString, columns);
    for (const char* variableCode : {"aktualiseringsorsak", "problematik"}) {
        const Variable* variable = m_catalog.variable(QString::fromLatin1(variableCode));
        QVERIFY(variable);
        const Value* value = variable->value(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(value);
        QCOMPARE(value->sourceLabel, label);
        QCOMPARE(value->label, label);
        for (int i = 0; i < 5; ++i) {
            QVERIFY2(value->validFor(kAllMalgrupper[static_cast<std::size_t>(i)]) == (columns.at(i) == u'X'),
                     qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(variableCode)).arg(i)));
        }
    }
}

void TestCatalog::orsakCountsPerMalgrupp_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("BOU") << 16;
    QTest::newRow("VUX") << 13;
    QTest::newRow("ALDRE") << 12;
    QTest::newRow("FUNK") << 12;
    QTest::newRow("EKB") << 10;
}

void TestCatalog::orsakCountsPerMalgrupp()
{
    QFETCH(int, count);
    const Malgrupp malgrupp = mg(QTest::currentDataTag());
    for (const char* code : {"aktualiseringsorsak", "problematik"}) {
        const Variable* variable = m_catalog.variable(QString::fromLatin1(code));
        QCOMPARE(m_catalog.valuesFor(*variable, malgrupp).size(), count);
        QCOMPARE(m_catalog.valuesFor(*variable, malgrupp, Catalog::Selection::All).size(), count);
    }
}

void TestCatalog::problematikSharesOrsakSet()
{
    const Variable* orsak = m_catalog.variable(u"aktualiseringsorsak");
    const Variable* problematik = m_catalog.variable(u"problematik");
    QCOMPARE(sourceLabels(*problematik), sourceLabels(*orsak));
    const Value* somatisk = problematik->value(u"ORSAK.SOMATISK_OHALSA");
    QVERIFY(somatisk && !somatisk->validFor(Malgrupp::Bou) && somatisk->validFor(Malgrupp::Vux));
    const Value* annansBruk = problematik->value(u"ORSAK.ANNANS_SKADLIGT_BRUK");
    QVERIFY(annansBruk && !annansBruk->validFor(Malgrupp::Ekb) && annansBruk->validFor(Malgrupp::Funk));
}

void TestCatalog::insatsTable_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("area");

    // Every coded row of SKR 2024's five Insats tables (000/002), KSI code and label as printed, plus
    // the codes behind the three "Olika koder" rows (from SKR's table of KSI codes left out of Insats).
    const auto row = [](const char* code, const char* label) {
        QTest::newRow(code) << QString::fromUtf8(label) << QString::fromLatin1(code).left(3);
    };
    // Äldre personer och personer med funktionsnedsättning (SoL)
    row("YAA.05.00", "Hemtjänst");
    row("YAA.05.15", "Hemtjänst – Personlig omvårdnad");
    row("YAA.05.25", "Hemtjänst – Service");
    row("YAA.20.ZZ", "Avlösning av anhörig i hemmet");
    row("YAA.25.ZZ", "Ledsagning");
    row("YAA.30.ZZ", "Matdistribution");
    row("YAA.35.ZZ", "Trygghetslarm");
    row("YAA.40.ZZ", "Dagverksamhet");
    row("YAA.45.ZZ", "Boendestöd");
    row("YAA.50.ZZ", "Kontaktperson (SoL)");
    row("YAA.55.ZZ", "Kontaktfamilj (SoL)");
    row("YAA.65.ZZ", "Korttidsplats");
    row("YAA.70.ZZ", "Annat boende");
    row("YAA.75.ZZ", "Särskilt boende");
    row("YAA.95.ZZ", "Annat bistånd");
    // Stöd och service till vissa funktionshindrade (LSS)
    row("YAB.05.ZZ", "Råd och stöd");
    row("YAB.10.ZZ", "Personlig assistans");
    row("YAB.15.ZZ", "Ledsagarservice");
    row("YAB.20.ZZ", "Kontaktperson");
    row("YAB.25.ZZ", "Avlösarservice");
    row("YAB.30.ZZ", "Korttidsvistelse");
    row("YAB.35.ZZ", "Korttidstillsyn");
    row("YAB.40.00", "Boende, barn och ungdomar");
    row("YAB.40.15", "Familjehem för barn och ungdomar");
    row("YAB.40.25", "Bostad med särskild service för barn och ungdomar");
    row("YAB.45.00", "Boende, vuxna");
    row("YAB.45.15", "Bostad med särskild service för vuxna");
    row("YAB.45.25", "Annan särskilt anpassad bostad för vuxna");
    row("YAB.50.ZZ", "Daglig verksamhet");
    // Barn och unga enligt SoL och LVU
    row("YAC.25.ZZ", "Familjehem");
    row("YAC.30.ZZ", "Jourhem");
    row("YAC.35.ZZ", "Nätverkshem");
    row("YAC.40.ZZ", "Stödboende");
    row("YAC.HVB", "Hem för vård eller boende (HVB)");
    row("YAC.45.ZZ", "Hem för vård eller boende (HVB) med offentlig huvudman");
    row("YAC.50.ZZ", "Hem för vård eller boende (HVB) med enskild huvudman");
    row("YAC.55.ZZ", "Särskilt ungdomshem enligt 12 § LVU");
    row("YAC.60.ZZ", "Eget hem");
    row("YAC.65.ZZ", "Annan insats till barn och unga");
    row("YAC.70.ZZ", "Strukturerat öppenvårdsprogram för vård/behandling eller sysselsättning/social träning");
    row("YAC.75.ZZ", "Personligt stöd");
    row("YAC.80.ZZ", "Kontaktperson (barn och unga)");
    row("YAC.85.ZZ", "Särskild kvalificerad kontaktperson");
    row("YAC.90.ZZ", "Kontaktfamilj (barn och unga)");
    row("YAC.95.ZZ", "Särskild kvalificerad kontaktperson eller behandling – s.k. mellantvång");
    // Vuxna med missbruksproblem och övriga vuxna – enligt SoL och LVM
    row("YAD.15.ZZ", "Individuellt behovsprövade öppna insatser");
    row("YAD.20.00", "Bistånd som avser boende");
    row("YAD.20.15", "Akut/tillfälligt boende");
    row("YAD.20.25", "Övergångsboende i väntan mer permanent lösning");
    row("YAD.20.35", "Långsiktigt boende");
    row("YAD.FAMILJEHEMSVARD", "Familjehemsvård");
    row("YAD.30.15", "Frivillig familjehemsvård (SoL)");
    // The Vuxna table and the register report say 27 §; the KSI code table's "Frivillig … 26 § LVM"
    // is an alias (resolve_data).
    row("YAD.30.25", "Familjehemsvård enligt 27 § LVM");
    row("YAD.40.10", "Frivillig institutionsvård");
    row("YAD.40.11", "Frivillig institutionsvård (offentlig vårdgivare)");
    row("YAD.40.12", "Frivillig institutionsvård (privat/enskild vårdgivare)");
    row("YAD.40.13", "Frivillig institutionsvård (privat/enskild delad med offentlig vårdgivare)");
    // "Institutionsvård: Olika koder för insats enligt SoL eller enligt 27 § LVM": no KSI code given.
    row("YAD.INSTITUTIONSVARD_LVM", "Institutionsvård enligt 27 § LVM");
    // Ekonomiskt bistånd enligt SoL
    row("YAE.05.ZZ", "Ekonomiskt bistånd (4 kap. 1 § SoL). Belopp på hushållsnivå");
    row("YAE.10.00", "Försörjningsstöd (4 kap. 3 § SoL). Belopp på hushållsnivå");
    row("YAE.10.15", "Därav försörjningsstöd för tillfälligt boende, belopp på hushållsnivå");
    row("YAE.15.00", "Ekonomiskt bistånd för livsföring i övrigt. Belopp på hushållsnivå");
    row("YAE.15.15", "Ekonomiskt bistånd för livsföring i övrigt – Hälso- och sjukvård, belopp på hushållsnivå");
    row("YAE.15.25", "Ekonomiskt bistånd för livsföring i övrigt – Tandvård, belopp på hushållsnivå");
    row("YAE.15.35", "Ekonomiskt bistånd för livsföring i övrigt – Elskulder, belopp på hushållsnivå");
    row("YAE.15.45", "Ekonomiskt bistånd för livsföring i övrigt – Hyresskulder, belopp på hushållsnivå");
    row("YAE.15.55", "Ekonomiskt bistånd för livsföring i övrigt – Övriga skulder, belopp på hushållsnivå");
    row("YAE.15.65", "Ekonomiskt bistånd för livsföring i övrigt – Annat, belopp på hushållsnivå");
    row("YAE.20.00", "Kommunala arbetsmarknadsinsatser");
    row("YAE.20.15", "Arbetsförberedande insatser (kartläggning och träning)");
    row("YAE.20.25", "Arbetspraktik");
    row("YAE.20.35", "Jobbsökaraktivitet");
    row("YAE.20.45", "Kurs");
    row("YAE.20.55", "Studie- och yrkesvägledning");
    row("YAE.20.65", "Övriga kommunala arbetsmarknadsinsatser");
}

void TestCatalog::insatsTable()
{
    QFETCH(QString, label);
    QFETCH(QString, area);
    const Variable* insats = m_catalog.variable(u"insats");
    const Value* value = insats->value(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(value);
    QCOMPARE(value->sourceLabel, label);
    QCOMPARE(value->area, area);

    MalgruppSet expected;
    if (area == u"YAA") {
        expected.insert(Malgrupp::Aldre);
        expected.insert(Malgrupp::Funk);
    } else if (area == u"YAB") {
        expected.insert(Malgrupp::Funk);
    } else if (area == u"YAC") {
        expected.insert(Malgrupp::Bou);
    } else if (area == u"YAD") {
        expected.insert(Malgrupp::Vux);
    } else {
        expected.insert(Malgrupp::Ekb);
    }
    QCOMPARE(value->malgrupper.codes(), expected.codes());
    QVERIFY(m_catalog.area(area));
}

void TestCatalog::insatsHierarchy()
{
    const Variable* insats = m_catalog.variable(u"insats");
    // 64 coded rows + 2 HVB + 2 familjehemsvård + 4 frivillig institutionsvård + 2 synthetic parents + LVM
    // institutionsvård
    QCOMPARE(insats->values.size(), 75);

    QStringList nonSelectable;
    for (const Value& value : insats->values) {
        if (!value.selectable)
            nonSelectable.append(value.code);
    }
    QCOMPARE(nonSelectable, (QStringList{u"YAA.05.00"_s, u"YAB.40.00"_s, u"YAB.45.00"_s, u"YAC.HVB"_s, u"YAD.20.00"_s,
                                         u"YAD.FAMILJEHEMSVARD"_s, u"YAD.40.10"_s, u"YAE.15.00"_s, u"YAE.20.00"_s}));
    // A "därav" child does not partition Försörjningsstöd, so the parent stays selectable.
    QVERIFY(insats->value(u"YAE.10.00")->selectable);

    const auto parentOf = [&](const char* code) { return insats->value(QString::fromLatin1(code))->parent; };
    QCOMPARE(parentOf("YAA.05.15"), u"YAA.05.00"_s);
    QCOMPARE(parentOf("YAB.40.15"), u"YAB.40.00"_s);
    QCOMPARE(parentOf("YAB.45.25"), u"YAB.45.00"_s);
    QCOMPARE(parentOf("YAC.45.ZZ"), u"YAC.HVB"_s);
    QCOMPARE(parentOf("YAC.50.ZZ"), u"YAC.HVB"_s);
    QCOMPARE(parentOf("YAD.20.35"), u"YAD.20.00"_s);
    QCOMPARE(parentOf("YAD.30.15"), u"YAD.FAMILJEHEMSVARD"_s);
    QCOMPARE(parentOf("YAD.30.25"), u"YAD.FAMILJEHEMSVARD"_s);
    QCOMPARE(parentOf("YAD.40.11"), u"YAD.40.10"_s);
    QCOMPARE(parentOf("YAD.40.13"), u"YAD.40.10"_s);
    // LVM care is its own top-level value, never rolled up into frivillig (SoL) institutionsvård.
    const Value* lvm = insats->value(u"YAD.INSTITUTIONSVARD_LVM");
    QVERIFY(lvm && lvm->selectable && lvm->parent.isEmpty() && !lvm->local);
    QCOMPARE(lvm->malgrupper.codes(), QStringList{u"VUX"_s});
    QCOMPARE(parentOf("YAE.10.15"), u"YAE.10.00"_s);
    QCOMPARE(parentOf("YAE.15.65"), u"YAE.15.00"_s);
    QCOMPARE(parentOf("YAE.20.45"), u"YAE.20.00"_s);
    QCOMPARE(parentOf("YAE.05.ZZ"), QString());
    QCOMPARE(insats->children(u"YAE.15.00").size(), 6);
    QCOMPARE(insats->children(u"YAE.20.00").size(), 6);
    QVERIFY(!insats->value(u"YAE.20 45")); // 002's misprint is not a code
    // The KSI codes SKR leaves to Lagrum/Beslut are not Insats values.
    for (const char* excluded : {"YAC.05.ZZ", "YAC.10.00", "YAC.15.00", "YAD.05.ZZ", "YAD.10.ZZ"})
        QVERIFY2(!insats->value(QString::fromLatin1(excluded)), excluded);
}

void TestCatalog::insatsPerMalgrupp_data()
{
    QTest::addColumn<int>("selectable");
    QTest::addColumn<int>("all");
    QTest::newRow("BOU") << 15 << 16;   // YAC 13 + HVB offentlig/enskild; the synthetic HVB parent
    QTest::newRow("VUX") << 10 << 13;   // YAD, with institutionsvård enligt 27 § LVM
    QTest::newRow("ALDRE") << 14 << 15; // YAA
    QTest::newRow("FUNK") << 26 << 29;  // YAA + YAB
    QTest::newRow("EKB") << 15 << 17;   // YAE
}

void TestCatalog::insatsPerMalgrupp()
{
    QFETCH(int, selectable);
    QFETCH(int, all);
    const Variable* insats = m_catalog.variable(u"insats");
    const Malgrupp malgrupp = mg(QTest::currentDataTag());
    const QList<const Value*> offered = m_catalog.valuesFor(*insats, malgrupp);
    QCOMPARE(offered.size(), selectable);
    QCOMPARE(m_catalog.valuesFor(*insats, malgrupp, Catalog::Selection::All).size(), all);
    for (const Value* value : offered)
        QVERIFY(value->selectable && value->validFor(malgrupp));
}

void TestCatalog::uncertainFlags()
{
    QStringList uncertain;
    for (const Variable& variable : m_catalog.variables()) {
        for (const Value& value : variable.values) {
            if (value.uncertain)
                uncertain.append(variable.code + u':' + value.code);
        }
    }
    const QStringList expected{
        u"ursprung:URSPRUNG.VET_INTE"_s,
        u"tidigare_kontakt:TIDKONTAKT.VET_EJ"_s,
        u"maluppfyllelse:MAL.BBIC.GAR_EJ_BEDOMA"_s,
        u"maluppfyllelse:MAL.IBIC.EJ_SPECIFICERAD"_s,
        u"maluppfyllelse:MAL.IBIC.EJ_AKTUELL"_s,
        u"parallella_insatser:PARALLELLA.VET_EJ"_s,
        u"b1a:FORANDRING.VET_INTE"_s,
        u"b1b:FORANDRING.VET_INTE"_s,
        u"b2:BETYDELSE.VET_INTE"_s,
        u"b3:NOJDHET.VET_INTE"_s,
        u"b4:BEMOTANDE.VET_INTE"_s,
        u"b5:PAVERKAN.VET_INTE"_s,
    };
    QCOMPARE(uncertain, expected);
}

void TestCatalog::exclusiveSamverkan()
{
    const Variable* samverkan = m_catalog.variable(u"samverkan");
    QStringList exclusive;
    for (const Value& value : samverkan->values) {
        if (value.exclusive)
            exclusive.append(value.code);
    }
    QCOMPARE(exclusive, (QStringList{u"SAMVERKAN.INGEN_MED_BEHOV"_s, u"SAMVERKAN.INGEN_UTAN_BEHOV"_s}));
    QVERIFY(samverkan->isMulti());
    for (const Variable& variable : m_catalog.variables()) {
        if (variable.code == u"samverkan")
            continue;
        for (const Value& value : variable.values)
            QVERIFY2(!value.exclusive, qPrintable(value.code));
    }
}

void TestCatalog::maluppfyllelseSets_data()
{
    QTest::addColumn<QString>("valueSet");
    QTest::newRow("BOU") << u"BBIC"_s;
    QTest::newRow("VUX") << u"BBIC"_s;
    QTest::newRow("EKB") << u"BBIC"_s;
    QTest::newRow("ALDRE") << u"IBIC"_s;
    QTest::newRow("FUNK") << u"IBIC"_s;
}

void TestCatalog::maluppfyllelseSets()
{
    QFETCH(QString, valueSet);
    const Variable* mal = m_catalog.variable(u"maluppfyllelse");
    const Malgrupp malgrupp = mg(QTest::currentDataTag());
    QCOMPARE(m_catalog.valueSetFor(*mal, malgrupp), valueSet);
    const QList<const Value*> offered = m_catalog.valuesFor(*mal, malgrupp);
    QCOMPARE(offered.size(), 5);
    for (const Value* value : offered)
        QCOMPARE(value->valueSet, valueSet);
    const QStringList expected =
        valueSet == u"BBIC"
            ? QStringList{u"Positiv förändring och målet uppfyllt"_s, u"Positiv förändring målet inte uppfyllt"_s,
                          u"Ingen förändring"_s, u"Negativ förändring"_s, u"Går inte att bedöma"_s}
            : QStringList{u"Ja (måluppfyllelse uppnådd)"_s, u"Nej (måluppfyllelse ej uppnådd)"_s,
                          u"Delvis (måluppfyllelse delvis uppnådd)"_s,
                          u"Ej specificerad (måluppfyllelse ej specificerad)"_s,
                          u"Ej aktuell (måluppfyllelse ej aktuell)"_s};
    QStringList actual;
    for (const Value* value : offered)
        actual.append(value->sourceLabel);
    QCOMPARE(actual, expected);
}

void TestCatalog::correctedLabelsKeepSource()
{
    // Display label corrected, the published label kept exactly for the public output.
    const Value* mal = m_catalog.value(u"maluppfyllelse", u"MAL.BBIC.POSITIV_EJ_UPPFYLLT");
    QCOMPARE(mal->sourceLabel, u"Positiv förändring målet inte uppfyllt"_s);
    QCOMPARE(mal->label, u"Positiv förändring och målet inte uppfyllt"_s);
    const Value* halso = m_catalog.value(u"samverkan", u"SAMVERKAN.HALSO_SJUKVARD");
    QCOMPARE(halso->sourceLabel, u"Hälsa- och sjukvård"_s);
    QCOMPARE(halso->label, u"Hälso- och sjukvård"_s);
    const Value* overgang = m_catalog.value(u"insats", u"YAD.20.25");
    QCOMPARE(overgang->label, u"Övergångsboende i väntan på mer permanent lösning"_s);
    // Where nothing was corrected, both are the same.
    const Value* kurs = m_catalog.value(u"insats", u"YAE.20.45");
    QCOMPARE(kurs->label, kurs->sourceLabel);
    QVERIFY(!kurs->note.isEmpty()); // records 002's "YAE.20 45" misprint
}

void TestCatalog::brukarfragor()
{
    const auto help = [&](const char* code) { return m_catalog.variable(QString::fromLatin1(code))->help; };
    QCOMPARE(help("b1a"), u"Hur har din situation/problematik förändrats sedan insatsen/stödet från socialtjänsten "
                          u"påbörjades/den senaste uppföljningen?"_s);
    QCOMPARE(help("b1b"), u"Hur har din livskvalitet förändrats sedan insatsen/stödet från socialtjänsten "
                          u"påbörjades/den senaste uppföljningen?"_s);
    QCOMPARE(help("b2"), u"Om din situation/problematik/livskvalitet har förbättrats, vilken betydelse har "
                         u"insatsen/stödet från socialtjänsten haft?"_s);
    QCOMPARE(help("b3"), u"Hur nöjd eller missnöjd är du sammantaget med det stöd du fått från socialtjänsten?"_s);
    QCOMPARE(help("b4"), u"Hur har socialsekreteraren/biståndshandläggaren/personalen bemött dig?"_s);
    QCOMPARE(help("b5"), u"Hur mycket har du kunnat påverka insatsen/stödet du fått från socialtjänsten?"_s);

    const Variable* b2 = m_catalog.variable(u"b2");
    QVERIFY(b2->condition.has_value());
    QCOMPARE(b2->condition->variables, (QStringList{u"b1a"_s, u"b1b"_s}));
    QCOMPARE(b2->condition->values,
             (QStringList{u"FORANDRING.FORBATTRATS_MYCKET"_s, u"FORANDRING.FORBATTRATS_LITE"_s}));
    for (const QString& code : b2->condition->values) {
        const Value* value = m_catalog.value(u"b1a", code);
        QVERIFY(value);
        QVERIFY(value->sourceLabel.startsWith(u"Förbättrats"));
    }
    for (const char* code : {"b1a", "b1b", "b3", "b4", "b5"})
        QVERIFY2(!m_catalog.variable(QString::fromLatin1(code))->condition.has_value(), code);
}

void TestCatalog::areas()
{
    QCOMPARE(m_catalog.areas().size(), 5);
    QCOMPARE(m_catalog.area(u"YAA")->malgrupper.codes(), (QStringList{u"ALDRE"_s, u"FUNK"_s}));
    QCOMPARE(m_catalog.area(u"YAB")->lagrum, u"LSS"_s);
    QCOMPARE(m_catalog.area(u"YAE")->label, u"Ekonomiskt bistånd enligt SoL"_s);
    QVERIFY(!m_catalog.area(u"YAF"));
}

void TestCatalog::enumsRoundTrip()
{
    for (Malgrupp malgrupp : kAllMalgrupper)
        QVERIFY(malgruppFromCode(malgruppCode(malgrupp)) == malgrupp);
    QCOMPARE(malgruppCode(Malgrupp::Aldre), u"ALDRE"_s);
    QVERIFY(!malgruppFromCode(u"BARN"));
    QVERIFY(!malgruppFromCode(u"bou")); // codes are exact
    QVERIFY(cardinalityFromCode(u"1..*") == Cardinality::OneOrMore);
    QVERIFY(isMulti(Cardinality::ZeroOrMore) && !isRequired(Cardinality::ZeroOrMore));
    QVERIFY(!isMulti(Cardinality::One) && isRequired(Cardinality::One));
    QVERIFY(stepFromCode(u"folja_upp") == Step::FoljaUpp);
    QVERIFY(levelFromCode(u"uppfoljning") == Level::Uppfoljning);
    QVERIFY(dataTypeFromCode(u"date") == DataType::Date);
    QCOMPARE(MalgruppSet::all().size(), 5);
    QCOMPARE(normaliseLabel(u"  Annat/ÖVRIGT \t "), normaliseLabel(u"annat/övrigt"));
}

void TestCatalog::mappingCoverage()
{
    // Every published 2019 label has an entry: 5 ursprung, 14 orsak (×2), 35 insatstyp, 9 avslutsorsak,
    // 6 måluppfyllelse.
    const auto distinctLabels = [&](const char* variable) {
        const Mapping* mapping = m_catalog.mapping(QString::fromLatin1(variable));
        QSet<QString> labels;
        if (mapping) {
            for (const MappingEntry& entry : mapping->entries)
                labels.insert(entry.fromLabel);
        }
        return labels.size();
    };
    QCOMPARE(distinctLabels("ursprung"), 5);
    QCOMPARE(distinctLabels("aktualiseringsorsak"), 14);
    QCOMPARE(distinctLabels("problematik"), 14);
    QCOMPARE(distinctLabels("insats"), 35);
    QCOMPARE(distinctLabels("avslutsorsak"), 9);
    QCOMPARE(distinctLabels("maluppfyllelse"), 6);
    for (const Mapping& mapping : m_catalog.mappings()) {
        QCOMPARE(mapping.fromVersion, u"SKL2019"_s);
        QCOMPARE(mapping.toVersion, u"SKR2024"_s);
    }
}

void TestCatalog::mappings_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("malgrupp"); // empty = none given
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<bool>("review");

    const auto row = [](const char* name, const char* variable, const char* label, const char* malgrupp,
                        QStringList codes, bool review) {
        QTest::newRow(name) << QString::fromLatin1(variable) << QString::fromUtf8(label)
                            << QString::fromLatin1(malgrupp) << codes << review;
    };
    // Ursprung 5 → 4
    row("ursprung 1", "ursprung", "Född i Sverige, med minst en förälder född i Sverige", "", {u"URSPRUNG.SVERIGE"_s},
        false);
    row("ursprung 2", "ursprung", "Född i Sverige, med båda föräldrarna födda utomlands", "", {u"URSPRUNG.SVERIGE"_s},
        false);
    row("ursprung 5", "ursprung", "Vet inte", "", {u"URSPRUNG.VET_INTE"_s}, false);
    // Aktualiseringsorsak / problematik
    row("brister BOU", "aktualiseringsorsak", "Brister i och/eller behov av omvårdnad/omsorg", "BOU",
        {u"ORSAK.BRISTER_OMSORG"_s}, false);
    row("brister ALDRE", "problematik", "Brister i och/eller behov av omvårdnad/omsorg", "ALDRE",
        {u"ORSAK.BEHOV_OMSORG"_s}, false);
    row("brister VUX", "problematik", "Brister i och/eller behov av omvårdnad/omsorg", "VUX", {}, true);
    row("brister none", "problematik", "Brister i och/eller behov av omvårdnad/omsorg", "",
        {u"ORSAK.BRISTER_OMSORG"_s, u"ORSAK.BEHOV_OMSORG"_s}, true);
    row("psykisk", "problematik", "Psykisk ohälsa", "VUX",
        {u"ORSAK.EGEN_PSYKISK_OHALSA"_s, u"ORSAK.ANNANS_PSYKISK_OHALSA"_s}, true);
    row("riskbruk EKB", "aktualiseringsorsak", "Riskbruk/missbruk/beroende (alkohol, droger, spel etc.)", "EKB",
        {u"ORSAK.EGET_SKADLIGT_BRUK"_s}, true);
    row("kriminalitet", "aktualiseringsorsak", "Kriminalitet", "BOU",
        {u"ORSAK.EGEN_KRIMINALITET"_s, u"ORSAK.ANNANS_KRIMINALITET"_s}, true);
    row("hemlos", "problematik", "Hemlös", "VUX", {u"ORSAK.BOENDEPROBLEMATIK"_s}, false);
    row("somatisk BOU", "problematik", "Somatisk ohälsa", "BOU", {}, true);
    row("somatisk VUX", "problematik", "Somatisk ohälsa", "VUX", {u"ORSAK.SOMATISK_OHALSA"_s}, false);
    row("annat case", "problematik", "  annat/övrigt ", "EKB", {u"ORSAK.ANNAT"_s}, false);
    // Insatstyp 35 → KSI
    row("12 LVU-hem", "insats", "§ 12 LVU-hem", "BOU", {u"YAC.55.ZZ"_s}, false);
    row("kontaktperson BOU", "insats", "Kontaktperson", "BOU", {u"YAC.80.ZZ"_s}, false);
    row("kontaktperson ALDRE", "insats", "Kontaktperson", "ALDRE", {u"YAA.50.ZZ"_s}, false);
    row("kontaktperson FUNK", "insats", "Kontaktperson", "FUNK", {u"YAA.50.ZZ"_s, u"YAB.20.ZZ"_s}, true);
    row("familjehem BOU", "insats", "Familjehem", "BOU", {u"YAC.25.ZZ"_s}, false);
    row("familjehem FUNK", "insats", "Familjehem", "FUNK", {u"YAB.40.15"_s}, false);
    row("familjehem VUX", "insats", "Familjehem", "VUX", {u"YAD.30.15"_s, u"YAD.30.25"_s}, true);
    row("hvb BOU", "insats", "Hem för vård eller boende", "BOU", {u"YAC.45.ZZ"_s, u"YAC.50.ZZ"_s}, true);
    row("livsforing", "insats", "Ekonomiskt bistånd för livsföring i övrigt", "EKB", {u"YAE.15.00"_s}, true);
    row("forsorjningsstod", "insats", "Försörjningsstöd (4 kap. 3 § SoL)", "EKB", {u"YAE.10.00"_s}, false);
    row("jourhem", "insats", "Jourhem och beredskapshem", "BOU", {u"YAC.30.ZZ"_s}, false);
    row("lvm-hem", "insats", "LVM-hem", "VUX", {u"YAD.INSTITUTIONSVARD_LVM"_s}, false);
    row("lvm-hem BOU", "insats", "LVM-hem", "BOU", {}, true);
    row("korttid ALDRE", "insats", "Korttidsvistelse/Korttidsvård/korttidsboende (temporära lösningar)", "ALDRE",
        {u"YAA.65.ZZ"_s}, false);
    row("boende VUX", "insats", "Övrigt bistånd som avser boende enligt SoL", "VUX",
        {u"YAD.20.15"_s, u"YAD.20.25"_s, u"YAD.20.35"_s}, true);
    row("boende ALDRE", "insats", "Övrigt bistånd som avser boende enligt SoL", "ALDRE", {u"YAA.70.ZZ"_s}, false);
    row("kurs", "insats", "Kurs", "EKB", {u"YAE.20.45"_s}, false);
    row("boendestod BOU", "insats", "Boendestöd", "BOU", {}, true);
    // Avslutsorsak 9 → 12
    row("avslut brukaren", "avslutsorsak", "Insatsen avbryts oplanerat på initiativ av brukaren/företrädare", "",
        {u"AVSLUT.AVBRYTS_BRUKARE"_s}, false);
    row("avslut flyttat", "avslutsorsak", "Brukaren har flyttat", "", {u"AVSLUT.FLYTTAT"_s}, false);
    row("avslut aldrig", "avslutsorsak", "Insatsen påbörjades aldrig", "", {u"AVSLUT.PABORJADES_ALDRIG"_s}, false);
    // Måluppfyllelse 6 → BBIC / IBIC
    row("mal 1 BBIC", "maluppfyllelse", "Positiv förändring, alla mål har uppnåtts", "BOU",
        {u"MAL.BBIC.POSITIV_UPPFYLLT"_s}, false);
    row("mal 1 IBIC", "maluppfyllelse", "Positiv förändring, alla mål har uppnåtts", "FUNK", {u"MAL.IBIC.JA"_s}, false);
    row("mal 2 BBIC", "maluppfyllelse", "Positiv förändring, alla mål har inte uppnåtts", "VUX",
        {u"MAL.BBIC.POSITIV_EJ_UPPFYLLT"_s}, false);
    row("mal 2 IBIC", "maluppfyllelse", "Positiv förändring, alla mål har inte uppnåtts", "ALDRE",
        {u"MAL.IBIC.DELVIS"_s, u"MAL.IBIC.NEJ"_s}, true);
    row("mal 3 BBIC", "maluppfyllelse", "Ingen förändring, alla mål har uppnåtts", "EKB",
        {u"MAL.BBIC.INGEN_FORANDRING"_s}, true);
    row("mal 3 IBIC", "maluppfyllelse", "Ingen förändring, alla mål har uppnåtts", "ALDRE", {u"MAL.IBIC.JA"_s}, false);
    row("mal 4 BBIC", "maluppfyllelse", "Ingen förändring, alla mål har inte uppnåtts", "BOU",
        {u"MAL.BBIC.INGEN_FORANDRING"_s}, false);
    row("mal 5 BBIC", "maluppfyllelse", "Negativ förändring, alla mål har inte uppnåtts", "VUX",
        {u"MAL.BBIC.NEGATIV"_s}, false);
    // Like "Positiv/Ingen förändring, alla mål har inte uppnåtts": Nej or Delvis, a person decides.
    row("mal 5 IBIC", "maluppfyllelse", "Negativ förändring, alla mål har inte uppnåtts", "FUNK",
        {u"MAL.IBIC.NEJ"_s, u"MAL.IBIC.DELVIS"_s}, true);
    row("mal 6 BBIC", "maluppfyllelse", "Kan inte bedöma (vid t.ex. otydliga mål eller avsaknad av genomförandeplan)",
        "BOU", {u"MAL.BBIC.GAR_EJ_BEDOMA"_s}, false);
    row("mal 6 IBIC", "maluppfyllelse", "Kan inte bedöma (vid t.ex. otydliga mål eller avsaknad av genomförandeplan)",
        "ALDRE", {u"MAL.IBIC.EJ_SPECIFICERAD"_s}, false);
    row("mal none", "maluppfyllelse", "Negativ förändring, alla mål har inte uppnåtts", "",
        {u"MAL.BBIC.NEGATIV"_s, u"MAL.IBIC.NEJ"_s, u"MAL.IBIC.DELVIS"_s}, true);
}

void TestCatalog::mappings()
{
    QFETCH(QString, variable);
    QFETCH(QString, label);
    QFETCH(QString, malgrupp);
    QFETCH(QStringList, codes);
    QFETCH(bool, review);
    std::optional<Malgrupp> group;
    if (!malgrupp.isEmpty())
        group = malgruppFromCode(malgrupp);
    const MappingResult result = m_catalog.mapFrom2019(variable, label, group);
    QVERIFY(result.found);
    QCOMPARE(result.codes, codes);
    QCOMPARE(result.needsReview, review);
}

void TestCatalog::resolve_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("malgrupp");
    QTest::addColumn<QString>("expected"); // empty = nullptr

    const auto row = [](const char* name, const char* variable, const char* input, const char* malgrupp,
                        const char* expected) {
        QTest::newRow(name) << QString::fromLatin1(variable) << QString::fromUtf8(input)
                            << QString::fromLatin1(malgrupp) << QString::fromLatin1(expected);
    };
    row("code", "insats", "YAC.25.ZZ", "", "YAC.25.ZZ");
    row("code lower case", "insats", "yac.25.zz", "", "YAC.25.ZZ");
    row("code padded", "insats", "  YAE.20.45 ", "EKB", "YAE.20.45");
    row("label", "problematik", "Boendeproblematik", "", "ORSAK.BOENDEPROBLEMATIK");
    row("label case and spaces", "problematik", "  egen   PSYKISK\tohälsa ", "", "ORSAK.EGEN_PSYKISK_OHALSA");
    row("label decomposed", "problematik", "Somatisk oha\xcc\x88lsa", "", "ORSAK.SOMATISK_OHALSA");
    row("source label", "maluppfyllelse", "Positiv förändring målet inte uppfyllt", "BOU",
        "MAL.BBIC.POSITIV_EJ_UPPFYLLT");
    row("display label", "maluppfyllelse", "positiv förändring och målet inte uppfyllt", "BOU",
        "MAL.BBIC.POSITIV_EJ_UPPFYLLT");
    row("kontaktperson BOU", "insats", "Kontaktperson", "BOU", "YAC.80.ZZ");
    row("kontaktperson ALDRE", "insats", "Kontaktperson", "ALDRE", "YAA.50.ZZ");
    row("kontaktperson FUNK", "insats", "Kontaktperson", "FUNK", "YAB.20.ZZ");
    row("kontaktperson none", "insats", "Kontaktperson", "", "YAB.20.ZZ");
    row("kontaktfamilj BOU", "insats", "kontaktfamilj", "BOU", "YAC.90.ZZ");
    row("kontaktfamilj ALDRE", "insats", "Kontaktfamilj", "ALDRE", "YAA.55.ZZ");
    row("kontaktfamilj ambiguous", "insats", "Kontaktfamilj", "", "");
    row("familjehem BOU", "insats", "Familjehem", "BOU", "YAC.25.ZZ");
    row("familjehem FUNK", "insats", "Familjehem", "FUNK", "YAB.40.15");
    row("lvm familjehem", "insats", "Familjehemsvård enligt 27 § LVM", "VUX", "YAD.30.25");
    row("lvm familjehem 26 §", "insats", "Frivillig familjehemsvård enligt 26 § LVM", "VUX", "YAD.30.25");
    row("lvm institutionsvård", "insats", "institutionsvård enligt 27 § LVM", "VUX", "YAD.INSTITUTIONSVARD_LVM");
    row("not valid for malgrupp", "problematik", "Somatisk ohälsa", "BOU", "ORSAK.SOMATISK_OHALSA");
    row("en dash needed", "insats", "Hemtjänst – Service", "ALDRE", "YAA.05.25");
    row("unknown", "problematik", "Hemlöshet", "VUX", "");
    row("empty", "problematik", "   ", "VUX", "");
    row("2019 label is not a 2024 label", "problematik", "Psykisk ohälsa", "", "");
    row("other variable's code", "problematik", "YAC.25.ZZ", "", "");
}

void TestCatalog::resolve()
{
    QFETCH(QString, variable);
    QFETCH(QString, input);
    QFETCH(QString, malgrupp);
    QFETCH(QString, expected);
    std::optional<Malgrupp> group;
    if (!malgrupp.isEmpty())
        group = malgruppFromCode(malgrupp);
    const Value* value = m_catalog.resolve(*m_catalog.variable(variable), input, group);
    QCOMPARE(value ? value->code : QString(), expected);
}

void TestCatalog::localDeepening()
{
    Catalog catalog = m_catalog;
    const Result<void> added = catalog.addLocalValue(
        LocalValue{u"problematik"_s, u"LOKAL.HEMLOSHET"_s, u"Hemlöshet"_s, u"ORSAK.BOENDEPROBLEMATIK"_s});
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));

    const Variable* problematik = catalog.variable(u"problematik");
    const Value* local = problematik->value(u"LOKAL.HEMLOSHET");
    QVERIFY(local && local->local && local->selectable);
    QCOMPARE(local->parent, u"ORSAK.BOENDEPROBLEMATIK"_s);
    QCOMPARE(catalog.rollUp(u"problematik", u"LOKAL.HEMLOSHET"), u"ORSAK.BOENDEPROBLEMATIK"_s);
    QCOMPARE(catalog.rollUp(u"problematik", u"ORSAK.ANNAT"), u"ORSAK.ANNAT"_s);
    QCOMPARE(catalog.rollUp(u"problematik", u"NOPE"), QString());
    // Valid where its parent is, offered right after it; the national value stays selectable.
    QCOMPARE(local->malgrupper.codes(), MalgruppSet::all().codes());
    const QStringList offered = codesOf(catalog.valuesFor(*problematik, Malgrupp::Vux));
    QCOMPARE(offered.size(), 14);
    QCOMPARE(offered.indexOf(u"LOKAL.HEMLOSHET"_s), offered.indexOf(u"ORSAK.BOENDEPROBLEMATIK"_s) + 1);
    QCOMPARE(catalog.resolve(*problematik, u"hemlöshet", Malgrupp::Vux), local);
    // Only the variable it was added to.
    QVERIFY(!catalog.value(u"aktualiseringsorsak", u"LOKAL.HEMLOSHET"));
    QVERIFY(!m_catalog.value(u"problematik", u"LOKAL.HEMLOSHET")); // the copy was not touched

    // A deepened KSI value keeps its area and målgrupper.
    QVERIFY(catalog.addLocalValue({u"insats"_s, u"LOKAL.FH_SLAKT"_s, u"Släktfamiljehem"_s, u"YAC.25.ZZ"_s}).ok());
    QCOMPARE(catalog.value(u"insats", u"LOKAL.FH_SLAKT")->area, u"YAC"_s);
    QVERIFY(!catalog.value(u"insats", u"LOKAL.FH_SLAKT")->validFor(Malgrupp::Vux));
    QCOMPARE(catalog.rollUp(u"insats", u"LOKAL.FH_SLAKT"), u"YAC.25.ZZ"_s);

    QVERIFY(catalog.removeLocalValue(u"problematik", u"LOKAL.HEMLOSHET").ok());
    QVERIFY(!catalog.value(u"problematik", u"LOKAL.HEMLOSHET"));
    QVERIFY(!catalog.removeLocalValue(u"problematik", u"ORSAK.ANNAT").ok()); // national values stay
}

void TestCatalog::localValueRefused_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("parent");

    QTest::newRow("nonexistent parent") << u"problematik"_s << u"LOKAL.X"_s << u"Trångboddhet"_s
                                        << u"ORSAK.HEMLOSHET"_s;
    QTest::newRow("no parent") << u"problematik"_s << u"LOKAL.X"_s << u"Trångboddhet"_s << QString();
    QTest::newRow("duplicate code") << u"problematik"_s << u"ORSAK.ANNAT"_s << u"Trångboddhet"_s
                                    << u"ORSAK.BOENDEPROBLEMATIK"_s;
    QTest::newRow("parent of other variable")
        << u"problematik"_s << u"LOKAL.X"_s << u"Trångboddhet"_s << u"YAC.25.ZZ"_s;
    QTest::newRow("non-selectable parent") << u"insats"_s << u"LOKAL.X"_s << u"Nattpatrull"_s << u"YAA.05.00"_s;
    QTest::newRow("label taken") << u"problematik"_s << u"LOKAL.X"_s << u"Annat/övrigt"_s
                                 << u"ORSAK.BOENDEPROBLEMATIK"_s;
    QTest::newRow("cyrillic label") << u"problematik"_s << u"LOKAL.X"_s << u"Trångboddh\u0435t"_s
                                    << u"ORSAK.BOENDEPROBLEMATIK"_s;
    QTest::newRow("bad code") << u"problematik"_s << u"LOKAL X"_s << u"Trångboddhet"_s << u"ORSAK.BOENDEPROBLEMATIK"_s;
    QTest::newRow("empty label") << u"problematik"_s << u"LOKAL.X"_s << u" "_s << u"ORSAK.BOENDEPROBLEMATIK"_s;
    QTest::newRow("date variable") << u"beslut_datum"_s << u"LOKAL.X"_s << u"Trångboddhet"_s << u"X"_s;
    QTest::newRow("unknown variable") << u"nope"_s << u"LOKAL.X"_s << u"Trångboddhet"_s << u"X"_s;
}

void TestCatalog::localValueRefused()
{
    QFETCH(QString, variable);
    QFETCH(QString, code);
    QFETCH(QString, label);
    QFETCH(QString, parent);
    Catalog catalog = m_catalog;
    const Result<void> added = catalog.addLocalValue({variable, code, label, parent});
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, folja::ErrorCode::InvalidInput);
    QVERIFY2(added.error().message.contains(code), qPrintable(added.error().message));
    if (const Variable* target = catalog.variable(variable))
        QCOMPARE(target->values.size(), m_catalog.variable(variable)->values.size());
}

void TestCatalog::hiddenVariables()
{
    Catalog catalog = m_catalog;
    QVERIFY(catalog.hideVariable(u"ursprung", Malgrupp::Bou) == Catalog::HideResult::Hidden);
    QVERIFY(catalog.isHidden(u"ursprung", Malgrupp::Bou));
    QVERIFY(!catalog.isHidden(u"ursprung", Malgrupp::Vux));
    // A kommun may hide a variable the national set requires, but is told so.
    QVERIFY(catalog.hideVariable(u"aktualiseringsorsak", Malgrupp::Ekb) == Catalog::HideResult::HiddenRequired);
    QVERIFY(catalog.hideVariable(u"hushallstyp", Malgrupp::Ekb) == Catalog::HideResult::Hidden);
    QVERIFY(catalog.hideVariable(u"nope", Malgrupp::Ekb) == Catalog::HideResult::UnknownVariable);
    const QList<const Variable*> required = catalog.hiddenRequiredVariables(Malgrupp::Ekb);
    QCOMPARE(required.size(), 1);
    QCOMPARE(required.constFirst()->code, u"aktualiseringsorsak"_s);
    QVERIFY(catalog.hiddenRequiredVariables(Malgrupp::Bou).isEmpty());
    catalog.showVariable(u"ursprung", Malgrupp::Bou);
    QVERIFY(!catalog.isHidden(u"ursprung", Malgrupp::Bou));
    QVERIFY(!m_catalog.isHidden(u"aktualiseringsorsak", Malgrupp::Ekb));
}

void TestCatalog::hiddenValues()
{
    Catalog catalog = m_catalog;
    const Variable* orsak = catalog.variable(u"aktualiseringsorsak");
    QVERIFY(catalog.hideValue(u"aktualiseringsorsak", u"ORSAK.ENSAMKOMMANDE_BARN", Malgrupp::Bou).ok());
    QVERIFY(catalog.isValueHidden(u"aktualiseringsorsak", u"ORSAK.ENSAMKOMMANDE_BARN", Malgrupp::Bou));
    QCOMPARE(catalog.valuesFor(*orsak, Malgrupp::Bou).size(), 15);
    QCOMPARE(catalog.valuesFor(*orsak, Malgrupp::Bou, Catalog::Selection::All).size(), 16);
    QVERIFY(!codesOf(catalog.valuesFor(*orsak, Malgrupp::Bou)).contains(u"ORSAK.ENSAMKOMMANDE_BARN"_s));
    // Hidden values still resolve: old records and imports must keep their meaning.
    QVERIFY(catalog.resolve(*orsak, u"Ensamkommande barn", Malgrupp::Bou));
    QVERIFY(!catalog.hideValue(u"aktualiseringsorsak", u"ORSAK.NOPE", Malgrupp::Bou).ok());
    catalog.showValue(u"aktualiseringsorsak", u"ORSAK.ENSAMKOMMANDE_BARN", Malgrupp::Bou);
    QCOMPARE(catalog.valuesFor(*orsak, Malgrupp::Bou).size(), 16);
}

void TestCatalog::customisationRoundTrip()
{
    Catalog catalog = m_catalog;
    QVERIFY(catalog.customisation().isEmpty());
    QVERIFY(catalog
                .addLocalValue(
                    {u"aktualiseringsorsak"_s, u"LOKAL.HEMLOSHET"_s, u"Hemlöshet"_s, u"ORSAK.BOENDEPROBLEMATIK"_s})
                .ok());
    QVERIFY(catalog
                .addLocalValue({u"aktualiseringsorsak"_s, u"LOKAL.TRANGBODDHET"_s, u"Trångboddhet"_s,
                                u"ORSAK.BOENDEPROBLEMATIK"_s})
                .ok());
    catalog.hideVariable(u"ursprung", Malgrupp::Bou);
    catalog.hideVariable(u"ursprung", Malgrupp::Funk);
    QVERIFY(catalog.hideValue(u"insats", u"YAC.60.ZZ", Malgrupp::Bou).ok());

    const QByteArray json = catalog.customisation().toJson();
    const Result<Customisation> parsed = Customisation::fromJson(json);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->localValues.size(), 2);
    QCOMPARE(parsed->hidden.size(), 2);

    Catalog restored = m_catalog;
    QVERIFY(restored.applyCustomisation(parsed.value()).ok());
    QCOMPARE(restored.customisation().toJson(), json);
    QCOMPARE(restored.rollUp(u"aktualiseringsorsak", u"LOKAL.TRANGBODDHET"), u"ORSAK.BOENDEPROBLEMATIK"_s);
    QVERIFY(restored.isHidden(u"ursprung", Malgrupp::Funk));
    QVERIFY(!restored.isHidden(u"ursprung", Malgrupp::Vux));
    QVERIFY(restored.isValueHidden(u"insats", u"YAC.60.ZZ", Malgrupp::Bou));

    // Applying an empty customisation removes everything again.
    QVERIFY(restored.applyCustomisation(Customisation{}).ok());
    QVERIFY(restored.customisation().isEmpty());
    QCOMPARE(restored.variable(u"aktualiseringsorsak")->values.size(), 19);

    QVERIFY(!Customisation::fromJson("{\"format\": 1, \"hidden\": [{\"variable\": \"x\", \"malgrupper\": [\"BARN\"]}]}")
                 .ok());
    QVERIFY(!Customisation::fromJson("not json").ok());
}

void TestCatalog::customisationAllOrNothing()
{
    Catalog catalog = m_catalog;
    QVERIFY(catalog.addLocalValue({u"problematik"_s, u"LOKAL.A"_s, u"Hemlöshet"_s, u"ORSAK.BOENDEPROBLEMATIK"_s}).ok());
    Customisation broken;
    broken.localValues.append({u"problematik"_s, u"LOKAL.B"_s, u"Trångboddhet"_s, u"ORSAK.BOENDEPROBLEMATIK"_s});
    broken.localValues.append({u"problematik"_s, u"LOKAL.C"_s, u"Vräkning"_s, u"ORSAK.FINNS_INTE"_s});
    const Result<void> applied = catalog.applyCustomisation(broken);
    QVERIFY(!applied.ok());
    QVERIFY(applied.error().message.contains(u"LOKAL.C"));
    // Unchanged: the earlier local value is still there, none of the new ones.
    QVERIFY(catalog.value(u"problematik", u"LOKAL.A"));
    QVERIFY(!catalog.value(u"problematik", u"LOKAL.B"));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
