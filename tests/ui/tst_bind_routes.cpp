// Where a marketplace subscription gets bound from, in the running main window against the
// real sandbox billing-center: "Bind in Billing Desk…" in the sandbox markets opens the claim
// dialog with its code (one dialog, however often), and "Bind a subscription…" in the change
// dialog opens it over that dialog, whose list of subscriptions then shows the claimed one.
#include "Branding.h"
#include "ChangeSettlementDialog.h"
#include "ClaimDialog.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "SandboxWindows.h"
#include "SubscriptionPickerController.h"
#include "WidgetLookup.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kSlow = MainWindowFixture::kSlowMs;

struct MadeSubscription {
    QString id;
    QString claimCode;
};

// Subscribes in the sandbox AWS Marketplace (its real signed notifications); nobody has
// claimed it yet.
MadeSubscription subscribeOnAws(HttpClient &http, QString *error)
{
    const HttpReply reply = http.post(QStringLiteral("/api/v1/sandbox/aws/subscriptions"), {});
    if (reply.status != 201) {
        *error = reply.describe();
        return {};
    }
    return {reply.object().value(u"subscription").toObject().value(u"subscriptionId").toString(),
            reply.object().value(u"claimCode").toString()};
}
} // namespace

class TestBindRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void marketsBindOpensOneClaimDialogWithTheCode();
    void changeDialogClaimRefreshesItsSubscriptions();

private:
    MainWindowFixture m_fixture{40};
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestBindRoutes::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    m_session = m_fixture.newSession();
    m_window = std::make_unique<MainWindow>(*m_session, Branding::builtIn(), true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(MainWindowFixture::sync(*m_session, &error), qPrintable(error));
}

void TestBindRoutes::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

void TestBindRoutes::marketsBindOpensOneClaimDialogWithTheCode()
{
    QString error;
    const MadeSubscription first = subscribeOnAws(m_fixture.http(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const MadeSubscription second = subscribeOnAws(m_fixture.http(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_window->sandboxWindows());

    Q_EMIT m_window->sandboxWindows()->bindRequested(first.claimCode);
    auto *dialog = m_window->findChild<ClaimDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "claimCodeLineEdit")->text(), first.claimCode);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(dialog, "subscriptionIdLabel")->text(), first.id,
                              kSlow);

    // A second request goes to the same dialog, which looks the new code up.
    Q_EMIT m_window->sandboxWindows()->bindRequested(second.claimCode);
    QCOMPARE(m_window->findChildren<ClaimDialog *>().size(), 1);
    QCOMPARE(child<QLineEdit>(dialog, "claimCodeLineEdit")->text(), second.claimCode);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(dialog, "subscriptionIdLabel")->text(), second.id,
                              kSlow);
    dialog->reject();
    QTRY_VERIFY(m_window->findChildren<ClaimDialog *>().isEmpty()); // deleted on close
}

void TestBindRoutes::changeDialogClaimRefreshesItsSubscriptions()
{
    QString awsSiteWorkspace;
    for (const Workspace &ws : m_session->model().workspaces()) {
        if (ws.site == u"us1" && ws.settlement.method == SettlementMethod::BillingCenter) {
            awsSiteWorkspace = ws.id;
            break;
        }
    }
    QVERIFY2(!awsSiteWorkspace.isEmpty(), "the demo account has no us1 workspace on BC");
    m_window->selectWorkspaces({awsSiteWorkspace});
    m_window->findChild<QAction *>(QStringLiteral("changeSettlementAction"))->trigger();
    auto *change = m_window->findChild<ChangeSettlementDialog *>();
    QVERIFY(change);
    QVERIFY(QTest::qWaitForWindowExposed(change));
    child<QRadioButton>(change, "awsRadioButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(change->subscriptionPicker().load(),
                              SubscriptionPickerController::Load::Loaded, kSlow);
    auto *subscriptions = child<QComboBox>(change, "subscriptionComboBox");
    const int before = subscriptions->count();

    QString error;
    const MadeSubscription made = subscribeOnAws(m_fixture.http(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTest::mouseClick(child<QPushButton>(change, "bindSubscriptionButton"), Qt::LeftButton);
    // Over the window-modal change dialog, or that dialog's modality would block it.
    auto *claim = change->findChild<ClaimDialog *>();
    QVERIFY(claim);
    QVERIFY(QTest::qWaitForWindowExposed(claim));
    QTest::keyClicks(child<QLineEdit>(claim, "claimCodeLineEdit"), made.claimCode);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(claim, "subscriptionIdLabel")->text(), made.id, kSlow);
    QSignalSpy claimed(claim, &ClaimDialog::claimed);
    QTest::mouseClick(child<QPushButton>(claim, "claimButton"), Qt::LeftButton);
    QVERIFY(claimed.wait(kSlow));

    QTRY_COMPARE_WITH_TIMEOUT(subscriptions->count(), before + 1, kSlow);
    QVERIFY(subscriptions->findText(made.id, Qt::MatchContains) >= 0);
    change->reject();
}

QTEST_MAIN(TestBindRoutes)
#include "tst_bind_routes.moc"
