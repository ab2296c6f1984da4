#include "RegistrationController.h"

#include "CreateWorkspaceJob.h"
#include "LoginJob.h"
#include "RegisterAccountJob.h"
#include "RegistrationLog.h"
#include "RequestVerificationCodeJob.h"
#include "SubscriptionClaimJob.h"

#include <QCryptographicHash>

namespace billing {
Q_LOGGING_CATEGORY(lcRegistration, "billing.ui.registration", QtInfoMsg)

namespace {
using BindingField = MarketplaceBindingController::Field;

QByteArray fingerprint(const QStringList &parts)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : parts) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return hash.result();
}

std::optional<BindingField> bindingField(RegistrationField field)
{
    if (field == RegistrationField::AliyunAccountId || field == RegistrationField::HuaweiAccountId)
        return BindingField::AccountId;
    if (field == RegistrationField::InstanceId)
        return BindingField::InstanceId;
    return std::nullopt;
}
} // namespace

RegistrationController::RegistrationController(BillingClient &client, const SiteTable &sites,
                                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_form(sites)
    , m_binding(client)
{
    connect(&m_form, &RegistrationForm::validityChanged, this,
            &RegistrationController::validityChanged);
    connect(&m_form, &RegistrationForm::optionsChanged, this,
            &RegistrationController::syncBindingMarketplace);
    connect(&m_form, &RegistrationForm::optionsChanged, this,
            &RegistrationController::validityChanged);
    connect(&m_binding, &MarketplaceBindingController::validityChanged, this,
            &RegistrationController::validityChanged);
    connect(&m_cooldown, &VerificationCooldown::remainingChanged, this,
            &RegistrationController::codeRequestChanged);
    connect(&m_form, &RegistrationForm::fieldStateChanged, this, [this](Field field) {
        if (field == Field::Email)
            Q_EMIT codeRequestChanged();
    });
}

RegistrationController::~RegistrationController()
{
    for (ApiJob *job : {m_job.data(), m_codeJob.data()}) {
        if (job)
            job->disconnect(this);
    }
}

void RegistrationController::setSandbox(bool sandbox)
{
    if (m_binding.isSandbox() == sandbox)
        return;
    m_binding.setSandbox(sandbox);
    Q_EMIT sandboxChanged(sandbox);
}

void RegistrationController::syncBindingMarketplace()
{
    m_binding.setMarketplace(m_form.method());
}

bool RegistrationController::isClaimedMethod(SettlementMethod method)
{
    return method == SettlementMethod::Aws || method == SettlementMethod::Azure;
}

FieldState RegistrationController::fieldState(Field field) const
{
    if (const auto inBinding = bindingField(field))
        return m_binding.fieldState(*inBinding);
    return m_form.fieldState(field);
}

bool RegistrationController::isStepValid(Step step) const
{
    if (!m_form.isStepValid(step))
        return false;
    if (step == Step::Activation && MarketplaceBindingController::handles(m_form.method()))
        return m_binding.isValid();
    return true;
}

bool RegistrationController::canGoNext() const
{
    return m_step != Step::Done && m_state != SubmissionState::Submitting && isStepValid(m_step);
}

void RegistrationController::next()
{
    if (m_step == Step::Done || m_state == SubmissionState::Submitting)
        return;
    if (!isStepValid(m_step)) {
        m_form.markStepEdited(m_step);
        if (m_step == Step::Activation && MarketplaceBindingController::handles(m_form.method()))
            m_binding.markAllEdited();
        return;
    }
    switch (m_step) {
    case Step::Basic:
        setStep(Step::Corporate);
        break;
    case Step::Corporate:
        if (m_accountCreated)
            setStep(Step::Activation);
        else
            submit(Request::Account);
        break;
    case Step::Activation:
        submit(Request::Workspace);
        break;
    case Step::Done:
        break;
    }
}

bool RegistrationController::canGoBack() const
{
    // Once the account exists, steps 1-2 are done: they cannot be changed any more.
    return m_state != SubmissionState::Submitting && m_step == Step::Corporate;
}

void RegistrationController::back()
{
    if (canGoBack())
        setStep(Step::Basic);
}

void RegistrationController::setStep(Step step)
{
    if (m_step == step)
        return;
    qCDebug(lcRegistration) << "step" << step;
    m_step = step;
    if (m_state == SubmissionState::Failed)
        setState(SubmissionState::Idle);
    Q_EMIT currentStepChanged(step);
}

void RegistrationController::setState(SubmissionState state, const QString &message, bool retryable)
{
    m_state = state;
    m_message = message;
    m_retryable = retryable;
    Q_EMIT submissionChanged();
}

QByteArray RegistrationController::idempotencyKey(Request request) const
{
    return request == Request::Account ? m_accountKey.key : m_workspaceKey.key;
}

QByteArray RegistrationController::keyFor(Request request, const QByteArray &print)
{
    return keyFor(request == Request::Account ? m_accountKey : m_workspaceKey, print);
}

QByteArray RegistrationController::keyFor(Pending &pending, const QByteArray &print)
{
    // The same body keeps its key, so a repeated submission is answered from the server's
    // record instead of being applied twice; a changed body is a new action.
    if (pending.key.isEmpty() || pending.fingerprint != print) {
        pending.key = BillingClient::newIdempotencyKey();
        pending.fingerprint = print;
    }
    return pending.key;
}

void RegistrationController::submit(Request request)
{
    m_request = request;
    if (request == Request::Account)
        submitAccount();
    else
        submitWorkspace();
}

void RegistrationController::retry()
{
    if (canRetry())
        submit(m_request);
}

void RegistrationController::cancelSubmission()
{
    if (m_job && m_state == SubmissionState::Submitting)
        m_job->abort();
}

void RegistrationController::watch(ApiJob *job)
{
    m_job = job;
    setState(SubmissionState::Submitting);
    job->start();
}

void RegistrationController::submitAccount()
{
    m_form.normalise(Step::Basic);
    m_form.normalise(Step::Corporate);
    const Registration registration = m_form.registration();
    const QByteArray key =
        keyFor(Request::Account,
               fingerprint({registration.site, registration.username, registration.password,
                            registration.email, registration.verificationCode, registration.phone,
                            registration.company}));
    qCInfo(lcRegistration) << "registering" << registration.username << "on site"
                           << registration.site;
    auto *job = new RegisterAccountJob(m_client, registration, key, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->ok())
            accountCreatedWith(job->session());
        else
            handleFailure(Request::Account, job->error());
    });
    watch(job);
}

void RegistrationController::accountCreatedWith(const SessionInfo &session)
{
    const QString username = m_form.text(Field::Username);
    const QString password = m_form.text(Field::Password);
    qCInfo(lcRegistration) << "account" << username << "created";
    m_session = session;
    m_client.setSession(session);
    // Step 3 may come long after; let a 401 log in again with what was just typed.
    m_client.setReauthentication(username, [password](auto deliver) { deliver(password); });
    m_accountCreated = true;
    m_accountMayExist = false;
    setState(SubmissionState::Idle);
    setStep(Step::Activation);
}

void RegistrationController::submitWorkspace()
{
    m_form.normalise(Step::Activation);
    const SettlementMethod method = m_form.method();
    const QString code = m_form.text(Field::ClaimCode);
    if (isClaimedMethod(method)
        && (!m_claimed || m_claimedCode != code || m_claimed->marketplace != method)) {
        submitClaim(code);
        return;
    }
    const NewWorkspace workspace =
        m_form.newWorkspace(m_binding.accountId(), m_binding.instanceId(),
                            m_claimed ? m_claimed->instanceId : QString());
    const SettlementChange &settlement = workspace.settlement;
    const QByteArray key = keyFor(
        Request::Workspace,
        fingerprint(
            {workspace.name, workspace.site, workspace.language, toWire(settlement.method),
             settlement.aliyunAccountId, settlement.huaweiAccountId, settlement.instanceId,
             settlement.subscriptionId,
             workspace.createBillingCenterAccount ? QStringLiteral("1") : QStringLiteral("0")}));
    qCInfo(lcRegistration) << "creating workspace" << workspace.name << "settled by"
                           << toWire(workspace.settlement.method);
    auto *job = new CreateWorkspaceJob(m_client, workspace, key, this);
    const bool createBillingCenter = workspace.createBillingCenterAccount;
    connect(job, &ApiJob::finished, this, [this, job, createBillingCenter] {
        job->deleteLater();
        if (!job->ok()) {
            handleFailure(Request::Workspace, job->error());
            return;
        }
        m_workspace = job->workspace();
        m_billingCenterAccountCreated = createBillingCenter;
        qCInfo(lcRegistration) << "workspace" << m_workspace->id << "created";
        setState(SubmissionState::Done);
        setStep(Step::Done);
    });
    watch(job);
}

void RegistrationController::submitClaim(const QString &code)
{
    // The same code keeps its key: a retry of a claim whose answer was lost is answered
    // with that claim instead of "code already used".
    const QByteArray key = keyFor(m_claimKey, fingerprint({code}));
    qCInfo(lcRegistration) << "claiming a" << toWire(m_form.method()) << "subscription";
    auto *job = new SubscriptionClaimJob(m_client, code, key, this);
    connect(job, &ApiJob::finished, this, [this, job, code] {
        job->deleteLater();
        if (job->ok())
            claimedWith(job->instance(), code);
        else
            handleFailure(Request::Workspace, job->error());
    });
    watch(job);
}

void RegistrationController::claimedWith(const MarketplaceSubscription &subscription,
                                         const QString &code)
{
    qCInfo(lcRegistration) << "claimed" << toWire(subscription.marketplace) << "subscription"
                           << subscription.instanceId;
    m_claimed = subscription;
    m_claimedCode = code;
    if (subscription.marketplace != m_form.method()) {
        // Claimed all the same: choosing its marketplace and activating again uses it.
        setState(SubmissionState::Idle);
        m_form.setServerError(Field::ClaimCode,
                              tr("This code is for a %1 subscription (%2), not for %3: choose %1 "
                                 "above, or paste a code of %3.")
                                  .arg(displayName(subscription.marketplace),
                                       subscription.instanceId, displayName(m_form.method())));
        return;
    }
    submitWorkspace();
}

void RegistrationController::handleFailure(Request request, const ClientError &error)
{
    qCInfo(lcRegistration) << (request == Request::Account ? "registration" : "workspace")
                           << "failed:" << error.detail;
    if (request == Request::Account && m_accountMayExist && error.isApi(ErrorCode::UsernameTaken)) {
        recoverOwnAccount(error);
        return;
    }
    const RegistrationErrorTarget target = RegistrationErrorMapping::map(error, request);
    if (request == Request::Account && target.retryable)
        m_accountMayExist = true;
    if (target.hasFieldErrors()) {
        setState(SubmissionState::Idle);
        showFieldErrors(target);
        return;
    }
    QString message = target.summary;
    if (error.kind == ClientError::Kind::Cancelled)
        message = tr("Stopped. Everything you entered is kept; press Retry to send it again.");
    setState(SubmissionState::Failed, message, target.retryable);
}

// The account request of an earlier attempt may have succeeded with its answer lost and
// the user then changed a value (a new key): the username is then "taken" by this very
// registration. Logging in with the same password tells.
void RegistrationController::recoverOwnAccount(const ClientError &takenError)
{
    auto *login =
        new LoginJob(m_client, m_form.text(Field::Username), m_form.text(Field::Password), this);
    connect(login, &ApiJob::finished, this, [this, login, takenError] {
        login->deleteLater();
        m_accountMayExist = false;
        if (login->ok()) {
            qCInfo(lcRegistration) << "the account of an earlier attempt exists; continuing";
            accountCreatedWith(login->session());
            return;
        }
        handleFailure(Request::Account, takenError);
    });
    watch(login);
}

void RegistrationController::showFieldErrors(const RegistrationErrorTarget &target)
{
    const bool claimed = isClaimedMethod(m_form.method());
    for (RegistrationErrorTarget::FieldError fieldError : target.fields) {
        // An AWS / Azure subscription is named by the claim code the user gave.
        if (claimed && RegistrationTypes::isBindingField(fieldError.field))
            fieldError.field = Field::ClaimCode;
        if (const auto inBinding = bindingField(fieldError.field)) {
            m_binding.setServerError(*inBinding, fieldError.message);
            continue;
        }
        // A local rule that names the problem says it in the user's language.
        const FieldState local = m_form.fieldState(fieldError.field);
        const QString message =
            !fieldError.serverReason.isEmpty() && !local.valid && !local.message.isEmpty()
                ? local.message
                : fieldError.message;
        m_form.setServerError(fieldError.field, message);
    }
    if (target.step && *target.step < m_step && !m_accountCreated)
        setStep(*target.step);
}

bool RegistrationController::canRequestCode() const
{
    return !m_accountCreated && m_codeRequest != CodeRequest::Sending && !m_cooldown.isActive()
           && m_form.fieldState(Field::Email).valid;
}

void RegistrationController::requestCode()
{
    if (!canRequestCode())
        return;
    const QString email = m_form.text(Field::Email).trimmed();
    auto *job = new RequestVerificationCodeJob(m_client, email, {}, this);
    m_codeJob = job;
    m_codeRequest = CodeRequest::Sending;
    m_codeMessage.clear();
    Q_EMIT codeRequestChanged();
    connect(job, &ApiJob::finished, this, [this, job, email] {
        job->deleteLater();
        if (job->ok()) {
            m_codeRequest = CodeRequest::Sent;
            m_codeMessage = tr("A code was sent to %1. It is valid for 10 minutes.").arg(email);
            m_cooldown.start();
        } else {
            m_codeRequest = CodeRequest::Failed;
            m_codeMessage = job->error().userMessage();
        }
        Q_EMIT codeRequestChanged();
    });
    job->start();
}

} // namespace billing
