// HugePageHeap: when billing-desk starts itself again with glibc's malloc on transparent huge
// pages, and that it never does so twice or against the kernel's choice.
#include "HugePageHeap.h"

#include <QTest>

using namespace billing;

class TestHugePageHeap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tunables_data();
    void tunables();
};

void TestHugePageHeap::tunables_data()
{
    QTest::addColumn<QByteArray>("current");
    QTest::addColumn<QByteArray>("kernel");
    QTest::addColumn<QByteArray>("restartWith");
    const QByteArray madvise = "always [madvise] never\n";
    QTest::newRow("madvise, no tunables")
        << QByteArray() << madvise << QByteArray("glibc.malloc.hugetlb=1");
    QTest::newRow("always") << QByteArray() << QByteArray("[always] madvise never\n")
                            << QByteArray("glibc.malloc.hugetlb=1");
    QTest::newRow("other tunables kept")
        << QByteArray("glibc.malloc.arena_max=2") << madvise
        << QByteArray("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
    QTest::newRow("already set: no second restart")
        << QByteArray("glibc.malloc.hugetlb=1") << madvise << QByteArray();
    QTest::newRow("set to 0 by the user")
        << QByteArray("glibc.malloc.hugetlb=0") << madvise << QByteArray();
    QTest::newRow("kernel says never")
        << QByteArray() << QByteArray("always madvise [never]\n") << QByteArray();
    QTest::newRow("no such kernel file") << QByteArray() << QByteArray() << QByteArray();
}

void TestHugePageHeap::tunables()
{
    QFETCH(QByteArray, current);
    QFETCH(QByteArray, kernel);
    QFETCH(QByteArray, restartWith);
    QCOMPARE(HugePageHeap::tunablesToRestartWith(current, kernel), restartWith);
}

QTEST_GUILESS_MAIN(TestHugePageHeap)
#include "tst_huge_page_heap.moc"
