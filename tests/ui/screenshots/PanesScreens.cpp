// The main window's panes on their own: the overview chart with coming lock dates, the
// notifications view after a released subscription, the details pane of a rejected change.
#include "ApiError.h"
#include "MailboxModel.h"
#include "NotificationsView.h"
#include "OverviewTab.h"
#include "RegistrationFixture.h"
#include "ScreenCatalog.h"
#include "StagedChanges.h"
#include "WorkspaceDetailsPane.h"
#include "WorkspaceTableModel.h"

#include "ClientError.h"

#include <QSignalSpy>
#include <QTest>

namespace billing::test {
namespace {
constexpr int kSlow = 60000;

Workspace demoWorkspace(int n, const QString &site, SettlementMethod method, const QDateTime &now)
{
    Workspace ws;
    ws.id = QStringLiteral("ws_%1").arg(100000 + n);
    ws.name = QStringLiteral("Payments %1").arg(n);
    ws.site = site;
    ws.language =
        site.startsWith(QLatin1String("cn")) ? QStringLiteral("zh") : QStringLiteral("en");
    ws.settlement.method = method;
    if (method == SettlementMethod::Aliyun) {
        ws.settlement.aliyunAccountId = QStringLiteral("1234567890123456");
        ws.settlement.instanceId = QString::number(6227000 + n);
    }
    ws.settlement.since = now.addDays(-40);
    ws.version = 3;
    return ws;
}

QWidget *overviewTab(ScreenContext &context)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto *model = context.own(std::make_unique<WorkspaceTableModel>());
    model->setClock([now] { return now; });
    const QList<std::pair<const char *, QList<int>>> counts = {
        {"cn1", {14, 22, 0, 0, 0}}, {"cn2", {6, 9, 0, 0, 0}}, {"cn6", {4, 3, 0, 0, 0}},
        {"us1", {11, 0, 7, 0, 2}},  {"eu1", {9, 0, 3, 0, 5}}, {"ap1", {5, 2, 1, 3, 0}},
    };
    QList<Workspace> workspaces;
    const QList<SettlementMethod> methods = allSettlementMethods();
    for (const auto &[site, perMethod] : counts) {
        for (int m = 0; m < perMethod.size(); ++m) {
            for (int i = 0; i < perMethod.at(m); ++i)
                workspaces.append(
                    demoWorkspace(int(workspaces.size()), QLatin1String(site), methods.at(m), now));
        }
    }
    const int lockDays[] = {2, 5, 5, 11, 13};
    int lockIndex = 0;
    for (Workspace &ws : workspaces) {
        if (ws.settlement.method != SettlementMethod::Aliyun || lockIndex >= 5
            || ws.id.back() != u'3')
            continue;
        ws.status = WorkspaceStatus::LockPending;
        ws.lockAt = now.addDays(lockDays[lockIndex++]).addSecs(-3600);
    }
    model->setWorkspaces(workspaces);
    auto *tab = context.own(std::make_unique<OverviewTab>(*model));
    tab->resize(860, 640);
    tab->show();
    return tab;
}

QWidget *notificationsView(ScreenContext &context)
{
    HttpClient &http = context.fixture.http();
    const Session session = registerAccount(http, uniqueName(QStringLiteral("mailshot")));
    if (!session.ok()) {
        context.error = session.error;
        return nullptr;
    }
    http.setToken(session.token);
    QString error;
    const QString uid = uniqueUid();
    const QString instance =
        createSandboxInstance(http, uid, &error).value(QLatin1String("instanceId")).toString();
    for (const QString &name : {QStringLiteral("Checkout tracing"), QStringLiteral("Mobile RUM")}) {
        if (error.isEmpty())
            createWorkspace(http,
                            workspaceBody(name, QStringLiteral("cn1"),
                                          settlementBody(QStringLiteral("aliyun"), uid, instance)),
                            &error);
    }
    if (error.isEmpty())
        sandboxInstanceAction(http, instance, QStringLiteral("release"), &error);
    http.setToken({});
    if (!error.isEmpty()) {
        context.error = error;
        return nullptr;
    }
    auto *client = context.own(context.fixture.newClient());
    client->setSession({session.token, {}, {}});
    auto *view = context.own(std::make_unique<NotificationsView>(*client, true));
    view->resize(860, 560);
    view->show();
    QSignalSpy refreshed(view, &NotificationsView::refreshed);
    view->refresh();
    if (!refreshed.wait(kSlow) || view->model()->rowCount() == 0) {
        context.error = QStringLiteral("no notifications listed");
        return nullptr;
    }
    return view;
}

QWidget *detailsPaneRejected(ScreenContext &context)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Workspace ws = demoWorkspace(7, QStringLiteral("cn1"), SettlementMethod::Aliyun, now);
    ws.id = QStringLiteral("ws_01HZX4K2M9Q7");
    ws.name = QStringLiteral("Checkout tracing");
    ws.status = WorkspaceStatus::LockPending;
    ws.lockAt = now.addDays(9);
    ws.nextChangeAllowedAt = now.addDays(12);

    SettlementChange target;
    target.method = SettlementMethod::Aws;
    StagedChange change = stagedChangeFor(ws, target);
    change.state = StagedState::Rejected;
    change.error =
        ApiError::make(ErrorCode::VersionConflict,
                       QStringLiteral("Workspace %1 is at version 4, not 3.").arg(ws.id));
    Workspace current = ws;
    current.settlement = Settlement();
    current.settlement.method = SettlementMethod::BillingCenter;
    current.settlement.since = now.addSecs(-600);
    current.status = WorkspaceStatus::Active;
    current.lockAt = {};
    current.version = 4;
    change.error.current = current;
    change.reason = translatedApiMessage(change.error);

    auto *pane = context.own(std::make_unique<WorkspaceDetailsPane>());
    pane->showWorkspace(ws, &change, now);
    pane->resize(420, 620);
    pane->show();
    return pane;
}
} // namespace

void addPanesScreens(ScreenCatalog &catalog)
{
    catalog.add(QStringLiteral("overview-tab"), overviewTab);
    catalog.add(QStringLiteral("notifications-view"), notificationsView);
    catalog.add(QStringLiteral("details-pane-rejected"), detailsPaneRejected);
}

} // namespace billing::test
