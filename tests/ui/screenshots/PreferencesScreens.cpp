// The preferences dialog: the server profiles with a user profile selected, and a new
// profile refused for its address.
#include "PreferencesDialog.h"
#include "ProfileStore.h"
#include "RegistrationFixture.h"
#include "ScreenCatalog.h"
#include "ServerProfilesPage.h"
#include "UnavailableCredentialStore.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace billing::test {
namespace {
QString settingsFile()
{
    static QTemporaryDir dir;
    static int count = 0;
    return dir.filePath(QStringLiteral("preferences-%1.ini").arg(++count));
}

PreferencesDialog *showPreferences(ScreenContext &context)
{
    auto *settings = context.own(std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat));
    auto *profiles = context.own(std::make_unique<ProfileStore>(*settings));
    profiles->setSandboxUrl(context.fixture.server().baseUrl());
    for (const auto &[name, url, user] :
         {std::tuple{"Production", "https://billing.example.com", "ops-admin"},
          std::tuple{"Staging", "https://staging.billing.example.com", "qa-admin"}}) {
        ServerProfile profile;
        profile.name = QString::fromUtf8(name);
        profile.url = QUrl(QString::fromUtf8(url));
        profile.username = QString::fromUtf8(user);
        profiles->add(profile);
    }
    auto *credentials = context.own(std::make_unique<UnavailableCredentialStore>());
    auto *dialog =
        context.own(std::make_unique<PreferencesDialog>(*profiles, *credentials, *settings));
    dialog->profilesPage()->selectProfile(profiles->profiles().at(1).id);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        context.error = QStringLiteral("the preferences dialog was not exposed");
    return dialog;
}
} // namespace

void addPreferencesScreens(ScreenCatalog &catalog)
{
    catalog.add(QStringLiteral("preferences"),
                [](ScreenContext &context) -> QWidget * { return showPreferences(context); });
    catalog.add(QStringLiteral("preferences-bad-url"), [](ScreenContext &context) -> QWidget * {
        PreferencesDialog *dialog = showPreferences(context);
        dialog->findChild<QPushButton *>(QStringLiteral("addProfileButton"))->click();
        dialog->findChild<QLineEdit *>(QStringLiteral("profileNameLineEdit"))
            ->setText(QStringLiteral("Test region"));
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("profileUrlLineEdit"));
        url->setText(QStringLiteral("http://billing-test.example.com"));
        Q_EMIT url->textEdited(url->text());
        dialog->findChild<QPushButton *>(QStringLiteral("saveProfileButton"))->click();
        return dialog;
    });
}

} // namespace billing::test
