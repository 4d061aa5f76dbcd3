#include <QTest>
class TestStore_repository : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() {}
};
QTEST_GUILESS_MAIN(TestStore_repository)
#include "tst_store_repository.moc"
