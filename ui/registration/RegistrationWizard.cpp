#include "RegistrationWizard.h"

#include "ActivationPage.h"
#include "BasicInfoPage.h"
#include "CorporatePage.h"
#include "DonePage.h"
#include "RegistrationController.h"
#include "RegistrationLog.h"
#include "RegistrationPage.h"
#include "SandboxMailboxWindow.h"

#include <QPixmap>

namespace billing {

RegistrationWizard::RegistrationWizard(RegistrationController &controller, const Branding &branding,
                                       QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_basic(new BasicInfoPage(controller, this))
    , m_corporate(new CorporatePage(controller, branding, this))
    , m_activation(new ActivationPage(controller, branding, this))
    , m_done(new DonePage(controller, branding, this))
{
    setObjectName(QStringLiteral("registrationWizard"));
    setWindowTitle(tr("Register with %1").arg(branding.brandName));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap,
              QPixmap(QStringLiteral(":/billing/icons/billing-desk-64.png"))
                  .scaled(40, 40, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(int(RegistrationStep::Basic), m_basic);
    setPage(int(RegistrationStep::Corporate), m_corporate);
    setPage(int(RegistrationStep::Activation), m_activation);
    setPage(int(RegistrationStep::Done), m_done);
    setStartId(int(RegistrationStep::Basic));
    setMinimumSize(760, 720);

    // Queued: a step the controller takes inside validatePage() is already being taken by
    // QWizard itself; afterwards there is nothing left to follow.
    connect(&controller, &RegistrationController::currentStepChanged, this,
            &RegistrationWizard::followController, Qt::QueuedConnection);
    connect(this, &QWizard::currentIdChanged, this, &RegistrationWizard::onCurrentIdChanged);
    connect(m_basic, &BasicInfoPage::mailboxRequested, this, &RegistrationWizard::openMailbox);
    connect(m_done, &DonePage::loginRequested, this,
            [this] { Q_EMIT loginRequested(m_controller.session()); });
}

RegistrationWizard::~RegistrationWizard() = default;

SandboxMailboxWindow *RegistrationWizard::mailboxWindow() const
{
    return m_mailbox;
}

void RegistrationWizard::followController()
{
    const int target = int(m_controller.currentStep());
    m_following = true;
    while (currentId() > target) {
        const int before = currentId();
        back();
        if (currentId() == before)
            break;
    }
    while (currentId() < target) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    m_following = false;
    // Sent back by the server: show the field to fix.
    if (auto *page = qobject_cast<RegistrationPage *>(currentPage()))
        page->focusFirstError();
}

void RegistrationWizard::onCurrentIdChanged(int id)
{
    // The Back button: the controller decides whether that step may be shown again.
    if (!m_following && id >= 0 && id < int(m_controller.currentStep())) {
        m_controller.back();
        if (int(m_controller.currentStep()) != id)
            followController();
    }
}

void RegistrationWizard::openMailbox()
{
    if (!m_mailbox) {
        m_mailbox = new SandboxMailboxWindow(m_controller.client(), this);
        m_mailbox->setRecipient(m_controller.form().text(RegistrationField::Email).trimmed());
    }
    m_mailbox->show();
    m_mailbox->raise();
    m_mailbox->activateWindow();
    m_mailbox->refresh();
}

void RegistrationWizard::reject()
{
    // Closing while a request is on its way stops it; what was typed stays in the controller.
    m_controller.cancelSubmission();
    qCInfo(lcRegistration) << "wizard closed at step" << m_controller.currentStep();
    QWizard::reject();
}

} // namespace billing
