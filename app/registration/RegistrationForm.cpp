#include "RegistrationForm.h"

#include "ClaimCode.h"
#include "RegistrationRules.h"

#include <QLocale>

namespace billing {
namespace {
const QString kDefaultSite = QStringLiteral("cn1");

const QList<RegistrationField> kTrimmed = {
    RegistrationField::Email,   RegistrationField::VerificationCode, RegistrationField::Phone,
    RegistrationField::Company, RegistrationField::WorkspaceName,    RegistrationField::ClaimCode,
};

bool isClaimed(SettlementMethod method)
{
    return method == SettlementMethod::Aws || method == SettlementMethod::Azure;
}
} // namespace

RegistrationForm::RegistrationForm(const SiteTable &sites, QObject *parent)
    : QObject(parent)
    , m_sites(sites)
{
    const QString site = sites.contains(kDefaultSite)
                             ? kDefaultSite
                             : (sites.isEmpty() ? QString() : sites.sites().first().code);
    m_values.insert(Field::Site, site);
    m_values.insert(Field::Language, QLocale().language() == QLocale::Chinese
                                         ? QStringLiteral("zh")
                                         : QStringLiteral("en"));
    m_values.insert(Field::Method, toWire(m_method));
    for (Step step : {Step::Basic, Step::Corporate, Step::Activation}) {
        for (Field field : RegistrationTypes::fieldsOf(step))
            revalidate(field);
    }
}

bool RegistrationForm::isTextField(Field field) const
{
    return field != Field::AcceptTerms && field != Field::AgreeActivation && field != Field::Method
           && !RegistrationTypes::isBindingField(field);
}

QString RegistrationForm::text(Field field) const
{
    return m_values.value(field);
}

void RegistrationForm::setText(Field field, const QString &text)
{
    if (!isTextField(field))
        return;
    const bool changed = m_values.value(field) != text;
    m_values.insert(field, text);
    setEdited(field);
    revalidate(field);
    if (field == Field::Username)
        revalidate(Field::Password);
    if (field == Field::Password)
        revalidate(Field::PasswordConfirmation);
    if (field == Field::Site && changed) {
        if (!isMethodEnabled(m_method))
            setMethod(SettlementMethod::BillingCenter);
        revalidate(Field::Method);
        Q_EMIT optionsChanged();
    }
    if (field == Field::Language && changed)
        Q_EMIT optionsChanged();
}

bool RegistrationForm::isChecked(Field field) const
{
    return m_checks.value(field, false);
}

void RegistrationForm::setChecked(Field field, bool checked)
{
    if (field != Field::AcceptTerms && field != Field::AgreeActivation)
        return;
    m_checks.insert(field, checked);
    setEdited(field);
    revalidate(field);
    Q_EMIT optionsChanged();
}

void RegistrationForm::setMethod(SettlementMethod method)
{
    const bool changed = m_method != method;
    m_method = method;
    m_values.insert(Field::Method, toWire(method));
    setEdited(Field::Method);
    revalidate(Field::Method);
    if (changed) // a code refused for one marketplace may be right for another
        m_states[Field::ClaimCode].fromServer = false;
    revalidate(Field::ClaimCode);
    if (changed)
        Q_EMIT optionsChanged();
}

bool RegistrationForm::isMethodEnabled(SettlementMethod method) const
{
    switch (method) {
    case SettlementMethod::BillingCenter:
        return true;
    case SettlementMethod::Aliyun:
    case SettlementMethod::Aws:
    case SettlementMethod::Huawei:
    case SettlementMethod::Azure:
        return site() && site()->offers(method);
    }
    return false;
}

QList<RegistrationForm::MethodOption> RegistrationForm::methodOptions() const
{
    QList<MethodOption> options;
    for (SettlementMethod method : allSettlementMethods()) {
        MethodOption option{method, isMethodEnabled(method), {}};
        if (!option.enabled)
            option.note = tr("not offered on site %1").arg(text(Field::Site));
        options.append(option);
    }
    return options;
}

void RegistrationForm::setCreateBillingCenterAccount(bool create)
{
    if (m_createBillingCenterAccount == create)
        return;
    m_createBillingCenterAccount = create;
    Q_EMIT optionsChanged();
}

QString RegistrationForm::check(Field field) const
{
    const QString value = m_values.value(field);
    switch (field) {
    case Field::Site:
        return m_sites.contains(value) ? QString() : tr("Choose a site.");
    case Field::Username:
        return RegistrationRules::checkUsername(value);
    case Field::Password:
        return RegistrationRules::checkPassword(value, m_values.value(Field::Username));
    case Field::PasswordConfirmation:
        return RegistrationRules::checkPasswordConfirmation(m_values.value(Field::Password), value);
    case Field::Email:
        return RegistrationRules::checkEmail(value);
    case Field::VerificationCode:
        return RegistrationRules::checkVerificationCode(value);
    case Field::Phone:
        return RegistrationRules::checkPhone(value);
    case Field::Company:
        return RegistrationRules::checkCompany(value);
    case Field::AcceptTerms:
        return isChecked(field) ? QString() : tr("Accept the terms of service to continue.");
    case Field::WorkspaceName:
        return RegistrationRules::checkWorkspaceName(value);
    case Field::Language:
        return RegistrationRules::checkLanguage(value);
    case Field::Method:
        return isMethodEnabled(m_method) ? QString()
                                         : tr("Choose an activation method offered here.");
    case Field::AgreeActivation:
        return isChecked(field) ? QString() : tr("Agree to the terms to activate.");
    case Field::ClaimCode:
        return isClaimed(m_method) ? RegistrationRules::checkClaimCode(value) : QString();
    case Field::AliyunAccountId:
    case Field::HuaweiAccountId:
    case Field::InstanceId:
        break;
    }
    return {};
}

void RegistrationForm::setEdited(Field field)
{
    FieldState &state = m_states[field];
    state.edited = true;
    state.fromServer = false;
}

void RegistrationForm::revalidate(Field field)
{
    FieldState &state = m_states[field];
    if (state.fromServer)
        return; // the server's reason stays until the user edits the field
    const bool wasValid = state.valid;
    state.message = check(field);
    state.valid = state.message.isEmpty();
    Q_EMIT fieldStateChanged(field);
    if (wasValid != state.valid)
        Q_EMIT validityChanged();
}

bool RegistrationForm::isStepValid(Step step) const
{
    const QList<Field> fields = RegistrationTypes::fieldsOf(step);
    return std::all_of(fields.begin(), fields.end(), [this](Field field) {
        return RegistrationTypes::isBindingField(field) || m_states.value(field).valid;
    });
}

void RegistrationForm::markStepEdited(Step step)
{
    for (Field field : RegistrationTypes::fieldsOf(step)) {
        if (RegistrationTypes::isBindingField(field))
            continue;
        FieldState &state = m_states[field];
        if (!state.edited) {
            state.edited = true;
            Q_EMIT fieldStateChanged(field);
        }
    }
}

void RegistrationForm::setServerError(Field field, const QString &message)
{
    FieldState &state = m_states[field];
    const bool wasValid = state.valid;
    state.valid = false;
    state.fromServer = true;
    state.message = message;
    Q_EMIT fieldStateChanged(field);
    if (wasValid)
        Q_EMIT validityChanged();
}

void RegistrationForm::normalise(Step step)
{
    for (Field field : RegistrationTypes::fieldsOf(step)) {
        if (!kTrimmed.contains(field))
            continue;
        QString trimmed = m_values.value(field).trimmed();
        if (field == Field::ClaimCode)
            trimmed = ClaimCode::typing(trimmed); // XXXX-XXXX, as the landing page shows it
        if (trimmed != m_values.value(field)) {
            m_values.insert(field, trimmed);
            Q_EMIT textChanged(field, trimmed);
        }
    }
}

PasswordStrength::Level RegistrationForm::passwordStrength() const
{
    return PasswordStrength::estimate(m_values.value(Field::Password),
                                      m_values.value(Field::Username));
}

Registration RegistrationForm::registration() const
{
    Registration registration;
    registration.site = m_values.value(Field::Site);
    registration.username = m_values.value(Field::Username);
    registration.password = m_values.value(Field::Password);
    registration.email = m_values.value(Field::Email).trimmed();
    registration.verificationCode = m_values.value(Field::VerificationCode).trimmed();
    registration.phone = m_values.value(Field::Phone).trimmed();
    registration.company = m_values.value(Field::Company).trimmed();
    registration.acceptTerms = isChecked(Field::AcceptTerms);
    return registration;
}

NewWorkspace RegistrationForm::newWorkspace(const QString &accountId, const QString &instanceId,
                                            const QString &subscriptionId) const
{
    NewWorkspace workspace;
    workspace.name = m_values.value(Field::WorkspaceName).trimmed();
    workspace.site = m_values.value(Field::Site);
    workspace.language = m_values.value(Field::Language);
    workspace.settlement.method = m_method;
    if (m_method == SettlementMethod::Aliyun)
        workspace.settlement.aliyunAccountId = accountId;
    if (m_method == SettlementMethod::Huawei)
        workspace.settlement.huaweiAccountId = accountId;
    if (m_method == SettlementMethod::Aliyun || m_method == SettlementMethod::Huawei)
        workspace.settlement.instanceId = instanceId;
    if (isClaimed(m_method))
        workspace.settlement.subscriptionId = subscriptionId;
    workspace.createBillingCenterAccount = m_createBillingCenterAccount;
    return workspace;
}

} // namespace billing
