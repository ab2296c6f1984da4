#pragma once

#include "FieldState.h"
#include "NewWorkspace.h"
#include "PasswordStrength.h"
#include "Registration.h"
#include "RegistrationTypes.h"
#include "SiteTable.h"

#include <QHash>
#include <QObject>

namespace billing {

// What the user entered in the registration wizard and whether each entry is acceptable.
// No network, no widgets: RegistrationController drives it, the pages show it. The
// Alibaba Cloud / Huawei Cloud IDs live in MarketplaceBindingController, not here; the AWS /
// Azure claim code does live here.
class RegistrationForm : public QObject
{
    Q_OBJECT

public:
    using Step = RegistrationStep;
    using Field = RegistrationField;

    struct MethodOption {
        SettlementMethod method;
        bool enabled = false;
        QString note; // translated; why it is disabled
    };

    explicit RegistrationForm(const SiteTable &sites, QObject *parent = nullptr);

    const SiteTable &sites() const { return m_sites; }

    // Text fields as typed; Site is a site code, Language "zh"/"en", Method a wire name.
    QString text(Field field) const;
    void setText(Field field, const QString &text);
    bool isChecked(Field field) const; // AcceptTerms, AgreeActivation
    void setChecked(Field field, bool checked);

    std::optional<Site> site() const { return m_sites.find(m_values.value(Field::Site)); }
    SettlementMethod method() const { return m_method; }
    void setMethod(SettlementMethod method);
    QList<MethodOption> methodOptions() const;
    bool isMethodEnabled(SettlementMethod method) const;

    // "Create a Billing Center account with the same username and password".
    bool createBillingCenterAccount() const { return m_createBillingCenterAccount; }
    void setCreateBillingCenterAccount(bool create);

    FieldState fieldState(Field field) const { return m_states.value(field); }
    // Every field of the step the form holds is acceptable (Alibaba IDs not included).
    bool isStepValid(Step step) const;
    // Shows the reason of every invalid field of the step.
    void markStepEdited(Step step);
    // A reason from the Billing Center; it stays until the field is edited.
    void setServerError(Field field, const QString &message);
    // Trims what the server would trim and writes it back (textChanged).
    void normalise(Step step);

    PasswordStrength::Level passwordStrength() const;

    // The request bodies, from the normalised values.
    Registration registration() const;
    // accountId and instanceId for Alibaba Cloud / Huawei Cloud, subscriptionId (claimed) for
    // AWS / Azure; the method's fields only are set.
    NewWorkspace newWorkspace(const QString &accountId, const QString &instanceId,
                              const QString &subscriptionId = {}) const;

Q_SIGNALS:
    void textChanged(billing::RegistrationField field, const QString &text);
    void fieldStateChanged(billing::RegistrationField field);
    void validityChanged();
    // Site, method, language, the checkboxes or the options they allow changed.
    void optionsChanged();

private:
    bool isTextField(Field field) const;
    QString check(Field field) const;
    void revalidate(Field field);
    void setEdited(Field field);

    const SiteTable &m_sites;
    QHash<Field, QString> m_values;
    QHash<Field, bool> m_checks;
    QHash<Field, FieldState> m_states;
    SettlementMethod m_method = SettlementMethod::BillingCenter;
    bool m_createBillingCenterAccount = true;
};

} // namespace billing
