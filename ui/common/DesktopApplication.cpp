#include "DesktopApplication.h"

#include "CredentialKey.h"
#include "KeychainCredentialStore.h"
#include "KeychainSession.h"
#include "LanguageSetting.h"
#include "LoginDialog.h"
#include "LogoutJob.h"
#include "MainWindow.h"
#include "PageJob.h"
#include "PreferencesDialog.h"
#include "ProfileStore.h"
#include "RegistrationController.h"
#include "RegistrationWizard.h"
#include "SandboxLauncher.h"
#include "Translations.h"
#include "WorkspaceSession.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

Q_LOGGING_CATEGORY(lcDesktop, "billing.ui.desktop", QtInfoMsg)

namespace billing {
namespace {
const QString kCommandLineProfileId = QStringLiteral("commandLine");
}

DesktopApplication::DesktopApplication(const DesktopOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_branding(Branding::load())
    , m_settings(std::make_unique<QSettings>())
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_credentials(std::make_unique<KeychainCredentialStore>())
    , m_profiles(std::make_unique<ProfileStore>(*m_settings))
{}

DesktopApplication::~DesktopApplication()
{
    delete m_login;
    delete m_wizard;
    m_registration.reset();
    closeSignedIn();
    m_registrationClient.reset();
}

LoginDialog *DesktopApplication::loginDialog() const
{
    return m_login;
}

RegistrationWizard *DesktopApplication::wizard() const
{
    return m_wizard;
}

MainWindow *DesktopApplication::mainWindow() const
{
    return m_mainWindow;
}

int DesktopApplication::exec(int &argc, char **argv, const QStringList &arguments)
{
    const DesktopOptions options = DesktopOptions::parse(arguments);
    switch (options.action) {
    case DesktopOptions::Action::ShowHelp:
    case DesktopOptions::Action::ShowVersion:
        std::fputs(qPrintable(options.message), stdout);
        return 0;
    case DesktopOptions::Action::Fail:
        std::fprintf(stderr, "billing-desk: %s\n", qPrintable(options.message));
        return 2;
    case DesktopOptions::Action::Run:
        break;
    }
    QApplication app(argc, argv);
    // Between the log-in dialog and the main window no window is open: quitting is explicit.
    QApplication::setQuitOnLastWindowClosed(false);
    DesktopApplication desktop(options);
    desktop.start();
    return app.exec();
}

void DesktopApplication::start()
{
    QString language = m_options.language;
    if (language.isEmpty())
        language = storedLanguage(*m_settings);
    if (language.isEmpty())
        language = Translations::systemLanguage();
    Translations::install(language);
    QApplication::setApplicationDisplayName(tr("Billing Desk"));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/billing/icons/billing-desk-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    if (m_options.server.isEmpty())
        startSandbox();
    else
        useServer(m_options.server);
}

void DesktopApplication::startSandbox()
{
    m_sandbox = new SandboxLauncher(this);
    m_progress =
        new QProgressDialog(tr("Starting the local sandbox Billing Center…"), tr("Quit"), 0, 0);
    m_progress->setObjectName(QStringLiteral("sandboxProgressDialog"));
    m_progress->setWindowTitle(tr("Local sandbox"));
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, qApp, &QCoreApplication::quit);
    connect(m_sandbox, &SandboxLauncher::ready, this, [this](const QUrl &url) {
        if (!m_profiles->sandboxUrl().isEmpty())
            return;
        qCInfo(lcDesktop) << "local sandbox at" << url;
        m_profiles->setSandboxUrl(url);
        serverReady();
    });
    connect(m_sandbox, &SandboxLauncher::failed, this, &DesktopApplication::fail);
    m_progress->show();
    m_sandbox->start();
}

// A server given with --server may be a sandbox too (scripts/demo starts one): its
// sandbox endpoints answer, a production server's do not.
void DesktopApplication::useServer(const QUrl &url)
{
    qCInfo(lcDesktop) << "using the Billing Center at" << url;
    m_commandLineServer = url;
    auto *probeClient = new BillingClient(m_network.get(), url, this);
    auto *probe =
        new PageJob(*probeClient, QStringLiteral("/api/v1/sandbox/mailbox"),
                    QUrlQuery{{QStringLiteral("limit"), QStringLiteral("1")}}, false, probeClient);
    connect(probe, &ApiJob::finished, this, [this, probe, probeClient] {
        m_commandLineServerIsSandbox = probe->ok();
        qCInfo(lcDesktop) << "sandbox endpoints"
                          << (m_commandLineServerIsSandbox ? "present" : "absent");
        probeClient->deleteLater();
        serverReady();
    });
    probe->start();
}

bool DesktopApplication::isSandbox(const ServerProfile &profile) const
{
    if (profile.sandbox)
        return true;
    return m_commandLineServerIsSandbox
           && CredentialKey::normalisedUrl(profile.url)
                  == CredentialKey::normalisedUrl(m_commandLineServer);
}

void DesktopApplication::serverReady()
{
    if (m_progress)
        m_progress->deleteLater();
    if (!m_options.openRegistration) {
        showLogin();
        return;
    }
    m_options.openRegistration = false;
    ServerProfile profile = m_profiles->find(ProfileStore::sandboxProfileId()).value();
    if (!m_commandLineServer.isEmpty()) {
        profile = ServerProfile{
            kCommandLineProfileId, m_commandLineServer.host(), m_commandLineServer, {}, false};
    }
    openRegistration(profile);
}

void DesktopApplication::showLogin()
{
    if (m_login) {
        m_login->show();
        m_login->raise();
        return;
    }
    m_login = new LoginDialog(*m_profiles, *m_credentials, m_network.get());
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_commandLineServer.isEmpty()) {
        const QString wanted = CredentialKey::normalisedUrl(m_commandLineServer);
        QString stored;
        for (const ServerProfile &profile : m_profiles->profiles()) {
            if (!profile.sandbox && CredentialKey::normalisedUrl(profile.url) == wanted)
                stored = profile.id;
        }
        if (stored.isEmpty()) {
            m_login->addTemporaryProfile(ServerProfile{
                kCommandLineProfileId, m_commandLineServer.host(), m_commandLineServer, {}, false});
        } else {
            m_login->selectProfile(stored);
        }
    }
    if (m_firstLogin && !m_options.username.isEmpty())
        m_login->setUsername(m_options.username);
    m_firstLogin = false;

    connect(m_login, &QDialog::accepted, this, [this] {
        LoginDialog *login = m_login;
        onLoggedIn(login->takeClient(), login->takeSession(), login->profile(),
                   login->takeOfflineCopy());
    });
    connect(m_login, &QDialog::rejected, this, [this] {
        if (!m_mainWindow && !m_wizard)
            QCoreApplication::quit();
    });
    connect(m_login, &LoginDialog::registerRequested, this, &DesktopApplication::openRegistration);
    m_login->show();
}

void DesktopApplication::openRegistration(const ServerProfile &profile)
{
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    m_registrationClient = std::make_unique<BillingClient>(m_network.get(), profile.url);
    m_registration = std::make_unique<RegistrationController>(*m_registrationClient);
    m_registration->setSandbox(isSandbox(profile));
    m_wizard = new RegistrationWizard(*m_registration, m_branding);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &RegistrationWizard::loginRequested, this,
            [this, profile](const SessionInfo &session) {
                ServerProfile signedIn = profile;
                signedIn.username = session.account ? session.account->username : QString();
                m_registrationClient->setSession(session);
                if (m_login)
                    m_login->close();
                onLoggedIn(std::move(m_registrationClient), nullptr, signedIn);
                m_wizard->close();
            });
    connect(m_wizard, &QObject::destroyed, this, [this] {
        m_registration.reset();
        m_registrationClient.reset();
    });
    connect(m_wizard, &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted && !m_mainWindow)
            QMetaObject::invokeMethod(this, &DesktopApplication::showLogin, Qt::QueuedConnection);
    });
    if (m_login)
        m_login->hide();
    m_wizard->show();
}

void DesktopApplication::onLoggedIn(std::unique_ptr<BillingClient> client,
                                    std::unique_ptr<KeychainSession> keychain,
                                    const ServerProfile &profile,
                                    std::optional<WorkspaceCache::Contents> offlineCopy)
{
    if (!client)
        return;
    closeSignedIn();
    m_client = std::move(client);
    m_keychain = std::move(keychain);
    if (m_profiles->find(profile.id))
        m_profiles->setLastUsedProfileId(profile.id);
    qCInfo(lcDesktop) << "logged in to" << profile.url;
    const QString dataDirectory =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    m_session = std::make_unique<WorkspaceSession>(*m_client, profile, dataDirectory);
    if (offlineCopy)
        m_session->showOfflineCopy(offlineCopy->workspaces, offlineCopy->syncedAt);
    m_mainWindow = new MainWindow(*m_session, m_branding, isSandbox(profile));
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_mainWindow, &MainWindow::logoutRequested, this, &DesktopApplication::logOut);
    connect(m_mainWindow, &MainWindow::preferencesRequested, this,
            &DesktopApplication::openPreferences);
    connect(m_mainWindow, &MainWindow::registerRequested, this,
            [this, profile] { openRegistration(profile); });
    connect(m_mainWindow, &QObject::destroyed, this, [this] {
        // Closed by the user, not by logging out (which clears m_session first).
        if (m_session)
            QCoreApplication::quit();
    });
    m_mainWindow->show();
    Q_EMIT loggedIn(m_client->session());
}

void DesktopApplication::openPreferences()
{
    if (m_preferences) {
        m_preferences->raise();
        m_preferences->activateWindow();
        return;
    }
    m_preferences = new PreferencesDialog(*m_profiles, *m_credentials, *m_settings, m_mainWindow);
    m_preferences->setAttribute(Qt::WA_DeleteOnClose);
    m_preferences->show();
}

void DesktopApplication::logOut()
{
    // Queued: the main window that asked is deleted on the way back to the log-in dialog.
    auto backToLogin = [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                closeSignedIn();
                showLogin();
            },
            Qt::QueuedConnection);
    };
    if (m_mainWindow)
        m_mainWindow->setEnabled(false);
    if (!m_client || !m_client->hasSession()) {
        backToLogin();
        return;
    }
    // Ends the session on the server (also when the token was never stored) and forgets the
    // stored token; a remembered password stays. No re-login if the token has expired.
    m_client->setReauthentication(QString(), {});
    auto *job = new LogoutJob(*m_client, this);
    connect(job, &ApiJob::finished, this, [this, job, backToLogin] {
        job->deleteLater();
        if (!job->ok())
            qCInfo(lcDesktop) << "log-out on the server failed:" << job->error().userMessage();
        if (m_keychain) {
            m_credentials->remove(KeychainSession::sessionTokenKey(m_keychain->passwordKey()), this,
                                  [](const CredentialResult &result) {
                                      if (!result.ok())
                                          qCWarning(lcDesktop)
                                              << "stored session token kept:" << result.message;
                                  });
        }
        backToLogin();
    });
    job->start();
}

void DesktopApplication::closeSignedIn()
{
    std::unique_ptr<WorkspaceSession> session = std::move(m_session);
    delete m_mainWindow;
    session.reset();
    m_keychain.reset();
    m_client.reset();
}

void DesktopApplication::fail(const QString &message)
{
    qCWarning(lcDesktop) << "cannot start:" << message;
    if (m_progress)
        m_progress->hide();
    QMessageBox::critical(nullptr, tr("Billing Desk"), message);
    QCoreApplication::exit(1);
}

} // namespace billing
