// The details pane's history without widgets, against the real sandbox billing-center: a
// workspace's events load once the selection settles on it, newest first; a refresh keeps
// what is shown until the answer; only the last of quick selections loads, a reply for an
// earlier one never shows; an unknown workspace says why.
#include "MainWindowFixture.h"
#include "WorkspaceHistory.h"

#include <QSignalSpy>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kSlow = MainWindowFixture::kSlowMs;
} // namespace

class TestWorkspaceHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void loadsWhenTheSelectionSettles();
    void refreshShowsAChangeNewestFirst();
    void sameSelectionDoesNotReload();
    void onlyTheLastSelectionLoads();
    void lateReplyOfAnEarlierSelectionIsDropped();
    void clearStopsAndEmpties();
    void unknownWorkspaceSaysWhy();

private:
    QString newWorkspace(const QString &name);
    bool waitLoaded();
    QStringList workspaceIdsShown() const;

    MainWindowFixture m_fixture{4};
    std::unique_ptr<WorkspaceHistory> m_history;
    QString m_first;
    QString m_second;
    QString m_third;
};

void TestWorkspaceHistory::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    m_first = newWorkspace(QStringLiteral("History one"));
    m_second = newWorkspace(QStringLiteral("History two"));
    m_third = newWorkspace(QStringLiteral("History three"));
    QVERIFY(!m_first.isEmpty() && !m_second.isEmpty() && !m_third.isEmpty());
}

void TestWorkspaceHistory::init()
{
    m_history = std::make_unique<WorkspaceHistory>(m_fixture.client());
    m_history->loader().setSettleDelay(50);
}

QString TestWorkspaceHistory::newWorkspace(const QString &name)
{
    QString error;
    const QJsonObject ws =
        createWorkspace(m_fixture.http(), workspaceBody(name, QStringLiteral("cn1")), &error);
    if (!error.isEmpty())
        qWarning() << error;
    return ws.value(QLatin1String("id")).toString();
}

bool TestWorkspaceHistory::waitLoaded()
{
    EventLoader &loader = m_history->loader();
    QSignalSpy finished(&loader, &EventLoader::finished);
    if (loader.state() != EventLoader::State::Loading)
        return false;
    return finished.wait(kSlow) && loader.state() == EventLoader::State::Loaded;
}

QStringList TestWorkspaceHistory::workspaceIdsShown() const
{
    QStringList ids;
    for (const SettlementEvent &event : m_history->loader().model().events())
        ids.append(event.workspaceId);
    ids.removeDuplicates();
    return ids;
}

void TestWorkspaceHistory::loadsWhenTheSelectionSettles()
{
    QSignalSpy finished(&m_history->loader(), &EventLoader::finished);
    m_history->select(m_first);
    QCOMPARE(m_history->workspaceId(), m_first);
    QCOMPARE(m_history->loader().state(), EventLoader::State::Loading);
    QVERIFY2(waitLoaded(), qPrintable(m_history->loader().error().detail));
    QCOMPARE(workspaceIdsShown(), QStringList{m_first});

    // A new workspace's history is its creation by the user who created it.
    const EventTableModel &model = m_history->loader().model();
    QCOMPARE(model.rowCount(), 1);
    const SettlementEvent &created = model.event(0);
    QCOMPARE(created.event, EventKind::Created);
    QCOMPARE(created.actor, EventActor::user(MainWindowFixture::kUser));
    QCOMPARE(created.reason, EventReason::UserChange);
    QVERIFY(created.to && created.to->method == SettlementMethod::BillingCenter);
    QCOMPARE(created.workspaceName, QStringLiteral("History one"));
}

void TestWorkspaceHistory::refreshShowsAChangeNewestFirst()
{
    m_history->select(m_first);
    QVERIFY(waitLoaded());
    const int before = m_history->loader().model().rowCount();

    QString error;
    QVERIFY2(m_fixture.changeBehindTheBack(m_first, QStringLiteral("azure"), &error),
             qPrintable(error));
    m_history->refresh();
    // What was shown stays until the answer replaces it.
    QCOMPARE(m_history->loader().model().rowCount(), before);
    QVERIFY(waitLoaded());
    const EventTableModel &model = m_history->loader().model();
    QCOMPARE(model.rowCount(), before + 1);
    const SettlementEvent &changed = model.event(0);
    QCOMPARE(changed.event, EventKind::SettlementChanged);
    QCOMPARE(changed.actor, EventActor::user(MainWindowFixture::kUser));
    QVERIFY(changed.from && changed.from->method == SettlementMethod::BillingCenter);
    QVERIFY(changed.to && changed.to->method == SettlementMethod::Azure);
    QVERIFY(changed.at >= model.event(model.rowCount() - 1).at);
    QCOMPARE(model.index(0, EventTableModel::WhoColumn).data().toString(),
             MainWindowFixture::kUser);
}

void TestWorkspaceHistory::sameSelectionDoesNotReload()
{
    m_history->select(m_second);
    QVERIFY(waitLoaded());
    QSignalSpy states(&m_history->loader(), &EventLoader::stateChanged);
    m_history->select(m_second);
    QTest::qWait(200);
    QCOMPARE(states.count(), 0);
    QCOMPARE(m_history->loader().state(), EventLoader::State::Loaded);
}

void TestWorkspaceHistory::onlyTheLastSelectionLoads()
{
    QSignalSpy finished(&m_history->loader(), &EventLoader::finished);
    m_history->loader().setSettleDelay(300);
    m_history->select(m_first);
    m_history->select(m_second);
    m_history->select(m_third);
    QVERIFY(finished.wait(kSlow));
    QTest::qWait(500);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(workspaceIdsShown(), QStringList{m_third});
}

void TestWorkspaceHistory::lateReplyOfAnEarlierSelectionIsDropped()
{
    QSignalSpy finished(&m_history->loader(), &EventLoader::finished);
    // The first workspace's request is on its way when the selection moves on.
    m_history->select(m_first);
    m_history->loader().loadHistory(m_first, EventLoader::Timing::Now);
    m_history->select(m_second);
    QCOMPARE(m_history->loader().model().rowCount(), 0);
    QVERIFY(finished.wait(kSlow));
    QTest::qWait(500);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_history->loader().state(), EventLoader::State::Loaded);
    QCOMPARE(workspaceIdsShown(), QStringList{m_second});
}

void TestWorkspaceHistory::clearStopsAndEmpties()
{
    m_history->select(m_first);
    QVERIFY(waitLoaded());
    m_history->select(m_second);
    QSignalSpy finished(&m_history->loader(), &EventLoader::finished);
    m_history->clear();
    QCOMPARE(m_history->loader().state(), EventLoader::State::Idle);
    QCOMPARE(m_history->loader().model().rowCount(), 0);
    QVERIFY(m_history->workspaceId().isEmpty());
    QTest::qWait(400);
    QCOMPARE(finished.count(), 0);
    m_history->refresh(); // nothing is shown: nothing to load
    QCOMPARE(m_history->loader().state(), EventLoader::State::Idle);
}

void TestWorkspaceHistory::unknownWorkspaceSaysWhy()
{
    QSignalSpy finished(&m_history->loader(), &EventLoader::finished);
    m_history->select(QStringLiteral("ws_ffffffffffffffff"));
    QVERIFY(finished.wait(kSlow));
    const EventLoader &loader = m_history->loader();
    QCOMPARE(loader.state(), EventLoader::State::Failed);
    QVERIFY(loader.error().isError());
    QCOMPARE(loader.error().httpStatus, 404);
    QVERIFY(!loader.error().userMessage().isEmpty());
    QCOMPARE(loader.model().rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestWorkspaceHistory)
#include "tst_workspace_history.moc"
