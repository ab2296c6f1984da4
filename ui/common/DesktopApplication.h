#pragma once

#include "BillingClient.h"
#include "Branding.h"
#include "DesktopOptions.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QProgressDialog;

namespace billing {

class RegistrationController;
class RegistrationWizard;
class SandboxLauncher;

// The desktop start-up after the command line: translators, the Billing Center (the one
// given, or the Local sandbox started on a free port), then the first window.
class DesktopApplication : public QObject
{
    Q_OBJECT

public:
    explicit DesktopApplication(const DesktopOptions &options, QObject *parent = nullptr);
    ~DesktopApplication() override;

    // The whole GUI branch of main(): parses, creates the QApplication, runs it.
    static int exec(int &argc, char **argv, const QStringList &arguments);

    void start();
    BillingClient *client() const { return m_client.get(); }
    RegistrationWizard *wizard() const;

Q_SIGNALS:
    // The user logged in (for now: "Log in now" at the end of the registration).
    void loggedIn(const billing::SessionInfo &session);

private:
    void startSandbox();
    void connectTo(const QUrl &url, bool sandbox);
    void probeSandbox();
    void openFirstWindow();
    void openRegistration();
    void onLoginRequested(const SessionInfo &session);
    void fail(const QString &message);

    DesktopOptions m_options;
    Branding m_branding;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<RegistrationController> m_registration;
    QPointer<RegistrationWizard> m_wizard;
    QPointer<QProgressDialog> m_progress;
    SandboxLauncher *m_sandbox = nullptr;
    bool m_isSandbox = false;
};

} // namespace billing
