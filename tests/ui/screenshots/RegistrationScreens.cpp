// The registration wizard's screens: every page empty, filled and with an error, the
// Alibaba Cloud help and the sandbox mailbox.
#include "ActivationPage.h"
#include "Branding.h"
#include "FaultInjectingServer.h"
#include "MarketplaceBindingWidget.h"
#include "MarketplaceHelpDialog.h"
#include "RegistrationController.h"
#include "RegistrationFixture.h"
#include "RegistrationWizard.h"
#include "SandboxMailboxWindow.h"
#include "ScreenCatalog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

namespace billing::test {
namespace {
constexpr int kSlow = 60000;

struct Scene {
    BillingClient *client = nullptr;
    RegistrationController *controller = nullptr;
    RegistrationWizard *wizard = nullptr;
    NewUser user;
};

Scene makeScene(ScreenContext &context, const QString &prefix, const QUrl &baseUrl = {})
{
    Scene scene;
    scene.user = NewUser::make(prefix);
    scene.client = context.own(context.fixture.newClient(baseUrl));
    scene.controller = context.own(std::make_unique<RegistrationController>(*scene.client));
    scene.controller->setSandbox(true);
    scene.wizard =
        context.own(std::make_unique<RegistrationWizard>(*scene.controller, Branding::builtIn()));
    scene.wizard->activationPage()->bindingWidget()->setUrlOpener(
        [](const QUrl &) { return true; });
    scene.wizard->show();
    if (!QTest::qWaitForWindowExposed(scene.wizard))
        context.error = QStringLiteral("the wizard was not exposed");
    return scene;
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

void click(QWidget *root, const char *name)
{
    auto *button = root->findChild<QAbstractButton *>(QLatin1String(name));
    Q_ASSERT(button);
    const bool indicator =
        qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button);
    QTest::mouseClick(button, Qt::LeftButton, {},
                      indicator ? QPoint(6, button->height() / 2) : button->rect().center());
}

bool waitFor(ScreenContext &context, const std::function<bool()> &done, const QString &what)
{
    if (QTest::qWaitFor(done, kSlow))
        return true;
    context.error = QStringLiteral("timed out waiting for ") + what;
    return false;
}

// Step 1 typed in, the code sent and (with withCode) entered.
bool fillBasic(ScreenContext &context, Scene &scene, bool withCode = true)
{
    QWidget *w = scene.wizard;
    type(w, "usernameLineEdit", scene.user.username);
    type(w, "passwordLineEdit", scene.user.password);
    type(w, "passwordConfirmationLineEdit", scene.user.password);
    type(w, "emailLineEdit", scene.user.email);
    type(w, "phoneLineEdit", scene.user.phone);
    click(w, "sendCodeButton");
    if (!waitFor(
            context,
            [&] {
                return scene.controller->codeRequest()
                       != RegistrationController::CodeRequest::Sending;
            },
            QStringLiteral("the verification code")))
        return false;
    if (!withCode)
        return true;
    const QString code = context.fixture.mailedCode(scene.user.email, &context.error);
    type(w, "verificationCodeLineEdit", code);
    return context.error.isEmpty();
}

bool toCorporate(ScreenContext &context, Scene &scene)
{
    if (!fillBasic(context, scene))
        return false;
    scene.wizard->next();
    return waitFor(
        context, [&] { return scene.wizard->currentId() == int(RegistrationStep::Corporate); },
        QStringLiteral("step 2"));
}

bool toActivation(ScreenContext &context, Scene &scene)
{
    if (!toCorporate(context, scene))
        return false;
    type(scene.wizard, "companyLineEdit", scene.user.company);
    click(scene.wizard, "acceptTermsCheckBox");
    scene.wizard->next();
    return waitFor(
        context, [&] { return scene.wizard->currentId() == int(RegistrationStep::Activation); },
        QStringLiteral("step 3"));
}

// Step 3 with Alibaba Cloud, an instance activated in the sandbox market and verified.
bool fillAlibaba(ScreenContext &context, Scene &scene)
{
    QWidget *w = scene.wizard;
    type(w, "workspaceNameLineEdit", QStringLiteral("Production monitoring"));
    click(w, "aliyunRadioButton");
    type(w, "accountIdLineEdit", QStringLiteral("ops-admin@") + scene.user.aliUid);
    click(w, "sandboxActivateButton");
    using Lookup = MarketplaceBindingController::Lookup;
    if (!waitFor(
            context, [&] { return scene.controller->binding().lookup() == Lookup::Found; },
            QStringLiteral("the sandbox instance")))
        return false;
    click(w, "verifyButton");
    if (!waitFor(
            context, [&] { return scene.controller->binding().lookup() == Lookup::Found; },
            QStringLiteral("Verify")))
        return false;
    click(w, "agreeActivationCheckBox");
    return true;
}

QWidget *basicEmpty(ScreenContext &context)
{
    return makeScene(context, QStringLiteral("shot")).wizard;
}

QWidget *basicFilled(ScreenContext &context)
{
    Scene scene = makeScene(context, QStringLiteral("shot"));
    return fillBasic(context, scene) ? scene.wizard : nullptr;
}

QWidget *basicError(ScreenContext &context)
{
    Scene scene = makeScene(context, QStringLiteral("shot"));
    QWidget *w = scene.wizard;
    type(w, "usernameLineEdit", QStringLiteral("li lei"));
    type(w, "passwordLineEdit", QStringLiteral("short"));
    type(w, "passwordConfirmationLineEdit", QStringLiteral("shorter"));
    type(w, "emailLineEdit", QStringLiteral("lilei@example"));
    type(w, "verificationCodeLineEdit", QStringLiteral("12345"));
    type(w, "phoneLineEdit", QStringLiteral("call me"));
    return w;
}

QWidget *basicUsernameTaken(ScreenContext &context)
{
    const Session existing = registerAccount(context.fixture.http(), uniqueName(u"taken"_qs));
    if (!existing.ok()) {
        context.error = existing.error;
        return nullptr;
    }
    Scene scene = makeScene(context, QStringLiteral("shot"));
    scene.user.username = existing.username;
    if (!toCorporate(context, scene))
        return nullptr;
    type(scene.wizard, "companyLineEdit", scene.user.company);
    click(scene.wizard, "acceptTermsCheckBox");
    scene.wizard->next();
    if (!waitFor(
            context, [&] { return scene.wizard->currentId() == int(RegistrationStep::Basic); },
            QStringLiteral("the way back to step 1")))
        return nullptr;
    return scene.wizard;
}

QWidget *corporateEmpty(ScreenContext &context)
{
    Scene scene = makeScene(context, QStringLiteral("shot"));
    return toCorporate(context, scene) ? scene.wizard : nullptr;
}

QWidget *corporateFilled(ScreenContext &context)
{
    Scene scene = makeScene(context, QStringLiteral("shot"));
    if (!toCorporate(context, scene))
        return nullptr;
    type(scene.wizard, "companyLineEdit", scene.user.company);
    click(scene.wizard, "acceptTermsCheckBox");
    return scene.wizard;
}

QWidget *corporateError(ScreenContext &context)
{
    Scene scene = makeScene(context, QStringLiteral("shot"));
    if (!toCorporate(context, scene))
        return nullptr;
    type(scene.wizard, "companyLineEdit", QStringLiteral("   "));
    click(scene.wizard, "acceptTermsCheckBox");
    click(scene.wizard, "acceptTermsCheckBox");
    return scene.wizard;
}

QWidget *activationEmpty(ScreenContext &context)
{
    Scene scene = makeScene(context, QStringLiteral("shot"));
    return toActivation(context, scene) ? scene.wizard : nullptr;
}

QWidget *activationAlibaba(ScreenContext &context)
{
    Scene scene = makeScene(context, QStringLiteral("shot"));
    return toActivation(context, scene) && fillAlibaba(context, scene) ? scene.wizard : nullptr;
}

QWidget *activationError(ScreenContext &context)
{
    Scene scene = makeScene(context, QStringLiteral("shot"));
    if (!toActivation(context, scene))
        return nullptr;
    QWidget *w = scene.wizard;
    type(w, "workspaceNameLineEdit", QStringLiteral("Production monitoring"));
    click(w, "aliyunRadioButton");
    type(w, "accountIdLineEdit", QStringLiteral("@12345678"));
    type(w, "instanceIdLineEdit", QStringLiteral("0622709"));
    click(w, "agreeActivationCheckBox");
    return w;
}

QWidget *activationOwnerMismatch(ScreenContext &context)
{
    const QJsonObject others =
        createSandboxInstance(context.fixture.http(), uniqueUid(), &context.error);
    if (!context.error.isEmpty())
        return nullptr;
    Scene scene = makeScene(context, QStringLiteral("shot"));
    if (!toActivation(context, scene))
        return nullptr;
    QWidget *w = scene.wizard;
    type(w, "workspaceNameLineEdit", QStringLiteral("Production monitoring"));
    click(w, "aliyunRadioButton");
    type(w, "accountIdLineEdit", scene.user.aliUid);
    type(w, "instanceIdLineEdit", others.value(u"instanceId").toString());
    click(w, "agreeActivationCheckBox");
    scene.wizard->next();
    if (!waitFor(
            context,
            [&] { return !scene.controller->fieldState(RegistrationField::InstanceId).valid; },
            QStringLiteral("the owner mismatch")))
        return nullptr;
    return w;
}

QWidget *activationRetry(ScreenContext &context)
{
    auto *proxy =
        context.own(std::make_unique<FaultInjectingServer>(context.fixture.server().baseUrl()));
    Scene scene = makeScene(context, QStringLiteral("shot"), proxy->url());
    if (!toActivation(context, scene))
        return nullptr;
    type(scene.wizard, "workspaceNameLineEdit", QStringLiteral("Production monitoring"));
    click(scene.wizard, "agreeActivationCheckBox");
    using Fault = FaultInjectingServer::Fault;
    // Qt resends once by itself when a connection drops: enough faults for every attempt.
    proxy->script(QList<FaultInjectingServer::Step>(10, FaultInjectingServer::step(Fault::Drop)));
    scene.wizard->next();
    if (!waitFor(
            context, [&] { return scene.controller->canRetry(); },
            QStringLiteral("the retry offer")))
        return nullptr;
    return scene.wizard;
}

// Step 3 on a site of another cloud: `method`'s radio button clicked, the workspace named.
bool toActivationOn(ScreenContext &context, Scene &scene, const QString &site, const char *method)
{
    scene.controller->form().setText(RegistrationField::Site, site);
    if (!toActivation(context, scene))
        return false;
    type(scene.wizard, "workspaceNameLineEdit", QStringLiteral("Production monitoring"));
    click(scene.wizard, method);
    click(scene.wizard, "agreeActivationCheckBox");
    return true;
}

QWidget *activationHuawei(ScreenContext &context)
{
    Scene scene = makeScene(context, QStringLiteral("shot"));
    if (!toActivationOn(context, scene, QStringLiteral("cn4"), "huaweiRadioButton"))
        return nullptr;
    type(scene.wizard, "accountIdLineEdit", QStringLiteral(" 0A1B2C3D4E5F60718293A4B5C6D7E8F9"));
    type(scene.wizard, "instanceIdLineEdit", QStringLiteral("hw0123456789abcdef0123"));
    return scene.wizard;
}

QWidget *activationAwsClaim(ScreenContext &context)
{
    Scene scene = makeScene(context, QStringLiteral("shot"));
    if (!toActivationOn(context, scene, QStringLiteral("us1"), "awsRadioButton"))
        return nullptr;
    type(scene.wizard, "claimCodeLineEdit", QStringLiteral("K7QP-3MXD"));
    return scene.wizard;
}

// A code the Billing Center does not know: the claim is refused on the field.
QWidget *activationAwsClaimRefused(ScreenContext &context)
{
    Scene scene = makeScene(context, QStringLiteral("shot"));
    if (!toActivationOn(context, scene, QStringLiteral("us1"), "awsRadioButton"))
        return nullptr;
    type(scene.wizard, "claimCodeLineEdit", QStringLiteral("K7QP-3MXD"));
    scene.wizard->next();
    if (!waitFor(
            context,
            [&] { return !scene.controller->fieldState(RegistrationField::ClaimCode).valid; },
            QStringLiteral("the refused claim")))
        return nullptr;
    return scene.wizard;
}

QWidget *done(ScreenContext &context)
{
    Scene scene = makeScene(context, QStringLiteral("shot"));
    if (!toActivation(context, scene) || !fillAlibaba(context, scene))
        return nullptr;
    scene.wizard->next();
    if (!waitFor(
            context, [&] { return scene.wizard->currentId() == int(RegistrationStep::Done); },
            QStringLiteral("step 4")))
        return nullptr;
    return scene.wizard;
}

QWidget *aliyunHelp(ScreenContext &context)
{
    auto *dialog = context.own(
        std::make_unique<MarketplaceHelpDialog>(Branding::builtIn(), SettlementMethod::Aliyun));
    dialog->show();
    return dialog;
}

QWidget *sandboxMailbox(ScreenContext &context)
{
    Scene scene = makeScene(context, QStringLiteral("shot"));
    if (!fillBasic(context, scene, false))
        return nullptr;
    click(scene.wizard, "openMailboxButton");
    SandboxMailboxWindow *mailbox = scene.wizard->mailboxWindow();
    if (!mailbox
        || !waitFor(
            context, [&] { return !mailbox->isLoading(); }, QStringLiteral("the mailbox")))
        return nullptr;
    return mailbox;
}
} // namespace

void addRegistrationScreens(ScreenCatalog &catalog)
{
    catalog.add(QStringLiteral("wizard-1-basic-empty"), basicEmpty);
    catalog.add(QStringLiteral("wizard-1-basic-filled"), basicFilled);
    catalog.add(QStringLiteral("wizard-1-basic-error"), basicError);
    catalog.add(QStringLiteral("wizard-1-basic-username-taken"), basicUsernameTaken);
    catalog.add(QStringLiteral("wizard-2-corporate-empty"), corporateEmpty);
    catalog.add(QStringLiteral("wizard-2-corporate-filled"), corporateFilled);
    catalog.add(QStringLiteral("wizard-2-corporate-error"), corporateError);
    catalog.add(QStringLiteral("wizard-3-activation-empty"), activationEmpty);
    catalog.add(QStringLiteral("wizard-3-activation-alibaba-filled"), activationAlibaba);
    catalog.add(QStringLiteral("wizard-3-activation-error"), activationError);
    catalog.add(QStringLiteral("wizard-3-activation-owner-mismatch"), activationOwnerMismatch);
    catalog.add(QStringLiteral("wizard-3-activation-retry"), activationRetry);
    catalog.add(QStringLiteral("wizard-3-activation-huawei"), activationHuawei);
    catalog.add(QStringLiteral("wizard-3-activation-aws-claim"), activationAwsClaim);
    catalog.add(QStringLiteral("wizard-3-activation-aws-claim-refused"), activationAwsClaimRefused);
    catalog.add(QStringLiteral("wizard-4-done"), done);
    catalog.add(QStringLiteral("aliyun-help"), aliyunHelp);
    catalog.add(QStringLiteral("sandbox-mailbox"), sandboxMailbox);
}

} // namespace billing::test
