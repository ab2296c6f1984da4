#pragma once

#include "ClaimCode.h"
#include "ClaimReplyJob.h"

#include <QObject>
#include <QPointer>

namespace billing {

class BillingClient;

// Claiming a marketplace subscription (AWS, Azure) with its claim code, without widgets:
// the typed code normalised, its subscription looked up (consumes nothing), then claimed
// for the signed-in account. Errors name what to do: a refused code is shown next to the
// field and the text stays, too many wrong codes says how long to wait, a network failure
// can be retried.
class ClaimController : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Editing,    // no subscription shown yet
        Previewing, // looking the code up
        Previewed,  // subscription() is what the code would bind
        Claiming,
        Claimed, // subscription() is now the account's
    };
    Q_ENUM(State)

    explicit ClaimController(BillingClient &client, QObject *parent = nullptr);
    ~ClaimController() override;

    // The text as typed or pasted; returns it as the field should show it (XXXX-XXXX).
    QString setCode(const QString &text);
    QString shownCode() const { return m_shown; }
    const ClaimCode &code() const { return m_code; }

    bool canPreview() const;
    void preview();
    bool canClaim() const { return m_state == State::Previewed; }
    void claim();

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Previewing || m_state == State::Claiming; }
    // Why the code was refused (by its form or by the server); empty when it was not.
    QString codeError() const { return m_codeError; }
    // Anything else that went wrong (network, too many codes); empty when nothing did.
    QString error() const { return m_error; }
    // The last request failed in a way that trying again may fix.
    bool canRetry() const { return m_retryable; }
    const MarketplaceSubscription &subscription() const { return m_subscription; }

Q_SIGNALS:
    void changed();
    void claimed(const billing::MarketplaceSubscription &subscription);

private:
    void start(ClaimReplyJob *job, State busy);
    void finished(ClaimReplyJob *job, State busy);
    void setState(State state);

    BillingClient &m_client;
    QString m_shown;
    ClaimCode m_code;
    QByteArray m_claimKey; // the same for every claim of one code: a retry is no second claim
    State m_state = State::Editing;
    QString m_codeError;
    QString m_error;
    bool m_retryable = false;
    MarketplaceSubscription m_subscription;
    QPointer<ClaimReplyJob> m_job;
};

// "try again in N minutes" for a 429 with this Retry-After (seconds; < 0 when none came).
QString tooManyClaimCodesMessage(int retryAfterSeconds);

} // namespace billing
