#pragma once

#include "AliyunIds.h"
#include "ApiJob.h"
#include "ClientError.h"
#include "FieldState.h"
#include "MarketplaceSubscription.h"
#include "SettlementMethod.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace billing {

class BillingClient;

// The binding of a workspace to an Alibaba Cloud or a Huawei Cloud KooGallery instance as a
// form: Account ID and Instance ID, their validation and normalisation (each marketplace's
// rules), "Verify" (looks the instance up for the Account ID) and, on the sandbox, "Activate
// in the sandbox market". Each marketplace keeps its own values, so switching between them
// loses nothing. Knows nothing of the form that embeds it (registration step 3, the
// change-settlement dialog).
class MarketplaceBindingController : public QObject
{
    Q_OBJECT

public:
    enum class Field { AccountId, InstanceId };
    Q_ENUM(Field)
    enum class Lookup { None, Running, Found, NotFound, Failed };
    Q_ENUM(Lookup)

    explicit MarketplaceBindingController(BillingClient &client, QObject *parent = nullptr);
    ~MarketplaceBindingController() override;

    // Aliyun (the default) or Huawei: the marketplace whose IDs the form holds.
    SettlementMethod marketplace() const { return m_marketplace; }
    void setMarketplace(SettlementMethod marketplace);
    static bool handles(SettlementMethod method);

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
    // "Alibaba Cloud", "Huawei Cloud", translated.
    static QString cloudName(SettlementMethod marketplace);

Q_SIGNALS:
    // The field's text was replaced (normalised, filled in by the sandbox).
    void textChanged(billing::MarketplaceBindingController::Field field, const QString &text);
    void fieldStateChanged(billing::MarketplaceBindingController::Field field);
    void validityChanged(bool valid);
    // Verify / sandbox activation started or ended.
    void lookupChanged();
    // Another marketplace's values are shown now (texts, states and lookup all changed).
    void marketplaceChanged(billing::SettlementMethod marketplace);

private:
    struct Input {
        QString text;
        FieldState state;
    };
    struct Inputs {
        Input accountId;
        Input instanceId;
    };
    Inputs &inputs() { return m_marketplace == SettlementMethod::Huawei ? m_huawei : m_aliyun; }
    const Inputs &inputs() const
    {
        return m_marketplace == SettlementMethod::Huawei ? m_huawei : m_aliyun;
    }
    Input &input(Field field)
    {
        return field == Field::AccountId ? inputs().accountId : inputs().instanceId;
    }
    const Input &input(Field field) const
    {
        return field == Field::AccountId ? inputs().accountId : inputs().instanceId;
    }
    IdParseResult parse(Field field, const QString &text) const;
    void revalidate(Field field);
    void resetLookup();
    void finishLookup(Lookup lookup, const QString &message);
    QString describeFound() const;
    void setBusyJob(ApiJob *job);

    BillingClient &m_client;
    bool m_sandbox = false;
    SettlementMethod m_marketplace = SettlementMethod::Aliyun;
    Inputs m_aliyun;
    Inputs m_huawei;
    bool m_lastValid = false;
    QPointer<ApiJob> m_job;
    Lookup m_lookup = Lookup::None;
    std::optional<MarketplaceSubscription> m_instance;
    QString m_lookupMessage;
};

} // namespace billing
