// The Costs tab on the demo account (90 settled days of bills): the month before the current
// one, fully settled, with a day's lines opened from the chart; the wallet banner once a
// settled day put the account into arrears and its workspaces into the lock countdown.
#include "CostsLookup.h"
#include "DailyCostChart.h"
#include "DayLines.h"
#include "DemoScene.h"
#include "WalletScenario.h"

#include <QBarSet>
#include <QComboBox>
#include <QStackedBarSeries>

namespace billing::test {
namespace {

QWidget *costs(ScreenContext &context)
{
    DemoScene *scene = makeScene(context);
    if (!scene)
        return nullptr;
    MainWindow &window = *scene->window;
    if (!showCosts(window)) {
        context.error = QStringLiteral("the costs did not load");
        return nullptr;
    }
    QComboBox *months = window.costsTab()->monthComboBox();
    months->setCurrentIndex(1);
    Q_EMIT months->activated(1);
    if (!waitForCosts(window.costs())) {
        context.error = QStringLiteral("the previous month did not load");
        return nullptr;
    }
    const auto series = window.costsTab()->chart()->chart()->series();
    auto *bars = series.isEmpty() ? nullptr : qobject_cast<QStackedBarSeries *>(series.first());
    if (bars && !bars->barSets().isEmpty())
        Q_EMIT bars->barSets().first()->clicked(10);
    auto *lines = window.findChild<DayLines *>();
    if (!lines || !QTest::qWaitFor([lines] { return !lines->isLoading(); }, 60000))
        context.error = QStringLiteral("the day's lines did not load");
    return &window;
}
QWidget *walletBanner(ScreenContext &context)
{
    DemoScene *scene = makeScene(context);
    if (!scene)
        return nullptr;
    QString workspaceId;
    for (const Workspace &ws : scene->session->model().workspaces()) {
        if (ws.settlement.method == SettlementMethod::BillingCenter
            && ws.status == WorkspaceStatus::Active) {
            workspaceId = ws.id;
            break;
        }
    }
    if (workspaceId.isEmpty()) {
        context.error = QStringLiteral("no active Billing Center workspace in the demo");
        return nullptr;
    }
    if (!WalletScenario::drainIntoArrears(scene->fixture, workspaceId, &context.error)
        || !MainWindowFixture::sync(*scene->session, &context.error))
        return nullptr;
    if (!refreshWallet(scene->window->wallet()))
        context.error = QStringLiteral("the wallet was not read");
    scene->window->selectWorkspaces({workspaceId});
    return scene->window.get();
}
} // namespace

void addCostsScreens(ScreenCatalog &catalog)
{
    catalog.add(QStringLiteral("main-window-costs"), costs);
    catalog.add(QStringLiteral("main-window-wallet-banner"), walletBanner);
}

} // namespace billing::test
