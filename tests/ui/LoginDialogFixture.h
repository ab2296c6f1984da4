#pragma once

// The log-in dialog's tests: the sandbox server with a freshly registered account, and for
// each test a new dialog (and its controller) on fresh settings whose profiles know that
// server. The offline copies are read from WorkspaceCache::defaultDirectory().
#include "ApiHelpers.h"
#include "LoginController.h"
#include "LoginDialog.h"
#include "ProfileStore.h"
#include "RegistrationFixture.h"
#include "WorkspaceCache.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace billing::test {

class LoginDialogFixture
{
public:
    // Starts the server and registers an account named after `prefix`; false with error().
    bool start(const QString &prefix)
    {
        if (!m_server.start()) {
            m_error = m_server.error();
            return false;
        }
        m_username = uniqueName(prefix);
        const Session session = registerAccount(m_server.http(), m_username);
        m_error = session.error;
        return session.ok();
    }

    // A new dialog, shown, that keeps passwords in `credentials`.
    bool open(CredentialStore &credentials)
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(*m_settings);
        m_profiles->setSandboxUrl(m_server.server().baseUrl());
        m_controller = std::make_unique<LoginController>(*m_profiles, credentials, &m_network,
                                                         WorkspaceCache::defaultDirectory());
        m_dialog = std::make_unique<LoginDialog>(*m_controller);
        m_dialog->show();
        return QTest::qWaitForWindowExposed(m_dialog.get());
    }

    void close()
    {
        m_dialog.reset();
        m_controller.reset();
        m_profiles.reset();
        m_settings.reset();
    }

    RegistrationFixture &server() { return m_server; }
    ProfileStore &profiles() { return *m_profiles; }
    LoginDialog *dialog() const { return m_dialog.get(); }
    LoginController &controller() const { return *m_controller; }
    QString username() const { return m_username; }
    QString error() const { return m_error; }

private:
    RegistrationFixture m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    QNetworkAccessManager m_network;
    std::unique_ptr<LoginController> m_controller;
    std::unique_ptr<LoginDialog> m_dialog;
    QString m_username;
    QString m_error;
};

} // namespace billing::test
