// The change-settlement dialog for the marketplaces other than Alibaba Cloud, as a user
// drives it against the real sandbox billing-center: Huawei Cloud IDs typed or pasted
// (normalised, with each field's reason) and AWS subscriptions chosen among those the
// account has claimed.
#include "ApiHelpers.h"
#include "Branding.h"
#include "ChangeSettlementDialog.h"
#include "MarketplaceBindingController.h"
#include "MarketplaceBindingWidget.h"
#include "MarketplaceIds.h"
#include "RegistrationFixture.h"
#include "SubscriptionPickerController.h"
#include "WidgetLookup.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace billing;
using namespace billing::test;
using Load = SubscriptionPickerController::Load;

namespace {
constexpr int kSlow = 60000;
const QDateTime kNow(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
const QString kHuaweiAccount = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");

Workspace workspace(const QString &name, const QString &site)
{
    Workspace ws;
    ws.id = QStringLiteral("ws_") + name;
    ws.name = name;
    ws.site = site;
    ws.settlement.method = SettlementMethod::BillingCenter;
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

class TestMarketplaceBinding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void huaweiAsksForItsOwnIds();
    void huaweiBadPasteSaysWhy();
    void huaweiPasteIsNormalisedInTarget();
    void huaweiHelpTellsHowToCancel();
    void awsWithoutSubscriptionSaysWhatToDo();

private:
    ChangeSettlementDialog *open(const QList<Workspace> &workspaces);
    void type(const char *name, const QString &text);
    void paste(const char *name, const QString &text);
    bool confirmEnabled();

    RegistrationFixture m_fixture;
    Session m_session;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<ChangeSettlementDialog> m_dialog;
};

void TestMarketplaceBinding::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    m_session = registerAccount(m_fixture.http(), uniqueName(QStringLiteral("mkt")));
    QVERIFY2(m_session.ok(), qPrintable(m_session.error));
    m_client = m_fixture.newClient();
    m_client->setSession(SessionInfo{m_session.token, {}, {}});
}

void TestMarketplaceBinding::cleanup()
{
    m_dialog.reset();
}

ChangeSettlementDialog *TestMarketplaceBinding::open(const QList<Workspace> &workspaces)
{
    m_dialog = std::make_unique<ChangeSettlementDialog>(*m_client, Branding::builtIn(), workspaces,
                                                        kNow, true);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qWarning("dialog not exposed");
    return m_dialog.get();
}

void TestMarketplaceBinding::type(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(m_dialog.get(), name);
    QVERIFY(edit);
    QVERIFY2(edit->isVisible() && edit->isEnabled(), name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Replaces the field's text with `text` from the clipboard, as Ctrl+V would.
void TestMarketplaceBinding::paste(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(m_dialog.get(), name);
    QVERIFY(edit);
    QGuiApplication::clipboard()->setText(text);
    edit->setFocus();
    edit->selectAll();
    edit->paste();
}

bool TestMarketplaceBinding::confirmEnabled()
{
    return child<QPushButton>(m_dialog.get(), "stageChangeButton")->isEnabled();
}

void TestMarketplaceBinding::huaweiAsksForItsOwnIds()
{
    open({workspace(QStringLiteral("Guangzhou"), QStringLiteral("cn4"))});
    auto *huawei = child<QRadioButton>(m_dialog.get(), "huaweiRadioButton");
    QVERIFY(huawei);
    huawei->click();
    auto *box = child<QWidget>(m_dialog.get(), "bindingGroupBox");
    QVERIFY(box->isVisible());
    QVERIFY(!child<QWidget>(m_dialog.get(), "subscriptionGroupBox")->isVisible());
    QCOMPARE(m_dialog->bindingController().marketplace(), SettlementMethod::Huawei);
    auto *account = child<QLineEdit>(m_dialog.get(), "accountIdLineEdit");
    QCOMPARE(account->accessibleName(), MarketplaceBindingWidget::tr("Huawei Cloud Account ID"));
    // The brand's product page is an Alibaba Cloud Market page: not offered here.
    QVERIFY(!child<QPushButton>(m_dialog.get(), "openMarketButton")->isVisible());
    QVERIFY(!confirmEnabled());
    const QString reason = child<QLabel>(m_dialog.get(), "disabledReasonLabel")->text();
    QVERIFY2(reason.contains("Account ID and Instance ID"), qPrintable(reason));
}

void TestMarketplaceBinding::huaweiBadPasteSaysWhy()
{
    open({workspace(QStringLiteral("Guangzhou"), QStringLiteral("cn4"))});
    child<QRadioButton>(m_dialog.get(), "huaweiRadioButton")->click();
    auto *accountError = child<QLabel>(m_dialog.get(), "accountIdErrorLabel");
    auto *instanceError = child<QLabel>(m_dialog.get(), "instanceIdErrorLabel");

    // A 16-digit Alibaba Cloud UID pasted by mistake.
    type("accountIdLineEdit", QStringLiteral("1234567890123456"));
    QTRY_VERIFY(accountError->isVisible());
    QCOMPARE(accountError->text(),
             parseHuaweiAccountId(QStringLiteral("1234567890123456")).message());
    QVERIFY2(accountError->text().contains("32"), qPrintable(accountError->text()));
    type("accountIdLineEdit", QStringLiteral("0a1b2c3d4e5f6071829za4b5c6d7e8f9"));
    QVERIFY2(accountError->text().contains("a-f"), qPrintable(accountError->text()));
    type("instanceIdLineEdit", QStringLiteral("hw 123"));
    QVERIFY(instanceError->isVisible());
    QCOMPARE(instanceError->text(), parseMarketplaceToken(QStringLiteral("hw 123")).message());
    QVERIFY(!confirmEnabled());
    QVERIFY(!child<QPushButton>(m_dialog.get(), "verifyButton")->isEnabled());
    QVERIFY(m_dialog->target().huaweiAccountId.isEmpty());
}

void TestMarketplaceBinding::huaweiPasteIsNormalisedInTarget()
{
    open({workspace(QStringLiteral("Guangzhou"), QStringLiteral("cn4"))});
    child<QRadioButton>(m_dialog.get(), "huaweiRadioButton")->click();
    paste("accountIdLineEdit",
          QStringLiteral("  ") + kHuaweiAccount.toUpper() + QStringLiteral(" "));
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "accountIdLineEdit")->text(), kHuaweiAccount);
    // Typed, the value is left as typed until it is used; the target has it bare.
    type("instanceIdLineEdit", QStringLiteral(" hw0123456789abcdef0123"));
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "instanceIdLineEdit")->text(),
             QStringLiteral(" hw0123456789abcdef0123"));
    QVERIFY(!child<QLabel>(m_dialog.get(), "accountIdErrorLabel")->isVisible());
    QVERIFY(child<QPushButton>(m_dialog.get(), "verifyButton")->isEnabled());
    QVERIFY(confirmEnabled());
    const SettlementChange target = m_dialog->target();
    QCOMPARE(target.method, SettlementMethod::Huawei);
    QCOMPARE(target.huaweiAccountId, kHuaweiAccount);
    QCOMPARE(target.instanceId, QStringLiteral("hw0123456789abcdef0123"));
    QVERIFY(target.aliyunAccountId.isEmpty());
    QVERIFY(target.subscriptionId.isEmpty());
    // What the dialog hands on is a valid PUT body of the contract.
    QVERIFY(SettlementChange::fromJson(target.toJson(false)).has_value());
    QCOMPARE(names(m_dialog->eligibleWorkspaces()), QStringList{"Guangzhou"});

    // The Alibaba Cloud form keeps its own (empty) values.
    child<QRadioButton>(m_dialog.get(), "aliyunRadioButton")->click();
    QVERIFY(child<QLineEdit>(m_dialog.get(), "accountIdLineEdit")->text().isEmpty());
    child<QRadioButton>(m_dialog.get(), "huaweiRadioButton")->click();
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "accountIdLineEdit")->text(), kHuaweiAccount);
}

void TestMarketplaceBinding::huaweiHelpTellsHowToCancel()
{
    open({workspace(QStringLiteral("Guangzhou"), QStringLiteral("cn4"))});
    child<QRadioButton>(m_dialog.get(), "huaweiRadioButton")->click();
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "helpButton"), Qt::LeftButton);
    auto *browser = m_dialog->findChild<QTextBrowser *>(QStringLiteral("helpTextBrowser"));
    QVERIFY(browser);
    const QString text = browser->toPlainText();
    QVERIFY2(text.contains(u"退订") && text.contains("KooGallery"), qPrintable(text));
    QVERIFY2(text.contains(Branding::builtIn().brandName), qPrintable(text));
    QVERIFY2(text.contains("email"), qPrintable(text));
}

void TestMarketplaceBinding::awsWithoutSubscriptionSaysWhatToDo()
{
    open({workspace(QStringLiteral("Oregon"), QStringLiteral("us1"))});
    auto *aws = child<QRadioButton>(m_dialog.get(), "awsRadioButton");
    QVERIFY(aws);
    aws->click();
    QVERIFY(child<QWidget>(m_dialog.get(), "subscriptionGroupBox")->isVisible());
    QVERIFY(!child<QWidget>(m_dialog.get(), "bindingGroupBox")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->subscriptionPicker().load(), Load::Loaded, kSlow);
    auto *empty = child<QLabel>(m_dialog.get(), "noSubscriptionLabel");
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith("No claimed AWS subscription yet"),
             qPrintable(empty->text()));
    QVERIFY2(empty->text().contains("claim code"), qPrintable(empty->text()));
    QCOMPARE(child<QComboBox>(m_dialog.get(), "subscriptionComboBox")->count(), 0);
    QVERIFY(!confirmEnabled());
    QVERIFY(m_dialog->target().subscriptionId.isEmpty());

    QSignalSpy claim(m_dialog.get(), &ChangeSettlementDialog::claimRequested);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "bindSubscriptionButton"), Qt::LeftButton);
    QCOMPARE(claim.count(), 1);
    QCOMPARE(claim.first().first().value<SettlementMethod>(), SettlementMethod::Aws);
}

QTEST_MAIN(TestMarketplaceBinding)
#include "tst_marketplace_binding.moc"
