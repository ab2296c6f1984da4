// The registration decisions without widgets or a server: validation rows, normalisation,
// the step flow, the cool-down and a submission that cannot reach the server (the
// activation step's marketplaces: tst_registration_marketplaces).
#include "RegistrationController.h"
#include "RegistrationRules.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace billing;
using Field = RegistrationField;
using Step = RegistrationStep;
using State = RegistrationController::SubmissionState;

namespace {
const QString kPassword = QStringLiteral("Harbour-Lights-2026");

void fillValidBasic(RegistrationController &controller)
{
    RegistrationForm &form = controller.form();
    form.setText(Field::Username, QStringLiteral("alice.w"));
    form.setText(Field::Password, kPassword);
    form.setText(Field::PasswordConfirmation, kPassword);
    form.setText(Field::Email, QStringLiteral("alice@example.com"));
    form.setText(Field::VerificationCode, QStringLiteral("123456"));
    form.setText(Field::Phone, QStringLiteral("+86 138-0000-0000"));
}

void fillValidCorporate(RegistrationController &controller)
{
    controller.form().setText(Field::Company, QStringLiteral("Example Ltd"));
    controller.form().setChecked(Field::AcceptTerms, true);
}
} // namespace

class TestRegistrationController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fieldRules_data();
    void fieldRules();
    void reasonShownOnlyAfterEditing();
    void passwordConfirmationFollowsPassword();
    void normalisedOnSubmit();

    void aliyunIds_data();
    void aliyunIds();

    void stepFlow();
    void nextOnInvalidStepShowsEveryReason();

    void cooldownCountsDown();
    void codeNeedsValidEmail();

    void unreachableServerOffersRetryWithSameKey();
    void changedValuesGetNewKey();

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<RegistrationController> m_controller;
};

void TestRegistrationController::init()
{
    // Port 1 on loopback: nothing listens, every request fails at once.
    m_client = std::make_unique<BillingClient>(&m_network, QUrl(u"http://127.0.0.1:1"_qs));
    m_client->retryPolicy = RetryPolicy::none();
    m_controller = std::make_unique<RegistrationController>(*m_client);
}

void TestRegistrationController::cleanup()
{
    m_controller.reset();
    m_client.reset();
}

void TestRegistrationController::fieldRules_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason"); // empty: valid

    const QString required = RegistrationRules::tr("Required.");
    QTest::newRow("username empty") << Field::Username << QString() << QString() << required;
    QTest::newRow("username too short")
        << Field::Username << QString() << u"ab"_qs
        << RegistrationRules::tr("Use %1 to %2 characters.").arg(3).arg(32);
    QTest::newRow("username with space")
        << Field::Username << QString() << u"alice w"_qs
        << RegistrationRules::tr("Use only letters A-Z, digits and the characters . _ -");
    QTest::newRow("username 33 characters")
        << Field::Username << QString() << QString(33, u'a')
        << RegistrationRules::tr("Use %1 to %2 characters.").arg(3).arg(32);
    QTest::newRow("username ok") << Field::Username << QString() << u"alice.w_01-x"_qs << QString();

    QTest::newRow("password empty") << Field::Password << QString() << QString() << required;
    QTest::newRow("password weak (7 characters)")
        << Field::Password << QString() << u"abc1234"_qs
        << RegistrationRules::tr("Use at least %1 characters.").arg(8);
    QTest::newRow("password 129 characters")
        << Field::Password << QString() << QString(129, u'x')
        << RegistrationRules::tr("Use at most %1 characters.").arg(128);
    QTest::newRow("password is the username")
        << Field::Password << u"alice.walker"_qs << u"Alice.Walker"_qs
        << RegistrationRules::tr("The password must not be the username.");
    QTest::newRow("password ok") << Field::Password << u"alice"_qs << kPassword << QString();

    QTest::newRow("email empty") << Field::Email << QString() << u"  "_qs << required;
    QTest::newRow("email without domain")
        << Field::Email << QString() << u"alice@"_qs
        << RegistrationRules::tr("Enter an e-mail address like name@example.com.");
    QTest::newRow("email without tld")
        << Field::Email << QString() << u"alice@example"_qs
        << RegistrationRules::tr("Enter an e-mail address like name@example.com.");
    QTest::newRow("email two @") << Field::Email << QString() << u"a@b@example.com"_qs
                                 << RegistrationRules::tr(
                                        "Enter an e-mail address like name@example.com.");
    QTest::newRow("email padded ok")
        << Field::Email << QString() << u" alice@example.com\n"_qs << QString();

    QTest::newRow("code 5 digits") << Field::VerificationCode << QString() << u"12345"_qs
                                   << RegistrationRules::tr("The code has %1 digits.").arg(6);
    QTest::newRow("code with letter") << Field::VerificationCode << QString() << u"12a456"_qs
                                      << RegistrationRules::tr("The code has %1 digits.").arg(6);
    QTest::newRow("code ok") << Field::VerificationCode << QString() << u" 123456 "_qs << QString();

    const QString phoneReason =
        RegistrationRules::tr("Use %1 to %2 digits, optionally starting with +; spaces and "
                              "dashes may separate them.")
            .arg(6)
            .arg(20);
    QTest::newRow("phone letters") << Field::Phone << QString() << u"call me"_qs << phoneReason;
    QTest::newRow("phone 5 digits") << Field::Phone << QString() << u"12345"_qs << phoneReason;
    QTest::newRow("phone double dash")
        << Field::Phone << QString() << u"138--0000"_qs << phoneReason;
    QTest::newRow("phone ok") << Field::Phone << QString() << u"+86 138-0000-0000"_qs << QString();

    QTest::newRow("company blank") << Field::Company << QString() << u"   "_qs << required;
    QTest::newRow("company 129 characters")
        << Field::Company << QString() << QString(129, u'c')
        << RegistrationRules::tr("Use at most %1 characters.").arg(128);
    QTest::newRow("company ok") << Field::Company << QString() << u"  示例科技有限公司 "_qs
                                << QString();

    QTest::newRow("workspace name blank")
        << Field::WorkspaceName << QString() << u"\t"_qs << required;
    QTest::newRow("workspace name 65 characters")
        << Field::WorkspaceName << QString() << QString(65, u'w')
        << RegistrationRules::tr("Use at most %1 characters.").arg(64);
    QTest::newRow("workspace name 64 emoji (128 UTF-16 units)")
        << Field::WorkspaceName << QString() << QString::fromUcs4(U"🚀").repeated(64) << QString();
}

void TestRegistrationController::fieldRules()
{
    QFETCH(Field, field);
    QFETCH(QString, username);
    QFETCH(QString, input);
    QFETCH(QString, reason);

    RegistrationForm &form = m_controller->form();
    if (!username.isEmpty())
        form.setText(Field::Username, username);
    QSignalSpy changed(&form, &RegistrationForm::fieldStateChanged);
    form.setText(field, input);
    QVERIFY(changed.count() >= 1);
    const FieldState state = m_controller->fieldState(field);
    QCOMPARE(state.valid, reason.isEmpty());
    QCOMPARE(state.visibleMessage(), reason);
}

void TestRegistrationController::reasonShownOnlyAfterEditing()
{
    const FieldState fresh = m_controller->fieldState(Field::Username);
    QVERIFY(!fresh.valid);
    QVERIFY(!fresh.message.isEmpty());
    QVERIFY2(fresh.visibleMessage().isEmpty(), "an untouched field shows no reason yet");
    m_controller->form().setText(Field::Username, u"a"_qs);
    QVERIFY(!m_controller->fieldState(Field::Username).visibleMessage().isEmpty());
}

void TestRegistrationController::passwordConfirmationFollowsPassword()
{
    RegistrationForm &form = m_controller->form();
    form.setText(Field::Password, kPassword);
    form.setText(Field::PasswordConfirmation, kPassword + u'!');
    QCOMPARE(form.fieldState(Field::PasswordConfirmation).visibleMessage(),
             RegistrationRules::tr("The passwords do not match."));
    form.setText(Field::PasswordConfirmation, kPassword);
    QVERIFY(form.fieldState(Field::PasswordConfirmation).valid);
    form.setText(Field::Password, kPassword + u'2');
    QVERIFY2(!form.fieldState(Field::PasswordConfirmation).valid,
             "changing the password invalidates the confirmation");
    QCOMPARE(form.passwordStrength(), PasswordStrength::Level::Strong);
    form.setText(Field::Password, u"aaaaaaaa"_qs);
    QCOMPARE(form.passwordStrength(), PasswordStrength::Level::Weak);
}

void TestRegistrationController::normalisedOnSubmit()
{
    fillValidBasic(*m_controller);
    m_controller->form().setText(Field::Email, u"  alice@example.com "_qs);
    m_controller->form().setText(Field::Company, u" Example Ltd  "_qs);
    m_controller->form().setChecked(Field::AcceptTerms, true);
    QSignalSpy written(&m_controller->form(), &RegistrationForm::textChanged);
    m_controller->next();
    m_controller->next(); // submits: the trimmed values are written back first
    QCOMPARE(m_controller->form().text(Field::Email), u"alice@example.com"_qs);
    QCOMPARE(m_controller->form().text(Field::Company), u"Example Ltd"_qs);
    QCOMPARE(written.count(), 2);
    const Registration registration = m_controller->form().registration();
    QCOMPARE(registration.phone, u"+86 138-0000-0000"_qs);
    QVERIFY(registration.acceptTerms);
}

void TestRegistrationController::aliyunIds_data()
{
    using BField = MarketplaceBindingController::Field;
    QTest::addColumn<BField>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("shown"); // what the field holds afterwards

    QTest::newRow("uid ok") << BField::AccountId << u"1234567890123456"_qs << true
                            << u"1234567890123456"_qs;
    QTest::newRow("uid pasted with spaces and newline")
        << BField::AccountId << u"  1234567890123456\n"_qs << true << u"1234567890123456"_qs;
    QTest::newRow("uid RAM form normalised")
        << BField::AccountId << u"ops-admin@1234567890123456"_qs << true << u"1234567890123456"_qs;
    QTest::newRow("uid 15 digits")
        << BField::AccountId << u"123456789012345"_qs << false << u"123456789012345"_qs;
    QTest::newRow("uid 17 digits")
        << BField::AccountId << u"12345678901234567"_qs << false << u"12345678901234567"_qs;
    QTest::newRow("uid RAM name missing")
        << BField::AccountId << u"@1234567890123456"_qs << false << u"@1234567890123456"_qs;
    QTest::newRow("uid with dash")
        << BField::AccountId << u"12345678-90123456"_qs << false << u"12345678-90123456"_qs;
    QTest::newRow("uid empty") << BField::AccountId << QString() << false << QString();
    QTest::newRow("instance ok") << BField::InstanceId << u"6227091"_qs << true << u"6227091"_qs;
    QTest::newRow("instance padded")
        << BField::InstanceId << u" 1551111111 \r\n"_qs << true << u"1551111111"_qs;
    QTest::newRow("instance leading zero")
        << BField::InstanceId << u"0622709"_qs << false << u"0622709"_qs;
    QTest::newRow("instance 20 digits")
        << BField::InstanceId << u"12345678901234567890"_qs << false << u"12345678901234567890"_qs;
    QTest::newRow("instance above int64")
        << BField::InstanceId << u"9223372036854775808"_qs << false << u"9223372036854775808"_qs;
    QTest::newRow("instance int64 max")
        << BField::InstanceId << u"9223372036854775807"_qs << true << u"9223372036854775807"_qs;
}

void TestRegistrationController::aliyunIds()
{
    using BField = MarketplaceBindingController::Field;
    QFETCH(BField, field);
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, shown);

    MarketplaceBindingController &binding = m_controller->binding();
    QSignalSpy written(&binding, &MarketplaceBindingController::textChanged);
    binding.setText(field, input);
    QCOMPARE(binding.fieldState(field).valid, valid);
    QCOMPARE(binding.text(field), shown);
    QCOMPARE(written.count(), shown != input ? 1 : 0);
    QCOMPARE(binding.fieldState(field).visibleMessage().isEmpty(), valid);
    const Field registrationField =
        field == BField::AccountId ? Field::AliyunAccountId : Field::InstanceId;
    QCOMPARE(m_controller->fieldState(registrationField).valid, valid);
}

void TestRegistrationController::stepFlow()
{
    QSignalSpy steps(m_controller.get(), &RegistrationController::currentStepChanged);
    QCOMPARE(m_controller->currentStep(), Step::Basic);
    QVERIFY(!m_controller->canGoNext());
    QVERIFY(!m_controller->canGoBack());
    fillValidBasic(*m_controller);
    QVERIFY(m_controller->canGoNext());
    m_controller->next();
    QCOMPARE(m_controller->currentStep(), Step::Corporate);
    QCOMPARE(steps.count(), 1);
    QVERIFY(m_controller->canGoBack());
    QVERIFY(!m_controller->canGoNext());
    m_controller->back();
    QCOMPARE(m_controller->currentStep(), Step::Basic);
    QCOMPARE(m_controller->form().text(Field::Username), u"alice.w"_qs);
    m_controller->next();
    fillValidCorporate(*m_controller);
    QVERIFY(m_controller->canGoNext());
    QVERIFY(!m_controller->accountCreated());
}

void TestRegistrationController::nextOnInvalidStepShowsEveryReason()
{
    m_controller->next();
    QCOMPARE(m_controller->currentStep(), Step::Basic);
    for (Field field : RegistrationTypes::fieldsOf(Step::Basic)) {
        if (field == Field::Site)
            continue;
        QVERIFY2(!m_controller->fieldState(field).visibleMessage().isEmpty(),
                 QMetaEnum::fromType<Field>().valueToKey(int(field)));
    }
}

void TestRegistrationController::cooldownCountsDown()
{
    std::chrono::milliseconds now{1'000'000};
    VerificationCooldown cooldown;
    cooldown.setClock([&now] { return now; });
    QSignalSpy remaining(&cooldown, &VerificationCooldown::remainingChanged);
    QVERIFY(!cooldown.isActive());
    cooldown.start();
    QCOMPARE(cooldown.remainingSeconds(), 60);
    QCOMPARE(remaining.takeLast().at(0).toInt(), 60);
    now += std::chrono::milliseconds(59'500);
    cooldown.tick();
    QCOMPARE(cooldown.remainingSeconds(), 1);
    QCOMPARE(remaining.takeLast().at(0).toInt(), 1);
    now += std::chrono::milliseconds(500);
    cooldown.tick();
    QCOMPARE(cooldown.remainingSeconds(), 0);
    QCOMPARE(remaining.takeLast().at(0).toInt(), 0);
    QVERIFY(!cooldown.isActive());
}

void TestRegistrationController::codeNeedsValidEmail()
{
    QVERIFY(!m_controller->canRequestCode());
    m_controller->form().setText(Field::Email, u"alice@"_qs);
    QVERIFY(!m_controller->canRequestCode());
    m_controller->form().setText(Field::Email, u"alice@example.com"_qs);
    QVERIFY(m_controller->canRequestCode());
    QSignalSpy changed(m_controller.get(), &RegistrationController::codeRequestChanged);
    m_controller->requestCode();
    QCOMPARE(m_controller->codeRequest(), RegistrationController::CodeRequest::Sending);
    QVERIFY(!m_controller->canRequestCode());
    QTRY_COMPARE(m_controller->codeRequest(), RegistrationController::CodeRequest::Failed);
    QVERIFY(!m_controller->codeMessage().isEmpty());
    QVERIFY2(m_controller->canRequestCode(), "a failed request starts no cool-down");
}

void TestRegistrationController::unreachableServerOffersRetryWithSameKey()
{
    fillValidBasic(*m_controller);
    m_controller->next();
    fillValidCorporate(*m_controller);
    QSignalSpy submission(m_controller.get(), &RegistrationController::submissionChanged);
    m_controller->next();
    QCOMPARE(m_controller->submissionState(), State::Submitting);
    QVERIFY(!m_controller->canGoNext());
    QVERIFY(!m_controller->canGoBack());
    QTRY_COMPARE(m_controller->submissionState(), State::Failed);
    QVERIFY(m_controller->canRetry());
    QCOMPARE(m_controller->currentStep(), Step::Corporate);
    QVERIFY(!m_controller->submissionMessage().isEmpty());
    const QByteArray key = m_controller->idempotencyKey(RegistrationController::Request::Account);
    QVERIFY(!key.isEmpty());
    // Nothing typed is lost.
    QCOMPARE(m_controller->form().text(Field::Username), u"alice.w"_qs);
    QCOMPARE(m_controller->form().text(Field::Password), kPassword);
    QCOMPARE(m_controller->form().text(Field::Company), u"Example Ltd"_qs);

    m_controller->retry();
    QCOMPARE(m_controller->submissionState(), State::Submitting);
    QCOMPARE(m_controller->idempotencyKey(RegistrationController::Request::Account), key);
    m_controller->cancelSubmission();
    QCOMPARE(m_controller->submissionState(), State::Failed);
    QVERIFY(m_controller->canRetry());
    QCOMPARE(m_controller->form().text(Field::Company), u"Example Ltd"_qs);
}

void TestRegistrationController::changedValuesGetNewKey()
{
    fillValidBasic(*m_controller);
    m_controller->next();
    fillValidCorporate(*m_controller);
    m_controller->next();
    QTRY_COMPARE(m_controller->submissionState(), State::Failed);
    const QByteArray first = m_controller->idempotencyKey(RegistrationController::Request::Account);
    m_controller->next(); // the same values again: the same action
    QCOMPARE(m_controller->idempotencyKey(RegistrationController::Request::Account), first);
    QTRY_COMPARE(m_controller->submissionState(), State::Failed);
    m_controller->form().setText(Field::Company, u"Other Ltd"_qs);
    m_controller->next();
    QVERIFY(m_controller->idempotencyKey(RegistrationController::Request::Account) != first);
    QTRY_COMPARE(m_controller->submissionState(), State::Failed);
}

QTEST_GUILESS_MAIN(TestRegistrationController)
#include "tst_registration_controller.moc"
