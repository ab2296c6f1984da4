// The registration controller against the real billing-center in sandbox mode: the whole
// flow, server errors sent back to their step and field, and a lost answer retried with
// the same idempotency key never registering twice.
#include "FaultInjectingServer.h"
#include "MarketplaceBindingController.h"
#include "RegistrationController.h"
#include "RegistrationErrorMapping.h"
#include "RegistrationFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace billing;
using namespace billing::test;
using Field = RegistrationField;
using Step = RegistrationStep;
using State = RegistrationController::SubmissionState;
using BindingField = MarketplaceBindingController::Field;

namespace {
constexpr int kSlow = 60000; // password hashing on a loaded machine
} // namespace

class TestRegistrationServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registersWithAlibabaCloud();
    void usernameTakenGoesBackToStepOne();
    void wrongCodeGoesBackToTheCode();
    void othersInstanceGoesBackToTheIds();
    void verifyShowsStatusAndOwner();
    void lostAnswerRetriedOnce();
    void unknownClaimCodeStaysOnTheCode();

private:
    // Steps 1-2 filled with a mailed code; returns false on a failed check.
    bool reachCorporate(RegistrationController &controller, const NewUser &user);
    bool reachActivation(RegistrationController &controller, const NewUser &user);

    RegistrationFixture m_fixture;
};

void TestRegistrationServer::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

bool TestRegistrationServer::reachCorporate(RegistrationController &controller, const NewUser &user)
{
    fillBasic(controller, user);
    [&] {
        QVERIFY(controller.canRequestCode());
        controller.requestCode();
        QTRY_COMPARE_WITH_TIMEOUT(controller.codeRequest(),
                                  RegistrationController::CodeRequest::Sent, kSlow);
        QVERIFY(controller.cooldown().isActive());
        QVERIFY(!controller.canRequestCode());
        QString error;
        const QString code = m_fixture.mailedCode(user.email, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        controller.form().setText(Field::VerificationCode, code);
        controller.next();
        QCOMPARE(controller.currentStep(), Step::Corporate);
        controller.form().setText(Field::Company, user.company);
        controller.form().setChecked(Field::AcceptTerms, true);
    }();
    return !QTest::currentTestFailed();
}

bool TestRegistrationServer::reachActivation(RegistrationController &controller,
                                             const NewUser &user)
{
    if (!reachCorporate(controller, user))
        return false;
    [&] {
        controller.next();
        QTRY_COMPARE_WITH_TIMEOUT(controller.currentStep(), Step::Activation, kSlow);
        QVERIFY(controller.accountCreated());
        QVERIFY(controller.client().hasSession());
        QVERIFY(!controller.canGoBack());
    }();
    return !QTest::currentTestFailed();
}

void TestRegistrationServer::registersWithAlibabaCloud()
{
    auto client = m_fixture.newClient();
    RegistrationController controller(*client);
    controller.setSandbox(true);
    const NewUser user = NewUser::make(u"ctl_ali"_qs);
    QVERIFY(reachActivation(controller, user));

    controller.form().setText(Field::WorkspaceName, u"  "_qs + user.workspace);
    controller.form().setMethod(SettlementMethod::Aliyun);
    MarketplaceBindingController &binding = controller.binding();
    binding.setText(BindingField::AccountId, u"ops@"_qs + user.aliUid);
    QCOMPARE(binding.text(BindingField::AccountId), user.aliUid);
    QVERIFY(binding.canActivateInSandbox());
    binding.activateInSandbox();
    QTRY_COMPARE_WITH_TIMEOUT(binding.lookup(), MarketplaceBindingController::Lookup::Found, kSlow);
    QVERIFY(!binding.instanceId().isEmpty());
    QVERIFY(binding.ownerMatches());
    controller.form().setChecked(Field::AgreeActivation, true);
    QVERIFY(controller.canGoNext());
    controller.next();
    QTRY_COMPARE_WITH_TIMEOUT(controller.currentStep(), Step::Done, kSlow);
    QCOMPARE(controller.submissionState(), State::Done);
    QVERIFY(controller.workspace());
    QCOMPARE(controller.workspace()->name, user.workspace);
    QCOMPARE(controller.workspace()->settlement.method, SettlementMethod::Aliyun);
    QCOMPARE(controller.workspace()->settlement.aliyunAccountId, user.aliUid);
    QCOMPARE(controller.workspace()->settlement.instanceId, binding.instanceId());
    QVERIFY(controller.billingCenterAccountCreated());

    // The Billing Center account now exists: the same username and password log in.
    const Session session = login(m_fixture.http(), user.username, user.password);
    QVERIFY2(session.ok(), qPrintable(session.error));
    QCOMPARE(session.account.value(u"hasBillingCenterAccount").toBool(), true);
}

void TestRegistrationServer::usernameTakenGoesBackToStepOne()
{
    const NewUser existing = NewUser::make(u"ctl_taken"_qs);
    const Session first = registerAccount(m_fixture.http(), existing.username);
    QVERIFY2(first.ok(), qPrintable(first.error));

    auto client = m_fixture.newClient();
    RegistrationController controller(*client);
    NewUser user = NewUser::make(u"ctl_other"_qs);
    user.username = existing.username.toUpper(); // unique without regard to case
    QVERIFY(reachCorporate(controller, user));
    QSignalSpy steps(&controller, &RegistrationController::currentStepChanged);
    controller.next();
    QTRY_COMPARE_WITH_TIMEOUT(controller.currentStep(), Step::Basic, kSlow);
    QCOMPARE(controller.submissionState(), State::Idle);
    const FieldState username = controller.fieldState(Field::Username);
    QVERIFY(!username.valid);
    QVERIFY(username.fromServer);
    QCOMPARE(username.visibleMessage(),
             RegistrationErrorMapping::tr("This username is already taken. Choose another one."));
    QVERIFY(!controller.canGoNext());
    QCOMPARE(controller.form().text(Field::Company), user.company);
    QCOMPARE(controller.form().text(Field::Email), user.email);
    // A new name clears the server's reason; the code was not used up and still works.
    controller.form().setText(Field::Username, user.username + u"x"_qs);
    QVERIFY(controller.canGoNext());
    controller.next();
    controller.next();
    QTRY_COMPARE_WITH_TIMEOUT(controller.currentStep(), Step::Activation, kSlow);
}

void TestRegistrationServer::wrongCodeGoesBackToTheCode()
{
    auto client = m_fixture.newClient();
    RegistrationController controller(*client);
    const NewUser user = NewUser::make(u"ctl_code"_qs);
    QVERIFY(reachCorporate(controller, user));
    controller.back();
    const QString code = controller.form().text(Field::VerificationCode);
    controller.form().setText(Field::VerificationCode,
                              code == u"000000"_qs ? u"111111"_qs : u"000000"_qs);
    controller.next();
    controller.next();
    QTRY_COMPARE_WITH_TIMEOUT(controller.currentStep(), Step::Basic, kSlow);
    const FieldState state = controller.fieldState(Field::VerificationCode);
    QVERIFY(state.fromServer);
    QVERIFY(!state.visibleMessage().isEmpty());
    QVERIFY(controller.fieldState(Field::Username).valid);
}

void TestRegistrationServer::othersInstanceGoesBackToTheIds()
{
    QString error;
    const QJsonObject others = createSandboxInstance(m_fixture.http(), uniqueUid(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    auto client = m_fixture.newClient();
    RegistrationController controller(*client);
    const NewUser user = NewUser::make(u"ctl_owner"_qs);
    QVERIFY(reachActivation(controller, user));
    controller.form().setText(Field::WorkspaceName, user.workspace);
    controller.form().setMethod(SettlementMethod::Aliyun);
    controller.binding().setText(BindingField::AccountId, user.aliUid);
    controller.binding().setText(BindingField::InstanceId, others.value(u"instanceId").toString());
    controller.form().setChecked(Field::AgreeActivation, true);
    controller.next();
    QTRY_COMPARE_WITH_TIMEOUT(controller.submissionState(), State::Idle, kSlow);
    QCOMPARE(controller.currentStep(), Step::Activation);
    QVERIFY(!controller.workspace());
    const FieldState instance = controller.fieldState(Field::InstanceId);
    QVERIFY(instance.fromServer);
    QCOMPARE(instance.visibleMessage(),
             translatedApiMessage(ApiError::make(ErrorCode::InstanceOwnerMismatch, {})));
    const FieldState uid = controller.fieldState(Field::AliyunAccountId);
    QVERIFY(uid.fromServer);
    QCOMPARE(uid.visibleMessage(),
             RegistrationErrorMapping::tr("Check the Account ID: it is not the owner of this "
                                          "instance."));
    QVERIFY(!controller.canGoNext());
    // Editing an ID clears the server's reason there.
    controller.binding().setText(BindingField::InstanceId, u"6227091"_qs);
    QVERIFY(controller.fieldState(Field::InstanceId).valid);
}

void TestRegistrationServer::verifyShowsStatusAndOwner()
{
    QString error;
    const QString uid = uniqueUid();
    const QJsonObject mine = createSandboxInstance(m_fixture.http(), uid, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString instanceId = mine.value(u"instanceId").toString();
    sandboxInstanceAction(m_fixture.http(), instanceId, u"expire"_qs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    auto client = m_fixture.newClient();
    RegistrationController controller(*client);
    QVERIFY(reachActivation(controller, NewUser::make(u"ctl_verify"_qs)));
    MarketplaceBindingController &binding = controller.binding();
    binding.setText(BindingField::AccountId, uid);
    binding.setText(BindingField::InstanceId, instanceId);
    QVERIFY(binding.canVerify());
    binding.verify();
    QCOMPARE(binding.lookup(), MarketplaceBindingController::Lookup::Running);
    QTRY_COMPARE_WITH_TIMEOUT(binding.lookup(), MarketplaceBindingController::Lookup::Found, kSlow);
    QCOMPARE(binding.instance()->status, InstanceStatus::Expired);
    QVERIFY(binding.ownerMatches());
    QVERIFY2(binding.lookupMessage().contains(
                 MarketplaceBindingController::statusName(InstanceStatus::Expired)),
             qPrintable(binding.lookupMessage()));

    // Another Account ID: the server does not show someone else's instance.
    binding.setText(BindingField::AccountId, uniqueUid());
    QCOMPARE(binding.lookup(), MarketplaceBindingController::Lookup::None);
    binding.verify();
    QTRY_COMPARE_WITH_TIMEOUT(binding.lookup(), MarketplaceBindingController::Lookup::NotFound,
                              kSlow);
    QVERIFY(!binding.ownerMatches());
}

void TestRegistrationServer::lostAnswerRetriedOnce()
{
    FaultInjectingServer proxy(m_fixture.server().baseUrl());
    auto client = m_fixture.newClient(proxy.url());
    RegistrationController controller(*client);
    const NewUser user = NewUser::make(u"ctl_lost"_qs);
    QVERIFY(reachActivation(controller, user));
    controller.form().setText(Field::WorkspaceName, user.workspace);
    controller.form().setChecked(Field::AgreeActivation, true);

    // The server creates the workspace, but every answer is lost on the way back. Qt's HTTP
    // stack may resend once on its own when a kept-alive connection drops: plenty of faults.
    using Fault = FaultInjectingServer::Fault;
    proxy.script(
        QList<FaultInjectingServer::Step>(10, FaultInjectingServer::step(Fault::ForwardThenDrop)));
    proxy.clearSeen();
    controller.next();
    QTRY_COMPARE_WITH_TIMEOUT(controller.submissionState(), State::Failed, kSlow);
    QVERIFY(controller.canRetry());
    QCOMPARE(controller.form().text(Field::WorkspaceName), user.workspace);
    const QByteArray key = controller.idempotencyKey(RegistrationController::Request::Workspace);
    proxy.script({}); // the network is back
    controller.retry();
    QTRY_COMPARE_WITH_TIMEOUT(controller.currentStep(), Step::Done, kSlow);

    QVERIFY(proxy.seen().size() >= 3);
    for (const auto &request : proxy.seen())
        QCOMPARE(request.headers.value("idempotency-key"), key);
    HttpClient http(m_fixture.server().baseUrl(), controller.session().token);
    QString error;
    QCOMPARE(listTotal(http, u"/api/v1/workspaces"_qs, {}, &error), 1);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRegistrationServer::unknownClaimCodeStaysOnTheCode()
{
    auto client = m_fixture.newClient();
    RegistrationController controller(*client);
    const NewUser user = NewUser::make(u"ctl_claim"_qs);
    controller.form().setText(Field::Site, u"us1"_qs); // an AWS site
    QVERIFY(reachActivation(controller, user));
    controller.form().setText(Field::WorkspaceName, user.workspace);
    controller.form().setMethod(SettlementMethod::Aws);
    // Well-formed, but no landing page issued it.
    controller.form().setText(Field::ClaimCode, u"abcd ef23"_qs);
    controller.form().setChecked(Field::AgreeActivation, true);
    QVERIFY(controller.canGoNext());
    controller.next();
    QTRY_COMPARE_WITH_TIMEOUT(controller.submissionState(), State::Idle, kSlow);
    QCOMPARE(controller.currentStep(), Step::Activation);
    QVERIFY(!controller.workspace());
    const FieldState code = controller.fieldState(Field::ClaimCode);
    QVERIFY(!code.valid);
    QVERIFY(code.fromServer);
    QVERIFY2(!code.visibleMessage().isEmpty(), "the claim code's reason is shown");
    // What the user typed is kept (normalised) and the name too.
    QCOMPARE(controller.form().text(Field::ClaimCode), u"ABCD-EF23"_qs);
    QCOMPARE(controller.form().text(Field::WorkspaceName), user.workspace);
    // Editing the code clears the server's reason.
    controller.form().setText(Field::ClaimCode, u"ABCD-EF24"_qs);
    QVERIFY(!controller.fieldState(Field::ClaimCode).fromServer);
}

QTEST_GUILESS_MAIN(TestRegistrationServer)
#include "tst_registration_server.moc"
