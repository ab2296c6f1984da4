// The log-in dialog: filled in for the Local sandbox, and after a refused password.
#include "LoginController.h"
#include "LoginDialog.h"
#include "ProfileStore.h"
#include "RegistrationFixture.h"
#include "ScreenCatalog.h"
#include "UnavailableCredentialStore.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace billing::test {
namespace {
constexpr int kSlow = 60000;

LoginDialog *openDialog(ScreenContext &context)
{
    static QTemporaryDir dir; // profiles of the screenshots, never the user's
    static int screen = 0;
    auto *settings = context.own(std::make_unique<QSettings>(
        dir.filePath(QStringLiteral("settings-%1.ini").arg(++screen)), QSettings::IniFormat));
    auto *profiles = context.own(std::make_unique<ProfileStore>(*settings));
    profiles->setSandboxUrl(context.fixture.server().baseUrl());
    ServerProfile staging;
    staging.name = QStringLiteral("Staging");
    staging.url = QUrl(QStringLiteral("https://billing.example.com"));
    profiles->add(staging);
    auto *credentials = context.own(std::make_unique<UnavailableCredentialStore>());
    auto *network = context.own(std::make_unique<QNetworkAccessManager>());
    auto *controller = context.own(std::make_unique<LoginController>(
        *profiles, *credentials, network, dir.filePath(QStringLiteral("cache"))));
    auto *dialog = context.own(std::make_unique<LoginDialog>(*controller));
    dialog->show();
    return dialog;
}

void fill(LoginDialog *dialog, const QString &username, const QString &password)
{
    dialog->setUsername(username);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, password);
}

QWidget *loginFilled(ScreenContext &context)
{
    LoginDialog *dialog = openDialog(context);
    fill(dialog, QStringLiteral("demo"), QStringLiteral("demo-pass-2026"));
    return dialog;
}

QWidget *loginError(ScreenContext &context)
{
    LoginDialog *dialog = openDialog(context);
    fill(dialog, QStringLiteral("alice.w"), QStringLiteral("not-the-password"));
    dialog->findChild<QPushButton *>(QStringLiteral("logInButton"))->click();
    if (!QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, kSlow))
        context.error = QStringLiteral("the log-in did not end");
    else if (dialog->errorText().isEmpty())
        context.error = QStringLiteral("no error shown");
    return dialog;
}
} // namespace

void addLoginScreens(ScreenCatalog &catalog)
{
    catalog.add(QStringLiteral("login"), loginFilled);
    catalog.add(QStringLiteral("login-error"), loginError);
}

} // namespace billing::test
