// The Costs tab against the real sandbox billing-center, whose demo account has 90 settled
// days of bills: the month's figures add up to the cent (payers, items, sites, days, the
// workspace table), another month loads from the picker, the table sorts by exact cents and
// filters, a day's lines sum to that day's total, the details pane shows a workspace's month.
#include "AccessibilityWalk.h"
#include "CostsLookup.h"
#include "DailyCostChart.h"
#include "DayLines.h"
#include "DayLinesView.h"
#include "MainWindowActions.h"
#include "MoneyText.h"
#include "ShownMainWindow.h"
#include "StatementSummaryView.h"
#include "WorkspaceCostView.h"

#include <QAction>
#include <QBarSet>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTreeWidget>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kRows = 60;
} // namespace

class TestCostsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shortcutShowsTheCurrentMonth();
    void everyInputNamedAndReached();
    void previousMonthAddsUpToTheCent();
    void tableSortsByExactCents();
    void filterNarrowsTheTable();
    void dayShowsItsLines();
    void detailsPaneShowsTheWorkspaceMonth();

private:
    // Picks the month before the current one (settled throughout) and waits for it.
    bool showPreviousMonth();

    MainWindowFixture m_fixture{kRows};
    ShownMainWindow m_shown;
    MainWindow *m_window = nullptr;
    CostsTab *m_tab = nullptr;
};

void TestCostsTab::initTestCase()
{
    QString error;
    QVERIFY2(m_shown.open(m_fixture, &error), qPrintable(error));
    m_window = &m_shown.window();
    m_tab = m_window->costsTab();
    QVERIFY(m_tab);
}

void TestCostsTab::cleanupTestCase()
{
    m_shown.close();
}

bool TestCostsTab::showPreviousMonth()
{
    if (!showCosts(*m_window))
        return false;
    QComboBox *months = m_tab->monthComboBox();
    if (months->currentIndex() != 1) {
        months->setCurrentIndex(1);
        Q_EMIT months->activated(1);
    }
    return waitForCosts(m_window->costs())
           && m_window->costs().statement().month == months->itemData(1).toString();
}

void TestCostsTab::shortcutShowsTheCurrentMonth()
{
    QCOMPARE(m_window->actions().showCosts->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
    m_window->actions().showCosts->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), m_tab);
    QVERIFY(waitForCosts(m_window->costs()));
    const CostsController &costs = m_window->costs();
    QCOMPARE(m_tab->monthComboBox()->currentData().toString(), costs.months().first());
    QCOMPARE(costs.statement().month, costs.months().first());
    QVERIFY(costs.statement().addsUp());
}

void TestCostsTab::everyInputNamedAndReached()
{
    QVERIFY(showCosts(*m_window));
    const QList<QWidget *> inputs = AccessibilityWalk::inputs(m_window);
    QVERIFY(inputs.contains(m_tab->tableView()));
    QVERIFY(inputs.contains(m_tab->monthComboBox()));
    const QString problems = AccessibilityWalk::problems(m_window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestCostsTab::previousMonthAddsUpToTheCent()
{
    QVERIFY(showPreviousMonth());
    CostsController &costs = m_window->costs();
    const MonthStatement &statement = costs.statement();
    QVERIFY(statement.totalCents > 0);
    QVERIFY(statement.addsUp());
    QVERIFY(statement.byDay.size() >= 28);
    // The table's rows add up to the statement, in all and per item.
    const WorkspaceCosts &rows = costs.model().costs();
    QVERIFY(rows.size() > 0);
    QCOMPARE(rows.sumOfTotals(), statement.totalCents);
    for (const ItemTotal &item : statement.byItem)
        QCOMPARE(rows.sumOfItem(rows.itemSlot(item.item)), item.cents);
    // What the summary shows is those figures, with the currency.
    StatementSummaryView *summary = m_tab->summaryView();
    QVERIFY2(summary->totalLabel()->text().contains(
                 money::moneyText(statement.totalCents, statement.currency)),
             qPrintable(summary->totalLabel()->text()));
    QCOMPARE(summary->payerTree()->topLevelItemCount(), statement.byPayer.size());
    QCOMPARE(summary->itemTree()->topLevelItemCount(), statement.byItem.size());
    QCOMPARE(summary->siteTree()->topLevelItemCount(), statement.bySite.size());
    QCOMPARE(summary->payerTree()->topLevelItem(0)->text(1),
             money::moneyText(statement.byPayer.first().cents, statement.currency));
    QCOMPARE(m_tab->chart()->days().size(), statement.byDay.size());
}

void TestCostsTab::tableSortsByExactCents()
{
    QVERIFY(showPreviousMonth());
    QTableView *table = m_tab->tableView();
    table->sortByColumn(WorkspaceCostTableModel::TotalColumn, Qt::DescendingOrder);
    QAbstractItemModel *model = table->model();
    QVERIFY(model->rowCount() > 1);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 cents = model->index(row, WorkspaceCostTableModel::TotalColumn)
                                 .data(WorkspaceCostTableModel::CentsRole)
                                 .toLongLong();
        QVERIFY(cents <= previous);
        previous = cents;
    }
}

void TestCostsTab::filterNarrowsTheTable()
{
    QVERIFY(showPreviousMonth());
    QAbstractItemModel *model = m_tab->tableView()->model();
    const int all = model->rowCount();
    const QString name = model->index(0, WorkspaceCostTableModel::NameColumn).data().toString();
    QTest::keyClicks(m_tab->filterLineEdit(), name);
    QVERIFY(model->rowCount() >= 1);
    QVERIFY(model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row, 0).data().toString().contains(name, Qt::CaseInsensitive)
                || model->index(row, 1).data().toString().contains(name, Qt::CaseInsensitive));
    }
    m_tab->filterLineEdit()->clear();
    QCOMPARE(model->rowCount(), all);
}

void TestCostsTab::dayShowsItsLines()
{
    QVERIFY(showPreviousMonth());
    const DayTotal day = m_window->costs().statement().byDay.at(2);
    auto *series =
        m_tab->chart()->chart()->series().isEmpty()
            ? nullptr
            : qobject_cast<QStackedBarSeries *>(m_tab->chart()->chart()->series().first());
    QVERIFY(series);
    QVERIFY(!series->barSets().isEmpty());
    Q_EMIT series->barSets().first()->clicked(2); // as a click on the day's bar
    DayLines *lines = m_window->findChild<DayLines *>();
    QVERIFY(lines);
    QCOMPARE(lines->day(), day.day);
    QVERIFY(QTest::qWaitFor([lines] { return !lines->isLoading(); }, MainWindowFixture::kSlowMs));
    QVERIFY(!lines->error().isError());
    QVERIFY(!lines->lines().isEmpty());
    QCOMPARE(lines->totalCents(), day.cents);
    QCOMPARE(m_tab->dayLinesView()->tree()->topLevelItemCount(), lines->lines().size());
    QVERIFY2(m_tab->dayLinesView()->titleLabel()->text().contains(
                 money::moneyText(day.cents, m_window->costs().statement().currency)),
             qPrintable(m_tab->dayLinesView()->titleLabel()->text()));
}

void TestCostsTab::detailsPaneShowsTheWorkspaceMonth()
{
    QVERIFY(showPreviousMonth());
    CostsController &costs = m_window->costs();
    const WorkspaceCosts &rows = costs.model().costs();
    QVERIFY(rows.size() > 0);
    const QString id = rows.id(0);
    m_window->showWorkspace(id);
    auto *view = m_window->findChild<WorkspaceCostView *>();
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QVERIFY2(view->textLabel()->text().contains(
                 money::moneyText(rows.totalCents(0), costs.statement().currency)),
             qPrintable(view->textLabel()->text()));
}

QTEST_MAIN(TestCostsTab)
#include "tst_costs_tab.moc"
