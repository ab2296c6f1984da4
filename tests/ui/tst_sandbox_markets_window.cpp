// The Sandbox markets window against the real sandbox billing-center: the Sandbox menu only
// on a sandbox; subscribing in the Alibaba Cloud tab lists the instance with the IDs to take
// to Billing Desk; its console actions and the account's binding show in the row; the
// clock moves one day; typed inputs are checked and kept; a server without the sandbox
// markets says so in every tab.
#include "MainWindowActions.h"
#include "MeteringRecordModel.h"
#include "RegistrationFixture.h"
#include "SandboxClock.h"
#include "SandboxMailboxWindow.h"
#include "SandboxMarketConsole.h"
#include "SandboxMarketTab.h"
#include "SandboxMarketsWindow.h"
#include "SandboxMeteringPanel.h"
#include "SandboxSubscribeForm.h"
#include "SandboxSubscriptionModel.h"
#include "SandboxSubscriptionPanel.h"
#include "SandboxWindows.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kSlow = 60000; // password hashing on a loaded machine

QString cell(SandboxMarketTab &tab, int row, int column)
{
    auto *model = tab.console().subscriptions();
    return model->data(model->index(row, column)).toString();
}

QPushButton *button(QWidget &parent, const QString &name)
{
    return parent.findChild<QPushButton *>(name);
}

// Clicks a console button of the tab and waits for the marketplace's answer.
bool act(SandboxMarketTab &tab, const QString &buttonName)
{
    QSignalSpy busy(&tab.console(), &SandboxMarketConsole::busyChanged);
    QTest::mouseClick(button(tab, buttonName), Qt::LeftButton);
    return tab.console().isBusy() && busy.wait(kSlow) && !tab.console().isBusy();
}
} // namespace

class TestSandboxMarketsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menuOnlyOnTheSandbox();
    void aliyunSubscriptionShowsItsRow();
    void aliyunActionsAndBindingShowInTheRow();
    void advanceOneDayMovesTheServerClock();
    void invalidInputIsExplainedAndKept();
    void serverWithoutSandboxMarketsSaysSo();

private:
    // Subscribes in the tab as shown; the new row, or -1.
    int subscribe(SandboxMarketTab &tab);

    RegistrationFixture m_fixture;
    Session m_session;
    std::unique_ptr<BillingClient> m_client;
};

void TestSandboxMarketsWindow::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    m_session = registerAccount(m_fixture.http(), uniqueName(QStringLiteral("markets")));
    QVERIFY2(m_session.ok(), qPrintable(m_session.error));
    m_client = m_fixture.newClient();
    m_client->setSession({m_session.token, {}, {}});
}

int TestSandboxMarketsWindow::subscribe(SandboxMarketTab &tab)
{
    const int before = tab.console().subscriptions()->rowCount();
    if (!act(tab, QStringLiteral("subscribeButton")))
        return -1;
    return tab.console().subscriptions()->rowCount() == before + 1 ? before : -1;
}

void TestSandboxMarketsWindow::menuOnlyOnTheSandbox()
{
    QUndoStack undo;
    QMainWindow plain;
    MainWindowActions plainActions(plain, undo, QStringLiteral("Billing Desk"), false);
    QVERIFY(!plainActions.sandboxMarkets);
    QVERIFY(!plain.menuBar()->findChild<QMenu *>(QStringLiteral("sandboxMenu")));

    QMainWindow sandbox;
    MainWindowActions actions(sandbox, undo, QStringLiteral("Billing Desk"), true);
    auto *menu = sandbox.menuBar()->findChild<QMenu *>(QStringLiteral("sandboxMenu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(actions.sandboxMarkets));
    QVERIFY(menu->actions().contains(actions.sandboxMailbox));
    SandboxWindows windows(*m_client, &sandbox, actions.sandboxMarkets, actions.sandboxMailbox);
    actions.sandboxMarkets->trigger();
    SandboxMarketsWindow *markets = windows.markets();
    QVERIFY(markets);
    QVERIFY(QTest::qWaitForWindowExposed(markets));
    QCOMPARE(markets->tabs()->count(), 4);
    QCOMPARE(markets->tabs()->tabText(0), u"Alibaba Cloud"_qs);
    QCOMPARE(markets->tabs()->tabText(1), u"AWS"_qs);
    QCOMPARE(markets->tabs()->tabText(2), u"Huawei Cloud"_qs);
    QCOMPARE(markets->tabs()->tabText(3), u"Azure"_qs);
    actions.sandboxMarkets->trigger(); // raised, not made twice
    QCOMPARE(windows.markets(), markets);
    actions.sandboxMailbox->trigger();
    QVERIFY(windows.mailbox());
    QVERIFY(windows.mailbox()->isVisible());
}

void TestSandboxMarketsWindow::aliyunSubscriptionShowsItsRow()
{
    SandboxMarketsWindow window(*m_client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SandboxMarketTab *tab = window.tab(SettlementMethod::Aliyun);
    QVERIFY(tab);
    QLineEdit *uidField = tab->form()->field(SandboxInput::AliUid);
    QCOMPARE(uidField->text().size(), 16); // a valid UID is filled in
    const QString uid = uniqueUid();
    uidField->setText(uid);

    const int row = subscribe(*tab);
    QVERIFY2(row == 0, qPrintable(tab->statusText()));
    const QString instanceId = cell(*tab, row, SandboxSubscriptionModel::IdColumn);
    QVERIFY(!instanceId.isEmpty());
    QCOMPARE(cell(*tab, row, SandboxSubscriptionModel::CustomerColumn), uid);
    QCOMPARE(cell(*tab, row, SandboxSubscriptionModel::StatusColumn), u"Active"_qs);
    QCOMPARE(cell(*tab, row, SandboxSubscriptionModel::BoundColumn), u"0"_qs);
    QVERIFY2(tab->statusText().contains(instanceId), qPrintable(tab->statusText()));
    QCOMPARE(uidField->text(), uid); // what was typed stays

    // The new row is selected: the IDs to type into Change settlement, and its metering.
    QCOMPARE(tab->table()->currentIndex().row(), row);
    const QString ids = tab->subscriptionPanel()->codeText();
    QVERIFY2(ids.contains(uid) && ids.contains(instanceId), qPrintable(ids));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->console().isLoadingMetering(), kSlow);
    QCOMPARE(tab->console().metering()->rowCount(), 0);
    QVERIFY2(tab->meteringPanel()->statusText().contains(u"No usage records yet"_qs),
             qPrintable(tab->meteringPanel()->statusText()));
}

void TestSandboxMarketsWindow::aliyunActionsAndBindingShowInTheRow()
{
    SandboxMarketsWindow window(*m_client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SandboxMarketTab *tab = window.tab(SettlementMethod::Aliyun);
    const QString uid = uniqueUid();
    tab->form()->field(SandboxInput::AliUid)->setText(uid);
    const int row = subscribe(*tab);
    QVERIFY2(row == 0, qPrintable(tab->statusText()));
    const QString instanceId = cell(*tab, row, SandboxSubscriptionModel::IdColumn);

    // The account binds a workspace to it; Refresh status shows the binding.
    HttpClient &http = m_fixture.http();
    http.setToken(m_session.token);
    QString error;
    createWorkspace(http,
                    workspaceBody(QStringLiteral("Market tracing"), QStringLiteral("cn1"),
                                  settlementBody(QStringLiteral("aliyun"), uid, instanceId)),
                    &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTest::mouseClick(button(*tab, QStringLiteral("refreshStatusButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cell(*tab, row, SandboxSubscriptionModel::BoundColumn), u"1"_qs,
                              kSlow);

    QVERIFY(act(*tab, QStringLiteral("expireButton")));
    QCOMPARE(cell(*tab, row, SandboxSubscriptionModel::StatusColumn), u"Expired"_qs);
    QVERIFY2(tab->statusText().contains(u"lock countdown"_qs), qPrintable(tab->statusText()));

    QVERIFY(act(*tab, QStringLiteral("releaseButton")));
    QCOMPARE(cell(*tab, row, SandboxSubscriptionModel::StatusColumn), u"Released"_qs);
    QCOMPARE(cell(*tab, row, SandboxSubscriptionModel::BoundColumn), u"0"_qs);
    QVERIFY2(tab->statusText().contains(u"gets a mail"_qs), qPrintable(tab->statusText()));
}

void TestSandboxMarketsWindow::advanceOneDayMovesTheServerClock()
{
    HttpClient &http = m_fixture.http();
    SandboxMarketsWindow window(*m_client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.clock().isBusy(), kSlow); // it reads the clock first
    QVERIFY2(window.clockText().startsWith(u"Sandbox clock:"_qs), qPrintable(window.clockText()));

    QString error;
    const QDateTime before = serverNow(http, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSignalSpy advanced(&window.clock(), &SandboxClock::advanced);
    auto *advance = button(window, QStringLiteral("advanceDayButton"));
    QTest::mouseClick(advance, Qt::LeftButton);
    QVERIFY(!advance->isEnabled()); // one move at a time
    QVERIFY(advanced.wait(kSlow));
    QVERIFY(advance->isEnabled());
    const QDateTime after = serverNow(http, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 moved = before.secsTo(after);
    QVERIFY2(moved >= 86400 && moved < 86400 + 120, qPrintable(QString::number(moved)));
    QVERIFY2(window.clockText().contains(u"settled"_qs), qPrintable(window.clockText()));
    // Sessions live 12 hours of the sandbox clock: set it back for the other tests.
    QCOMPARE(setClock(http, before).status, 200);
}

void TestSandboxMarketsWindow::invalidInputIsExplainedAndKept()
{
    SandboxMarketsWindow window(*m_client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SandboxMarketTab *tab = window.tab(SettlementMethod::Huawei);
    window.tabs()->setCurrentWidget(tab); // what the user looks at
    QLineEdit *account = tab->form()->field(SandboxInput::HuaweiAccountId);
    QCOMPARE(account->text().size(), 32);
    account->setText(u"not-an-account"_qs);
    QTest::mouseClick(button(*tab, QStringLiteral("subscribeButton")), Qt::LeftButton);
    QVERIFY(!tab->console().isBusy()); // nothing sent
    auto *error = tab->findChild<QLabel *>(QStringLiteral("subscribeErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(account->text(), u"not-an-account"_qs);
    QTest::mouseClick(button(*tab, QStringLiteral("newBuyerButton")), Qt::LeftButton);
    QCOMPARE(account->text().size(), 32);
    QVERIFY(!error->isVisible());
}

void TestSandboxMarketsWindow::serverWithoutSandboxMarketsSaysSo()
{
    TestServer::Options options;
    options.sandbox = false;
    TestServer production(options);
    QVERIFY2(production.start(), qPrintable(production.errorString()));
    auto client = m_fixture.newClient(production.baseUrl());
    SandboxMarketsWindow window(*client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (SettlementMethod marketplace : SandboxMarketProfile::marketplaces()) {
        SandboxMarketTab *tab = window.tab(marketplace);
        window.tabs()->setCurrentWidget(tab);
        QVERIFY2(act(*tab, QStringLiteral("subscribeButton")), qPrintable(toWire(marketplace)));
        QCOMPARE(tab->console().subscriptions()->rowCount(), 0);
        QCOMPARE(tab->statusText(), u"This Billing Center has no %1 sandbox market."_qs.arg(
                                        tab->console().profile().name));
        auto *error = tab->findChild<QLabel *>(QStringLiteral("marketErrorLabel"));
        QVERIFY(error->isVisible());
    }
}

QTEST_MAIN(TestSandboxMarketsWindow)
#include "tst_sandbox_markets_window.moc"
