// The registration wizard as a user drives it: QTest types and clicks, the real sandbox
// billing-center answers. Alibaba Cloud and Billing Center paths, a bad Account ID,
// someone else's instance, a taken username and a server that goes away before Activate.
#include "ActivationPage.h"
#include "AliyunIds.h"
#include "Branding.h"
#include "MailboxModel.h"
#include "MarketplaceBindingWidget.h"
#include "MarketplaceHelpDialog.h"
#include "RegistrationController.h"
#include "RegistrationFixture.h"
#include "RegistrationWizard.h"
#include "SandboxMailboxWindow.h"
#include "WidgetLookup.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace billing;
using namespace billing::test;
using Step = RegistrationStep;

// A failed check inside a helper ends the calling test function too.
#define STEP(call)                                                                                 \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {
constexpr int kSlow = 60000;
} // namespace

class TestRegistrationWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void registersWithAlibabaCloud();
    void mailboxShowsTheCode();
    void registersWithBillingCenterAccount();
    void badAccountIdIsMarkedAtOnce();
    void othersInstanceBringsBackTheIds();
    void takenUsernameBringsBackStepOne();
    void serverDownBeforeActivateOffersRetry();

private:
    QWidget *page() const { return m_wizard->currentPage(); }
    void type(const char *name, const QString &text);
    // Ctrl+V of `text` from the clipboard, as a user pastes an ID from the console.
    void paste(const char *name, const QString &text);
    void click(const char *name);
    QString errorText(const char *name);
    // Fills and leaves steps 1-2 as the user would; the account exists afterwards.
    void completeSteps12(const NewUser &user);
    void fillActivation(const NewUser &user);

    RegistrationFixture m_fixture;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<RegistrationController> m_controller;
    std::unique_ptr<RegistrationWizard> m_wizard;
    QList<QUrl> m_opened;
};

void TestRegistrationWizard::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void TestRegistrationWizard::init()
{
    m_client = m_fixture.newClient();
    m_controller = std::make_unique<RegistrationController>(*m_client);
    m_controller->setSandbox(true);
    m_wizard = std::make_unique<RegistrationWizard>(*m_controller, Branding::builtIn());
    m_opened.clear();
    m_wizard->activationPage()->bindingWidget()->setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestRegistrationWizard::cleanup()
{
    m_wizard.reset();
    m_controller.reset();
    m_client.reset();
}

void TestRegistrationWizard::type(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(m_wizard.get(), name);
    QVERIFY(edit);
    QVERIFY2(edit->isVisible() && edit->isEnabled(), name);
    QVERIFY(!edit->accessibleName().isEmpty());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestRegistrationWizard::paste(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(m_wizard.get(), name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QGuiApplication::clipboard()->setText(text);
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
}

void TestRegistrationWizard::click(const char *name)
{
    auto *button = child<QAbstractButton>(m_wizard.get(), name);
    QVERIFY(button);
    QVERIFY2(button->isVisible(), name);
    QTRY_VERIFY2_WITH_TIMEOUT(button->isEnabled(), name, kSlow);
    // A check box or radio button takes clicks on its indicator and text only, and may be
    // laid out wider than those: click where the indicator is.
    const bool indicator =
        qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button);
    QTest::mouseClick(button, Qt::LeftButton, {},
                      indicator ? QPoint(6, button->height() / 2) : button->rect().center());
}

QString TestRegistrationWizard::errorText(const char *name)
{
    auto *label = child<QLabel>(m_wizard.get(), name);
    return label && label->isVisible() ? label->text() : QString();
}

void TestRegistrationWizard::completeSteps12(const NewUser &user)
{
    QCOMPARE(m_wizard->currentId(), int(Step::Basic));
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    STEP(type("usernameLineEdit", user.username));
    STEP(type("passwordLineEdit", user.password));
    STEP(type("passwordConfirmationLineEdit", user.password));
    STEP(type("emailLineEdit", user.email));
    STEP(type("phoneLineEdit", user.phone));
    QVERIFY(child<QPushButton>(m_wizard.get(), "openMailboxButton")->isVisible());
    STEP(click("sendCodeButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->codeRequest(),
                              RegistrationController::CodeRequest::Sent, kSlow);
    QVERIFY2(child<QPushButton>(m_wizard.get(), "sendCodeButton")->text().contains(u"60"_qs),
             "the button counts the cool-down down");
    QString error;
    const QString code = m_fixture.mailedCode(user.email, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!next->isEnabled());
    STEP(type("verificationCodeLineEdit", code));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(Step::Corporate));

    QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
    QVERIFY(!commit->isEnabled());
    STEP(type("companyLineEdit", user.company));
    QVERIFY(!commit->isEnabled());
    STEP(click("acceptTermsCheckBox"));
    QVERIFY(commit->isEnabled());
    QTest::mouseClick(commit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(Step::Activation), kSlow);
    QVERIFY2(!m_wizard->button(QWizard::BackButton)->isEnabled()
                 || !m_wizard->button(QWizard::BackButton)->isVisible(),
             "the account exists: no way back to steps 1-2");
}

void TestRegistrationWizard::fillActivation(const NewUser &user)
{
    STEP(type("workspaceNameLineEdit", user.workspace));
    STEP(click("languageEnglishRadioButton"));
    QVERIFY(!child<QRadioButton>(m_wizard.get(), "awsRadioButton")->isEnabled());
    QVERIFY(!child<QRadioButton>(m_wizard.get(), "huaweiRadioButton")->isEnabled());
    QVERIFY(!child<QRadioButton>(m_wizard.get(), "azureRadioButton")->isEnabled());
    // A marketplace is disabled only where the site does not offer it.
    QCOMPARE(child<QRadioButton>(m_wizard.get(), "awsRadioButton")->toolTip(),
             RegistrationForm::tr("not offered on site %1").arg(u"cn1"_qs));
    QVERIFY(child<QCheckBox>(m_wizard.get(), "createBillingCenterAccountCheckBox")->isChecked());
    STEP(click("agreeActivationCheckBox"));
}

void TestRegistrationWizard::registersWithAlibabaCloud()
{
    const NewUser user = NewUser::make(u"gui_ali"_qs);
    STEP(completeSteps12(user));
    STEP(fillActivation(user));
    auto *binding = child<QWidget>(m_wizard.get(), "marketplaceBindingWidget");
    QVERIFY(!binding->isVisible());
    STEP(click("aliyunRadioButton"));
    QVERIFY(binding->isVisible());
    QAbstractButton *activate = m_wizard->button(QWizard::CommitButton);
    QVERIFY(!activate->isEnabled());

    STEP(click("openMarketButton"));
    QCOMPARE(m_opened, QList<QUrl>{Branding::builtIn().marketplaceProductUrl});
    STEP(click("helpButton"));
    auto *help = m_wizard->activationPage()->bindingWidget()->helpDialog();
    QVERIFY(help && help->isVisible());
    help->close();

    // A RAM user's "name@UID", as pasted from the console with a newline.
    STEP(paste("accountIdLineEdit", u"  ops-admin@"_qs + user.aliUid + u"\n"_qs));
    QCOMPARE(child<QLineEdit>(m_wizard.get(), "accountIdLineEdit")->text(), user.aliUid);
    STEP(click("sandboxActivateButton"));
    auto *instance = child<QLineEdit>(m_wizard.get(), "instanceIdLineEdit");
    QTRY_VERIFY_WITH_TIMEOUT(!instance->text().isEmpty(), kSlow);
    STEP(click("verifyButton"));
    auto *status = child<QLabel>(m_wizard.get(), "lookupStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(
        m_controller->binding().lookup() == MarketplaceBindingController::Lookup::Found, kSlow);
    QVERIFY2(status->text().contains(instance->text()), qPrintable(status->text()));
    QVERIFY(m_controller->binding().ownerMatches());

    QVERIFY(activate->isEnabled());
    QTest::mouseClick(activate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(Step::Done), kSlow);
    const QString summary = child<QLabel>(m_wizard.get(), "doneSummaryLabel")->text();
    QVERIFY2(summary.contains(user.workspace.toHtmlEscaped()), qPrintable(summary));
    QVERIFY2(summary.contains(instance->text()), qPrintable(summary));
    QVERIFY2(summary.contains(Branding::builtIn().billingCenterUrl.toString()),
             qPrintable(summary));

    QSignalSpy login(m_wizard.get(), &RegistrationWizard::loginRequested);
    STEP(click("loginNowButton"));
    QCOMPARE(login.count(), 1);
    const auto session = login.at(0).at(0).value<SessionInfo>();
    QVERIFY(!session.token.isEmpty());
    QCOMPARE(session.account->username, user.username);
}

void TestRegistrationWizard::mailboxShowsTheCode()
{
    const NewUser user = NewUser::make(u"gui_mail"_qs);
    STEP(type("emailLineEdit", user.email));
    STEP(click("sendCodeButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->codeRequest(),
                              RegistrationController::CodeRequest::Sent, kSlow);
    STEP(click("openMailboxButton"));
    SandboxMailboxWindow *mailbox = m_wizard->mailboxWindow();
    QVERIFY(mailbox);
    QVERIFY(QTest::qWaitForWindowExposed(mailbox));
    QTRY_VERIFY_WITH_TIMEOUT(!mailbox->isLoading(), kSlow);
    QAbstractItemModelTester tester(mailbox->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(mailbox->model()->rowCount(), 1);
    QCOMPARE(mailbox->model()->mails().first().to, user.email);
    QString error;
    const QString code = m_fixture.mailedCode(user.email, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto *body = mailbox->findChild<QPlainTextEdit *>(u"mailBodyTextEdit"_qs);
    QVERIFY2(body->toPlainText().contains(code), qPrintable(body->toPlainText()));
    // All recipients: at least this mail, newest first.
    mailbox->setRecipient({});
    QVERIFY2(!child<QPushButton>(m_wizard.get(), "sendCodeButton")->isEnabled(), "cooling down");
    mailbox->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!mailbox->isLoading(), kSlow);
    QVERIFY(mailbox->model()->rowCount() >= 1);
}

void TestRegistrationWizard::registersWithBillingCenterAccount()
{
    const NewUser user = NewUser::make(u"gui_bc"_qs);
    STEP(completeSteps12(user));
    STEP(fillActivation(user));
    STEP(click("billingCenterRadioButton"));
    STEP(click("createBillingCenterAccountCheckBox")); // unchecked: no Billing Center account
    QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(Step::Done), kSlow);
    QCOMPARE(m_controller->workspace()->settlement.method, SettlementMethod::BillingCenter);
    QCOMPARE(m_controller->workspace()->language, u"en"_qs);
    const Session session = login(m_fixture.http(), user.username, user.password);
    QVERIFY2(session.ok(), qPrintable(session.error));
    QCOMPARE(session.account.value(u"hasBillingCenterAccount").toBool(), false);
}

void TestRegistrationWizard::badAccountIdIsMarkedAtOnce()
{
    const NewUser user = NewUser::make(u"gui_baduid"_qs);
    STEP(completeSteps12(user));
    STEP(fillActivation(user));
    STEP(click("aliyunRadioButton"));
    STEP(type("accountIdLineEdit", u"12345678"_qs));
    QCOMPARE(errorText("accountIdErrorLabel"), parseAliyunAccountId(u"12345678"_qs).message());
    STEP(type("instanceIdLineEdit", u"0042"_qs));
    QCOMPARE(errorText("instanceIdErrorLabel"), parseInstanceId(u"0042"_qs).message());
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(!child<QPushButton>(m_wizard.get(), "verifyButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_wizard.get(), "sandboxActivateButton")->isEnabled());
    STEP(type("accountIdLineEdit", user.aliUid));
    STEP(type("instanceIdLineEdit", u"42"_qs));
    QVERIFY(errorText("accountIdErrorLabel").isEmpty());
    QVERIFY(errorText("instanceIdErrorLabel").isEmpty());
    QVERIFY(m_wizard->button(QWizard::CommitButton)->isEnabled());
}

void TestRegistrationWizard::othersInstanceBringsBackTheIds()
{
    QString error;
    const QString others = createSandboxInstance(m_fixture.http(), uniqueUid(), &error)
                               .value(u"instanceId")
                               .toString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const NewUser user = NewUser::make(u"gui_owner"_qs);
    STEP(completeSteps12(user));
    STEP(fillActivation(user));
    STEP(click("aliyunRadioButton"));
    STEP(type("accountIdLineEdit", user.aliUid));
    STEP(type("instanceIdLineEdit", others));
    QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);
    const QString mismatch =
        translatedApiMessage(ApiError::make(ErrorCode::InstanceOwnerMismatch, {}));
    QTRY_COMPARE_WITH_TIMEOUT(errorText("instanceIdErrorLabel"), mismatch, kSlow);
    QCOMPARE(errorText("accountIdErrorLabel"),
             RegistrationErrorMapping::tr("Check the Account ID: it is not the owner of this "
                                          "instance."));
    QCOMPARE(m_wizard->currentId(), int(Step::Activation));
    QCOMPARE(child<QLineEdit>(m_wizard.get(), "workspaceNameLineEdit")->text(), user.workspace);
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
}

void TestRegistrationWizard::takenUsernameBringsBackStepOne()
{
    const NewUser taken = NewUser::make(u"gui_taken"_qs);
    const Session first = registerAccount(m_fixture.http(), taken.username);
    QVERIFY2(first.ok(), qPrintable(first.error));

    NewUser user = NewUser::make(u"gui_second"_qs);
    user.username = taken.username;
    QCOMPARE(m_wizard->currentId(), int(Step::Basic));
    STEP(type("usernameLineEdit", user.username));
    STEP(type("passwordLineEdit", user.password));
    STEP(type("passwordConfirmationLineEdit", user.password));
    STEP(type("emailLineEdit", user.email));
    STEP(type("phoneLineEdit", user.phone));
    STEP(click("sendCodeButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->codeRequest(),
                              RegistrationController::CodeRequest::Sent, kSlow);
    QString error;
    STEP(type("verificationCodeLineEdit", m_fixture.mailedCode(user.email, &error)));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(Step::Corporate));
    STEP(type("companyLineEdit", user.company));
    STEP(click("acceptTermsCheckBox"));
    QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(Step::Basic), kSlow);
    QTRY_VERIFY(!errorText("usernameErrorLabel").isEmpty());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(child<QLineEdit>(m_wizard.get(), "emailLineEdit")->text(), user.email);
    QCOMPARE(child<QLineEdit>(m_wizard.get(), "passwordLineEdit")->text(), user.password);
    QTRY_VERIFY(child<QLineEdit>(m_wizard.get(), "usernameLineEdit")->hasFocus());
    STEP(type("usernameLineEdit", user.username + u"b"_qs));
    QVERIFY(errorText("usernameErrorLabel").isEmpty());
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(Step::Corporate));
    QCOMPARE(child<QLineEdit>(m_wizard.get(), "companyLineEdit")->text(), user.company);
    QVERIFY(child<QCheckBox>(m_wizard.get(), "acceptTermsCheckBox")->isChecked());
}

void TestRegistrationWizard::serverDownBeforeActivateOffersRetry()
{
    const NewUser user = NewUser::make(u"gui_down"_qs);
    STEP(completeSteps12(user));
    STEP(fillActivation(user));
    QVERIFY2(m_fixture.server().stop(), qPrintable(m_fixture.server().errorString()));
    QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QPushButton>(m_wizard.get(), "workspaceRetryButton")->isVisible(), kSlow);
    QVERIFY(!child<QLabel>(m_wizard.get(), "workspaceStatusLabel")->text().isEmpty());
    QCOMPARE(m_wizard->currentId(), int(Step::Activation));
    QCOMPARE(child<QLineEdit>(m_wizard.get(), "workspaceNameLineEdit")->text(), user.workspace);
    QVERIFY(child<QCheckBox>(m_wizard.get(), "agreeActivationCheckBox")->isChecked());
    const QByteArray key = m_controller->idempotencyKey(RegistrationController::Request::Workspace);
    STEP(click("workspaceRetryButton"));
    QCOMPARE(m_controller->idempotencyKey(RegistrationController::Request::Workspace), key);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QPushButton>(m_wizard.get(), "workspaceRetryButton")->isVisible(), kSlow);
    QVERIFY2(m_fixture.server().start(), qPrintable(m_fixture.server().errorString()));
}

QTEST_MAIN(TestRegistrationWizard)
#include "tst_registration_wizard.moc"
