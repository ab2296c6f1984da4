// The change-settlement dialog as a user drives it: QTest types and clicks; Verify goes to
// the real sandbox billing-center through the shared Alibaba Cloud binding widget.
#include "ApiHelpers.h"
#include "Branding.h"
#include "ChangeSettlementDialog.h"
#include "MarketplaceBindingController.h"
#include "RegistrationFixture.h"
#include "WidgetLookup.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace billing;
using namespace billing::test;
using Lookup = MarketplaceBindingController::Lookup;

namespace {
constexpr int kSlow = 60000;
const QDateTime kNow(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
const QDateTime kDecember(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
const QString kUid = QStringLiteral("1234567890123456");
const QString kInstance = QStringLiteral("6227091");

Workspace workspace(const QString &name, const QString &site, SettlementMethod method,
                    bool changedThisMonth = false)
{
    Workspace ws;
    ws.id = QStringLiteral("ws_") + name;
    ws.name = name;
    ws.site = site;
    ws.settlement.method = method;
    if (method == SettlementMethod::Aliyun) {
        ws.settlement.aliyunAccountId = kUid;
        ws.settlement.instanceId = kInstance;
    }
    if (changedThisMonth)
        ws.nextChangeAllowedAt = kDecember;
    return ws;
}

QStringList names(const QList<Workspace> &workspaces)
{
    QStringList result;
    for (const Workspace &ws : workspaces)
        result.append(ws.name);
    return result;
}
} // namespace

class TestChangeSettlementDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void oneWorkspaceShowsItsBinding();
    void sameBindingCannotBeConfirmed();
    void invalidIdsDisableConfirm();
    void pastedIdsAreNormalisedInTarget();
    void verifyFindsTheInstance();
    void verifyReportsAMissingInstance();
    void billingCenterHidesTheBinding();
    void manyWorkspacesGroupReasons();
    void nothingEligibleSaysWhy();
    void stageAndApplyAreDistinguished();

private:
    ChangeSettlementDialog *open(const QList<Workspace> &workspaces);
    void type(const char *name, const QString &text);
    bool confirmEnabled();

    RegistrationFixture m_fixture;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<ChangeSettlementDialog> m_dialog;
    QString m_uid;
};

void TestChangeSettlementDialog::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    const Session session = registerAccount(m_fixture.http(), uniqueName(QStringLiteral("dlg")));
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_client = m_fixture.newClient();
    m_client->setSession(SessionInfo{session.token, {}, {}});
}

void TestChangeSettlementDialog::cleanup()
{
    m_dialog.reset();
}

ChangeSettlementDialog *TestChangeSettlementDialog::open(const QList<Workspace> &workspaces)
{
    m_dialog = std::make_unique<ChangeSettlementDialog>(*m_client, Branding::builtIn(), workspaces,
                                                        kNow, true);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qWarning("dialog not exposed");
    return m_dialog.get();
}

void TestChangeSettlementDialog::type(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(m_dialog.get(), name);
    QVERIFY(edit);
    QVERIFY2(edit->isVisible() && edit->isEnabled(), name);
    QVERIFY(!edit->accessibleName().isEmpty());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

bool TestChangeSettlementDialog::confirmEnabled()
{
    auto *stage = child<QPushButton>(m_dialog.get(), "stageChangeButton");
    auto *apply = child<QPushButton>(m_dialog.get(), "applyNowButton");
    if (!stage || !apply || stage->isEnabled() != apply->isEnabled())
        qWarning("stage and apply disagree");
    return stage && stage->isEnabled();
}

void TestChangeSettlementDialog::oneWorkspaceShowsItsBinding()
{
    open(
        {workspace(QStringLiteral("Production"), QStringLiteral("cn1"), SettlementMethod::Aliyun)});
    QCOMPARE(child<QLabel>(m_dialog.get(), "workspaceNameLabel")->text(), "Production");
    QVERIFY(child<QLabel>(m_dialog.get(), "siteLabel")->text().contains("cn1"));
    QCOMPARE(child<QLabel>(m_dialog.get(), "currentMethodLabel")->text(),
             displayName(SettlementMethod::Aliyun));
    QVERIFY(child<QLabel>(m_dialog.get(), "currentBindingLabel")->text().contains(kInstance));
    QVERIFY(child<QRadioButton>(m_dialog.get(), "aliyunRadioButton")->isChecked());
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "accountIdLineEdit")->text(), kUid);
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "instanceIdLineEdit")->text(), kInstance);
    // A site offering Alibaba Cloud shows exactly its two methods.
    QVERIFY(child<QRadioButton>(m_dialog.get(), "billingCenterRadioButton"));
    QVERIFY(!m_dialog->findChild<QRadioButton *>(QStringLiteral("awsRadioButton")));
}

void TestChangeSettlementDialog::sameBindingCannotBeConfirmed()
{
    open(
        {workspace(QStringLiteral("Production"), QStringLiteral("cn1"), SettlementMethod::Aliyun)});
    QVERIFY(!confirmEnabled());
    auto *blocked = child<QLabel>(m_dialog.get(), "notAllowedLabel");
    QVERIFY(blocked->isVisible());
    QVERIFY2(blocked->text().contains("already settled this way"), qPrintable(blocked->text()));
    QVERIFY(child<QLabel>(m_dialog.get(), "disabledReasonLabel")->isVisible());
    QVERIFY(m_dialog->eligibleWorkspaces().isEmpty());

    // Another instance of the same account is a change.
    type("instanceIdLineEdit", QStringLiteral("1551111111"));
    QVERIFY(confirmEnabled());
    QVERIFY(!blocked->isVisible());
    QCOMPARE(names(m_dialog->eligibleWorkspaces()), QStringList{"Production"});
}

void TestChangeSettlementDialog::invalidIdsDisableConfirm()
{
    open({workspace(QStringLiteral("Staging"), QStringLiteral("cn1"),
                    SettlementMethod::BillingCenter)});
    QVERIFY(child<QRadioButton>(m_dialog.get(), "aliyunRadioButton")->isChecked());
    QVERIFY(!confirmEnabled());
    auto *reason = child<QLabel>(m_dialog.get(), "disabledReasonLabel");
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains("valid Account ID"), qPrintable(reason->text()));

    type("accountIdLineEdit", QStringLiteral("12345"));
    type("instanceIdLineEdit", QStringLiteral("0123"));
    auto *accountError = child<QLabel>(m_dialog.get(), "accountIdErrorLabel");
    auto *instanceError = child<QLabel>(m_dialog.get(), "instanceIdErrorLabel");
    QVERIFY(accountError->isVisible() && !accountError->text().isEmpty());
    QVERIFY(instanceError->isVisible() && !instanceError->text().isEmpty());
    QVERIFY(!confirmEnabled());
    QVERIFY(m_dialog->target().aliyunAccountId.isEmpty());
    // The typed text stays for the user to correct.
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "accountIdLineEdit")->text(), "12345");

    type("accountIdLineEdit", kUid);
    type("instanceIdLineEdit", kInstance);
    QVERIFY(!accountError->isVisible());
    QVERIFY(confirmEnabled());
    QVERIFY(!reason->isVisible());
}

void TestChangeSettlementDialog::pastedIdsAreNormalisedInTarget()
{
    open({workspace(QStringLiteral("Staging"), QStringLiteral("cn1"),
                    SettlementMethod::BillingCenter)});
    type("accountIdLineEdit", QStringLiteral("  ram-user@") + kUid + QStringLiteral(" "));
    type("instanceIdLineEdit", QStringLiteral(" ") + kInstance);
    const SettlementChange target = m_dialog->target();
    QCOMPARE(target.method, SettlementMethod::Aliyun);
    QCOMPARE(target.aliyunAccountId, kUid);
    QCOMPARE(target.instanceId, kInstance);
    QVERIFY(target.workspaceId.isEmpty());
    QVERIFY(!target.expectedVersion.has_value());
}

void TestChangeSettlementDialog::verifyFindsTheInstance()
{
    const QString uid = uniqueUid();
    QString error;
    const QJsonObject instance = createSandboxInstance(m_fixture.http(), uid, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    open({workspace(QStringLiteral("Staging"), QStringLiteral("cn1"),
                    SettlementMethod::BillingCenter)});
    type("accountIdLineEdit", uid);
    type("instanceIdLineEdit", instance.value("instanceId").toString());
    auto *verify = child<QPushButton>(m_dialog.get(), "verifyButton");
    QVERIFY(verify->isEnabled());
    QSignalSpy lookup(&m_dialog->bindingController(), &MarketplaceBindingController::lookupChanged);
    QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->bindingController().lookup(), Lookup::Found, kSlow);
    QVERIFY(m_dialog->bindingController().ownerMatches());
    auto *status = child<QLabel>(m_dialog.get(), "lookupStatusLabel");
    QVERIFY(status->isVisible() && !status->text().isEmpty());
    QVERIFY(confirmEnabled());
}

void TestChangeSettlementDialog::verifyReportsAMissingInstance()
{
    open({workspace(QStringLiteral("Staging"), QStringLiteral("cn1"),
                    SettlementMethod::BillingCenter)});
    type("accountIdLineEdit", uniqueUid());
    type("instanceIdLineEdit", QStringLiteral("987654321"));
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "verifyButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->bindingController().lookup(), Lookup::NotFound, kSlow);
    const QString text = child<QLabel>(m_dialog.get(), "lookupStatusLabel")->text();
    QVERIFY2(text.contains("987654321"), qPrintable(text));
}

void TestChangeSettlementDialog::billingCenterHidesTheBinding()
{
    open(
        {workspace(QStringLiteral("Production"), QStringLiteral("cn1"), SettlementMethod::Aliyun)});
    auto *binding = child<QWidget>(m_dialog.get(), "marketplaceBindingWidget");
    QVERIFY(binding->isVisible());
    child<QRadioButton>(m_dialog.get(), "billingCenterRadioButton")->click();
    QVERIFY(!binding->isVisible());
    QCOMPARE(m_dialog->target().method, SettlementMethod::BillingCenter);
    QVERIFY(m_dialog->target().aliyunAccountId.isEmpty());
    QVERIFY(confirmEnabled());
}

void TestChangeSettlementDialog::manyWorkspacesGroupReasons()
{
    const auto BC = SettlementMethod::BillingCenter;
    open({workspace("a", "cn1", BC), workspace("b", "cn1", BC), workspace("c", "cn1", BC, true),
          workspace("d", "cn1", BC, true), workspace("e", "us1", BC),
          workspace("f", "cn1", SettlementMethod::Aliyun)});
    const QString summary = child<QLabel>(m_dialog.get(), "selectionSummaryLabel")->text();
    QVERIFY2(summary.contains("6 workspaces on 2 sites"), qPrintable(summary));
    QCOMPARE(child<QLabel>(m_dialog.get(), "billing_centerCountLabel")->text(), "5");
    QCOMPARE(child<QLabel>(m_dialog.get(), "aliyunCountLabel")->text(), "1");
    // us1 offers AWS: the choice appears for the selection.
    QVERIFY(child<QRadioButton>(m_dialog.get(), "awsRadioButton"));

    type("accountIdLineEdit", kUid);
    type("instanceIdLineEdit", kInstance);
    QCOMPARE(names(m_dialog->eligibleWorkspaces()), (QStringList{"a", "b"}));
    const QString blocked = child<QLabel>(m_dialog.get(), "notAllowedLabel")->text();
    QVERIFY2(blocked.contains("2 workspaces: The settlement method changes at most once"),
             qPrintable(blocked));
    QVERIFY2(blocked.contains(QLocale().toString(kDecember.date(), QLocale::LongFormat)),
             qPrintable(blocked));
    QVERIFY2(blocked.contains("1 workspace (e): This settlement method is not offered"),
             qPrintable(blocked));
    QVERIFY2(blocked.contains("1 workspace (f): The workspace is already settled this way"),
             qPrintable(blocked));
    QVERIFY(confirmEnabled());
    QVERIFY(child<QPushButton>(m_dialog.get(), "applyNowButton")->text().contains("2"));

    child<QRadioButton>(m_dialog.get(), "billingCenterRadioButton")->click();
    QCOMPARE(names(m_dialog->eligibleWorkspaces()), QStringList{"f"});
}

void TestChangeSettlementDialog::nothingEligibleSaysWhy()
{
    const auto BC = SettlementMethod::BillingCenter;
    open({workspace("c", "cn1", BC, true), workspace("e", "id1", BC)});
    type("accountIdLineEdit", kUid);
    type("instanceIdLineEdit", kInstance);
    QVERIFY(m_dialog->eligibleWorkspaces().isEmpty());
    QVERIFY(!confirmEnabled());
    const QString reason = child<QLabel>(m_dialog.get(), "disabledReasonLabel")->text();
    QVERIFY2(reason.contains("None of the workspaces"), qPrintable(reason));
}

void TestChangeSettlementDialog::stageAndApplyAreDistinguished()
{
    open(
        {workspace(QStringLiteral("Production"), QStringLiteral("cn1"), SettlementMethod::Aliyun)});
    child<QRadioButton>(m_dialog.get(), "billingCenterRadioButton")->click();
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "applyNowButton"), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(m_dialog->applyNow());

    open(
        {workspace(QStringLiteral("Production"), QStringLiteral("cn1"), SettlementMethod::Aliyun)});
    child<QRadioButton>(m_dialog.get(), "billingCenterRadioButton")->click();
    QSignalSpy staged(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "stageChangeButton"), Qt::LeftButton);
    QCOMPARE(staged.count(), 1);
    QVERIFY(!m_dialog->applyNow());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestChangeSettlementDialog)
#include "tst_change_settlement_dialog.moc"
