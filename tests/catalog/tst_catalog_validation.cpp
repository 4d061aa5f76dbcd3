// The loader refuses a broken catalogue file as a whole, with an error that names the entry. Each
// case starts from the real catalogue and breaks exactly one thing.

#include "catalog/catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace folja::catalog;
using namespace Qt::StringLiterals;
using folja::Result;

using Mutation = std::function<void(QJsonObject&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

void editArrayItem(QJsonObject& parent, const QString& arrayKey, const std::function<bool(const QJsonObject&)>& match,
                   const std::function<void(QJsonObject&)>& edit)
{
    QJsonArray array = parent.value(arrayKey).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonObject item = array.at(i).toObject();
        if (match(item)) {
            edit(item);
            array[i] = item;
            parent[arrayKey] = array;
            return;
        }
    }
    QFAIL(qPrintable(u"no such entry in "_s + arrayKey));
}

void editVariable(QJsonObject& root, const QString& code, const std::function<void(QJsonObject&)>& edit)
{
    editArrayItem(
        root, u"variables"_s, [&](const QJsonObject& o) { return o.value(u"code").toString() == code; }, edit);
}

void editValue(QJsonObject& root, const QString& variable, const QString& code,
               const std::function<void(QJsonObject&)>& edit)
{
    editVariable(root, variable, [&](QJsonObject& var) {
        editArrayItem(
            var, u"values"_s, [&](const QJsonObject& o) { return o.value(u"code").toString() == code; }, edit);
    });
}

void editMapping(QJsonObject& root, const QString& variable, const std::function<void(QJsonObject&)>& edit)
{
    editArrayItem(
        root, u"mappings"_s, [&](const QJsonObject& o) { return o.value(u"variable").toString() == variable; }, edit);
}

} // namespace

class TestCatalogValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pristineLoads();
    void refused_data();
    void refused();
    void notJson();
    void notAnObject();
    void brokenFileRefused();

private:
    QJsonObject m_root;
};

void TestCatalogValidation::initTestCase()
{
    QVERIFY(Catalog::loadBuiltin().ok()); // also registers the resource
    QFile file(Catalog::builtinPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    QVERIFY(document.isObject());
    m_root = document.object();
}

void TestCatalogValidation::pristineLoads()
{
    const Result<Catalog> loaded = Catalog::loadJson(QJsonDocument(m_root).toJson());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
}

void TestCatalogValidation::refused_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QStringList>("mentions"); // every one must appear in the error message

    QTest::newRow("duplicate variable code") << Mutation([](QJsonObject& root) {
        editVariable(root, u"ursprung"_s, [](QJsonObject& v) { v[u"code"] = u"kon"_s; });
    }) << QStringList{u"\"kon\""_s};
    QTest::newRow("duplicate value code") << Mutation([](QJsonObject& root) {
        editValue(root, u"aktualiseringsorsak"_s, u"ORSAK.KONFLIKTER_FAMILJ"_s,
                  [](QJsonObject& v) { v[u"code"] = u"ORSAK.BRISTER_OMSORG"_s; });
    }) << QStringList{u"\"aktualiseringsorsak\""_s, u"\"ORSAK.BRISTER_OMSORG\""_s};
    QTest::newRow("unknown malgrupp") << Mutation([](QJsonObject& root) {
        editValue(root, u"aktualiseringsorsak"_s, u"ORSAK.SKOLRELATERAD"_s, [](QJsonObject& v) {
            v[u"malgrupper"] = QJsonArray{u"BOU"_s, u"BARN"_s};
        });
    }) << QStringList{u"\"aktualiseringsorsak\""_s, u"\"ORSAK.SKOLRELATERAD\""_s, u"\"BARN\""_s};
    QTest::newRow("empty malgrupp list") << Mutation([](QJsonObject& root) {
        editValue(root, u"sip"_s, u"SIP.JA"_s, [](QJsonObject& v) { v[u"malgrupper"] = QJsonArray{}; });
    }) << QStringList{u"\"sip\""_s, u"\"SIP.JA\""_s, u"\"malgrupper\""_s};
    QTest::newRow("unknown parent") << Mutation([](QJsonObject& root) {
        editValue(root, u"insats"_s, u"YAA.05.15"_s, [](QJsonObject& v) { v[u"parent"] = u"YAA.05.99"_s; });
    }) << QStringList{u"\"insats\""_s, u"\"YAA.05.15\""_s, u"\"YAA.05.99\""_s};
    QTest::newRow("parent cycle") << Mutation([](QJsonObject& root) {
        editValue(root, u"insats"_s, u"YAA.05.00"_s, [](QJsonObject& v) { v[u"parent"] = u"YAA.05.15"_s; });
    }) << QStringList{u"\"insats\""_s, u"\"YAA.05."_s};
    QTest::newRow("self parent") << Mutation([](QJsonObject& root) {
        editValue(root, u"sip"_s, u"SIP.JA"_s, [](QJsonObject& v) { v[u"parent"] = u"SIP.JA"_s; });
    }) << QStringList{u"\"sip\""_s, u"\"SIP.JA\""_s};
    QTest::newRow("child valid where parent is not") << Mutation([](QJsonObject& root) {
        editValue(root, u"insats"_s, u"YAA.05.15"_s, [](QJsonObject& v) { v[u"malgrupper"] = QJsonArray{u"BOU"_s}; });
    }) << QStringList{u"\"insats\""_s, u"\"YAA.05.15\""_s, u"\"YAA.05.00\""_s};
    QTest::newRow("missing value label") << Mutation([](QJsonObject& root) {
        editValue(root, u"kon"_s, u"KON.POJKE_MAN"_s, [](QJsonObject& v) { v.remove(u"label"); });
    }) << QStringList{u"\"kon\""_s, u"\"KON.POJKE_MAN\""_s, u"\"label\""_s};
    QTest::newRow("missing value code") << Mutation([](QJsonObject& root) {
        editValue(root, u"kon"_s, u"KON.POJKE_MAN"_s, [](QJsonObject& v) { v.remove(u"code"); });
    }) << QStringList{u"\"kon\""_s, u"2"_s, u"\"code\""_s};
    QTest::newRow("missing variable help") << Mutation([](QJsonObject& root) {
        editVariable(root, u"alder"_s, [](QJsonObject& v) { v.remove(u"help"); });
    }) << QStringList{u"\"alder\""_s, u"\"help\""_s};
    QTest::newRow("empty variable label") << Mutation([](QJsonObject& root) {
        editVariable(root, u"alder"_s, [](QJsonObject& v) { v[u"label"] = u"  "_s; });
    }) << QStringList{u"\"alder\""_s, u"\"label\""_s};
    QTest::newRow("label not a string") << Mutation([](QJsonObject& root) {
        editVariable(root, u"alder"_s, [](QJsonObject& v) { v[u"label"] = 7; });
    }) << QStringList{u"\"alder\""_s, u"\"label\""_s};
    QTest::newRow("selectable not a bool") << Mutation([](QJsonObject& root) {
        editValue(root, u"insats"_s, u"YAA.05.00"_s, [](QJsonObject& v) { v[u"selectable"] = u"no"_s; });
    }) << QStringList{u"\"insats\""_s, u"\"YAA.05.00\""_s, u"\"selectable\""_s};
    QTest::newRow("unknown type") << Mutation([](QJsonObject& root) {
        editVariable(root, u"beslut_datum"_s, [](QJsonObject& v) { v[u"type"] = u"datum"_s; });
    }) << QStringList{u"\"beslut_datum\""_s, u"\"datum\""_s};
    QTest::newRow("unknown step") << Mutation([](QJsonObject& root) {
        editVariable(root, u"problematik"_s, [](QJsonObject& v) { v[u"step"] = u"utredning"_s; });
    }) << QStringList{u"\"problematik\""_s, u"\"utredning\""_s};
    QTest::newRow("unknown level") << Mutation([](QJsonObject& root) {
        editVariable(root, u"sip"_s, [](QJsonObject& v) { v[u"level"] = u"ärende"_s; });
    }) << QStringList{u"\"sip\""_s, u"\"ärende\""_s};
    QTest::newRow("unknown cardinality") << Mutation([](QJsonObject& root) {
        editVariable(root, u"insats"_s, [](QJsonObject& v) { v[u"cardinality"] = u"1..n"_s; });
    }) << QStringList{u"\"insats\""_s, u"\"1..n\""_s};
    QTest::newRow("unknown source") << Mutation([](QJsonObject& root) {
        editVariable(root, u"b3"_s, [](QJsonObject& v) { v[u"source"] = u"SKL2018"_s; });
    }) << QStringList{u"\"b3\""_s, u"\"SKL2018\""_s};
    QTest::newRow("misspelt field") << Mutation([](QJsonObject& root) {
        editValue(root, u"insats"_s, u"YAB.40.00"_s, [](QJsonObject& v) {
            v.remove(u"selectable");
            v[u"selectible"] = false;
        });
    }) << QStringList{u"\"insats\""_s, u"\"YAB.40.00\""_s, u"\"selectible\""_s};
    QTest::newRow("cyrillic e in value label") << Mutation([](QJsonObject& root) {
        // "Behov av omsorg" with U+0435 CYRILLIC SMALL LETTER IE for the first 'e', as in seed 000.
        editValue(root, u"aktualiseringsorsak"_s, u"ORSAK.BEHOV_OMSORG"_s,
                  [](QJsonObject& v) { v[u"label"] = u"B\u0435hov av omsorg"_s; });
    }) << QStringList{u"\"aktualiseringsorsak\""_s, u"\"ORSAK.BEHOV_OMSORG\""_s, u"U+0435"_s, u"\"label\""_s};
    QTest::newRow("cyrillic m in source label") << Mutation([](QJsonObject& root) {
        editValue(root, u"maluppfyllelse"_s, u"MAL.BBIC.POSITIV_EJ_UPPFYLLT"_s,
                  [](QJsonObject& v) { v[u"label_source"] = u"Positiv förändring \u043C\u00e5let inte uppfyllt"_s; });
    }) << QStringList{u"\"MAL.BBIC.POSITIV_EJ_UPPFYLLT\""_s, u"U+043C"_s, u"\"label_source\""_s};
    QTest::newRow("cyrillic d in help") << Mutation([](QJsonObject& root) {
        editVariable(root, u"tidigare_kontakt"_s, [](QJsonObject& v) { v[u"help"] = u"Om \u0434et finns kännedom"_s; });
    }) << QStringList{u"\"tidigare_kontakt\""_s, u"U+0434"_s, u"\"help\""_s};
    QTest::newRow("greek letter in note") << Mutation([](QJsonObject& root) {
        editValue(root, u"insats"_s, u"YAE.20.45"_s, [](QJsonObject& v) { v[u"note"] = u"\u03b1"_s; });
    }) << QStringList{u"\"YAE.20.45\""_s, u"U+03B1"_s};
    QTest::newRow("control character in label") << Mutation([](QJsonObject& root) {
        editValue(root, u"sip"_s, u"SIP.JA"_s, [](QJsonObject& v) { v[u"label"] = u"Ja,\tSIP finns"_s; });
    }) << QStringList{u"\"SIP.JA\""_s, u"U+0009"_s};
    QTest::newRow("decomposed a-ring") << Mutation([](QJsonObject& root) {
        editValue(root, u"sip"_s, u"SIP.JA"_s, [](QJsonObject& v) { v[u"label"] = u"Ja, SIP finns a\u030a"_s; });
    }) << QStringList{u"\"SIP.JA\""_s, u"U+030A"_s};
    QTest::newRow("space in value code") << Mutation([](QJsonObject& root) {
        editValue(root, u"sip"_s, u"SIP.JA"_s, [](QJsonObject& v) { v[u"code"] = u"SIP JA"_s; });
    }) << QStringList{u"\"sip\""_s, u"\"SIP JA\""_s};
    QTest::newRow("upper-case variable code") << Mutation([](QJsonObject& root) {
        editVariable(root, u"sip"_s, [](QJsonObject& v) { v[u"code"] = u"SIP"_s; });
    }) << QStringList{u"\"SIP\""_s};
    QTest::newRow("values on a date") << Mutation([](QJsonObject& root) {
        editVariable(root, u"avslut_datum"_s, [](QJsonObject& v) {
            v[u"values"] = QJsonArray{QJsonObject{{u"code"_s, u"X"_s}, {u"label"_s, u"X"_s}}};
        });
    }) << QStringList{u"\"avslut_datum\""_s};
    QTest::newRow("coded without values")
        << Mutation([](QJsonObject& root) { editVariable(root, u"b5"_s, [](QJsonObject& v) { v.remove(u"values"); }); })
        << QStringList{u"\"b5\""_s};
    QTest::newRow("values_from unknown") << Mutation([](QJsonObject& root) {
        editVariable(root, u"problematik"_s, [](QJsonObject& v) { v[u"values_from"] = u"aktualiseringsorsaker"_s; });
    }) << QStringList{u"\"problematik\""_s, u"\"aktualiseringsorsaker\""_s};
    QTest::newRow("duplicate label") << Mutation([](QJsonObject& root) {
        editValue(root, u"avslutsorsak"_s, u"AVSLUT.FLYTTAT"_s,
                  [](QJsonObject& v) { v[u"label"] = u"brukaren har  AVLIDIT"_s; });
    }) << QStringList{u"\"avslutsorsak\""_s, u"\"AVSLUT.AVLIDIT\""_s};
    QTest::newRow("unknown area") << Mutation([](QJsonObject& root) {
        editValue(root, u"insats"_s, u"YAE.20.45"_s, [](QJsonObject& v) { v[u"verksamhetsomrade"] = u"YAF"_s; });
    }) << QStringList{u"\"YAE.20.45\""_s, u"\"YAF\""_s};
    QTest::newRow("condition names unknown value") << Mutation([](QJsonObject& root) {
        editVariable(root, u"b2"_s, [](QJsonObject& v) {
            v[u"condition"] =
                QJsonObject{{u"variable"_s, QJsonArray{u"b1a"_s}}, {u"values"_s, QJsonArray{u"FORANDRING.BATTRE"_s}}};
        });
    }) << QStringList{u"\"b2\""_s, u"\"FORANDRING.BATTRE\""_s};
    QTest::newRow("condition names unknown variable") << Mutation([](QJsonObject& root) {
        editVariable(root, u"b2"_s, [](QJsonObject& v) {
            v[u"condition"] =
                QJsonObject{{u"variable"_s, QJsonArray{u"b1c"_s}}, {u"values"_s, QJsonArray{u"FORANDRING.INGEN"_s}}};
        });
    }) << QStringList{u"\"b2\""_s, u"\"b1c\""_s};
    QTest::newRow("mapping to unknown code") << Mutation([](QJsonObject& root) {
        editMapping(root, u"avslutsorsak"_s, [](QJsonObject& m) {
            editArrayItem(
                m, u"entries"_s,
                [](const QJsonObject& e) { return e.value(u"from_label").toString() == u"Andra orsaker"; },
                [](QJsonObject& e) { e[u"to"] = QJsonArray{u"AVSLUT.ANDRA"_s}; });
        });
    }) << QStringList{u"\"avslutsorsak\""_s, u"\"Andra orsaker\""_s, u"\"AVSLUT.ANDRA\""_s};
    QTest::newRow("mapping without target not reviewed") << Mutation([](QJsonObject& root) {
        editMapping(root, u"insats"_s, [](QJsonObject& m) {
            editArrayItem(
                m, u"entries"_s, [](const QJsonObject& e) { return e.value(u"from_label").toString() == u"LVM-hem"; },
                [](QJsonObject& e) {
                    e[u"to"] = QJsonArray{};
                    e[u"review"] = false;
                });
        });
    }) << QStringList{u"\"insats\""_s, u"\"LVM-hem\""_s};
    QTest::newRow("mapping label twice") << Mutation([](QJsonObject& root) {
        editMapping(root, u"ursprung"_s, [](QJsonObject& m) {
            editArrayItem(
                m, u"entries"_s, [](const QJsonObject& e) { return e.value(u"from_label").toString() == u"Vet inte"; },
                [](QJsonObject& e) { e[u"from_label"] = u"Född utanför Europa"_s; });
        });
    }) << QStringList{u"\"ursprung\""_s, u"\"Född utanför Europa\""_s};
    QTest::newRow("mapping of unknown variable") << Mutation([](QJsonObject& root) {
        editMapping(root, u"ursprung"_s, [](QJsonObject& m) { m[u"variable"] = u"ursprunget"_s; });
    }) << QStringList{u"\"ursprunget\""_s};
    QTest::newRow("unknown top-level malgrupp") << Mutation([](QJsonObject& root) {
        editArrayItem(
            root, u"malgrupper"_s, [](const QJsonObject& o) { return o.value(u"code").toString() == u"EKB"; },
            [](QJsonObject& o) { o[u"code"] = u"EB"_s; });
    }) << QStringList{u"\"EB\""_s};
    QTest::newRow("missing malgrupp list")
        << Mutation([](QJsonObject& root) { root.remove(u"malgrupper"); }) << QStringList{u"\"malgrupper\""_s};
    QTest::newRow("unknown step list entry") << Mutation([](QJsonObject& root) {
        editArrayItem(
            root, u"steps"_s, [](const QJsonObject& o) { return o.value(u"code").toString() == u"avsluta"; },
            [](QJsonObject& o) { o[u"code"] = u"utforma_uppdrag"_s; });
    }) << QStringList{u"\"utforma_uppdrag\""_s};
    QTest::newRow("unsupported format") << Mutation([](QJsonObject& root) { root[u"format"] = 2; })
                                        << QStringList{u"2"_s, u"1"_s};
    QTest::newRow("missing format") << Mutation([](QJsonObject& root) { root.remove(u"format"); })
                                    << QStringList{u"\"format\""_s};
    QTest::newRow("missing version") << Mutation([](QJsonObject& root) { root.remove(u"catalog_version"); })
                                     << QStringList{u"\"catalog_version\""_s};
    QTest::newRow("unknown top-level field")
        << Mutation([](QJsonObject& root) { root[u"variabler"] = QJsonArray{}; }) << QStringList{u"\"variabler\""_s};
    QTest::newRow("variable not an object") << Mutation([](QJsonObject& root) {
        QJsonArray variables = root.value(u"variables").toArray();
        variables.append(u"person_id"_s);
        root[u"variables"] = variables;
    }) << QStringList{u"28"_s};
}

void TestCatalogValidation::refused()
{
    QFETCH(Mutation, mutation);
    QFETCH(QStringList, mentions);
    QJsonObject root = m_root;
    mutation(root);
    const Result<Catalog> loaded = Catalog::loadJson(QJsonDocument(root).toJson());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, folja::ErrorCode::InvalidInput);
    for (const QString& mention : mentions) {
        QVERIFY2(loaded.error().message.contains(mention),
                 qPrintable(u"\""_s + mention + u"\" not in: "_s + loaded.error().message));
    }
}

void TestCatalogValidation::notJson()
{
    const Result<Catalog> loaded = Catalog::loadJson("{\"format\": 1, ");
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, folja::ErrorCode::InvalidInput);
}

void TestCatalogValidation::notAnObject()
{
    const Result<Catalog> loaded = Catalog::loadJson("[1, 2]");
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, folja::ErrorCode::InvalidInput);
}

void TestCatalogValidation::brokenFileRefused()
{
    QJsonObject root = m_root;
    editValue(root, u"ursprung"_s, u"URSPRUNG.VET_INTE"_s,
              [](QJsonObject& v) { v[u"malgrupper"] = QJsonArray{u"ALLA"_s}; });
    QTemporaryDir dir;
    QFile file(dir.filePath(u"catalog.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();
    const Result<Catalog> loaded = Catalog::loadFile(file.fileName());
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(u"\"URSPRUNG.VET_INTE\""));
    QVERIFY(loaded.error().message.contains(u"\"ALLA\""));
}

QTEST_GUILESS_MAIN(TestCatalogValidation)
#include "tst_catalog_validation.moc"
