#pragma once

#include "BillingClient.h"
#include "Branding.h"

#include <QPointer>
#include <QWizard>

namespace billing {

class ActivationPage;
class BasicInfoPage;
class CorporatePage;
class DonePage;
class RegistrationController;
class SandboxMailboxWindow;

// The registration wizard: first purchase of the commercial plan in four steps. The pages
// show the controller and forward to it; the wizard follows the controller's step, so a
// server error on an earlier step brings that page back.
class RegistrationWizard : public QWizard
{
    Q_OBJECT

public:
    RegistrationWizard(RegistrationController &controller, const Branding &branding,
                       QWidget *parent = nullptr);
    ~RegistrationWizard() override;

    RegistrationController &controller() const { return m_controller; }
    ActivationPage *activationPage() const { return m_activation; }
    // The sandbox mailbox, created on first use.
    SandboxMailboxWindow *mailboxWindow() const;

public Q_SLOTS:
    void openMailbox();
    void reject() override;

Q_SIGNALS:
    // "Log in now" on the last page: the session of the new account.
    void loginRequested(const billing::SessionInfo &session);

private:
    void followController();
    void onCurrentIdChanged(int id);

    RegistrationController &m_controller;
    BasicInfoPage *m_basic;
    CorporatePage *m_corporate;
    ActivationPage *m_activation;
    DonePage *m_done;
    QPointer<SandboxMailboxWindow> m_mailbox;
    bool m_following = false;
};

} // namespace billing
