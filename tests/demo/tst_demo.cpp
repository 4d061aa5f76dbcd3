#include "catalog/catalog.h"
#include "demo/demo.h"
#include "domain/validation.h"
#include "identity/age.h"
#include "identity/personid.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

using namespace folja;
using catalog::Malgrupp;

namespace {

// Every field of the data, in order, so that two data sets can be compared exactly.
QByteArray digest(const demo::DemoData& data)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString& s) {
        hash.addData(s.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    const auto addDate = [&add](QDate d) { add(d.isValid() ? d.toString(Qt::ISODate) : QString()); };
    const auto addList = [&add](const QStringList& l) { add(l.join(u'|')); };
    addList(data.handlaggare);
    addList(data.enheter);
    for (const domain::Person& p : data.persons) {
        add(QString::number(p.id));
        add(p.personId);
        add(QString::number(static_cast<int>(p.idType)));
        add(p.kon);
        addDate(p.birthDate);
        add(p.skyddad ? QStringLiteral("S") : QString());
        add(p.ursprung);
    }
    for (const domain::Arende& a : data.arenden) {
        for (const QString& s : {a.externalId, QString::number(a.personRef), a.malgrupp, a.enhet, a.owner,
                                 a.aktualiseringstyp, a.tidigareKontakt, a.hushallstyp})
            add(s);
        addDate(a.aktualiseringDatum);
        addDate(a.beslutDatum);
        addList(a.aktualiseringsorsak);
        addList(a.problematik);
        for (const domain::Insats& i : a.insatser) {
            add(i.ksi);
            add(i.catalogVersion);
            addDate(i.beslutDatum);
            addDate(i.verkstallandeDatum);
            addDate(i.avslutDatum);
            addList(i.avslutsorsak);
            for (const domain::Uppfoljning& u : i.uppfoljningar) {
                addDate(u.datum);
                for (const QString& s : {u.sip, u.maluppfyllelse, u.parallellaInsatser, u.genomforande, u.b1a, u.b1b,
                                         u.b2, u.b3, u.b4, u.b5})
                    add(s);
                addList(u.samverkan);
            }
        }
    }
    return hash.result();
}

Malgrupp malgruppOf(const domain::Arende& a)
{
    return catalog::malgruppFromCode(a.malgrupp).value_or(Malgrupp::Bou);
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private:
    catalog::Catalog m_catalog;
    demo::DemoOptions m_options;
    demo::DemoData m_data; // 5,000 persons, seed 42

    // Selectable values of a variable for a målgrupp, as a set of codes.
    QSet<QString> allowed(const QString& variable, Malgrupp m)
    {
        QSet<QString> codes;
        const catalog::Variable* v = m_catalog.variable(variable);
        if (!v)
            return codes;
        for (const catalog::Value* value : m_catalog.valuesFor(*v, m))
            codes.insert(value->code);
        return codes;
    }

    // Empty (bortfall) or an allowed value.
    bool validOne(const QString& variable, const QString& code, Malgrupp m)
    {
        return code.isEmpty() || allowed(variable, m).contains(code);
    }

    // Empty, or distinct allowed values of which an exclusive one stands alone.
    bool validMany(const QString& variable, const QStringList& codes, Malgrupp m)
    {
        const QSet<QString> ok = allowed(variable, m);
        if (QSet<QString>(codes.cbegin(), codes.cend()).size() != codes.size())
            return false;
        for (const QString& code : codes) {
            if (!ok.contains(code))
                return false;
            const catalog::Value* value = m_catalog.value(variable, code);
            if (value->exclusive && codes.size() > 1)
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        auto loaded = catalog::Catalog::loadBuiltin();
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        m_catalog = std::move(loaded).value();
        m_options.persons = 5000;
        m_options.seed = 42;
        m_data = demo::generate(m_catalog, m_options);
        QCOMPARE(m_data.persons.size(), 5000);
    }

    void deterministicPerSeed()
    {
        demo::DemoOptions options;
        options.persons = 400;
        options.seed = 7;
        const QByteArray first = digest(demo::generate(m_catalog, options));
        QCOMPARE(digest(demo::generate(m_catalog, options)), first);

        // The same generator twice, and streamed: the same data.
        demo::Generator generator(m_catalog, options);
        QCOMPARE(digest(generator.generate()), first);
        demo::DemoData streamed;
        streamed.handlaggare = generator.handlaggare();
        streamed.enheter = generator.enheter();
        generator.generate([&streamed](domain::Person&& p, QList<domain::Arende>&& arenden) {
            streamed.persons.append(p);
            streamed.arenden.append(arenden);
        });
        QCOMPARE(digest(streamed), first);

        options.seed = 8;
        QVERIFY(digest(demo::generate(m_catalog, options)) != first);

        // A prefix of a larger run is the same persons (generation is sequential per person).
        options.seed = 7;
        options.persons = 100;
        const demo::DemoData small = demo::generate(m_catalog, options);
        options.persons = 400;
        const demo::DemoData large = demo::generate(m_catalog, options);
        for (int i = 0; i < small.persons.size(); ++i)
            QCOMPARE(small.persons.at(i).personId, large.persons.at(i).personId);
    }

    void personIdsAreValid()
    {
        identity::ParseOptions parse;
        parse.referenceDate = m_options.today;
        const auto parser = identity::PersonIdParser::create(parse);
        QVERIFY(parser.ok());
        QSet<QString> seen;
        int samordning = 0;
        int skyddad = 0;
        int reserv = 0;
        for (int i = 0; i < m_data.persons.size(); ++i) {
            const domain::Person& p = m_data.persons.at(i);
            QCOMPARE(p.id, domain::Id(i + 1));
            const auto id = parser->parse(p.personId);
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
            QCOMPARE(id->normalized(), p.personId);
            QVERIFY(!seen.contains(p.personId));
            seen.insert(p.personId);
            switch (id->type()) {
            case identity::IdType::Personnummer:
                QCOMPARE(p.idType, domain::PersonIdType::Personnummer);
                break;
            case identity::IdType::Samordningsnummer:
                QCOMPARE(p.idType, domain::PersonIdType::Samordningsnummer);
                ++samordning;
                break;
            case identity::IdType::Reservnummer:
                QCOMPARE(p.idType, domain::PersonIdType::Reservnummer);
                ++reserv;
                break;
            }
            if (id->type() == identity::IdType::Reservnummer) {
                QVERIFY(!p.birthDate.isValid());
                QVERIFY(p.kon.isEmpty());
            } else {
                QCOMPARE(p.birthDate, id->birthDate());
                QCOMPARE(p.kon, id->kon() == identity::JuridisktKon::FlickaKvinna ? QStringLiteral("KON.FLICKA_KVINNA")
                                                                                  : QStringLiteral("KON.POJKE_MAN"));
            }
            skyddad += p.skyddad ? 1 : 0;
        }
        const double n = m_data.persons.size();
        QVERIFY2(samordning / n > 0.01 && samordning / n < 0.03, qPrintable(QString::number(samordning)));
        QVERIFY2(skyddad / n >= 0.001 && skyddad / n < 0.012, qPrintable(QString::number(skyddad)));
        QVERIFY(reserv < 0.01 * n);
    }

    void codedValuesValidForMalgrupp()
    {
        const catalog::Variable* mal = m_catalog.variable(u"maluppfyllelse");
        const catalog::Variable* b2 = m_catalog.variable(u"b2");
        QVERIFY(mal && b2 && b2->condition);
        QHash<domain::Id, const domain::Person*> persons;
        for (const domain::Person& p : m_data.persons)
            persons.insert(p.id, &p);

        for (const domain::Arende& a : m_data.arenden) {
            const std::optional<Malgrupp> parsed = catalog::malgruppFromCode(a.malgrupp);
            QVERIFY(parsed);
            const Malgrupp m = *parsed;
            const domain::Person* person = persons.value(a.personRef);
            QVERIFY(person);
            QVERIFY(validOne(QStringLiteral("ursprung"), person->ursprung, m));
            QVERIFY(validOne(QStringLiteral("aktualiseringstyp"), a.aktualiseringstyp, m));
            QVERIFY(validMany(QStringLiteral("aktualiseringsorsak"), a.aktualiseringsorsak, m));
            QVERIFY(a.aktualiseringsorsak.size() <= 3 && a.problematik.size() <= 3);
            QVERIFY(validOne(QStringLiteral("tidigare_kontakt"), a.tidigareKontakt, m));
            QVERIFY(validOne(QStringLiteral("hushallstyp"), a.hushallstyp, m));
            QVERIFY(validMany(QStringLiteral("problematik"), a.problematik, m));
            QVERIFY(a.insatser.size() <= 3);
            QSet<QString> ksi;
            for (const domain::Insats& i : a.insatser) {
                QVERIFY2(allowed(QStringLiteral("insats"), m).contains(i.ksi), qPrintable(i.ksi));
                QVERIFY(!ksi.contains(i.ksi));
                ksi.insert(i.ksi);
                QCOMPARE(i.catalogVersion, m_catalog.version());
                QVERIFY(validMany(QStringLiteral("avslutsorsak"), i.avslutsorsak, m));
                QVERIFY(i.avslutsorsak.isEmpty() || i.avslutDatum.isValid());
                for (const domain::Uppfoljning& u : i.uppfoljningar) {
                    QVERIFY(validOne(QStringLiteral("sip"), u.sip, m));
                    QVERIFY(validOne(QStringLiteral("maluppfyllelse"), u.maluppfyllelse, m));
                    if (!u.maluppfyllelse.isEmpty()) {
                        QCOMPARE(m_catalog.value(u"maluppfyllelse", u.maluppfyllelse)->valueSet,
                                 m_catalog.valueSetFor(*mal, m));
                    }
                    QVERIFY(validMany(QStringLiteral("samverkan"), u.samverkan, m));
                    QVERIFY(validOne(QStringLiteral("parallella_insatser"), u.parallellaInsatser, m));
                    QVERIFY(validOne(QStringLiteral("genomforande"), u.genomforande, m));
                    QVERIFY(validOne(QStringLiteral("b1a"), u.b1a, m));
                    QVERIFY(validOne(QStringLiteral("b1b"), u.b1b, m));
                    QVERIFY(validOne(QStringLiteral("b2"), u.b2, m));
                    QVERIFY(validOne(QStringLiteral("b3"), u.b3, m));
                    QVERIFY(validOne(QStringLiteral("b4"), u.b4, m));
                    QVERIFY(validOne(QStringLiteral("b5"), u.b5, m));
                    if (!u.b2.isEmpty()) { // only when B1a or B1b improved
                        const QStringList& improved = b2->condition->values;
                        QVERIFY(improved.contains(u.b1a) || improved.contains(u.b1b));
                    }
                }
            }
            // The shared registration rules agree: no blocking error in any generated ärende.
            const QList<domain::Issue> issues = domain::validate(a, m_catalog, m_options.today);
            for (const domain::Issue& issue : issues)
                QVERIFY2(issue.severity != domain::Severity::Fel, qPrintable(issue.variable + u' ' + issue.message));
        }
    }

    void datesInProcessOrder()
    {
        const QDate today = m_options.today;
        const QDate start = today.addYears(-m_options.years);
        int uppfoljningar = 0;
        for (const domain::Arende& a : m_data.arenden) {
            QVERIFY(a.aktualiseringDatum.isValid());
            QVERIFY(a.aktualiseringDatum >= start && a.aktualiseringDatum <= today);
            QDate floor = a.aktualiseringDatum;
            if (a.beslutDatum.isValid()) {
                QVERIFY(a.beslutDatum >= floor && a.beslutDatum <= today);
                const int gap = int(a.aktualiseringDatum.daysTo(a.beslutDatum));
                QVERIFY(gap >= 5 && gap <= 60);
                floor = a.beslutDatum;
            }
            for (const domain::Insats& i : a.insatser) {
                QDate last = floor;
                const auto step = [&last, today](QDate d) {
                    if (!d.isValid())
                        return true;
                    const bool ok = d >= last && d <= today;
                    last = d;
                    return ok;
                };
                QVERIFY(step(i.beslutDatum));
                if (i.beslutDatum.isValid() && i.verkstallandeDatum.isValid())
                    QVERIFY(i.beslutDatum.daysTo(i.verkstallandeDatum) <= 45);
                QVERIFY(step(i.verkstallandeDatum));
                for (const domain::Uppfoljning& u : i.uppfoljningar) {
                    QVERIFY(u.datum.isValid());
                    QVERIFY(step(u.datum));
                    ++uppfoljningar;
                }
                QVERIFY(step(i.avslutDatum));
                if (i.verkstallandeDatum.isValid() && i.avslutDatum.isValid()) {
                    const qint64 duration = i.verkstallandeDatum.daysTo(i.avslutDatum);
                    QVERIFY(duration >= 30 && duration <= 700);
                }
            }
        }
        QVERIFY(uppfoljningar > 0);
    }

    void agesFitTheMalgrupp()
    {
        QHash<domain::Id, const domain::Person*> persons;
        for (const domain::Person& p : m_data.persons)
            persons.insert(p.id, &p);
        const QHash<Malgrupp, QPair<int, int>> ranges{{Malgrupp::Bou, {0, 20}},
                                                      {Malgrupp::Vux, {18, 79}},
                                                      {Malgrupp::Aldre, {65, 104}},
                                                      {Malgrupp::Funk, {0, 90}},
                                                      {Malgrupp::Ekb, {18, 79}}};
        for (const domain::Arende& a : m_data.arenden) {
            const domain::Person* p = persons.value(a.personRef);
            if (!p->birthDate.isValid())
                continue; // reservnummer: age unknown
            const int age = identity::ageAt(p->birthDate, a.aktualiseringDatum);
            const auto range = ranges.value(malgruppOf(a));
            QVERIFY2(age >= range.first && age <= range.second, qPrintable(a.malgrupp + u' ' + QString::number(age)));
        }
    }

    void proportionsAsConfigured()
    {
        QHash<QString, int> perMalgrupp;
        QHash<domain::Id, int> perPerson;
        int decided = 0;
        int withoutInsats = 0;
        int insatser = 0;
        int closed = 0;
        int withReason = 0;
        for (const domain::Arende& a : m_data.arenden) {
            ++perMalgrupp[a.malgrupp];
            ++perPerson[a.personRef];
            if (a.beslutDatum.isValid() || !a.problematik.isEmpty()) {
                ++decided;
                withoutInsats += a.insatser.isEmpty() ? 1 : 0;
            }
            for (const domain::Insats& i : a.insatser) {
                ++insatser;
                closed += i.avslutDatum.isValid() ? 1 : 0;
                withReason += i.avslutsorsak.isEmpty() ? 0 : 1;
            }
        }
        const double n = m_data.arenden.size();
        const double total = m_options.malgruppShares[0] + m_options.malgruppShares[1] + m_options.malgruppShares[2] +
                             m_options.malgruppShares[3] + m_options.malgruppShares[4];
        for (int i = 0; i < 5; ++i) {
            const QString code = catalog::malgruppCode(catalog::kAllMalgrupper.at(i));
            const double expected = m_options.malgruppShares.at(i) / total;
            const double actual = perMalgrupp.value(code) / n;
            QVERIFY2(qAbs(actual - expected) < 0.04, qPrintable(code + u' ' + QString::number(actual)));
        }
        QCOMPARE(perPerson.size(), m_data.persons.size()); // every person has an ärende
        for (const int count : std::as_const(perPerson))
            QVERIFY(count >= 1 && count <= 2);
        const double arendenPerPerson = n / m_data.persons.size();
        QVERIFY(arendenPerPerson > 1.2 && arendenPerPerson < 1.5);
        QVERIFY2(withoutInsats / double(decided) > 0.06 && withoutInsats / double(decided) < 0.16,
                 qPrintable(QString::number(withoutInsats / double(decided))));
        const double insatserPerArende = insatser / n;
        QVERIFY2(insatserPerArende > 1.5 && insatserPerArende < 2.1, qPrintable(QString::number(insatserPerArende)));
        QVERIFY2(closed / double(insatser) > 0.45 && closed / double(insatser) < 0.75,
                 qPrintable(QString::number(closed / double(insatser))));
        QVERIFY(withReason <= closed && withReason > 0.85 * closed);

        // Spread over handläggare and enheter as announced.
        QCOMPARE(m_data.handlaggare.size(), 12); // max(5, 5000 / 400)
        QCOMPARE(m_data.handlaggare.first(), QStringLiteral("demo1"));
        QCOMPARE(m_data.handlaggare.last(), QStringLiteral("demo12"));
        QHash<QString, int> perOwner;
        for (const domain::Arende& a : m_data.arenden) {
            QVERIFY(m_data.handlaggare.contains(a.owner));
            QVERIFY(m_data.enheter.contains(a.enhet));
            ++perOwner[a.owner];
        }
        QCOMPARE(perOwner.size(), m_data.handlaggare.size()); // everyone has ärenden
    }

    void bortfallPresentButBounded()
    {
        // Share of empty values among the records where the variable applies.
        struct Count {
            int missing = 0;
            int total = 0;
            double share() const { return total ? double(missing) / total : 0; }
            void add(bool empty)
            {
                ++total;
                missing += empty ? 1 : 0;
            }
        };
        Count ursprung, typ, orsak, problematik, beslut, sip, mal, samverkan, avslutsorsak, b3, uppfoljd;
        for (const domain::Person& p : m_data.persons)
            ursprung.add(p.ursprung.isEmpty());
        for (const domain::Arende& a : m_data.arenden) {
            typ.add(a.aktualiseringstyp.isEmpty());
            orsak.add(a.aktualiseringsorsak.isEmpty());
            if (!a.insatser.isEmpty()) {
                problematik.add(a.problematik.isEmpty());
                beslut.add(!a.beslutDatum.isValid());
            }
            for (const domain::Insats& i : a.insatser) {
                if (i.avslutDatum.isValid())
                    avslutsorsak.add(i.avslutsorsak.isEmpty());
                if (i.verkstallandeDatum.isValid() && i.verkstallandeDatum.daysTo(m_options.today) > 200)
                    uppfoljd.add(i.uppfoljningar.isEmpty());
                for (const domain::Uppfoljning& u : i.uppfoljningar) {
                    sip.add(u.sip.isEmpty());
                    mal.add(u.maluppfyllelse.isEmpty());
                    samverkan.add(u.samverkan.isEmpty());
                    b3.add(u.b3.isEmpty());
                }
            }
        }
        const auto between = [](const Count& c, double low, double high) {
            return c.total > 100 && c.share() > low && c.share() < high;
        };
        QVERIFY2(between(ursprung, 0.03, 0.15), qPrintable(QString::number(ursprung.share())));
        QVERIFY2(between(typ, 0.005, 0.08), qPrintable(QString::number(typ.share())));
        QVERIFY2(between(orsak, 0.01, 0.10), qPrintable(QString::number(orsak.share())));
        QVERIFY2(between(problematik, 0.01, 0.12), qPrintable(QString::number(problematik.share())));
        QVERIFY2(between(beslut, 0.002, 0.06), qPrintable(QString::number(beslut.share())));
        QVERIFY2(between(sip, 0.05, 0.20), qPrintable(QString::number(sip.share())));
        QVERIFY2(between(mal, 0.03, 0.15), qPrintable(QString::number(mal.share())));
        QVERIFY2(between(samverkan, 0.10, 0.30), qPrintable(QString::number(samverkan.share())));
        QVERIFY2(between(avslutsorsak, 0.02, 0.15), qPrintable(QString::number(avslutsorsak.share())));
        QVERIFY2(between(b3, 0.55, 0.80), qPrintable(QString::number(b3.share()))); // brukarfrågor: often not asked
        QVERIFY2(between(uppfoljd, 0.05, 0.25), qPrintable(QString::number(uppfoljd.share()))); // externt bortfall

        // Without bortfall every variable that applies is filled in.
        demo::DemoOptions complete;
        complete.persons = 500;
        complete.bortfallScale = 0;
        const demo::DemoData full = demo::generate(m_catalog, complete);
        for (const domain::Person& p : full.persons)
            QVERIFY(!p.ursprung.isEmpty());
        for (const domain::Arende& a : full.arenden) {
            QVERIFY(!a.aktualiseringstyp.isEmpty() && !a.aktualiseringsorsak.isEmpty() && !a.tidigareKontakt.isEmpty());
            QVERIFY(a.insatser.isEmpty() || (a.beslutDatum.isValid() && !a.problematik.isEmpty()));
            for (const domain::Insats& i : a.insatser) {
                QVERIFY(i.beslutDatum.isValid());
                QVERIFY(i.avslutDatum.isValid() == !i.avslutsorsak.isEmpty());
                for (const domain::Uppfoljning& u : i.uppfoljningar)
                    QVERIFY(!u.sip.isEmpty() && !u.maluppfyllelse.isEmpty() && !u.samverkan.isEmpty());
            }
        }
    }

    void fewPersonsAndOptions()
    {
        demo::DemoOptions options;
        options.persons = 0;
        const demo::DemoData none = demo::generate(m_catalog, options);
        QVERIFY(none.persons.isEmpty() && none.arenden.isEmpty());
        QCOMPARE(none.handlaggare.size(), 5);

        options.persons = 30;
        options.handlaggareCount = 2;
        options.handlaggarePrefix = QStringLiteral("hl");
        options.malgruppShares = {0, 0, 1, 0, 0}; // only äldre
        demo::Generator generator(m_catalog, options);
        QCOMPARE(generator.handlaggare(), (QStringList{QStringLiteral("hl1"), QStringLiteral("hl2")}));
        QVERIFY(!generator.enhetOf(QStringLiteral("hl1")).isEmpty());
        const demo::DemoData data = generator.generate();
        QCOMPARE(data.persons.size(), 30);
        for (const domain::Arende& a : data.arenden) {
            QVERIFY(data.handlaggare.contains(a.owner));
            // A second ärende may be in another målgrupp that fits the person's age.
            const auto m = malgruppOf(a);
            QVERIFY(m == Malgrupp::Aldre || m == Malgrupp::Vux || m == Malgrupp::Funk || m == Malgrupp::Ekb);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
