// Workspace → Bind marketplace subscription…: the subscription of a code from the sandbox
// AWS Marketplace, ready to bind; a code with a character no claim code has.
#include "ApiHelpers.h"
#include "ClaimController.h"
#include "ClaimDialog.h"
#include "RegistrationFixture.h"
#include "ScreenCatalog.h"

#include <QLineEdit>
#include <QTest>

namespace billing::test {
namespace {
ClaimDialog *openDialog(ScreenContext &context)
{
    const Session session =
        registerAccount(context.fixture.http(), uniqueName(QStringLiteral("claimshot")));
    if (!session.ok()) {
        context.error = session.error;
        return nullptr;
    }
    BillingClient *client = context.own(context.fixture.newClient());
    client->setSession({session.token, {}, {}});
    auto *dialog = context.own(std::make_unique<ClaimDialog>(*client));
    dialog->show();
    return dialog;
}

QWidget *preview(ScreenContext &context)
{
    const HttpReply reply = context.fixture.http().post(
        QStringLiteral("/api/v1/sandbox/aws/subscriptions"),
        {{QStringLiteral("awsAccountId"), QStringLiteral("123456789012")}});
    if (reply.status != 201) {
        context.error = reply.describe();
        return nullptr;
    }
    ClaimDialog *dialog = openDialog(context);
    if (!dialog)
        return nullptr;
    dialog->openCode(reply.object().value(u"claimCode").toString());
    if (!QTest::qWaitFor([dialog] { return !dialog->controller().isBusy(); }, 60000)
        || dialog->controller().state() != ClaimController::State::Previewed) {
        context.error = QStringLiteral("the claim code was not looked up");
        return nullptr;
    }
    return dialog;
}

QWidget *wrongCharacter(ScreenContext &context)
{
    ClaimDialog *dialog = openDialog(context);
    if (!dialog)
        return nullptr;
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("claimCodeLineEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("k7m9-wx0"));
    return dialog;
}
} // namespace

void addClaimScreens(ScreenCatalog &catalog)
{
    catalog.add(QStringLiteral("claim-dialog"), preview);
    catalog.add(QStringLiteral("claim-dialog-wrong-character"), wrongCharacter);
}

} // namespace billing::test
