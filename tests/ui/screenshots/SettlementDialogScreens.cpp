// The change-settlement dialog: one workspace with its binding, many workspaces with the
// reasons some cannot change, Alibaba Cloud IDs that do not parse, the Huawei Cloud IDs, the
// AWS subscription picker without a claimed subscription, and the marketplaces' help.
#include "Branding.h"
#include "ChangeSettlementDialog.h"
#include "MarketplaceBindingWidget.h"
#include "MarketplaceHelpDialog.h"
#include "RegistrationFixture.h"
#include "ScreenCatalog.h"
#include "SubscriptionPickerController.h"

#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

namespace billing::test {
namespace {
const QDateTime kNow(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
const QDateTime kDecember(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);

Workspace workspace(const QString &name, const QString &site, SettlementMethod method,
                    bool changedThisMonth = false)
{
    Workspace ws;
    ws.id = QStringLiteral("ws_") + name;
    ws.name = name;
    ws.site = site;
    ws.settlement.method = method;
    if (method == SettlementMethod::Aliyun) {
        ws.settlement.aliyunAccountId = QStringLiteral("1234567890123456");
        ws.settlement.instanceId = QStringLiteral("6227091");
    }
    if (changedThisMonth)
        ws.nextChangeAllowedAt = kDecember;
    return ws;
}

ChangeSettlementDialog *openDialog(ScreenContext &context, const QList<Workspace> &workspaces,
                                   const QString &token = {})
{
    BillingClient *client = context.own(context.fixture.newClient());
    if (!token.isEmpty())
        client->setSession(SessionInfo{token, {}, {}});
    auto *dialog = context.own(std::make_unique<ChangeSettlementDialog>(
        *client, Branding::builtIn(), workspaces, kNow, true));
    dialog->findChild<MarketplaceBindingWidget *>()->setUrlOpener(
        [](const QUrl &) { return true; });
    dialog->show();
    return dialog;
}

void type(QWidget *root, const char *name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(QLatin1String(name));
    Q_ASSERT(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QWidget *one(ScreenContext &context)
{
    auto *dialog =
        openDialog(context, {workspace(QStringLiteral("Production monitoring"),
                                       QStringLiteral("cn1"), SettlementMethod::Aliyun)});
    type(dialog, "instanceIdLineEdit", QStringLiteral("1551111111"));
    return dialog;
}

QWidget *many(ScreenContext &context)
{
    const auto BC = SettlementMethod::BillingCenter;
    QList<Workspace> workspaces;
    for (int i = 1; i <= 9; ++i)
        workspaces.append(workspace(QStringLiteral("Shop %1").arg(i), QStringLiteral("cn1"), BC));
    for (int i = 1; i <= 3; ++i)
        workspaces.append(
            workspace(QStringLiteral("Billing %1").arg(i), QStringLiteral("cn1"), BC, true));
    workspaces.append(workspace(QStringLiteral("Oregon edge"), QStringLiteral("us1"), BC));
    workspaces.append(workspace(QStringLiteral("Jakarta"), QStringLiteral("id1"), BC));
    workspaces.append(
        workspace(QStringLiteral("Payments"), QStringLiteral("cn6"), SettlementMethod::Aliyun));
    auto *dialog = openDialog(context, workspaces);
    type(dialog, "accountIdLineEdit", QStringLiteral("1234567890123456"));
    type(dialog, "instanceIdLineEdit", QStringLiteral("6227091"));
    return dialog;
}

QWidget *invalidIds(ScreenContext &context)
{
    auto *dialog = openDialog(context, {workspace(QStringLiteral("Staging"), QStringLiteral("cn1"),
                                                  SettlementMethod::BillingCenter)});
    type(dialog, "accountIdLineEdit", QStringLiteral("12345678901234ab"));
    type(dialog, "instanceIdLineEdit", QStringLiteral("0062270"));
    return dialog;
}
QWidget *huawei(ScreenContext &context)
{
    auto *dialog =
        openDialog(context, {workspace(QStringLiteral("Guangzhou shop"), QStringLiteral("cn4"),
                                       SettlementMethod::BillingCenter)});
    dialog->findChild<QRadioButton *>(QStringLiteral("huaweiRadioButton"))->click();
    type(dialog, "accountIdLineEdit", QStringLiteral("1234567890123456"));
    type(dialog, "instanceIdLineEdit", QStringLiteral("hw0123456789abcdef0123"));
    return dialog;
}

QWidget *awsWithoutSubscription(ScreenContext &context)
{
    const Session session =
        registerAccount(context.fixture.http(), uniqueName(QStringLiteral("shot")), "us1");
    if (!session.ok()) {
        context.error = session.error;
        return nullptr;
    }
    auto *dialog = openDialog(context,
                              {workspace(QStringLiteral("Oregon edge"), QStringLiteral("us1"),
                                         SettlementMethod::BillingCenter)},
                              session.token);
    dialog->findChild<QRadioButton *>(QStringLiteral("awsRadioButton"))->click();
    if (!QTest::qWaitFor(
            [dialog] {
                return dialog->subscriptionPicker().load()
                       == SubscriptionPickerController::Load::Loaded;
            },
            60000)) {
        context.error = QStringLiteral("the subscriptions did not load");
        return nullptr;
    }
    return dialog;
}

std::function<QWidget *(ScreenContext &)> help(SettlementMethod marketplace)
{
    return [marketplace](ScreenContext &context) -> QWidget * {
        auto *dialog =
            context.own(std::make_unique<MarketplaceHelpDialog>(Branding::builtIn(), marketplace));
        dialog->show();
        return dialog;
    };
}
} // namespace

void addSettlementDialogScreens(ScreenCatalog &catalog)
{
    catalog.add(QStringLiteral("change-settlement-huawei"), huawei);
    catalog.add(QStringLiteral("change-settlement-aws-empty"), awsWithoutSubscription);
    catalog.add(QStringLiteral("help-aliyun"), help(SettlementMethod::Aliyun));
    catalog.add(QStringLiteral("help-huawei"), help(SettlementMethod::Huawei));
    catalog.add(QStringLiteral("help-aws"), help(SettlementMethod::Aws));
    catalog.add(QStringLiteral("help-azure"), help(SettlementMethod::Azure));
    catalog.add(QStringLiteral("change-settlement-one"), one);
    catalog.add(QStringLiteral("change-settlement-many"), many);
    catalog.add(QStringLiteral("change-settlement-invalid-ids"), invalidIds);
}

} // namespace billing::test
