// The wallet banner and panel against the real sandbox billing-center: a settled day the
// wallet cannot pay puts the Billing Center workspaces into the lock countdown and the
// banner says so with the arrears and the lock date; a sandbox recharge and a refresh lift
// it; the wallet panel shows cash, arrears and vouchers with the currency.
#include "CostsLookup.h"
#include "MainWindowActions.h"
#include "MoneyText.h"
#include "ShownMainWindow.h"
#include "WalletAlert.h"
#include "WalletBanner.h"
#include "WalletPanel.h"
#include "WalletScenario.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kRows = 30;
} // namespace

class TestWalletBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void panelShowsTheWallet();
    void arrearsShowTheBannerWithTheLockDate();
    void bannerLeadsToTheWallet();
    void rechargeAndRefreshLiftTheBanner();

private:
    QString billingCenterWorkspace() const;

    MainWindowFixture m_fixture{kRows};
    ShownMainWindow m_shown;
    MainWindow *m_window = nullptr;
};

void TestWalletBanner::initTestCase()
{
    QString error;
    QVERIFY2(m_shown.open(m_fixture, &error), qPrintable(error));
    m_window = &m_shown.window();
    QVERIFY(m_window->walletBanner());
}

void TestWalletBanner::cleanupTestCase()
{
    m_shown.close();
}

QString TestWalletBanner::billingCenterWorkspace() const
{
    for (const Workspace &ws : m_shown.session().model().workspaces()) {
        if (ws.settlement.method == SettlementMethod::BillingCenter
            && ws.status == WorkspaceStatus::Active)
            return ws.id;
    }
    return {};
}

void TestWalletBanner::panelShowsTheWallet()
{
    QVERIFY(refreshWallet(m_window->wallet()));
    QVERIFY(showCosts(*m_window));
    const WalletState &wallet = m_window->wallet().wallet();
    WalletPanel *panel = m_window->costsTab()->findChild<WalletPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->cashLabel()->text(), money::moneyText(wallet.cashCents, wallet.currency));
    QCOMPARE(panel->arrearsLabel()->text(), money::moneyText(wallet.arrearsCents, wallet.currency));
    for (const Voucher &voucher : wallet.vouchers)
        QVERIFY(panel->vouchersLabel()->text().contains(
            money::moneyText(voucher.remainingCents, wallet.currency)));
}

void TestWalletBanner::arrearsShowTheBannerWithTheLockDate()
{
    const QString id = billingCenterWorkspace();
    QVERIFY(!id.isEmpty());
    QString error;
    QVERIFY2(WalletScenario::drainIntoArrears(m_fixture, id, &error), qPrintable(error));
    QVERIFY(refreshWallet(m_window->wallet()));
    const WalletState &wallet = m_window->wallet().wallet();
    QVERIFY(wallet.arrearsCents > 0);
    QVERIFY(wallet.lockCountdown());
    WalletBanner *banner = m_window->walletBanner();
    QVERIFY(banner->isVisible());
    const QString text = banner->textLabel()->text();
    QCOMPARE(text, WalletAlert::of(wallet).text);
    QVERIFY2(text.contains(money::moneyText(wallet.arrearsCents, wallet.currency)),
             qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(wallet.lockAt.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(text));
}

void TestWalletBanner::bannerLeadsToTheWallet()
{
    WalletBanner *banner = m_window->walletBanner();
    QVERIFY(banner->isVisible());
    m_window->tabs()->setCurrentIndex(MainWindow::WorkspacesTab);
    banner->findChild<QPushButton *>(QStringLiteral("walletBannerShowButton"))->click();
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->costsTab());
}

void TestWalletBanner::rechargeAndRefreshLiftTheBanner()
{
    QString error;
    QVERIFY2(WalletScenario::rechargeEnough(m_fixture, &error), qPrintable(error));
    QVERIFY(m_window->walletBanner()->isVisible()); // until the wallet is read again
    QSignalSpy changed(&m_window->wallet(), &WalletMonitor::changed);
    m_window->actions().refresh->trigger(); // Refresh reads the wallet after the sync
    QVERIFY(changed.wait(MainWindowFixture::kSlowMs));
    const WalletState &wallet = m_window->wallet().wallet();
    QCOMPARE(wallet.arrearsCents, 0);
    QVERIFY(!wallet.lockCountdown());
    QVERIFY(!wallet.lowBalance);
    QVERIFY(!m_window->walletBanner()->isVisible());
}

QTEST_MAIN(TestWalletBanner)
#include "tst_wallet_banner.moc"
