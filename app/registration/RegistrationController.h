#pragma once

#include "BillingClient.h"
#include "MarketplaceBindingController.h"
#include "RegistrationErrorMapping.h"
#include "RegistrationForm.h"
#include "VerificationCooldown.h"
#include "Workspace.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace billing {

class ApiJob;

// The registration wizard without widgets: which step is shown, whether it may go on, the
// verification code, and the two submissions (POST /accounts when the user leaves step 2,
// POST /workspaces on "Activate"; for AWS / Azure "Activate" first claims the subscription
// with the code, POST /marketplace/claims, then settles the workspace through it). A failed
// submission keeps every value; one that failed for a field sends the wizard to that field's step;
// one that failed on the way (network, server busy) can be retried with the same idempotency key,
// so it never registers twice.
class RegistrationController : public QObject
{
    Q_OBJECT

public:
    using Step = RegistrationStep;
    using Field = RegistrationField;
    using Request = RegistrationErrorMapping::Request;

    enum class SubmissionState { Idle, Submitting, Failed, Done };
    Q_ENUM(SubmissionState)
    enum class CodeRequest { Idle, Sending, Sent, Failed };
    Q_ENUM(CodeRequest)

    explicit RegistrationController(BillingClient &client,
                                    const SiteTable &sites = SiteTable::builtIn(),
                                    QObject *parent = nullptr);
    ~RegistrationController() override;

    BillingClient &client() const { return m_client; }
    RegistrationForm &form() { return m_form; }
    const RegistrationForm &form() const { return m_form; }
    MarketplaceBindingController &binding() { return m_binding; }
    const MarketplaceBindingController &binding() const { return m_binding; }
    VerificationCooldown &cooldown() { return m_cooldown; }

    // The Local sandbox: offers the sandbox market and mailbox.
    bool isSandbox() const { return m_binding.isSandbox(); }
    void setSandbox(bool sandbox);

    // Form fields and the Alibaba Cloud / Huawei Cloud IDs alike.
    FieldState fieldState(Field field) const;
    bool isStepValid(Step step) const;

    Step currentStep() const { return m_step; }
    bool canGoNext() const;
    // Goes on when the current step is valid; steps 2 and 3 submit first and go on once
    // the Billing Center has answered. An invalid step shows all its reasons instead.
    void next();
    bool canGoBack() const;
    void back();

    bool accountCreated() const { return m_accountCreated; }
    SubmissionState submissionState() const { return m_state; }
    // The request being sent, or the one that failed.
    Request request() const { return m_request; }
    QString submissionMessage() const { return m_message; }
    bool canRetry() const { return m_state == SubmissionState::Failed && m_retryable; }
    // Sends the failed request again with the same idempotency key.
    void retry();
    // Stops waiting for the answer; nothing typed is lost and retry() is offered.
    void cancelSubmission();
    QByteArray idempotencyKey(Request request) const;

    bool canRequestCode() const;
    void requestCode();
    CodeRequest codeRequest() const { return m_codeRequest; }
    QString codeMessage() const { return m_codeMessage; }

    // What was created.
    const SessionInfo &session() const { return m_session; }
    const std::optional<Workspace> &workspace() const { return m_workspace; }
    bool billingCenterAccountCreated() const { return m_billingCenterAccountCreated; }
    // The AWS / Azure subscription the claim code claimed (kept for a retry of the workspace).
    const std::optional<MarketplaceSubscription> &claimedSubscription() const { return m_claimed; }

Q_SIGNALS:
    void currentStepChanged(billing::RegistrationStep step);
    void validityChanged();
    void submissionChanged();
    void codeRequestChanged();
    void sandboxChanged(bool sandbox);

private:
    struct Pending {
        QByteArray key;
        QByteArray fingerprint; // of the body the key was made for
    };

    static bool isClaimedMethod(SettlementMethod method);
    void setStep(Step step);
    void setState(SubmissionState state, const QString &message = {}, bool retryable = false);
    void submit(Request request);
    void submitAccount();
    void submitWorkspace();
    void submitClaim(const QString &code);
    void claimedWith(const MarketplaceSubscription &subscription, const QString &code);
    void syncBindingMarketplace();
    QByteArray keyFor(Request request, const QByteArray &fingerprint);
    QByteArray keyFor(Pending &pending, const QByteArray &fingerprint);
    void accountCreatedWith(const SessionInfo &session);
    void handleFailure(Request request, const ClientError &error);
    void recoverOwnAccount(const ClientError &takenError);
    void showFieldErrors(const RegistrationErrorTarget &target);
    void watch(ApiJob *job);

    BillingClient &m_client;
    RegistrationForm m_form;
    MarketplaceBindingController m_binding;
    VerificationCooldown m_cooldown;

    Step m_step = Step::Basic;
    SubmissionState m_state = SubmissionState::Idle;
    Request m_request = Request::Account;
    QString m_message;
    bool m_retryable = false;
    bool m_accountCreated = false;
    // An account request may have reached the server although its answer was lost.
    bool m_accountMayExist = false;
    Pending m_accountKey;
    Pending m_workspaceKey;
    Pending m_claimKey;
    std::optional<MarketplaceSubscription> m_claimed;
    QString m_claimedCode; // the code m_claimed was claimed with, as sent
    QPointer<ApiJob> m_job;

    CodeRequest m_codeRequest = CodeRequest::Idle;
    QString m_codeMessage;
    QPointer<ApiJob> m_codeJob;

    SessionInfo m_session;
    std::optional<Workspace> m_workspace;
    bool m_billingCenterAccountCreated = false;
};

} // namespace billing
