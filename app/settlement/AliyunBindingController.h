#pragma once

#include "MarketplaceSubscription.h"
#include "ApiJob.h"
#include "ClientError.h"
#include "FieldState.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace billing {

class BillingClient;

// The Alibaba Cloud binding of a workspace as a form: Account ID and Product Instance ID,
// their validation and normalisation, "Verify" (looks the instance up for the Account ID)
// and, on the sandbox, "Activate in the sandbox market". Knows nothing of the form that
// embeds it (registration step 3, the change-settlement dialog).
class AliyunBindingController : public QObject
{
    Q_OBJECT

public:
    enum class Field { AccountId, InstanceId };
    Q_ENUM(Field)
    enum class Lookup { None, Running, Found, NotFound, Failed };
    Q_ENUM(Lookup)

    explicit AliyunBindingController(BillingClient &client, QObject *parent = nullptr);
    ~AliyunBindingController() override;

    // The sandbox offers to create an instance; a real server does not.
    bool isSandbox() const { return m_sandbox; }
    void setSandbox(bool sandbox);

    // What is in the field, as typed (or normalised once it parsed).
    QString text(Field field) const;
    // Takes what the user typed or pasted; a value that parses is written back normalised
    // (textChanged) so "  alice@1234567890123456\n" becomes "1234567890123456".
    void setText(Field field, const QString &text);
    // Fills both fields without marking them edited (a dialog showing the current binding).
    void setValues(const QString &accountId, const QString &instanceId);

    // The normalised IDs; empty while the field is invalid.
    QString accountId() const;
    QString instanceId() const;

    FieldState fieldState(Field field) const;
    bool isValid() const;
    // Shows every field's reason, e.g. after an attempt to submit.
    void markAllEdited();
    // A reason the Billing Center gave for a field; it stays until the field is edited.
    void setServerError(Field field, const QString &message);

    bool isBusy() const { return m_job != nullptr; }
    bool canVerify() const;
    void verify();
    bool canActivateInSandbox() const;
    void activateInSandbox();
    void abort();

    Lookup lookup() const { return m_lookup; }
    // The instance found by the last Verify or created in the sandbox.
    const std::optional<MarketplaceSubscription> &instance() const { return m_instance; }
    // Whether the instance found belongs to the Account ID entered.
    bool ownerMatches() const;
    // A translated sentence about the last Verify / sandbox activation.
    QString lookupMessage() const { return m_lookupMessage; }
    // Translated status name ("opened", "expired", "released").
    static QString statusName(InstanceStatus status);

Q_SIGNALS:
    // The field's text was replaced (normalised, filled in by the sandbox).
    void textChanged(billing::AliyunBindingController::Field field, const QString &text);
    void fieldStateChanged(billing::AliyunBindingController::Field field);
    void validityChanged(bool valid);
    // Verify / sandbox activation started or ended.
    void lookupChanged();

private:
    struct Input {
        QString text;
        FieldState state;
    };
    Input &input(Field field) { return field == Field::AccountId ? m_accountId : m_instanceId; }
    const Input &input(Field field) const
    {
        return field == Field::AccountId ? m_accountId : m_instanceId;
    }
    void revalidate(Field field);
    void resetLookup();
    void finishLookup(Lookup lookup, const QString &message);
    QString describeFound() const;
    void setBusyJob(ApiJob *job);

    BillingClient &m_client;
    bool m_sandbox = false;
    Input m_accountId;
    Input m_instanceId;
    bool m_lastValid = false;
    QPointer<ApiJob> m_job;
    Lookup m_lookup = Lookup::None;
    std::optional<MarketplaceSubscription> m_instance;
    QString m_lookupMessage;
};

} // namespace billing
