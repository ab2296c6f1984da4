#include "ClaimController.h"

#include "BillingClient.h"
#include "ClaimJob.h"
#include "ClaimPreviewJob.h"

#include <QLoggingCategory>

namespace billing {

Q_LOGGING_CATEGORY(lcClaims, "billing.ui.claims", QtInfoMsg)

QString tooManyClaimCodesMessage(int retryAfterSeconds)
{
    if (retryAfterSeconds <= 0)
        return ClaimController::tr("Too many wrong claim codes. Try again later.");
    const int minutes = (retryAfterSeconds + 59) / 60;
    return ClaimController::tr("Too many wrong claim codes. Try again in %n minute(s).", nullptr,
                               minutes);
}

ClaimController::ClaimController(BillingClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ClaimController::~ClaimController()
{
    if (m_job)
        m_job->abort();
}

QString ClaimController::setCode(const QString &text)
{
    const QString shown = ClaimCode::typing(text);
    const ClaimCode code = ClaimCode::parse(text);
    if (shown == m_shown && !isBusy())
        return m_shown;
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job->deleteLater();
        m_job = nullptr;
    }
    if (code.value != m_code.value || code.error != m_code.error)
        m_claimKey.clear();
    m_shown = shown;
    m_code = code;
    // Judge the form once the code is complete; while it is being typed, only a character
    // that can never be part of one.
    const bool judge = code.error == ClaimCode::Error::BadCharacter
                       || ClaimCode::typing(text).remove(u'-').size() >= ClaimCode::kLength;
    m_codeError = judge ? code.message() : QString();
    m_error.clear();
    m_retryable = false;
    m_subscription = {};
    m_state = State::Editing;
    Q_EMIT changed();
    return m_shown;
}

bool ClaimController::canPreview() const
{
    return m_code.ok() && !isBusy() && m_state != State::Claimed;
}

void ClaimController::preview()
{
    if (!m_code.ok()) {
        m_codeError = m_code.message();
        Q_EMIT changed();
        return;
    }
    if (!canPreview())
        return;
    start(new ClaimPreviewJob(m_client, m_code.value, this), State::Previewing);
}

void ClaimController::claim()
{
    if (!canClaim())
        return;
    if (m_claimKey.isEmpty())
        m_claimKey = BillingClient::newIdempotencyKey();
    start(new ClaimJob(m_client, m_code.value, m_claimKey, this), State::Claiming);
}

void ClaimController::start(ClaimReplyJob *job, State busy)
{
    m_job = job;
    m_codeError.clear();
    m_error.clear();
    m_retryable = false;
    connect(job, &ApiJob::finished, this, [this, job, busy] { finished(job, busy); });
    setState(busy);
    job->start();
}

void ClaimController::finished(ClaimReplyJob *job, State busy)
{
    job->deleteLater();
    if (job != m_job)
        return;
    m_job = nullptr;
    if (job->ok()) {
        m_subscription = job->subscription();
        qCInfo(lcClaims) << (busy == State::Claiming ? "claimed" : "previewed")
                         << toWire(m_subscription.marketplace) << "subscription"
                         << m_subscription.instanceId;
        setState(busy == State::Claiming ? State::Claimed : State::Previewed);
        if (busy == State::Claiming)
            Q_EMIT claimed(m_subscription);
        return;
    }
    const ClientError &error = job->error();
    qCInfo(lcClaims) << "claim code" << (busy == State::Claiming ? "claim" : "look-up")
                     << "failed: HTTP" << error.httpStatus << error.api.wireCode;
    if (job->codeRefused()) {
        m_codeError = tr("This claim code is wrong, used or expired. Check it on the marketplace "
                         "page, or subscribe again there for a new one.");
        m_subscription = {};
        setState(State::Editing);
        return;
    }
    if (job->rateLimited())
        m_error = tooManyClaimCodesMessage(error.retryAfterSeconds);
    else
        m_error = error.userMessage();
    m_retryable = error.isUnreachable() || error.httpStatus >= 500;
    // A failed claim keeps the preview: confirming again is the retry.
    setState(busy == State::Claiming ? State::Previewed : State::Editing);
}

void ClaimController::setState(State state)
{
    m_state = state;
    Q_EMIT changed();
}

} // namespace billing
