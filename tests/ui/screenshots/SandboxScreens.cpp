// The Sandbox markets window: the Alibaba Cloud tab after a subscription, with the IDs to
// take to Billing Desk, its metering and the sandbox clock; the AWS tab with the claim code
// its landing page gave.
#include "BillingClient.h"
#include "RegistrationFixture.h"
#include "SandboxClock.h"
#include "SandboxMarketConsole.h"
#include "SandboxMarketTab.h"
#include "SandboxMarketsWindow.h"
#include "SandboxSubscriptionModel.h"
#include "ScreenCatalog.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

namespace billing::test {
namespace {
constexpr int kSlow = 60000;

// Subscribes in the tab as a user would; false with context.error set when it failed.
bool subscribe(ScreenContext &context, SandboxMarketTab &tab, const QJsonObject &buyer = {})
{
    QSignalSpy busy(&tab.console(), &SandboxMarketConsole::busyChanged);
    tab.console().subscribe(buyer);
    if (!busy.wait(kSlow) || (busy.count() < 2 && !busy.wait(kSlow))) {
        context.error = QStringLiteral("the sandbox market did not answer");
        return false;
    }
    if (tab.console().subscriptions()->rowCount() == 0) {
        context.error = tab.statusText();
        return false;
    }
    return true;
}

// The window shown on the marketplace's tab, `times` subscriptions made there by `buyer`, its
// metering and the clock loaded; nullptr with context.error set.
QWidget *marketsAfterSubscribing(ScreenContext &context, SettlementMethod marketplace,
                                 const QJsonObject &buyer, int times)
{
    BillingClient *client = context.own(context.fixture.newClient());
    auto *window = context.own(std::make_unique<SandboxMarketsWindow>(*client));
    SandboxMarketTab *tab = window->tab(marketplace);
    window->tabs()->setCurrentWidget(tab);
    window->show();
    for (int i = 0; i < times; ++i) {
        if (!subscribe(context, *tab, buyer))
            return nullptr;
    }
    if (!QTest::qWaitFor(
            [&] { return !tab->console().isLoadingMetering() && !window->clock().isBusy(); },
            kSlow)) {
        context.error = QStringLiteral("the metering or the clock did not load");
        return nullptr;
    }
    return window;
}

QWidget *sandboxMarkets(ScreenContext &context)
{
    return marketsAfterSubscribing(context, SettlementMethod::Aliyun,
                                   {{QStringLiteral("aliUid"), QStringLiteral("1234567890123456")}},
                                   2);
}

QWidget *sandboxMarketsAws(ScreenContext &context)
{
    return marketsAfterSubscribing(
        context, SettlementMethod::Aws,
        {{QStringLiteral("awsAccountId"), QStringLiteral("111122223333")}}, 1);
}
} // namespace

void addSandboxScreens(ScreenCatalog &catalog)
{
    catalog.add(QStringLiteral("sandbox-markets"), sandboxMarkets);
    catalog.add(QStringLiteral("sandbox-markets-aws"), sandboxMarketsAws);
}

} // namespace billing::test
