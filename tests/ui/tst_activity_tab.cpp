// The Activity tab against the real sandbox billing-center and its demo account: a bulk
// apply of 1 000 rows lists 1 000 events with the operator's name; a released Alibaba Cloud
// subscription lists one event per workspace it paid for, from "Alibaba Cloud Marketplace"
// for "subscription released", in the tab and in each workspace's history; the filters
// narrow the list; each event leads to its workspace; errors are said in the tab and the
// filters stay.
#include "AccessibilityWalk.h"
#include "ActivityFilterBar.h"
#include "ActivityLookup.h"
#include "BulkApplyEngine.h"
#include "FilterBar.h"
#include "MainWindowActions.h"
#include "ShownMainWindow.h"
#include "StagingCommands.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceStatusBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kSlow = MainWindowFixture::kSlowMs;
constexpr int kRows = 2400; // about half settled through the Billing Center
constexpr int kBulk = 1000;
} // namespace

class TestActivityTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loadsWhenFirstShown();
    void everyInputNamedAndReached();
    void bulkApplyListsEveryChangeWithTheUserName();
    void releasedSubscriptionOncePerWorkspace();
    void filtersNarrowTheList();
    void eventLeadsToItsWorkspace();
    void workspaceNotInTheTableSaysSo();
    void periodEndingBeforeItStartsSaysWhy();
    void failedLoadSaysWhyAndKeepsTheFilters();

private:
    template <typename T> T *find(const char *name) const
    {
        T *widget = m_tab->findChild<T *>(QLatin1String(name));
        Q_ASSERT(widget);
        return widget;
    }
    // Sets a filter as the user does and waits for the list it loads.
    bool choose(const char *comboBox, const QString &value);
    bool chooseActor(const QString &wire) { return choose("activityActorComboBox", wire); }
    bool chooseEvent(const QString &wire) { return choose("activityEventComboBox", wire); }
    bool typeWorkspace(const QString &text);
    bool waitForList();
    void resetFilters();
    QString text(int row, int column) const;
    QString countText() const { return find<QLabel>("activityCountLabel")->text(); }
    QString errorText() const;

    MainWindowFixture m_fixture{kRows};
    ShownMainWindow m_shown;
    MainWindow *m_window = nullptr;
    WorkspaceSession *m_session = nullptr;
    ActivityTab *m_tab = nullptr;
    QStringList m_bulkIds;
    QStringList m_releasedIds;
};

void TestActivityTab::initTestCase()
{
    QString error;
    QVERIFY2(m_shown.open(m_fixture, &error), qPrintable(error));
    m_window = &m_shown.window();
    m_session = &m_shown.session();
    m_tab = activityTabOf(*m_window);
    QVERIFY(m_tab);
}

void TestActivityTab::cleanupTestCase()
{
    m_shown.close();
}

bool TestActivityTab::waitForList()
{
    return waitForLoad(m_tab->loader());
}

bool TestActivityTab::choose(const char *comboBox, const QString &value)
{
    auto *box = find<QComboBox>(comboBox);
    const int index = box->findData(value);
    if (index < 0 || index == box->currentIndex())
        return false;
    box->setCurrentIndex(index);
    return m_tab->loader().state() == EventLoader::State::Loading && waitForList();
}

bool TestActivityTab::typeWorkspace(const QString &text)
{
    auto *edit = find<QLineEdit>("activityWorkspaceLineEdit");
    edit->clear();
    QTest::keyClicks(edit, text);
    return waitForList();
}

void TestActivityTab::resetFilters()
{
    m_tab->filterBar()->setQuery(ActivityQuery::lastDays(30, QDate::currentDate()));
    m_tab->refresh();
    QVERIFY(waitForList());
}

QString TestActivityTab::text(int row, int column) const
{
    return m_tab->tableView()->model()->index(row, column).data().toString();
}

QString TestActivityTab::errorText() const
{
    auto *label = find<QLabel>("activityErrorLabel");
    return label->isVisible() ? label->text() : QString();
}

void TestActivityTab::loadsWhenFirstShown()
{
    QCOMPARE(m_tab->loader().state(), EventLoader::State::Idle); // not shown yet
    QVERIFY(showActivity(*m_window));
    const int rows = m_tab->tableView()->model()->rowCount();
    QVERIFY2(countText().contains(QString::number(rows)) || rows == 0, qPrintable(countText()));
    QVERIFY(errorText().isEmpty());
    QCOMPARE(m_tab->filterBar()->query(), ActivityQuery::lastDays(30, QDate::currentDate()));
}

void TestActivityTab::bulkApplyListsEveryChangeWithTheUserName()
{
    QList<Workspace> selection;
    for (const Workspace &ws : m_session->model().workspaces()) {
        if (ws.settlement.method == SettlementMethod::BillingCenter && selection.size() < kBulk)
            selection.append(ws);
    }
    QCOMPARE(selection.size(), kBulk);
    for (const Workspace &ws : std::as_const(selection))
        m_bulkIds.append(ws.id);
    // Azure is granted to the demo account on every site; its subscription is claimed.
    const SettlementChange target = MainWindowFixture::target(SettlementMethod::Azure);
    m_session->undoStack().push(new StageChangesCommand(m_session->staged(), selection, target));
    QSignalSpy applied(&m_session->engine(), &BulkApplyEngine::finished);
    m_window->actions().apply->trigger();
    QVERIFY(applied.wait(kSlow * 3));
    QCOMPARE(m_session->engine().summary().applied, kBulk);

    // The tab was loaded before: it loads again when shown.
    QVERIFY(showActivity(*m_window));
    QVERIFY(chooseActor(QStringLiteral("user:demo")));
    QVERIFY(chooseEvent(QStringLiteral("settlement_changed")));
    const EventTableModel &model = m_tab->loader().model();
    QCOMPARE(model.rowCount(), kBulk);
    QSet<QString> listed;
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(text(row, EventTableModel::WhoColumn), u"demo"_qs);
        QCOMPARE(text(row, EventTableModel::ChangeColumn),
                 u"Billing Center account → Azure subscription "_qs
                     + MainWindowFixture::kDemoAzureSubscription);
        listed.insert(model.event(row).workspaceId);
    }
    QCOMPARE(listed, QSet<QString>(m_bulkIds.cbegin(), m_bulkIds.cend()));
    QVERIFY2(countText().contains(u"1000"_qs), qPrintable(countText()));
}

void TestActivityTab::releasedSubscriptionOncePerWorkspace()
{
    QString instanceId;
    for (const Workspace &ws : m_session->model().workspaces()) {
        if (ws.settlement.method == SettlementMethod::Aliyun
            && ws.status == WorkspaceStatus::Active)
            instanceId = ws.settlement.instanceId;
    }
    QVERIFY(!instanceId.isEmpty());
    for (const Workspace &ws : m_session->model().workspaces()) {
        if (ws.settlement.instanceId == instanceId)
            m_releasedIds.append(ws.id);
    }
    QString error;
    sandboxInstanceAction(m_fixture.http(), instanceId, QStringLiteral("release"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A refresh of the table while the tab is shown loads the tab again too.
    QSignalSpy loads(&m_tab->loader(), &EventLoader::finished);
    QVERIFY2(MainWindowFixture::sync(*m_session, &error), qPrintable(error));
    QVERIFY(loads.wait(kSlow));
    QVERIFY(chooseActor(QStringLiteral("marketplace:aliyun")));

    const EventTableModel &model = m_tab->loader().model();
    QStringList listed;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.event(row).reason != EventReason::SubscriptionReleased)
            continue;
        listed.append(model.event(row).workspaceId);
        QCOMPARE(text(row, EventTableModel::WhoColumn), u"Alibaba Cloud Marketplace"_qs);
        QCOMPARE(text(row, EventTableModel::EventColumn), u"settlement changed"_qs);
        QCOMPARE(text(row, EventTableModel::ReasonColumn), u"subscription released"_qs);
        QVERIFY(text(row, EventTableModel::ChangeColumn).endsWith(u"→ Billing Center account"_qs));
    }
    listed.sort();
    m_releasedIds.sort();
    QCOMPARE(listed, m_releasedIds); // one event for each workspace, none twice

    // The same event heads the workspace's own history in the details pane.
    QVERIFY(selectAndLoadHistory(*m_window, m_releasedIds.first()));
    auto *list = m_window->findChild<QListView *>(QStringLiteral("historyListView"));
    const QString top = list->model()->index(0, 0).data().toString();
    QVERIFY2(top.contains(u"Alibaba Cloud Marketplace"_qs)
                 && top.contains(u"subscription released"_qs),
             qPrintable(top));
}

void TestActivityTab::filtersNarrowTheList()
{
    QVERIFY(showActivity(*m_window));
    resetFilters();
    const int all = m_tab->tableView()->model()->rowCount();
    QVERIFY(all >= kBulk + m_releasedIds.size());
    const EventTableModel &model = m_tab->loader().model();

    QVERIFY(chooseActor(QStringLiteral("marketplace")));
    QVERIFY(model.rowCount() >= m_releasedIds.size() && model.rowCount() < all);
    for (const SettlementEvent &event : model.events())
        QCOMPARE(event.actor.kind, ActorKind::Marketplace);

    QVERIFY(chooseActor(QStringLiteral("system")));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(text(row, EventTableModel::WhoColumn), u"system"_qs);

    QVERIFY(chooseActor(QString()));
    QVERIFY(chooseEvent(QStringLiteral("settlement_changed")));
    QCOMPARE(model.rowCount(), kBulk + m_releasedIds.size());

    // A workspace by ID (the server filters), then by a part of its name (the tab does).
    const Workspace ws = m_session->model().workspace(m_session->model().rowOf(m_bulkIds.at(7)));
    QVERIFY(typeWorkspace(ws.id));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.event(0).workspaceId, ws.id);
    QVERIFY(typeWorkspace(ws.name.toUpper()));
    QVERIFY(model.rowCount() >= 1);
    for (const SettlementEvent &event : model.events())
        QVERIFY(event.workspaceName.contains(ws.name, Qt::CaseInsensitive));
    QVERIFY(typeWorkspace(QStringLiteral("no workspace is called this")));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(countText(), u"No events match these filters."_qs);

    // A period that ended yesterday has none of today's events.
    QVERIFY(typeWorkspace(QString()));
    const QDate yesterday = QDate::currentDate().addDays(-1);
    find<QDateEdit>("toDateEdit")->setDate(yesterday);
    QVERIFY(waitForList());
    for (const SettlementEvent &event : model.events())
        QVERIFY(event.at.toLocalTime().date() <= yesterday);
    QVERIFY(model.rowCount() < all);
    resetFilters();
}

void TestActivityTab::eventLeadsToItsWorkspace()
{
    QVERIFY(showActivity(*m_window));
    QTableView *table = m_tab->tableView();
    auto *button = find<QPushButton>("showWorkspaceButton");
    QVERIFY(!button->isEnabled()); // no event chosen yet
    auto expectShown = [this](const QString &id) {
        return m_window->tabs()->currentIndex() == MainWindow::WorkspacesTab
               && m_window->selectedWorkspaces().size() == 1
               && m_window->selectedWorkspaces().first().id == id;
    };

    // The button.
    table->selectRow(0);
    QVERIFY(button->isEnabled());
    const QString first =
        table->model()->index(0, 0).data(EventTableModel::WorkspaceIdRole).toString();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(expectShown(first));
    QVERIFY(waitForLoad(historyOf(*m_window)->loader()));
    QCOMPARE(historyOf(*m_window)->workspaceId(), first);

    // Enter on an event.
    m_window->tabs()->setCurrentIndex(MainWindow::ActivityTabIndex);
    const int row = int(m_bulkIds.size() / 2);
    table->setCurrentIndex(table->model()->index(row, EventTableModel::ReasonColumn));
    const QString second = table->currentIndex().data(EventTableModel::WorkspaceIdRole).toString();
    QVERIFY(second != first);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(expectShown(second));

    // A double-click, with the table filtered so that the row is not in view.
    m_window->filterBar()->setText(QStringLiteral("no such workspace"));
    m_window->tabs()->setCurrentIndex(MainWindow::ActivityTabIndex);
    table->scrollToTop();
    const QRect cell = table->visualRect(table->model()->index(2, EventTableModel::WhoColumn));
    const QString third =
        table->model()->index(2, 0).data(EventTableModel::WorkspaceIdRole).toString();
    // As a window system sends it: press and release, then the double-click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(expectShown(third));
    QCOMPARE(m_session->proxy().rowCount(), m_session->model().rowCount()); // filter cleared
}

void TestActivityTab::workspaceNotInTheTableSaysSo()
{
    // Created by another administrator after the table's last refresh.
    QString error;
    const QString id =
        createWorkspace(m_fixture.http(), workspaceBody(u"Created elsewhere"_qs, u"cn1"_qs), &error)
            .value(QLatin1String("id"))
            .toString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(showActivity(*m_window));
    QVERIFY(typeWorkspace(id));
    QCOMPARE(m_tab->tableView()->model()->rowCount(), 1);
    m_tab->tableView()->selectRow(0);
    QTest::mouseClick(find<QPushButton>("showWorkspaceButton"), Qt::LeftButton);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::WorkspacesTab));
    QVERIFY(m_window->selectedWorkspaces().isEmpty());
    const QString note = m_window->workspaceStatusBar()->noteText();
    QVERIFY2(note.contains(id) && note.contains(u"not in the table"_qs), qPrintable(note));
    resetFilters();
}

void TestActivityTab::everyInputNamedAndReached()
{
    m_window->tabs()->setCurrentIndex(MainWindow::ActivityTabIndex);
    const QList<QWidget *> inputs = AccessibilityWalk::inputs(m_window);
    QVERIFY(inputs.contains(m_tab->tableView()));
    QVERIFY(inputs.contains(find<QDateEdit>("fromDateEdit")));
    const QString problems = AccessibilityWalk::problems(m_window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestActivityTab::periodEndingBeforeItStartsSaysWhy()
{
    QVERIFY(showActivity(*m_window));
    const QDate today = QDate::currentDate();
    find<QDateEdit>("fromDateEdit")->setDate(today);
    find<QDateEdit>("toDateEdit")->setDate(today.addDays(-3));
    QCOMPARE(m_tab->loader().state(), EventLoader::State::Idle);
    QVERIFY2(errorText().startsWith(u"The period starts after it ends"_qs),
             qPrintable(errorText()));
    QCOMPARE(m_tab->filterBar()->query().to, today.addDays(-3));
    QCOMPARE(m_tab->tableView()->model()->rowCount(), 0);
    resetFilters();
    QVERIFY(errorText().isEmpty());
}

void TestActivityTab::failedLoadSaysWhyAndKeepsTheFilters()
{
    QVERIFY(showActivity(*m_window));
    QVERIFY(chooseActor(QStringLiteral("marketplace:aliyun")));
    QVERIFY(typeWorkspace(QStringLiteral("payments")));
    const ActivityQuery chosen = m_tab->filterBar()->query();

    QVERIFY(m_fixture.server().stop());
    QTest::mouseClick(find<QPushButton>("refreshActivityButton"), Qt::LeftButton);
    QVERIFY(waitForLoad(m_tab->loader(), EventLoader::State::Failed));
    QVERIFY2(errorText().startsWith(u"Could not load the activity: "_qs), qPrintable(errorText()));
    QCOMPARE(countText(), u"No events listed."_qs);
    QCOMPARE(m_tab->filterBar()->query(), chosen);
    for (QWidget *window : QApplication::topLevelWidgets())
        QVERIFY2(!qobject_cast<QMessageBox *>(window) || !window->isVisible(),
                 qPrintable(window->objectName()));
}

QTEST_MAIN(TestActivityTab)
#include "tst_activity_tab.moc"
