// A month's cost per workspace (issue 17): pages read into columns, rows whose items add up
// to their totals to the cent, the table's item columns, exact sorting by cents and the
// name/site filter.
#include "BillingCatalogue.h"
#include "MoneyText.h"
#include "WorkspaceCostFilterProxy.h"
#include "WorkspaceCostJsonReader.h"
#include "WorkspaceCostTableModel.h"
#include "WorkspaceCosts.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace billing;

namespace {
const QByteArray kPage = R"({"items":[
 {"workspaceId":"ws_1","name":"Shop front","site":"cn1","total":"13.40",
  "byItem":{"logs":"1.20","rum_pv":"12.20"}},
 {"workspaceId":"ws_2","name":"checkout","site":"cn2","total":"0.01","byItem":{"logs":"0.01"}},
 {"workspaceId":"ws_3","name":"Back office","site":"cn1","total":"100.00",
  "byItem":{"apm_traces":"99.99","logs":"0.01"}}],
 "nextCursor":"c2","total":4})";
const QByteArray kLastPage = R"({"items":[
 {"workspaceId":"ws_4","name":"Idle","site":"us1","total":"0.00","byItem":{}}],
 "nextCursor":null,"total":4})";

WorkspaceCosts readBoth()
{
    WorkspaceCosts costs(BillingCatalogue::builtIn());
    WorkspaceCostJsonReader reader;
    QString cursor;
    qint64 total = 0;
    if (!reader.readPage(kPage, &costs, &cursor, &total)
        || !reader.readPage(kLastPage, &costs, &cursor, &total))
        return WorkspaceCosts(BillingCatalogue::builtIn());
    return costs;
}
} // namespace

class TestWorkspaceCosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPages();
    void rowsAddUpToTheCent();
    void rejectsBadPages_data();
    void rejectsBadPages();
    void unknownItemStillCountsInTotal();
    void tableColumns();
    void sortsByExactCents_data();
    void sortsByExactCents();
    void filtersByNameOrSite_data();
    void filtersByNameOrSite();
};

void TestWorkspaceCosts::readsPages()
{
    WorkspaceCosts costs(BillingCatalogue::builtIn());
    WorkspaceCostJsonReader reader;
    QString cursor;
    qint64 total = 0;
    QVERIFY(reader.readPage(kPage, &costs, &cursor, &total));
    QCOMPARE(cursor, "c2");
    QCOMPARE(total, 4);
    QCOMPARE(costs.size(), 3);
    QVERIFY(reader.readPage(kLastPage, &costs, &cursor, &total));
    QVERIFY(cursor.isEmpty());
    QCOMPARE(costs.size(), 4);
    QCOMPARE(costs.id(0), "ws_1");
    QCOMPARE(costs.name(2), "Back office");
    QCOMPARE(costs.site(3), "us1");
    QCOMPARE(costs.totalCents(0), 1340);
    QCOMPARE(costs.itemCents(0, costs.itemSlot(u"rum_pv")), 1220);
    QCOMPARE(costs.itemCents(3, costs.itemSlot(u"logs")), 0);
}

void TestWorkspaceCosts::rowsAddUpToTheCent()
{
    const WorkspaceCosts costs = readBoth();
    QCOMPARE(costs.size(), 4);
    qint64 byItems = 0;
    for (int slot = 0; slot < costs.itemCount(); ++slot)
        byItems += costs.sumOfItem(slot);
    QCOMPARE(costs.sumOfTotals(), 11341);
    QCOMPARE(byItems, costs.sumOfTotals());
    for (qsizetype row = 0; row < costs.size(); ++row) {
        qint64 sum = 0;
        for (int slot = 0; slot < costs.itemCount(); ++slot)
            sum += costs.itemCents(row, slot);
        QCOMPARE(sum, costs.totalCents(row));
    }
}

void TestWorkspaceCosts::rejectsBadPages_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{") << "not JSON";
    QTest::newRow("no items") << QByteArray(R"({"rows":[]})") << "items";
    QTest::newRow("no id") << QByteArray(
        R"({"items":[{"name":"a","site":"cn1","total":"1.00","byItem":{}}]})")
                           << "items[0]";
    QTest::newRow("float total") << QByteArray(
        R"({"items":[{"workspaceId":"w","site":"cn1","total":1.0,"byItem":{}}]})")
                                 << "items[0]";
    QTest::newRow("three places") << QByteArray(
        R"({"items":[{"workspaceId":"w","site":"cn1","total":"1.000","byItem":{}}]})")
                                  << "items[0]";
    QTest::newRow("bad item amount")
        << QByteArray(R"({"items":[{"workspaceId":"w","site":"cn1","total":"1.00","byItem":{}},
            {"workspaceId":"v","site":"cn1","total":"1.00","byItem":{"logs":"x"}}]})")
        << "items[1]";
}

void TestWorkspaceCosts::rejectsBadPages()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    WorkspaceCosts costs = readBoth();
    WorkspaceCostJsonReader reader;
    QString cursor, message;
    qint64 total = 0;
    QVERIFY(!reader.readPage(json, &costs, &cursor, &total, &message));
    QCOMPARE(message, error);
    QCOMPARE(costs.size(), 4); // a bad page adds nothing
    QCOMPARE(costs.sumOfTotals(), 11341);
}

void TestWorkspaceCosts::unknownItemStillCountsInTotal()
{
    WorkspaceCosts costs(BillingCatalogue::builtIn());
    WorkspaceCostJsonReader reader;
    QVERIFY(reader.readPage(R"({"items":[{"workspaceId":"w","name":"n","site":"cn1",
        "total":"3.00","byItem":{"logs":"1.00","quantum":"2.00"}}]})",
                            &costs, nullptr, nullptr));
    QCOMPARE(costs.totalCents(0), 300);
    QCOMPARE(costs.sumOfItem(costs.itemSlot(u"logs")), 100);
}

void TestWorkspaceCosts::tableColumns()
{
    WorkspaceCostTableModel model(BillingCatalogue::builtIn());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCosts(readBoth(), QStringLiteral("CNY"));
    // Name, site, total and the items with a cost, in catalogue order.
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.itemCode(3), "logs");
    QCOMPARE(model.itemCode(4), "apm_traces");
    QCOMPARE(model.itemCode(5), "rum_pv");
    QCOMPARE(model.headerData(4, Qt::Horizontal, WorkspaceCostTableModel::ItemCodeRole),
             "apm_traces");
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), "Log-class data");
    QCOMPARE(model.index(0, WorkspaceCostTableModel::TotalColumn)
                 .data(WorkspaceCostTableModel::CentsRole)
                 .toLongLong(),
             1340);
    QCOMPARE(model.index(2, 4).data().toString(), money::moneyText(9999, QStringLiteral("CNY")));
    QCOMPARE(model.index(1, 0).data(WorkspaceCostTableModel::WorkspaceIdRole), "ws_2");
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 3);
}

void TestWorkspaceCosts::sortsByExactCents_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("name") << 0 << int(Qt::AscendingOrder)
                          << QStringList{"ws_3", "ws_2", "ws_4", "ws_1"};
    QTest::newRow("site, then name")
        << 1 << int(Qt::AscendingOrder) << QStringList{"ws_3", "ws_1", "ws_2", "ws_4"};
    QTest::newRow("total") << 2 << int(Qt::AscendingOrder)
                           << QStringList{"ws_4", "ws_2", "ws_1", "ws_3"};
    QTest::newRow("total, descending")
        << 2 << int(Qt::DescendingOrder) << QStringList{"ws_3", "ws_1", "ws_2", "ws_4"};
    // One cent apart, ties broken by name.
    QTest::newRow("logs") << 3 << int(Qt::AscendingOrder)
                          << QStringList{"ws_4", "ws_3", "ws_2", "ws_1"};
}

void TestWorkspaceCosts::sortsByExactCents()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, ids);
    WorkspaceCostTableModel model(BillingCatalogue::builtIn());
    WorkspaceCostFilterProxy proxy(model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCosts(readBoth(), QStringLiteral("CNY"));
    proxy.sort(column, Qt::SortOrder(order));
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, 0).data(WorkspaceCostTableModel::WorkspaceIdRole).toString();
    QCOMPARE(shown, ids);
}

void TestWorkspaceCosts::filtersByNameOrSite_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("none") << "" << QStringList{"ws_1", "ws_2", "ws_3", "ws_4"};
    QTest::newRow("name, any case") << "SHOP" << QStringList{"ws_1"};
    QTest::newRow("site") << "cn1" << QStringList{"ws_1", "ws_3"};
    QTest::newRow("spaces trimmed") << "  office " << QStringList{"ws_3"};
    QTest::newRow("nothing") << "zzz" << QStringList{};
}

void TestWorkspaceCosts::filtersByNameOrSite()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    WorkspaceCostTableModel model(BillingCatalogue::builtIn());
    WorkspaceCostFilterProxy proxy(model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCosts(readBoth(), QStringLiteral("CNY"));
    proxy.sort(-1);
    proxy.setFilterText(text);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << model.costs().id(proxy.sourceRow(row));
    QCOMPARE(shown, ids);
}

QTEST_GUILESS_MAIN(TestWorkspaceCosts)
#include "tst_workspacecosts.moc"
