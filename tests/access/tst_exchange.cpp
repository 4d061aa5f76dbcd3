// Issue 13, exchange packages: a handläggare's laptop database and the SU-team's database, edits
// on both sides, packages both ways. Checks: a package holds no plaintext (Person-ID, comment,
// user name, arende key, label); only one's own ärenden travel; the SU import creates them, owned
// by the same handläggare, and the live analysis snapshot sees them at once; importing again
// changes nothing; ärenden changed on both sides are in the conflict report and the newer edit
// wins; after the exchange both sides hold the same content, and the merged database's cross-tab
// is the union of the sources'. A flipped byte, a truncated file, another passphrase, a foreign
// file, an unknown handläggare: refused, the database byte-identical (sha256).

#include "access/accounts.h"
#include "access/arendeservice.h"
#include "access/auditlog.h"
#include "access/exchange.h"
#include "access/session.h"
#include "analysis/crosstab.h"
#include "analysis/snapshot.h"
#include "catalog/catalog.h"
#include "demo/demo.h"
#include "identity/personid.h"
#include "io/analysisdata.h"
#include "io/demodatabase.h"
#include "store/database.h"
#include "store/repository.h"
#include "testcheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <vector>

using namespace folja;
using namespace folja::access;

namespace {

const QString kPw = QStringLiteral("admin-password");
const QString kAnnaPw = QStringLiteral("anna-password");
const QString kPassphrase = QStringLiteral("korrekt häst batteri häftstift");
const QString kComment = QStringLiteral("HEMLIG-KOMMENTAR-XQ9");
constexpr int kLaptopArenden = 24;
constexpr quint32 kFastIterations = exchange::kTestMinIterations;

SessionOptions fast()
{
    SessionOptions o;
    o.kdf = KdfParams::fastForTests();
    return o;
}

QByteArray sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "<missing>";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The store opened directly (no session may have the file open).
std::unique_ptr<store::Database> openStore(const QString& path)
{
    store::OpenOptions o;
    o.kdf = store::KdfParams::fastForTests();
    auto db = store::Database::open(path, QStringLiteral("admin"), kPw, o);
    if (!db)
        qWarning() << db.error().message;
    return db ? std::move(db).value() : nullptr;
}

// Everything the registered data consist of, in a stable text form (record keys and the timestamps
// of creation left out: not what an import changes).
QString dataDump(const QString& path)
{
    auto db = openStore(path);
    if (!FOLJA_CHECK(db))
        return {};
    QString out;
    for (const char* sql :
         {"SELECT id, external_id, person_id, malgrupp, enhet, owner_account_id, aktualisering_datum, "
          "aktualiseringstyp, tidigare_kontakt, hushallstyp, beslut_datum, ursprung, skyddad, updated_at, record_key "
          "FROM arenden ORDER BY id",
          "SELECT * FROM arende_values ORDER BY 1, 2, 3", "SELECT * FROM insatser ORDER BY id",
          "SELECT * FROM insats_values ORDER BY 1, 2, 3, 4", "SELECT * FROM uppfoljningar ORDER BY id",
          "SELECT * FROM uppfoljning_values ORDER BY 1, 2, 3, 4", "SELECT * FROM comments ORDER BY 1, 2, 3, 4",
          "SELECT id, hex(pseudonym), id_type, kon, birth_date, kon_entered, alder_entered FROM persons ORDER BY id",
          "SELECT arende_id, stable_id, hex(base_hash) FROM exchange_state ORDER BY arende_id"}) {
        auto st = db->connection().prepare(sql);
        if (!FOLJA_CHECK(st))
            return {};
        for (;;) {
            auto row = st->step();
            if (!FOLJA_CHECK(row) || !*row)
                break;
            for (int c = 0; c < st->columnCount(); ++c)
                out += st->columnText(c) + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
        out += QStringLiteral("--\n");
    }
    return out;
}

// Unsuppressed counts per målgrupp × kön × insats × måluppfyllelse (per insats) and per målgrupp ×
// enhet (per ärende), from the engine over everything stored.
QMap<QString, qint64> counts(const QString& path, const catalog::Catalog& catalog)
{
    QMap<QString, qint64> out;
    auto db = openStore(path);
    if (!FOLJA_CHECK(db))
        return out;
    store::ArendeRepository repo(*db);
    auto persons = repo.loadAllPersons();
    auto arenden = repo.loadAllArenden();
    if (!FOLJA_CHECK(persons && arenden))
        return out;
    const analysis::Snapshot snapshot = analysis::Snapshot::build(*persons, *arenden);
    for (const QString& malgrupp : {QStringLiteral("BOU"), QStringLiteral("VUX"), QStringLiteral("ALDRE"),
                                    QStringLiteral("FUNK"), QStringLiteral("EKB")}) {
        for (const QStringList& dims :
             {QStringList{QStringLiteral("kon"), QStringLiteral("insats"), QStringLiteral("maluppfyllelse")},
              QStringList{QStringLiteral("enhet"), QStringLiteral("aktualiseringstyp")}}) {
            analysis::Query q;
            q.unit = dims.size() == 3 ? analysis::Unit::Insats : analysis::Unit::Arende;
            q.dimensions = dims;
            q.filters = {analysis::Filter{QStringLiteral("malgrupp"), {malgrupp}}};
            q.mode = analysis::Mode::InternAnalys;
            q.minCell = analysis::Query::kMinMinCell;
            auto table = analysis::crossTabulate(snapshot, catalog, q);
            if (!FOLJA_CHECK(table))
                return out;
            const int d = int(table->dimensions.size());
            std::vector<int> idx(std::size_t(d), 0);
            for (;;) {
                const qint64 n = table->cell(idx).n;
                if (n != 0) {
                    QString key = malgrupp + QLatin1Char('/') + dims.join(QLatin1Char('x'));
                    for (int k = 0; k < d; ++k)
                        key += QLatin1Char('|') + table->dimensions[k].categories[idx[std::size_t(k)]].code;
                    out[key] += n;
                }
                int k = d - 1;
                while (k >= 0 && ++idx[std::size_t(k)] == int(table->dimensions[k].categories.size()))
                    idx[std::size_t(k--)] = 0;
                if (k < 0)
                    break;
            }
        }
    }
    return out;
}

QMap<QString, qint64> plus(QMap<QString, qint64> a, const QMap<QString, qint64>& b)
{
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        a[it.key()] += it.value();
    return a;
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_laptop; // anna's laptop: admin + anna (+ bertil, unknown to the SU database)
    QString m_su;     // the SU-team's database: demo data, admin, anna
    std::optional<catalog::Catalog> m_catalog;
    QStringList m_forbidden; // must never appear in a package's bytes
    QMap<QString, qint64> m_suBefore;

    std::unique_ptr<Session> signIn(const QString& path, const QString& user, const QString& pw)
    {
        auto s = Session::signIn(path, user, pw, fast());
        if (!s)
            qWarning() << s.error().message;
        return s ? std::move(s).value() : nullptr;
    }

    Result<ExchangeExportSummary> exportAs(const QString& path, const QString& user, const QString& pw,
                                           const QString& out, QDate since = {})
    {
        auto s = signIn(path, user, pw);
        if (!s)
            return makeError(ErrorCode::Internal, QStringLiteral("no session"));
        ExchangeExportRequest request;
        request.outPath = out;
        request.since = since;
        request.passphrase = kPassphrase;
        request.iterations = kFastIterations;
        return ExchangeService(*s, *m_catalog).exportPackage(request);
    }

    Result<ExchangeImportReport> importAs(const QString& path, const QString& user, const QString& pw,
                                          const QString& in, const QString& passphrase = kPassphrase,
                                          const QString& owner = {})
    {
        auto s = signIn(path, user, pw);
        if (!s)
            return makeError(ErrorCode::Internal, QStringLiteral("no session"));
        ExchangeImportRequest request;
        request.inPath = in;
        request.passphrase = passphrase;
        request.owner = owner;
        return ExchangeService(*s, *m_catalog).importPackage(request);
    }

    QString file(const QString& name) const { return m_dir.filePath(name); }

    // Sets arenden.updated_at of the ärende with this arende_id (the repository stamps the wall
    // clock in seconds; the test decides which edit is newer).
    void setUpdatedAt(const QString& path, const QString& externalId, const QString& when)
    {
        auto db = openStore(path);
        QVERIFY(db);
        auto st = db->connection().prepare("UPDATE arenden SET updated_at = ? WHERE external_id = ?");
        QVERIFY(st);
        QVERIFY(st->bind(1, when).bind(2, externalId).run());
        QCOMPARE(db->connection().changes(), 1);
    }

    // Edits the ärende with this arende_id through the access layer (as `user`).
    void edit(const QString& path, const QString& user, const QString& pw, const QString& externalId,
              const std::function<void(domain::Arende&)>& change)
    {
        auto s = signIn(path, user, pw);
        QVERIFY(s);
        ArendeService service(*s);
        auto list = service.list();
        QVERIFY(list);
        for (const ArendeSummary& summary : *list) {
            if (summary.externalId != externalId)
                continue;
            auto arende = service.get(summary.id);
            QVERIFY(arende);
            change(*arende);
            QVERIFY(service.save(*arende));
            return;
        }
        QFAIL(qPrintable(QStringLiteral("no ärende %1").arg(externalId)));
    }

    // The content of each of anna's ärenden (by arende_id, or by stable id when it has none).
    QMap<QString, QByteArray> annasContent(const QString& path)
    {
        QMap<QString, QByteArray> out;
        auto db = openStore(path);
        if (!FOLJA_CHECK(db))
            return out;
        store::ArendeRepository repo(*db);
        auto list = repo.listByOwner(QStringLiteral("anna"));
        if (!FOLJA_CHECK(list))
            return out;
        for (const store::ArendeSummary& s : *list) {
            auto a = repo.load(s.id);
            auto p = a ? repo.loadPerson(a->personRef, store::PersonIdAccess::Decrypt)
                       : Result<domain::Person>(makeError(ErrorCode::Internal, {}));
            if (!FOLJA_CHECK(a && p))
                return out;
            QString key = a->externalId;
            if (key.isEmpty()) {
                auto st = db->connection().prepare("SELECT stable_id FROM exchange_state WHERE arende_id = ?");
                st->bind(1, s.id);
                auto row = st->step();
                key = (row && *row) ? st->columnText(0) : QStringLiteral("?%1").arg(s.id);
            }
            out.insert(key, ExchangePackage::contentHash(*p, *a));
        }
        return out;
    }

    void removeBertilsArende()
    {
        auto admin = signIn(m_laptop, QStringLiteral("admin"), kPw);
        QVERIFY(admin);
        ArendeService service(*admin);
        auto list = service.list();
        QVERIFY(list);
        int removed = 0;
        for (const ArendeSummary& s : *list) {
            if (s.owner == QLatin1String("bertil")) {
                QVERIFY(service.remove(s.id));
                ++removed;
            }
        }
        QCOMPARE(removed, 1);
    }

    void expectRefused(const QString& package, const QString& passphrase, const QString& why)
    {
        const QByteArray before = sha256(m_su) + sha256(Session::keyFilePath(m_su));
        auto refused = importAs(m_su, QStringLiteral("admin"), kPw, package, passphrase);
        QVERIFY2(!refused, qPrintable(why));
        QVERIFY2(!refused.error().message.isEmpty(), qPrintable(why));
        QVERIFY2(refused.error().message.contains(QFileInfo(package).fileName()),
                 qPrintable(why + QStringLiteral(": ") + refused.error().message));
        QCOMPARE(sha256(m_su) + sha256(Session::keyFilePath(m_su)), before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto catalog = catalog::Catalog::loadBuiltin();
        QVERIFY(catalog);
        m_catalog.emplace(std::move(catalog).value());

        // The SU-team's database: demo data of other handläggare, and an account for anna.
        m_su = file(QStringLiteral("su.folja"));
        {
            auto created = Session::createDatabase(m_su, QStringLiteral("admin"), kPw, fast());
            QVERIFY(created);
            io::DemoFill fill;
            fill.persons = 120;
            fill.seed = 7;
            fill.password = kAnnaPw;
            QVERIFY(io::fillWithDemoData(*created->session, *m_catalog, fill));
            QVERIFY(Accounts(*created->session)
                        .add(QStringLiteral("anna"), QStringLiteral("Anna"), Role::Handlaggare, kAnnaPw));
        }

        // Anna's laptop: her own ärenden, registered in Följa (some with a source key, some without).
        m_laptop = file(QStringLiteral("laptop.folja"));
        {
            auto created = Session::createDatabase(m_laptop, QStringLiteral("admin"), kPw, fast());
            QVERIFY(created);
            Accounts accounts(*created->session);
            QVERIFY(accounts.add(QStringLiteral("anna"), QStringLiteral("Anna"), Role::Handlaggare, kAnnaPw));
            QVERIFY(accounts.add(QStringLiteral("bertil"), QStringLiteral("Bertil"), Role::Handlaggare, kAnnaPw));
        }
        demo::DemoOptions options;
        options.persons = 40;
        options.seed = 11;
        options.bortfallScale = 0.3;
        const demo::DemoData data = demo::generate(*m_catalog, options);
        auto anna = signIn(m_laptop, QStringLiteral("anna"), kAnnaPw);
        QVERIFY(anna);
        ArendeService service(*anna);
        int n = 0;
        for (domain::Arende a : data.arenden) {
            if (n == kLaptopArenden)
                break;
            domain::Person person = data.persons[int(a.personRef) - 1];
            person.id = domain::kNoId;
            QVERIFY(service.registerPerson(person));
            a.personRef = person.id;
            a.owner = QStringLiteral("anna");
            a.externalId = n % 4 == 3
                               ? QString()
                               : QStringLiteral("L-%1").arg(QString::number(n + 1).rightJustified(3, QLatin1Char('0')));
            if (n == 0)
                a.comments.insert(QStringLiteral("aktualiseringsorsak"), kComment);
            QVERIFY2(service.save(a), qPrintable(QString::number(n)));
            m_forbidden << person.personId << person.personId.right(10);
            if (!a.externalId.isEmpty())
                m_forbidden << a.externalId;
            ++n;
        }
        QCOMPARE(n, kLaptopArenden);
        anna.reset();
        m_forbidden << kComment << QStringLiteral("anna") << QStringLiteral("Anna") << QStringLiteral("BOU")
                    << QStringLiteral("YAC.") << QStringLiteral("Pojke") << QStringLiteral("KON.");

        // Bertil's one ärende: a package of a handläggare the SU database does not know.
        auto bertil = signIn(m_laptop, QStringLiteral("bertil"), kAnnaPw);
        QVERIFY(bertil);
        ArendeService bs(*bertil);
        domain::Person person = data.persons.last();
        person.id = domain::kNoId;
        QVERIFY(bs.registerPerson(person));
        domain::Arende a = data.arenden.last();
        a.personRef = person.id;
        a.owner = QStringLiteral("bertil");
        a.externalId = QStringLiteral("B-1");
        QVERIFY(bs.save(a));
        bertil.reset();

        m_suBefore = counts(m_su, *m_catalog);
        QVERIFY(m_suBefore.size() > 20);
    }

    void exportHoldsOnlyOwnArendenAndNoPlaintext()
    {
        const QString p1 = file(QStringLiteral("p1.foljapaket"));
        auto summary = exportAs(m_laptop, QStringLiteral("anna"), kAnnaPw, p1);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->arenden, kLaptopArenden); // not bertil's
        QVERIFY(summary->insatser > 0);
        QCOMPARE(summary->bytes, QFileInfo(p1).size());
        const QByteArray bytes = readAll(p1);
        QVERIFY(bytes.startsWith("FOLJAXCH"));
        for (const QString& text : std::as_const(m_forbidden)) {
            QVERIFY2(!bytes.contains(text.toUtf8()), qPrintable(text));
            QVERIFY2(!bytes.contains(text.toLatin1()), qPrintable(text));
        }
        // The payload inside is the right one, and holds only anna's ärenden.
        auto opened = ExchangePackage::open(bytes, kPassphrase);
        QVERIFY(opened);
        auto payload = ExchangePackage::decodePayload(*opened);
        QVERIFY2(payload, payload ? "" : qPrintable(payload.error().message));
        QCOMPARE(payload->handlaggare, QStringLiteral("anna"));
        QCOMPARE(payload->records.size(), kLaptopArenden);
        for (const ExchangeRecord& r : payload->records) {
            QCOMPARE(r.arende.owner, QStringLiteral("anna"));
            QVERIFY(r.arende.externalId != QLatin1String("B-1"));
        }
        QVERIFY(opened->contains(kComment.toUtf8())); // the comment travels, encrypted

        // Two packages of the same data differ completely (fresh salt and nonce).
        const QString again = file(QStringLiteral("p1-again.foljapaket"));
        QVERIFY(exportAs(m_laptop, QStringLiteral("anna"), kAnnaPw, again));
        QVERIFY(readAll(again).mid(16, 28) != bytes.mid(16, 28));

        // Changed since a date after every edit: an empty package.
        auto none = exportAs(m_laptop, QStringLiteral("anna"), kAnnaPw, file(QStringLiteral("none.foljapaket")),
                             QDate::currentDate().addDays(1));
        QVERIFY(none);
        QCOMPARE(none->arenden, 0);

        // Only a handläggare sends a package (of their own ärenden); the refusal writes nothing.
        const QByteArray before = sha256(m_laptop);
        auto admin = exportAs(m_laptop, QStringLiteral("admin"), kPw, file(QStringLiteral("admin.foljapaket")));
        QVERIFY(!admin);
        QCOMPARE(admin.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("admin.foljapaket"))));
        QCOMPARE(sha256(m_laptop), before);
    }

    void damagedPackagesAreRefusedAndChangeNothing()
    {
        const QByteArray good = readAll(file(QStringLiteral("p1.foljapaket")));
        QVERIFY(good.size() > 200);
        // One byte flipped: in the magic, the version, the iterations, the salt, the nonce, the length,
        // the ciphertext (start, middle, end) and the tag.
        for (qsizetype at : {qsizetype(0), qsizetype(9), qsizetype(13), qsizetype(20), qsizetype(40), qsizetype(50),
                             qsizetype(56), good.size() / 2, good.size() - 17, good.size() - 1}) {
            QByteArray bad = good;
            bad[at] = char(bad[at] ^ 0x01);
            const QString path = file(QStringLiteral("flip-%1.foljapaket").arg(at));
            QVERIFY(writeAll(path, bad));
            expectRefused(path, kPassphrase, QStringLiteral("flipped at %1").arg(at));
        }
        const QString truncated = file(QStringLiteral("truncated.foljapaket"));
        QVERIFY(writeAll(truncated, good.left(good.size() - 100)));
        expectRefused(truncated, kPassphrase, QStringLiteral("truncated"));
        const QString headerOnly = file(QStringLiteral("header-only.foljapaket"));
        QVERIFY(writeAll(headerOnly, good.left(30)));
        expectRefused(headerOnly, kPassphrase, QStringLiteral("header only"));
        const QString extended = file(QStringLiteral("extended.foljapaket"));
        QVERIFY(writeAll(extended, good + "x"));
        expectRefused(extended, kPassphrase, QStringLiteral("extended"));
        expectRefused(file(QStringLiteral("p1.foljapaket")), QStringLiteral("another passphrase entirely"),
                      QStringLiteral("other passphrase"));
        // Foreign files: a database file, a text file, nothing.
        expectRefused(m_laptop, kPassphrase, QStringLiteral("a database"));
        const QString text = file(QStringLiteral("text.foljapaket"));
        QVERIFY(writeAll(text, "arende_id,person_id\nA,191212121212\n"));
        expectRefused(text, kPassphrase, QStringLiteral("text"));
        const QString empty = file(QStringLiteral("empty.foljapaket"));
        QVERIFY(writeAll(empty, {}));
        expectRefused(empty, kPassphrase, QStringLiteral("empty"));

        // The messages say what is wrong, in Swedish when translated (tst_translations checks the
        // catalogue); here the kind of refusal.
        auto wrong = importAs(m_su, QStringLiteral("admin"), kPw, file(QStringLiteral("p1.foljapaket")),
                              QStringLiteral("another passphrase entirely"));
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        auto cut = importAs(m_su, QStringLiteral("admin"), kPw, truncated);
        QVERIFY(cut.error().message.contains(QLatin1String("truncated")));
        auto foreign = importAs(m_su, QStringLiteral("admin"), kPw, text);
        QVERIFY(foreign.error().message.contains(u"not a Följa exchange package"));
    }

    void unknownHandlaggareIsRefusedOrMapped()
    {
        const QString pb = file(QStringLiteral("bertil.foljapaket"));
        auto summary = exportAs(m_laptop, QStringLiteral("bertil"), kAnnaPw, pb);
        QVERIFY(summary);
        QCOMPARE(summary->arenden, 1);
        // From here on the laptop holds anna's ärenden only (the union check compares them).
        removeBertilsArende();
        const QByteArray before = sha256(m_su);
        auto refused = importAs(m_su, QStringLiteral("admin"), kPw, pb);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("bertil")), qPrintable(refused.error().message));
        QCOMPARE(sha256(m_su), before);
        // Mapping to an account that is not a handläggare is refused too.
        auto notHandlaggare = importAs(m_su, QStringLiteral("admin"), kPw, pb, kPassphrase, QStringLiteral("admin"));
        QVERIFY(!notHandlaggare);
        QCOMPARE(sha256(m_su), before);
        // A handläggare may not receive another's package.
        auto notYours = importAs(m_su, QStringLiteral("anna"), kAnnaPw, pb);
        QVERIFY(!notYours);
        QCOMPARE(notYours.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(sha256(m_su), before);

        // An administratör maps the package to an existing handläggare (in a copy: the SU database
        // stays as it was for the union check).
        const QString copy = file(QStringLiteral("su-copy.folja"));
        QVERIFY(QFile::copy(m_su, copy));
        QVERIFY(QFile::copy(Session::keyFilePath(m_su), Session::keyFilePath(copy)));
        auto mapped = importAs(copy, QStringLiteral("admin"), kPw, pb, kPassphrase, QStringLiteral("anna"));
        QVERIFY2(mapped, mapped ? "" : qPrintable(mapped.error().message));
        QCOMPARE(mapped->created, 1);
        QCOMPARE(mapped->owner, QStringLiteral("anna"));
        auto anna = signIn(copy, QStringLiteral("anna"), kAnnaPw);
        QVERIFY(anna);
        auto list = ArendeService(*anna).list();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().externalId, QStringLiteral("B-1"));
    }

    void handlaggareLearnsNothingOfOthersArenden()
    {
        // A database where carl's ärende holds one of anna's arende_id keys.
        const QString path = file(QStringLiteral("other.folja"));
        {
            auto created = Session::createDatabase(path, QStringLiteral("admin"), kPw, fast());
            QVERIFY(created);
            Accounts accounts(*created->session);
            QVERIFY(accounts.add(QStringLiteral("anna"), QStringLiteral("Anna"), Role::Handlaggare, kAnnaPw));
            QVERIFY(accounts.add(QStringLiteral("carl"), QStringLiteral("Carl"), Role::Handlaggare, kAnnaPw));
        }
        {
            auto carl = signIn(path, QStringLiteral("carl"), kAnnaPw);
            QVERIFY(carl);
            ArendeService service(*carl);
            domain::Person person;
            person.personId = identity::PersonId::compose(QDate(1980, 1, 1), 123);
            QVERIFY(service.registerPerson(person));
            domain::Arende a;
            a.personRef = person.id;
            a.owner = QStringLiteral("carl");
            a.externalId = QStringLiteral("L-001");
            a.malgrupp = QStringLiteral("VUX");
            a.aktualiseringDatum = QDate(2025, 1, 1);
            QVERIFY(service.save(a));
        }
        const QByteArray before = sha256(path);
        auto anna = importAs(path, QStringLiteral("anna"), kAnnaPw, file(QStringLiteral("p1.foljapaket")));
        QVERIFY(!anna);
        QCOMPARE(anna.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(!anna.error().message.contains(QLatin1String("L-001")), qPrintable(anna.error().message));
        QCOMPARE(sha256(path), before);
        // The administratör's import treats the same source key as the same ärende, as the CSV import
        // does: matched, changed on both sides (never exchanged), so it is in the conflict report.
        auto admin = importAs(path, QStringLiteral("admin"), kPw, file(QStringLiteral("p1.foljapaket")));
        QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
        QCOMPARE(admin->conflicts.size(), 1);
        QCOMPARE(admin->conflicts.first().externalId, QStringLiteral("L-001"));
        QCOMPARE(admin->created, kLaptopArenden - 1);
    }

    void suImportCreatesAndLiveSnapshotSeesIt()
    {
        auto admin = signIn(m_su, QStringLiteral("admin"), kPw);
        QVERIFY(admin);
        io::LiveSnapshot live(*admin, *m_catalog);
        QVERIFY(live.ensureLoaded());
        const std::size_t before = live.info().arenden;
        const std::uint64_t revision = live.revision();

        ExchangeImportRequest request;
        request.inPath = file(QStringLiteral("p1.foljapaket"));
        request.passphrase = kPassphrase;
        qint64 lastDone = -1;
        qint64 lastTotal = 0;
        auto report = ExchangeService(*admin, *m_catalog).importPackage(request, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(lastDone, lastTotal); // progress reached the end
        QCOMPARE(report->created, kLaptopArenden);
        QCOMPARE(report->updated, 0);
        QVERIFY(report->conflicts.isEmpty());
        QCOMPARE(report->owner, QStringLiteral("anna"));
        // At once, without reloading.
        QVERIFY(live.revision() > revision);
        QVERIFY(live.ensureLoaded());
        QCOMPARE(live.info().arenden, before + kLaptopArenden);
        QCOMPARE(live.snapshot().stats().arenden, before + kLaptopArenden);

        // Audited: the import, and each ärende.
        auto entries = AuditLog(*admin).recent(500);
        QVERIFY(entries);
        int perArende = 0;
        bool summary = false;
        for (const AuditEntry& e : *entries) {
            perArende += e.action == QLatin1String("arende.exchange");
            if (e.action == QLatin1String("exchange.import")) {
                summary = true;
                QCOMPARE(e.objectRef, report->packageId);
                QVERIFY2(e.details.contains(QStringLiteral("created=%1").arg(kLaptopArenden)), qPrintable(e.details));
            }
        }
        QVERIFY(summary);
        QCOMPARE(perArende, kLaptopArenden);
        admin.reset();

        // Both sides hold the same content, owned by anna in the SU database too.
        QCOMPARE(annasContent(m_su), annasContent(m_laptop));
        QCOMPARE(counts(m_su, *m_catalog), plus(m_suBefore, counts(m_laptop, *m_catalog)));
    }

    void reimportChangesNothing()
    {
        const QString before = dataDump(m_su);
        QVERIFY(!before.isEmpty());
        auto report = importAs(m_su, QStringLiteral("admin"), kPw, file(QStringLiteral("p1.foljapaket")));
        QVERIFY(report);
        QCOMPARE(report->unchanged, kLaptopArenden);
        QCOMPARE(report->created + report->updated + report->keptLocal, 0);
        QVERIFY(report->conflicts.isEmpty());
        QCOMPARE(dataDump(m_su), before);
        // The second package of the same data too.
        QVERIFY(importAs(m_su, QStringLiteral("admin"), kPw, file(QStringLiteral("p1-again.foljapaket"))));
        QCOMPARE(dataDump(m_su), before);
    }

    void editsOnBothSidesAndBothWays()
    {
        // L-001: changed on both sides, the laptop's edit is newer → the package wins in SU.
        // L-002: changed on both sides, SU's edit is newer → SU keeps its own.
        // L-003: changed only on the laptop → taken. L-005: changed only in SU → kept.
        auto addInsatsComment = [](const QString& text) {
            return [text](domain::Arende& a) { a.comments.insert(QStringLiteral("problematik"), text); };
        };
        edit(m_laptop, QStringLiteral("anna"), kAnnaPw, QStringLiteral("L-001"), addInsatsComment(QStringLiteral("L")));
        edit(m_su, QStringLiteral("admin"), kPw, QStringLiteral("L-001"), addInsatsComment(QStringLiteral("S")));
        edit(m_laptop, QStringLiteral("anna"), kAnnaPw, QStringLiteral("L-002"), addInsatsComment(QStringLiteral("L")));
        edit(m_su, QStringLiteral("anna"), kAnnaPw, QStringLiteral("L-002"), addInsatsComment(QStringLiteral("S")));
        edit(m_laptop, QStringLiteral("anna"), kAnnaPw, QStringLiteral("L-003"), [](domain::Arende& a) {
            if (!a.insatser.isEmpty())
                a.insatser.removeLast();
            a.comments.insert(QStringLiteral("problematik"), QStringLiteral("L3"));
        });
        edit(m_su, QStringLiteral("admin"), kPw, QStringLiteral("L-005"), addInsatsComment(QStringLiteral("S5")));
        setUpdatedAt(m_laptop, QStringLiteral("L-001"), QStringLiteral("2030-01-01T12:00:00Z"));
        setUpdatedAt(m_su, QStringLiteral("L-001"), QStringLiteral("2030-01-01T11:00:00Z"));
        setUpdatedAt(m_laptop, QStringLiteral("L-002"), QStringLiteral("2030-01-01T11:00:00Z"));
        setUpdatedAt(m_su, QStringLiteral("L-002"), QStringLiteral("2030-01-01T12:00:00Z"));

        // Laptop → SU.
        const QString p2 = file(QStringLiteral("p2.foljapaket"));
        auto sent = exportAs(m_laptop, QStringLiteral("anna"), kAnnaPw, p2);
        QVERIFY(sent);
        QCOMPARE(sent->arenden, kLaptopArenden);
        auto report = importAs(m_su, QStringLiteral("admin"), kPw, p2);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->conflicts.size(), 2);
        QMap<QString, bool> keptPackage;
        for (const ExchangeConflict& c : report->conflicts)
            keptPackage.insert(c.externalId, c.keptPackage);
        QCOMPARE(keptPackage.value(QStringLiteral("L-001"), false), true);
        QCOMPARE(keptPackage.value(QStringLiteral("L-002"), true), false);
        QCOMPARE(report->updated, 2);   // L-001 (conflict won by the package) and L-003
        QCOMPARE(report->keptLocal, 2); // L-002 (conflict won here) and L-005
        QCOMPARE(report->unchanged, kLaptopArenden - 4);

        // The report as JSON: every conflict with what was kept, and no personal data.
        const QByteArray json = exchangeReportJson(*report);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.value(QLatin1String("conflicts")).toArray().size(), 2);
        for (const QJsonValue& c : o.value(QLatin1String("conflicts")).toArray()) {
            const QString kept = c.toObject().value(QLatin1String("kept")).toString();
            QCOMPARE(kept, c.toObject().value(QLatin1String("external_id")).toString() == QLatin1String("L-001")
                               ? QStringLiteral("package")
                               : QStringLiteral("local"));
            QVERIFY(!c.toObject().value(QLatin1String("stable_id")).toString().isEmpty());
        }
        for (const QString& text : std::as_const(m_forbidden)) {
            if (!text.startsWith(QLatin1String("L-")) && text != QLatin1String("anna"))
                QVERIFY2(!json.contains(text.toUtf8()), qPrintable(text));
        }

        // SU → laptop: anna sends her ärenden from the SU database and receives them on the laptop.
        const QString p3 = file(QStringLiteral("p3.foljapaket"));
        auto back = exportAs(m_su, QStringLiteral("anna"), kAnnaPw, p3);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->arenden, kLaptopArenden);
        auto received = importAs(m_laptop, QStringLiteral("anna"), kAnnaPw, p3);
        QVERIFY2(received, received ? "" : qPrintable(received.error().message));
        QVERIFY(received->conflicts.isEmpty()); // what the laptop sent last is not a conflict
        QCOMPARE(received->updated, 2);         // L-002 and L-005 from SU
        QCOMPARE(received->unchanged, kLaptopArenden - 2);

        // Both sides agree, and the merged database is the union of the sources.
        const QMap<QString, QByteArray> su = annasContent(m_su);
        QCOMPARE(su.size(), kLaptopArenden);
        QCOMPARE(su, annasContent(m_laptop));
        QCOMPARE(counts(m_su, *m_catalog), plus(m_suBefore, counts(m_laptop, *m_catalog)));

        // And once more both ways: nothing left to do.
        const QString p4 = file(QStringLiteral("p4.foljapaket"));
        QVERIFY(exportAs(m_laptop, QStringLiteral("anna"), kAnnaPw, p4));
        const QString suData = dataDump(m_su);
        auto quiet = importAs(m_su, QStringLiteral("admin"), kPw, p4);
        QVERIFY(quiet);
        QVERIFY(quiet->conflicts.isEmpty());
        QCOMPARE(quiet->unchanged, kLaptopArenden);
        QCOMPARE(dataDump(m_su), suData);
    }

    // An ärende erased in the SU database (radering) stays erased when anna's laptop, which still
    // holds it and has even changed it since, sends her ärenden again.
    void erasedHereIsNotBroughtBack()
    {
        const QString gone = QStringLiteral("L-006");
        {
            auto admin = signIn(m_su, QStringLiteral("admin"), kPw);
            QVERIFY(admin);
            ArendeService service(*admin);
            auto list = service.list();
            QVERIFY(list);
            int removed = 0;
            for (const ArendeSummary& s : *list) {
                if (s.externalId == gone) {
                    QVERIFY(service.remove(s.id));
                    ++removed;
                }
            }
            QCOMPARE(removed, 1);
        }
        QVERIFY(!annasContent(m_su).contains(gone));
        {
            // Only the random stable id is kept, nothing of the ärende.
            auto db = openStore(m_su);
            QVERIFY(db);
            QCOMPARE(*db->connection().queryInt("SELECT count(*) FROM exchange_removed"), qint64(1));
        }
        edit(m_laptop, QStringLiteral("anna"), kAnnaPw, gone, [](domain::Arende& a) {
            a.comments.insert(QStringLiteral("problematik"), QStringLiteral("after the radering"));
        });
        const QString p5 = file(QStringLiteral("p5.foljapaket"));
        QVERIFY(exportAs(m_laptop, QStringLiteral("anna"), kAnnaPw, p5));
        const QString before = dataDump(m_su);
        auto report = importAs(m_su, QStringLiteral("admin"), kPw, p5);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->removedHere, 1);
        QCOMPARE(report->created, 0);
        QCOMPARE(report->unchanged, kLaptopArenden - 1);
        QVERIFY(exchangeReportJson(*report).contains("\"removed_here\": 1"));
        QVERIFY(!annasContent(m_su).contains(gone));
        QCOMPARE(annasContent(m_su).size(), kLaptopArenden - 1);
        // Nothing else changed but the audit log (dataDump covers the ärenden, not the log).
        QCOMPARE(dataDump(m_su), before);
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
