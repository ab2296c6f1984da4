// WorkspaceFilterProxy: filters (text, site, method, status, staged) against a naive
// reference, narrowing within the previous result, sorting by every column, persistent
// indexes, and source appends/updates, under QAbstractItemModelTester.
#include "StagedChanges.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceFixtures.h"
#include "WorkspaceTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
// The obvious implementation the proxy must agree with.
bool referenceAccepts(const WorkspaceTableModel &model, int row, const WorkspaceFilter &filter)
{
    const Workspace &ws = model.workspace(row);
    QString text = filter.text.trimmed();
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    if (!text.isEmpty()) {
        const bool hit = ws.name.contains(text, Qt::CaseInsensitive)
                         || ws.id.contains(text, Qt::CaseInsensitive)
                         || ws.settlement.aliyunAccountId.contains(text, Qt::CaseInsensitive)
                         || ws.settlement.instanceId.contains(text, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    if (!filter.sites.isEmpty() && !filter.sites.contains(ws.site))
        return false;
    if (!filter.methods.isEmpty() && !filter.methods.contains(ws.settlement.method))
        return false;
    if (!filter.statuses.isEmpty()) {
        WorkspaceStatus status = ws.status;
        if (status == WorkspaceStatus::LockPending && ws.lockAt.isValid()
            && model.now() >= ws.lockAt)
            status = WorkspaceStatus::Locked;
        if (!filter.statuses.contains(status))
            return false;
    }
    return !filter.stagedOnly || model.stagedState(row) >= 0;
}

QStringList proxyIds(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(WorkspaceTableModel::WorkspaceIdRole).toString();
    return ids;
}
} // namespace

class TestWorkspaceFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void filters_data();
    void filters();
    void narrowingScansOnlyThePreviousResult();
    void randomFiltersAgreeWithReference();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void filterKeepsSortOrder();
    void persistentIndexesFollowRows();
    void appendedRowsLandInOrder();
    void updatedRowsMoveAndHide();
    void stagedOnly();

private:
    void verifyAgainstReference();

    std::unique_ptr<WorkspaceTableModel> m_model;
    std::unique_ptr<WorkspaceFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester, m_proxyTester;
};

void TestWorkspaceFilterProxy::init()
{
    m_model = std::make_unique<WorkspaceTableModel>();
    m_model->setClock(fixedNow);
    m_model->setWorkspaces(syntheticWorkspaces(1200));
    m_proxy = std::make_unique<WorkspaceFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestWorkspaceFilterProxy::verifyAgainstReference()
{
    QSet<QString> expected;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (referenceAccepts(*m_model, row, m_proxy->filter()))
            expected.insert(m_model->workspace(row).id);
    }
    const QStringList shown = proxyIds(*m_proxy);
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()), expected);
    QCOMPARE(shown.size(), expected.size());
}

void TestWorkspaceFilterProxy::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sites");
    QTest::addColumn<QList<SettlementMethod>>("methods");
    QTest::addColumn<QList<WorkspaceStatus>>("statuses");
    QTest::addColumn<int>("minimum"); // rows the synthetic data surely has

    QTest::newRow("nothing") << QString() << QStringList() << QList<SettlementMethod>()
                             << QList<WorkspaceStatus>() << 1200;
    QTest::newRow("name, any case") << u"TRACING"_qs << QStringList() << QList<SettlementMethod>()
                                    << QList<WorkspaceStatus>() << 1;
    QTest::newRow("umlaut folded") << u"zürich"_qs << QStringList() << QList<SettlementMethod>()
                                   << QList<WorkspaceStatus>() << 2;
    QTest::newRow("CJK") << u"可观测"_qs << QStringList() << QList<SettlementMethod>()
                         << QList<WorkspaceStatus>() << 1;
    QTest::newRow("comma and quote") << u"s, e"_qs << QStringList() << QList<SettlementMethod>()
                                     << QList<WorkspaceStatus>() << 1;
    QTest::newRow("quote") << u"\"blue\""_qs << QStringList() << QList<SettlementMethod>()
                           << QList<WorkspaceStatus>() << 1;
    QTest::newRow("workspace id") << workspaceIdFor(77).mid(5, 9).toUpper() << QStringList()
                                  << QList<SettlementMethod>() << QList<WorkspaceStatus>() << 1;
    QTest::newRow("instance id") << u"62270"_qs << QStringList() << QList<SettlementMethod>()
                                 << QList<WorkspaceStatus>() << 1;
    QTest::newRow("account id") << u"1234567890123407"_qs << QStringList()
                                << QList<SettlementMethod>() << QList<WorkspaceStatus>() << 0;
    QTest::newRow("no separator match") << u"\x01"_qs << QStringList() << QList<SettlementMethod>()
                                        << QList<WorkspaceStatus>() << 1200;
    QTest::newRow("sites") << QString() << QStringList{u"cn1"_qs, u"za1"_qs}
                           << QList<SettlementMethod>() << QList<WorkspaceStatus>() << 200;
    QTest::newRow("method") << QString() << QStringList()
                            << QList<SettlementMethod>{SettlementMethod::Aliyun}
                            << QList<WorkspaceStatus>() << 100;
    QTest::newRow("locked, countdowns over included")
        << QString() << QStringList() << QList<SettlementMethod>()
        << QList<WorkspaceStatus>{WorkspaceStatus::Locked} << 100;
    QTest::newRow("everything at once")
        << u"e"_qs << QStringList{u"cn1"_qs, u"cn6"_qs}
        << QList<SettlementMethod>{SettlementMethod::Aliyun, SettlementMethod::BillingCenter}
        << QList<WorkspaceStatus>{WorkspaceStatus::Active, WorkspaceStatus::LockPending} << 1;
    QTest::newRow("nothing matches") << u"no such workspace"_qs << QStringList()
                                     << QList<SettlementMethod>() << QList<WorkspaceStatus>() << 0;
}

void TestWorkspaceFilterProxy::filters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sites);
    QFETCH(QList<SettlementMethod>, methods);
    QFETCH(QList<WorkspaceStatus>, statuses);
    QFETCH(int, minimum);
    m_proxy->sort(WorkspaceTableModel::NameColumn);
    m_proxy->setFilter({text, sites, methods, statuses, false});
    QVERIFY2(m_proxy->rowCount() >= minimum, qPrintable(QString::number(m_proxy->rowCount())));
    verifyAgainstReference();
}

void TestWorkspaceFilterProxy::narrowingScansOnlyThePreviousResult()
{
    m_proxy->sort(WorkspaceTableModel::NameColumn);
    QString typed;
    qsizetype previous = m_proxy->rowCount();
    for (const QChar c : u"prod-s"_qs) {
        typed += c;
        m_proxy->setFilterText(typed);
        if (typed.size() > 1)
            QCOMPARE(m_proxy->lastScannedRows(), previous);
        verifyAgainstReference();
        previous = m_proxy->rowCount();
    }
    // Deleting a character widens: every row is looked at again.
    typed.chop(1);
    m_proxy->setFilterText(typed);
    QCOMPARE(m_proxy->lastScannedRows(), qsizetype(m_model->rowCount()));
    verifyAgainstReference();
    // Fewer sites narrow too; more sites do not.
    m_proxy->setFilter({typed, {u"cn1"_qs, u"cn2"_qs}, {}, {}, false});
    const qsizetype twoSites = m_proxy->rowCount();
    m_proxy->setFilter({typed, {u"cn1"_qs}, {}, {}, false});
    QCOMPARE(m_proxy->lastScannedRows(), twoSites);
    verifyAgainstReference();
    m_proxy->setFilter({typed, {u"cn1"_qs, u"us1"_qs}, {}, {}, false});
    QCOMPARE(m_proxy->lastScannedRows(), qsizetype(m_model->rowCount()));
    verifyAgainstReference();
}

void TestWorkspaceFilterProxy::randomFiltersAgreeWithReference()
{
    QRandomGenerator random(7);
    const QStringList texts{u""_qs,  u"p"_qs, u"pr"_qs,   u"PRO"_qs,  u"e"_qs, u"ed"_qs,
                            u"-"_qs, u"3"_qs, u"ws_0"_qs, u"环境"_qs, u"zü"_qs};
    const QStringList sites{u"cn1"_qs, u"cn2"_qs, u"cn4"_qs, u"us1"_qs, u"id1"_qs};
    for (int round = 0; round < 60; ++round) {
        WorkspaceFilter filter;
        filter.text = texts.at(random.bounded(int(texts.size())));
        for (const QString &site : sites) {
            if (random.bounded(4) == 0)
                filter.sites << site;
        }
        for (const SettlementMethod method : allSettlementMethods()) {
            if (random.bounded(4) == 0)
                filter.methods << method;
        }
        if (random.bounded(3) == 0)
            filter.statuses << WorkspaceStatus(random.bounded(3));
        if (random.bounded(5) == 0)
            m_proxy->sort(int(random.bounded(int(WorkspaceTableModel::ColumnCount))) - 1,
                          random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
        m_proxy->setFilter(filter);
        verifyAgainstReference();
    }
}

void TestWorkspaceFilterProxy::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column = 0; column < WorkspaceTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString name = QString::fromLatin1(
                QMetaEnum::fromType<WorkspaceTableModel::Column>().valueToKey(column));
            QTest::addRow("%s %s", qPrintable(name),
                          order == Qt::AscendingOrder ? "ascending" : "descending")
                << column << int(order);
        }
    }
}

void TestWorkspaceFilterProxy::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    m_proxy->sort(column, Qt::SortOrder(order));
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    const bool descending = order == Qt::DescendingOrder;
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const QVariant a = m_proxy->index(row - 1, column).data(WorkspaceTableModel::SortRole);
        const QVariant b = m_proxy->index(row, column).data(WorkspaceTableModel::SortRole);
        const int cmp =
            column == WorkspaceTableModel::NameColumn
                ? QString::compare(a.toString(), b.toString())
                : (a.toLongLong() < b.toLongLong() ? -1
                                                   : (a.toLongLong() > b.toLongLong() ? 1 : 0));
        if (column == WorkspaceTableModel::NameColumn && !descending) {
            // Folded names in UTF-8 byte order equal UTF-16 order outside surrogates.
            QVERIFY2(cmp <= 0, qPrintable(a.toString() + u" > " + b.toString()));
        } else if (column == WorkspaceTableModel::NameColumn) {
            QVERIFY2(cmp >= 0, qPrintable(a.toString() + u" < " + b.toString()));
        } else {
            QVERIFY2(descending ? cmp >= 0 : cmp <= 0, qPrintable(QString::number(row)));
        }
    }
    m_proxy->sort(-1);
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        QCOMPARE(m_proxy->sourceRow(row), row);
}

void TestWorkspaceFilterProxy::filterKeepsSortOrder()
{
    m_proxy->sort(WorkspaceTableModel::NameColumn, Qt::DescendingOrder);
    const QStringList all = proxyIds(*m_proxy);
    m_proxy->setFilterText(u"e"_qs);
    QStringList expected;
    for (const QString &id : all) {
        if (referenceAccepts(*m_model, m_model->rowOf(id), m_proxy->filter()))
            expected << id;
    }
    QCOMPARE(proxyIds(*m_proxy), expected);
}

void TestWorkspaceFilterProxy::persistentIndexesFollowRows()
{
    const int sourceRow = 37;
    const QString id = m_model->workspace(sourceRow).id;
    const QString name = m_model->workspace(sourceRow).name;
    QPersistentModelIndex kept(m_proxy->mapFromSource(m_model->index(sourceRow, 2)));
    m_proxy->sort(WorkspaceTableModel::NameColumn);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(WorkspaceTableModel::WorkspaceIdRole).toString(), id);
    QCOMPARE(kept.column(), 2);
    m_proxy->setFilterText(name.left(3));
    QCOMPARE(kept.data(WorkspaceTableModel::WorkspaceIdRole).toString(), id);
    m_proxy->setFilterText(u"definitely not there"_qs);
    QVERIFY(!kept.isValid());
}

void TestWorkspaceFilterProxy::appendedRowsLandInOrder()
{
    m_model->setWorkspaces({});
    m_proxy->sort(WorkspaceTableModel::NameColumn);
    m_proxy->setFilter({u"e"_qs, {}, {}, {}, false});
    const QList<Workspace> all = syntheticWorkspaces(900, 99);
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    for (int page = 0; page < 3; ++page)
        m_model->appendWorkspaces(all.mid(page * 300, 300));
    QVERIFY(!inserted.isEmpty());
    verifyAgainstReference();
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        QVERIFY(
            m_model->rowIndex().compareNames(m_proxy->sourceRow(row - 1), m_proxy->sourceRow(row))
            <= 0);
    }
}

void TestWorkspaceFilterProxy::updatedRowsMoveAndHide()
{
    m_proxy->sort(WorkspaceTableModel::SubscriptionColumn);
    m_proxy->setFilter({{}, {}, {SettlementMethod::Aliyun}, {}, false});
    const int proxyRow = 0;
    const int sourceRow = m_proxy->sourceRow(proxyRow);
    QPersistentModelIndex kept(m_proxy->index(proxyRow, 0));
    Workspace ws = m_model->workspace(sourceRow);
    ws.settlement.instanceId = u"9223372036854775807"_qs; // now sorts last
    m_model->updateWorkspace(ws);
    QCOMPARE(m_proxy->sourceRow(m_proxy->rowCount() - 1), sourceRow);
    QCOMPARE(kept.row(), m_proxy->rowCount() - 1);
    ws.settlement = {};
    m_model->updateWorkspace(ws); // billing_center now: filtered out
    QVERIFY(!kept.isValid());
    verifyAgainstReference();
}

void TestWorkspaceFilterProxy::stagedOnly()
{
    StagedChanges staged;
    m_model->setStagedChanges(&staged);
    m_proxy->setFilter({{}, {}, {}, {}, true});
    QCOMPARE(m_proxy->rowCount(), 0);
    SettlementChange target;
    target.method = SettlementMethod::Azure;
    QList<StagedChange> changes;
    for (const int row : {5, 50, 500}) {
        Workspace ws = m_model->workspace(row);
        ws.settlement = {};
        m_model->updateWorkspace(ws);
        changes << stagedChangeFor(ws, target);
    }
    staged.put(changes);
    QCOMPARE(m_proxy->rowCount(), 3);
    verifyAgainstReference();
    staged.remove({changes.at(1).workspaceId()});
    QCOMPARE(m_proxy->rowCount(), 2);
    verifyAgainstReference();
}

QTEST_GUILESS_MAIN(TestWorkspaceFilterProxy)
#include "tst_workspacefilterproxy.moc"
