// The store's platform file: fsync of files and directories reports what happened.
#include "store/platform.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace folja::store;

class TestStorePlatform : public QObject
{
    Q_OBJECT

private slots:
    void syncsAnExistingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("data.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("abc"), qint64(3));
        file.close();
        QVERIFY(platform::syncFile(path));
    }

    void refusesAMissingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(!platform::syncFile(dir.filePath(QStringLiteral("missing.bin"))));
    }

    void syncsADirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(platform::syncDirectory(dir.path()));
    }

    void refusesAMissingDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(!platform::syncDirectory(dir.filePath(QStringLiteral("missing"))));
    }
};

QTEST_GUILESS_MAIN(TestStorePlatform)
#include "tst_store_platform.moc"
