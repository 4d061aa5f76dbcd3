#include <QTest>
class TestStore_crypto : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() {}
};
QTEST_GUILESS_MAIN(TestStore_crypto)
#include "tst_store_crypto.moc"
