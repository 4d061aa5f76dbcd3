// A writer process is killed (SIGKILL) in the middle of its transactions, several times over. After
// each kill the database must open, pass the full integrity check, and hold every transaction the
// writer reported as committed. Label: reliability.

#include "storetestutil.h"

#include "store/database.h"
#include "store/repository.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <cstring>

using namespace folja;
using namespace folja::store;

namespace {

const QString kUser = QStringLiteral("admin");
const QString kPassword = QStringLiteral("pw");
// Several ärenden per transaction make the window in which a kill hits an open transaction wide.
constexpr int kPerTransaction = 10;

// The child: writes kPerTransaction ärenden per transaction until killed and reports each commit on stdout
// only after COMMIT has returned.
int runWriter(const QString& dbPath, const QString& tag)
{
    OpenOptions options = storetest::fastOpen();
    auto db = Database::open(dbPath, kUser, kPassword, options);
    if (!db) {
        std::fprintf(stderr, "writer: open failed: %s\n", qPrintable(errorCodeName(db.error().code)));
        return 2;
    }
    ArendeRepository repo(**db);
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 0; i < 1000000; ++i) {
        auto tx = sqlite::Transaction::begin((*db)->connection());
        if (!tx)
            return 3;
        domain::Person person = storetest::makePerson(QStringLiteral("1970%1").arg(i % 100000, 8, 10, QLatin1Char('0')));
        if (!repo.upsertPerson(person))
            return 4;
        QStringList ids;
        for (int k = 0; k < kPerTransaction; ++k) {
            ids << QStringLiteral("%1-%2-%3").arg(tag).arg(i).arg(k);
            domain::Arende a = storetest::makeArende(ids.last(), person.id, kUser);
            if (!repo.save(a))
                return 5;
        }
        if (!tx->commit())
            return 6;
        std::printf("committed %s\n", qPrintable(ids.join(QLatin1Char(' '))));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void killedWriterLosesNoCommittedTransaction()
    {
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(QStringLiteral("crash.folja"));
        {
            auto db = Database::create(file, kUser, kPassword, storetest::fastCreate());
            QVERIFY(db);
        }
        QSet<QString> committed;
        int hotJournals = 0;
        const int killAfter[] = {3, 17, 41, 8};
        for (int round = 0; round < 4; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start(QCoreApplication::applicationFilePath(),
                         {QStringLiteral("--writer"), file, QStringLiteral("r%1").arg(round)});
            QVERIFY(writer.waitForStarted());
            int commits = 0;
            QByteArray buffer;
            while (commits < killAfter[round]) {
                if (!writer.waitForReadyRead(60000))
                    break;
                buffer += writer.readAllStandardOutput();
                int nl;
                while ((nl = buffer.indexOf('\n')) >= 0) {
                    const QByteArray line = buffer.left(nl);
                    buffer.remove(0, nl + 1);
                    if (line.startsWith("committed ")) {
                        const QList<QByteArray> ids = line.mid(10).split(' ');
                        for (const QByteArray& id : ids)
                            committed.insert(QString::fromLatin1(id));
                        ++commits;
                    }
                }
            }
            QCOMPARE(writer.state(), QProcess::Running);
            // A random pause so the kill lands anywhere in the next transaction, not always right
            // after a commit. Only where the kill lands depends on it; no assertion does.
            QThread::usleep(QRandomGenerator::global()->bounded(20000));
            writer.kill(); // SIGKILL: no destructors, no rollback, lock file left behind
            QVERIFY(writer.waitForFinished());
            // Lines written before the kill but not yet read are commits too.
            buffer += writer.readAllStandardOutput();
            for (const QByteArray& line : buffer.split('\n')) {
                if (line.startsWith("committed ")) {
                    for (const QByteArray& id : line.mid(10).split(' '))
                        committed.insert(QString::fromLatin1(id));
                }
            }
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            // Informational: whether this kill hit an open transaction (a hot journal is left).
            if (QFileInfo::exists(file + QStringLiteral("-journal")))
                ++hotJournals;

            auto db = Database::open(file, kUser, kPassword, storetest::fastOpen());
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            QVERIFY((*db)->integrityCheck());
            ArendeRepository repo(**db);
            for (const QString& id : std::as_const(committed)) {
                auto a = repo.loadByExternalId(id);
                QVERIFY2(a, qPrintable(id));
                QCOMPARE(a->insatser.size(), 2);
            }
            // Nothing half-written: ärenden come in whole transactions only.
            QCOMPARE(*repo.count() % kPerTransaction, qint64(0));
            QVERIFY(*repo.count() >= committed.size());
        }
        QVERIFY(committed.size() >= kPerTransaction * (3 + 17 + 41 + 8));
        qInfo("kills that left a hot journal: %d of 4", hotJournals);
    }
};

int main(int argc, char** argv)
{
    if (argc >= 4 && std::strcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestStoreCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store_crash.moc"
