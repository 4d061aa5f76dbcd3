#include "catalog/catalog.h"

#include <QTest>

class Stub : public QObject
{
    Q_OBJECT
private slots:
    void loads() { QVERIFY(folja::catalog::Catalog::loadBuiltin().ok()); }
};

QTEST_GUILESS_MAIN(Stub)
#include "tst_catalog_validation.moc"
