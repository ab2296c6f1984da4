#pragma once

// The set-up the widget-free log-in and start-up tests share: one real billing-center with an
// account registered for the test case, the real keychain and one with no backend (a fault
// injector), an address nothing listens on, and fresh profiles in a temporary folder per test.
#include "ApiHelpers.h"
#include "CredentialKey.h"
#include "KeychainCredentialStore.h"
#include "ProfileStore.h"
#include "RegistrationFixture.h"
#include "StartupFixtures.h"
#include "UnavailableCredentialStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace billing::test {

inline constexpr int kSlow = 60000;

// The data rows' two axes: which keychain the controller is given, which server it talks to.
enum class Keychain { Real, Unavailable };
enum class Server { Running, Unreachable };

class StartupTestBase : public QObject
{
protected:
    CredentialStore &store(Keychain keychain)
    {
        if (keychain == Keychain::Real)
            return m_keychain;
        return m_noKeychain;
    }

    QUrl url(Server server)
    {
        return server == Server::Running ? m_fixture.server().baseUrl() : m_unreachable;
    }

    // For initTestCase(): starts the server and registers `usernamePrefix`-… on it.
    void startServerWithAccount(const QString &usernamePrefix)
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        m_username = uniqueName(usernamePrefix);
        const Session session = registerAccount(m_fixture.http(), m_username);
        QVERIFY2(session.ok(), qPrintable(session.error));
        m_unreachable = unreachableUrl();
        QVERIFY(m_unreachable.isValid());
    }

    // For init(): new settings and profiles, and nothing kept in the keychain for the account.
    void freshProfilesAndKeychain()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(*m_settings);
        for (const QUrl &url : {m_fixture.server().baseUrl(), m_unreachable})
            QVERIFY(forgetNow(m_keychain, CredentialKey(url, m_username)));
    }

    // For cleanup().
    void dropProfiles()
    {
        m_profiles.reset();
        m_settings.reset();
        m_dir.reset();
    }

    // For cleanupTestCase().
    void forgetCredentials()
    {
        for (const QUrl &url : {m_fixture.server().baseUrl(), m_unreachable})
            forgetNow(m_keychain, CredentialKey(url, m_username));
    }

    RegistrationFixture m_fixture;
    QString m_username;
    QUrl m_unreachable;
    KeychainCredentialStore m_keychain;
    UnavailableCredentialStore m_noKeychain;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
};

} // namespace billing::test
