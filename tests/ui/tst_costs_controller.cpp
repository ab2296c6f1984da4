// The Costs tab's controllers without widgets, against the real sandbox billing-center and
// its demo account's 90 settled days: a month and its workspace costs load together and add
// up to the cent, another month replaces them, a failed reload keeps what was shown, one
// workspace's month, a day's lines adding up to the day's total.
#include "BillingCatalogue.h"
#include "CostMonths.h"
#include "CostsController.h"
#include "DayLines.h"
#include "MainWindowFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kRows = 40;

bool waitForLoad(CostsController &costs)
{
    return QTest::qWaitFor([&] { return costs.state() != CostsController::State::Loading; },
                           MainWindowFixture::kSlowMs);
}
} // namespace

class TestCostsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offersTwelveMonthsEndingWithTheServersMonth();
    void monthLoadsAndAddsUp();
    void workspaceMonthIsItsRow();
    void dayLinesAddUpToTheDay();
    void failedReloadKeepsWhatWasShown();

private:
    MainWindowFixture m_fixture{kRows};
    QString m_previous;
};

void TestCostsController::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    const QDateTime now = serverNow(m_fixture.http(), &error);
    QVERIFY2(now.isValid(), qPrintable(error));
    m_previous = CostMonths::through(CostMonths::monthOf(now), 2).at(1);
}

void TestCostsController::offersTwelveMonthsEndingWithTheServersMonth()
{
    CostsController costs(m_fixture.client(), BillingCatalogue::builtIn());
    const QDateTime at(QDate(2026, 11, 30), QTime(17, 0), Qt::UTC); // Dec 1st in Beijing
    costs.setClock([at] { return at; });
    QCOMPARE(costs.month(), "2026-12");
    QCOMPARE(costs.months().size(), CostMonths::kOffered);
    QCOMPARE(costs.months().first(), "2026-12");
    QCOMPARE(costs.months().last(), "2026-01");
    costs.setMonth(QStringLiteral("not a month"));
    QCOMPARE(costs.state(), CostsController::State::Idle);
}

void TestCostsController::monthLoadsAndAddsUp()
{
    CostsController costs(m_fixture.client(), BillingCatalogue::builtIn());
    QSignalSpy loaded(&costs, &CostsController::loaded);
    costs.setMonth(m_previous);
    QCOMPARE(costs.state(), CostsController::State::Loading);
    QVERIFY(waitForLoad(costs));
    QCOMPARE(costs.state(), CostsController::State::Loaded);
    QCOMPARE(loaded.size(), 1);
    const MonthStatement &statement = costs.statement();
    QCOMPARE(statement.month, m_previous);
    QVERIFY(statement.totalCents > 0);
    QVERIFY(statement.addsUp());
    const WorkspaceCosts &rows = costs.model().costs();
    QVERIFY(rows.size() > 0 && rows.size() <= kRows);
    QCOMPARE(rows.sumOfTotals(), statement.totalCents);
    for (qsizetype row = 0; row < rows.size(); ++row) {
        qint64 items = 0;
        for (int slot = 0; slot < rows.itemCount(); ++slot)
            items += rows.itemCents(row, slot);
        QCOMPARE(items, rows.totalCents(row));
    }
    costs.reload(); // the month is remembered
    QVERIFY(waitForLoad(costs));
    QCOMPARE(costs.statement().month, m_previous);
    QCOMPARE(costs.statement().totalCents, statement.totalCents);
}

void TestCostsController::workspaceMonthIsItsRow()
{
    CostsController costs(m_fixture.client(), BillingCatalogue::builtIn());
    QVERIFY(!costs.workspaceMonth(QStringLiteral("ws_0")));
    costs.setMonth(m_previous);
    QVERIFY(waitForLoad(costs));
    const WorkspaceCosts &rows = costs.model().costs();
    const auto month = costs.workspaceMonth(rows.id(0));
    QVERIFY(month);
    QCOMPARE(month->month, m_previous);
    QCOMPARE(month->totalCents, rows.totalCents(0));
    qint64 items = 0;
    for (const ItemCents &item : month->byItem) {
        QVERIFY(item.cents != 0);
        items += item.cents;
    }
    QCOMPARE(items, month->totalCents);
    QVERIFY(!costs.workspaceMonth(QStringLiteral("ws_none")));
}

void TestCostsController::dayLinesAddUpToTheDay()
{
    CostsController costs(m_fixture.client(), BillingCatalogue::builtIn());
    costs.setMonth(m_previous);
    QVERIFY(waitForLoad(costs));
    DayLines lines(m_fixture.client());
    for (const int index : {0, 14}) {
        const DayTotal &day = costs.statement().byDay.at(index);
        lines.show(day.day);
        QVERIFY(lines.isLoading());
        QVERIFY(QTest::qWaitFor([&] { return !lines.isLoading(); }, MainWindowFixture::kSlowMs));
        QVERIFY(!lines.error().isError());
        QCOMPARE(lines.day(), day.day);
        QCOMPARE(lines.totalCents(), day.cents);
        for (const BillLine &line : lines.lines())
            QCOMPARE(line.day, day.day);
    }
    lines.clear();
    QVERIFY(!lines.day().isValid());
    QVERIFY(lines.lines().isEmpty());
}

void TestCostsController::failedReloadKeepsWhatWasShown()
{
    CostsController costs(m_fixture.client(), BillingCatalogue::builtIn());
    costs.setMonth(m_previous);
    QVERIFY(waitForLoad(costs));
    const qint64 total = costs.statement().totalCents;
    const int rows = costs.model().rowCount();
    QVERIFY(m_fixture.server().stop());
    costs.reload();
    QVERIFY(waitForLoad(costs));
    QCOMPARE(costs.state(), CostsController::State::Failed);
    QVERIFY(costs.error().isUnreachable());
    QVERIFY(costs.hasStatement());
    QCOMPARE(costs.statement().totalCents, total);
    QCOMPARE(costs.model().rowCount(), rows);
}

QTEST_GUILESS_MAIN(TestCostsController)
#include "tst_costs_controller.moc"
