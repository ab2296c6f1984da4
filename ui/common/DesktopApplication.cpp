#include "DesktopApplication.h"

#include "PageJob.h"
#include "RegistrationController.h"
#include "RegistrationWizard.h"
#include "SandboxLauncher.h"
#include "Translations.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QProgressDialog>

#include <cstdio>

Q_LOGGING_CATEGORY(lcDesktop, "billing.ui.desktop", QtInfoMsg)

namespace billing {

DesktopApplication::DesktopApplication(const DesktopOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_branding(Branding::load())
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

DesktopApplication::~DesktopApplication()
{
    delete m_wizard;
    m_registration.reset();
}

RegistrationWizard *DesktopApplication::wizard() const
{
    return m_wizard;
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
    DesktopApplication desktop(options);
    desktop.start();
    return app.exec();
}

void DesktopApplication::start()
{
    const QString language =
        m_options.language.isEmpty() ? Translations::systemLanguage() : m_options.language;
    Translations::install(language);
    QApplication::setApplicationDisplayName(tr("Billing Desk"));
    QIcon icon;
    for (int size : {32, 64, 128})
        icon.addFile(QStringLiteral(":/billing/icons/billing-desk-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    if (m_options.server.isEmpty())
        startSandbox();
    else
        connectTo(m_options.server, false);
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
        if (!m_client)
            connectTo(url, true);
    });
    connect(m_sandbox, &SandboxLauncher::failed, this, &DesktopApplication::fail);
    m_progress->show();
    m_sandbox->start();
}

void DesktopApplication::connectTo(const QUrl &url, bool sandbox)
{
    qCInfo(lcDesktop) << "using the Billing Center at" << url << (sandbox ? "(sandbox)" : "");
    m_client = std::make_unique<BillingClient>(m_network.get(), url);
    m_isSandbox = sandbox;
    if (sandbox)
        openFirstWindow();
    else
        probeSandbox();
}

// A server given with --server may be a sandbox too (scripts/demo starts one): its
// sandbox endpoints answer, a production server's do not.
void DesktopApplication::probeSandbox()
{
    auto *probe =
        new PageJob(*m_client, QStringLiteral("/api/v1/sandbox/mailbox"),
                    QUrlQuery{{QStringLiteral("limit"), QStringLiteral("1")}}, false, this);
    connect(probe, &ApiJob::finished, this, [this, probe] {
        probe->deleteLater();
        m_isSandbox = probe->ok();
        qCInfo(lcDesktop) << "sandbox endpoints" << (m_isSandbox ? "present" : "absent");
        openFirstWindow();
    });
    probe->start();
}

void DesktopApplication::openFirstWindow()
{
    // Until the sign-in window exists, registration is what the desktop offers.
    openRegistration();
}

void DesktopApplication::openRegistration()
{
    m_registration = std::make_unique<RegistrationController>(*m_client);
    m_registration->setSandbox(m_isSandbox);
    m_wizard = new RegistrationWizard(*m_registration, m_branding);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &RegistrationWizard::loginRequested, this,
            &DesktopApplication::onLoginRequested);
    m_wizard->show();
    if (m_progress)
        m_progress->deleteLater();
}

void DesktopApplication::onLoginRequested(const SessionInfo &session)
{
    m_client->setSession(session);
    qCInfo(lcDesktop) << "logged in as"
                      << (session.account ? session.account->username : QString());
    if (isSignalConnected(QMetaMethod::fromSignal(&DesktopApplication::loggedIn))) {
        Q_EMIT loggedIn(session);
        m_wizard->close();
        return;
    }
    QMessageBox::information(m_wizard, tr("Logged in"),
                             tr("You are logged in to %1 as %2.")
                                 .arg(m_client->baseUrl().toString(),
                                      session.account ? session.account->username : QString()));
    m_wizard->close();
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
