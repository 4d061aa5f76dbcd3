// The exchange package reader under a bounded, deterministic mutation loop (issue 13, the ctest
// counterpart of tests/fuzz/fuzz_exchange.cpp, whose entry point runs on every mutant): seed
// packages (the checked-in ones of tests/fuzz/seeds/exchange/ and fresh ones) with bytes flipped,
// set, inserted, deleted, truncated or repeated are ALWAYS refused — a package is authenticated as a
// whole, header included — and mutated payloads never crash the JSON-lines reader, which either
// refuses them with a message or returns records that are well-formed.

#include "access/exchangepackage.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <random>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

using namespace folja;
using namespace folja::access;

namespace {

const QString kPassphrase = QStringLiteral("fuzz-passphrase-exchange");
constexpr int kIterations = 1000; // per kind of seed: bounded, a few seconds in all

ExchangePayload samplePayload(int records)
{
    ExchangePayload p;
    p.handlaggare = QStringLiteral("anna");
    p.createdAt = QStringLiteral("2026-05-01T10:00:00Z");
    p.packageId = QStringLiteral("00112233445566778899aabbccddeeff");
    for (int i = 0; i < records; ++i) {
        ExchangeRecord r;
        r.stableId = QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0'));
        r.updatedAt = QStringLiteral("2026-04-0%1T08:00:00Z").arg(i % 9 + 1);
        r.createdAt = QStringLiteral("2026-01-01T08:00:00Z");
        r.person.personId = QStringLiteral("992024123456");
        r.person.idType = domain::PersonIdType::Reservnummer;
        r.arende.owner = QStringLiteral("anna");
        r.arende.externalId = QStringLiteral("A-%1").arg(i);
        r.arende.malgrupp = QStringLiteral("VUX");
        r.arende.aktualiseringDatum = QDate(2026, 1, 2);
        r.arende.problematik = {QStringLiteral("P1"), QStringLiteral("P2")};
        r.arende.comments.insert(QStringLiteral("problematik"), QStringLiteral("text"));
        domain::Insats insats;
        insats.ksi = QStringLiteral("YAC.25.ZZ");
        insats.beslutDatum = QDate(2026, 2, 1);
        domain::Uppfoljning u;
        u.datum = QDate(2026, 3, 1);
        u.maluppfyllelse = QStringLiteral("M");
        insats.uppfoljningar.append(u);
        r.arende.insatser.append(insats);
        p.records.append(r);
    }
    return p;
}

QByteArray mutate(QByteArray in, std::mt19937& rng)
{
    auto pick = [&rng](qsizetype n) { return n <= 0 ? 0 : qsizetype(rng() % quint64(n)); };
    const int steps = 1 + int(rng() % 4);
    for (int s = 0; s < steps; ++s) {
        switch (rng() % 7) {
        case 0: // flip one bit
            if (!in.isEmpty()) {
                const qsizetype at = pick(in.size());
                in[at] = char(in[at] ^ char(1 << (rng() % 8)));
            }
            break;
        case 1: // set a byte
            if (!in.isEmpty())
                in[pick(in.size())] = char(rng());
            break;
        case 2: // insert bytes
            in.insert(pick(in.size() + 1), QByteArray(1 + pick(8), char(rng())));
            break;
        case 3: // delete a range
            if (!in.isEmpty())
                in.remove(pick(in.size()), 1 + pick(16));
            break;
        case 4: // truncate
            in.truncate(pick(in.size()));
            break;
        case 5: // repeat a chunk
            if (!in.isEmpty()) {
                const qsizetype at = pick(in.size());
                in.insert(pick(in.size()), in.mid(at, 1 + pick(32)));
            }
            break;
        default: // a byte of the header
            if (in.size() > exchange::kHeaderSize)
                in[pick(exchange::kHeaderSize)] = char(rng());
            break;
        }
    }
    return in;
}

} // namespace

class TestExchangeMutation : public QObject
{
    Q_OBJECT

    QList<QByteArray> m_packages;
    QList<QByteArray> m_payloads;

private slots:
    void initTestCase()
    {
        const QDir seeds(QStringLiteral(FOLJA_SOURCE_DIR "/tests/fuzz/seeds/exchange"));
        for (const QString& name : seeds.entryList(QDir::Files, QDir::Name)) {
            QFile f(seeds.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            (bytes.startsWith("FOLJAXCH") ? m_packages : m_payloads).append(bytes);
        }
        const bool writeSeeds = qEnvironmentVariableIsSet("FOLJA_WRITE_EXCHANGE_SEEDS");
        QVERIFY2(writeSeeds || (!m_packages.isEmpty() && !m_payloads.isEmpty()), "the checked-in seeds are missing");
        for (int records : {0, 1, 5}) {
            const QByteArray payload = ExchangePackage::encodePayload(samplePayload(records));
            m_payloads.append(payload);
            auto sealed = ExchangePackage::seal(payload, kPassphrase, exchange::kTestMinIterations);
            QVERIFY(sealed);
            m_packages.append(*sealed);
        }
        // Every seed is what it claims: packages open, payloads decode.
        for (const QByteArray& p : std::as_const(m_packages)) {
            auto opened = ExchangePackage::open(p, kPassphrase);
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
            QVERIFY(ExchangePackage::decodePayload(*opened));
        }
        for (const QByteArray& p : std::as_const(m_payloads))
            QVERIFY(ExchangePackage::decodePayload(p));
        if (writeSeeds) { // regenerates the checked-in seeds
            const QDir out(qEnvironmentVariable("FOLJA_WRITE_EXCHANGE_SEEDS"));
            QFile a(out.filePath(QStringLiteral("package-5.bin")));
            QVERIFY(a.open(QIODevice::WriteOnly));
            a.write(m_packages.last());
            QFile b(out.filePath(QStringLiteral("payload-5.jsonl")));
            QVERIFY(b.open(QIODevice::WriteOnly));
            b.write(m_payloads.last());
        }
    }

    void mutatedPackagesAreAlwaysRefused()
    {
        std::mt19937 rng(20261206);
        int refused = 0;
        for (int i = 0; i < kIterations; ++i) {
            const QByteArray& seed = m_packages[qsizetype(rng() % quint64(m_packages.size()))];
            const QByteArray mutant = mutate(seed, rng);
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(mutant.constData()), size_t(mutant.size()));
            if (mutant == seed)
                continue;
            auto opened = ExchangePackage::open(mutant, kPassphrase);
            QVERIFY2(!opened, qPrintable(QStringLiteral("iteration %1 opened a mutated package").arg(i)));
            QVERIFY(!opened.error().message.isEmpty());
            ++refused;
        }
        QVERIFY(refused > kIterations * 9 / 10);
    }

    void mutatedPayloadsNeverCrashTheReader()
    {
        std::mt19937 rng(7);
        int accepted = 0;
        for (int i = 0; i < kIterations; ++i) {
            const QByteArray& seed = m_payloads[qsizetype(rng() % quint64(m_payloads.size()))];
            const QByteArray mutant = mutate(seed, rng);
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(mutant.constData()), size_t(mutant.size()));
            auto decoded = ExchangePackage::decodePayload(mutant);
            if (!decoded) {
                QVERIFY(!decoded.error().message.isEmpty());
                continue;
            }
            ++accepted;
            // What is accepted is well-formed: ids, owners, the announced count.
            for (const ExchangeRecord& r : decoded->records) {
                QCOMPARE(r.stableId.size(), 32);
                QCOMPARE(r.arende.owner.compare(decoded->handlaggare, Qt::CaseInsensitive), 0);
                QVERIFY(!r.person.personId.isEmpty());
            }
        }
        qInfo("%d of %d mutated payloads were still valid", accepted, kIterations);
    }
};

QTEST_GUILESS_MAIN(TestExchangeMutation)
#include "tst_exchange_mutation.moc"
