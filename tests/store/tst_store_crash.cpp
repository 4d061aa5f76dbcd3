#include <QTest>
class TestStore_crash : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() {}
};
QTEST_GUILESS_MAIN(TestStore_crash)
#include "tst_store_crash.moc"
