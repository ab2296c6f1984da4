// The change-settlement dialog: one workspace with its binding, many workspaces with the
// reasons some cannot change, and Alibaba Cloud IDs that do not parse.
#include "MarketplaceBindingWidget.h"
#include "Branding.h"
#include "ChangeSettlementDialog.h"
#include "RegistrationFixture.h"
#include "ScreenCatalog.h"

#include <QLineEdit>
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

ChangeSettlementDialog *openDialog(ScreenContext &context, const QList<Workspace> &workspaces)
{
    BillingClient *client = context.own(context.fixture.newClient());
    auto *dialog = context.own(std::make_unique<ChangeSettlementDialog>(
        *client, Branding::builtIn(), workspaces, kNow, true));
    dialog->findChild<MarketplaceBindingWidget *>()->setUrlOpener([](const QUrl &) { return true; });
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
    type(dialog, "aliyunAccountIdLineEdit", QStringLiteral("1234567890123456"));
    type(dialog, "instanceIdLineEdit", QStringLiteral("6227091"));
    return dialog;
}

QWidget *invalidIds(ScreenContext &context)
{
    auto *dialog = openDialog(context, {workspace(QStringLiteral("Staging"), QStringLiteral("cn1"),
                                                  SettlementMethod::BillingCenter)});
    type(dialog, "aliyunAccountIdLineEdit", QStringLiteral("12345678901234ab"));
    type(dialog, "instanceIdLineEdit", QStringLiteral("0062270"));
    return dialog;
}
} // namespace

void addSettlementDialogScreens(ScreenCatalog &catalog)
{
    catalog.add(QStringLiteral("change-settlement-one"), one);
    catalog.add(QStringLiteral("change-settlement-many"), many);
    catalog.add(QStringLiteral("change-settlement-invalid-ids"), invalidIds);
}

} // namespace billing::test
