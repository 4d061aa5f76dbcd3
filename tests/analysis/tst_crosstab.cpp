#include <QTest>
class TestCrossTab : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestCrossTab)
#include "tst_crosstab.moc"
