// HugePageHeap: when billing-desk starts itself again with glibc's malloc on transparent huge
// pages, that it never does so twice or against the kernel's choice, and that only a large
// workspaces offline copy makes it worth it.
#include "HugePageHeap.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;

class TestHugePageHeap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tunables_data();
    void tunables();
    void noFolderIsNoCopy();
    void onlyWorkspaceCopiesCount();
    void aLargeWorkspaceCopyIsWorthHugePages();
};

namespace {
void writeFileOfSize(const QString &path, qint64 size)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(size)); // sparse: the size is what counts
}
} // namespace

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

void TestHugePageHeap::noFolderIsNoCopy()
{
    QTemporaryDir home;
    QCOMPARE(HugePageHeap::largestOfflineCopy(home.filePath(QStringLiteral("cache"))), 0);
}

void TestHugePageHeap::onlyWorkspaceCopiesCount()
{
    QTemporaryDir cache;
    writeFileOfSize(cache.filePath(QStringLiteral("workspaces-1f2e.json")), 4096);
    writeFileOfSize(cache.filePath(QStringLiteral("activity-1f2e.json")),
                    2 * HugePageHeap::kLargeOfflineCopyBytes);
    writeFileOfSize(cache.filePath(QStringLiteral("workspaces-1f2e.json.tmp")),
                    2 * HugePageHeap::kLargeOfflineCopyBytes);
    QCOMPARE(HugePageHeap::largestOfflineCopy(cache.path()), 4096);
}

void TestHugePageHeap::aLargeWorkspaceCopyIsWorthHugePages()
{
    QTemporaryDir cache;
    writeFileOfSize(cache.filePath(QStringLiteral("workspaces-aaaa.json")), 1000);
    writeFileOfSize(cache.filePath(QStringLiteral("workspaces-bbbb.json")),
                    HugePageHeap::kLargeOfflineCopyBytes + 1);
    QVERIFY(HugePageHeap::largestOfflineCopy(cache.path()) >= HugePageHeap::kLargeOfflineCopyBytes);
}

QTEST_GUILESS_MAIN(TestHugePageHeap)
#include "tst_huge_page_heap.moc"
