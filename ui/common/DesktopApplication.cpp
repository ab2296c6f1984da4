#include "DesktopApplication.h"

#include "ClaimLinkInbox.h"
#include "ClaimLinkPrompts.h"
#include "KeychainCredentialStore.h"
#include "LanguageSetting.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MainWindowCommands.h"
#include "PreferencesDialog.h"
#include "ProfileStore.h"
#include "RegistrationWizard.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "TrustedCa.h"
#include "WorkspaceSession.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

namespace billing {

DesktopApplication::DesktopApplication(const DesktopOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_branding(Branding::load())
    , m_settings(std::make_unique<QSettings>())
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_credentials(std::make_unique<KeychainCredentialStore>())
    , m_profiles(std::make_unique<ProfileStore>(*m_settings))
    , m_flow(std::make_unique<DesktopFlow>(
          options, *m_profiles, *m_credentials, m_network.get(),
          QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)))
{
    DesktopFlow *flow = m_flow.get();
    connect(flow, &DesktopFlow::stageChanged, this, &DesktopApplication::showStage);
    connect(flow, &DesktopFlow::failed, this, &DesktopApplication::fail);
    connect(flow, &DesktopFlow::loginShown, this, &DesktopApplication::showLogin);
    connect(flow, &DesktopFlow::loginDismissed, this, [this] {
        if (m_login)
            m_login->close();
    });
    connect(flow, &DesktopFlow::registrationStarted, this, &DesktopApplication::showRegistration);
    connect(flow, &DesktopFlow::registrationRaised, this, [this] {
        if (m_wizard)
            m_wizard->raise();
    });
    connect(flow, &DesktopFlow::signedIn, this, &DesktopApplication::showMainWindow);
    connect(flow, &DesktopFlow::signingOff, this, [this] { delete m_mainWindow; });
    m_claimLinks = std::make_unique<ClaimLinkInbox>(*flow);
    connect(m_claimLinks.get(), &ClaimLinkInbox::delivered, this, &DesktopApplication::openClaim);
}

DesktopApplication::~DesktopApplication()
{
    // Closing the windows now is not the user leaving the application.
    m_flow->disconnect(this);
    m_claimLinks.reset();
    delete m_login;
    delete m_wizard;
    delete m_mainWindow;
    delete m_progress;
    m_flow.reset();
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
    // One desktop per user session: a second start (a claim link opened while the app runs)
    // gives its command line to the first and ends here, before it shows anything.
    SingleInstance instance;
    if (instance.handOver(arguments))
        return 0;
    // Between the log-in dialog and the main window no window is open: quitting is explicit.
    QApplication::setQuitOnLastWindowClosed(false);
    DesktopApplication desktop(options);
    instance.listen();
    connect(&instance, &SingleInstance::commandLineReceived, &desktop,
            &DesktopApplication::receiveCommandLine);
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
    if (const QString problem = trustCaFileFromEnvironment(); !problem.isEmpty()) {
        // Queued: fail() ends the event loop, which starts after start() returns.
        QMetaObject::invokeMethod(
            this, [this, problem] { fail(problem); }, Qt::QueuedConnection);
        return;
    }
    m_flow->start();
    if (!m_options.link.isEmpty())
        openLink(m_options.link);
}

void DesktopApplication::receiveCommandLine(const QStringList &arguments)
{
    raiseCurrentWindow();
    const DesktopOptions options = DesktopOptions::parse(arguments);
    if (!options.link.isEmpty())
        openLink(options.link);
}

QWidget *DesktopApplication::currentWindow() const
{
    if (m_mainWindow)
        return m_mainWindow;
    if (m_wizard)
        return m_wizard;
    return m_login;
}

void DesktopApplication::raiseCurrentWindow()
{
    QWidget *window = currentWindow();
    if (!window)
        return;
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

void DesktopApplication::openLink(const QString &text)
{
    const ClaimLink link = ClaimLink::parse(text);
    if (!link.ok()) {
        ClaimLinkPrompts::showInvalid(currentWindow(), link);
        return;
    }
    m_claimLinks->receive(link); // waits for the sign-in when nobody is signed in yet
}

void DesktopApplication::openClaim(const ClaimLink &link)
{
    if (!m_mainWindow)
        return;
    QPointer<MainWindow> window = m_mainWindow;
    const QString code = link.code.display();
    const QUrl signedIn = m_mainWindow->session().profile().url;
    if (link.isFor(signedIn)) {
        window->commands().bindSubscription(code);
        return;
    }
    ClaimLinkPrompts::confirmOtherServer(window, link, signedIn, [window, code] {
        if (window)
            window->commands().bindSubscription(code);
    });
}

void DesktopApplication::showStage(DesktopFlow::Stage stage)
{
    switch (stage) {
    case DesktopFlow::Stage::StartingSandbox:
        showSandboxProgress();
        return;
    case DesktopFlow::Stage::Failed:
        return; // fail() says why
    case DesktopFlow::Stage::SigningOut:
        if (m_mainWindow)
            m_mainWindow->setEnabled(false);
        return;
    case DesktopFlow::Stage::Finished:
        QCoreApplication::quit();
        return;
    case DesktopFlow::Stage::Idle:
    case DesktopFlow::Stage::ProbingServer:
    case DesktopFlow::Stage::LoggingIn:
    case DesktopFlow::Stage::Registering:
    case DesktopFlow::Stage::SignedIn:
        break;
    }
    if (m_progress)
        m_progress->deleteLater();
}

void DesktopApplication::showSandboxProgress()
{
    m_progress =
        new QProgressDialog(tr("Starting the local sandbox Billing Center…"), tr("Quit"), 0, 0);
    m_progress->setObjectName(QStringLiteral("sandboxProgressDialog"));
    m_progress->setWindowTitle(tr("Local sandbox"));
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, qApp, &QCoreApplication::quit);
    m_progress->show();
}

void DesktopApplication::showLogin()
{
    if (m_login) {
        m_login->show();
        m_login->raise();
        return;
    }
    m_login = new LoginDialog(m_flow->login());
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_login, &QDialog::rejected, m_flow.get(), &DesktopFlow::loginClosed);
    m_login->show();
}

void DesktopApplication::showRegistration()
{
    m_wizard = new RegistrationWizard(*m_flow->registration(), m_branding);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &RegistrationWizard::loginRequested, this,
            [this](const SessionInfo &session) {
                m_flow->registrationLoggedIn(session);
                m_wizard->close();
            });
    connect(m_wizard, &QObject::destroyed, m_flow.get(), &DesktopFlow::registrationClosed);
    connect(m_wizard, &QDialog::finished, m_flow.get(),
            [this](int result) { m_flow->registrationFinished(result == QDialog::Accepted); });
    if (m_login)
        m_login->hide();
    m_wizard->show();
}

void DesktopApplication::showMainWindow()
{
    WorkspaceSession &session = *m_flow->session();
    const ServerProfile profile = session.profile();
    m_mainWindow = new MainWindow(session, m_branding, m_flow->isSandbox(profile));
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_mainWindow, &MainWindow::logoutRequested, m_flow.get(), &DesktopFlow::logOut);
    connect(m_mainWindow, &MainWindow::preferencesRequested, this,
            &DesktopApplication::openPreferences);
    connect(m_mainWindow, &MainWindow::registerRequested, m_flow.get(),
            [this, profile] { m_flow->openRegistration(profile); });
    connect(m_mainWindow, &QObject::destroyed, m_flow.get(), &DesktopFlow::mainWindowClosed);
    m_mainWindow->show();
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

void DesktopApplication::fail(const QString &message)
{
    if (m_progress)
        m_progress->hide();
    QMessageBox::critical(nullptr, tr("Billing Desk"), message);
    QCoreApplication::exit(1);
}

} // namespace billing
