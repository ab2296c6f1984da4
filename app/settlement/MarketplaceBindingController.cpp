#include "MarketplaceBindingController.h"

#include "BillingClient.h"
#include "InstanceLookupJob.h"
#include "SandboxCreateInstanceJob.h"
#include "SettlementBinding.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSettlement, "billing.ui.settlement", QtInfoMsg)

namespace billing {

MarketplaceBindingController::MarketplaceBindingController(BillingClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    for (SettlementMethod marketplace : {SettlementMethod::Huawei, SettlementMethod::Aliyun}) {
        m_marketplace = marketplace;
        revalidate(Field::AccountId);
        revalidate(Field::InstanceId);
    }
    m_lastValid = isValid();
}

MarketplaceBindingController::~MarketplaceBindingController()
{
    if (m_job)
        m_job->disconnect(this);
}

void MarketplaceBindingController::setSandbox(bool sandbox)
{
    if (m_sandbox == sandbox)
        return;
    m_sandbox = sandbox;
    Q_EMIT lookupChanged();
}

bool MarketplaceBindingController::handles(SettlementMethod method)
{
    return method == SettlementMethod::Aliyun || method == SettlementMethod::Huawei;
}

void MarketplaceBindingController::setMarketplace(SettlementMethod marketplace)
{
    if (!handles(marketplace) || m_marketplace == marketplace)
        return;
    resetLookup();
    m_marketplace = marketplace;
    for (Field field : {Field::AccountId, Field::InstanceId}) {
        Q_EMIT textChanged(field, input(field).text);
        Q_EMIT fieldStateChanged(field);
    }
    Q_EMIT marketplaceChanged(marketplace);
    if (m_lastValid != isValid()) {
        m_lastValid = isValid();
        Q_EMIT validityChanged(m_lastValid);
    }
}

IdParseResult MarketplaceBindingController::parse(Field field, const QString &text) const
{
    using Binding = SettlementBinding::Field;
    const Binding binding = field == Field::InstanceId                  ? Binding::InstanceId
                            : m_marketplace == SettlementMethod::Huawei ? Binding::HuaweiAccountId
                                                                        : Binding::AliyunAccountId;
    return SettlementBinding::parse(m_marketplace, binding, text);
}

QString MarketplaceBindingController::text(Field field) const
{
    return input(field).text;
}

void MarketplaceBindingController::setText(Field field, const QString &text)
{
    Input &in = input(field);
    if (in.text == text && in.state.edited)
        return;
    // One character typed at the end is typing: normalising then would eat a space or fold
    // the case under the cursor. Anything else (a paste, a value set at once) lands as the
    // bare ID as soon as it parses; the target is normalised either way.
    const bool typing = text.size() == in.text.size() + 1 && text.startsWith(in.text);
    in.text = text;
    in.state.edited = true;
    in.state.fromServer = false;
    revalidate(field);
    const IdParseResult parsed = parse(field, text);
    if (!typing && parsed.ok() && parsed.value != text) {
        in.text = parsed.value;
        Q_EMIT textChanged(field, in.text);
    }
    resetLookup();
}

void MarketplaceBindingController::setValues(const QString &accountId, const QString &instanceId)
{
    for (const auto &[field, value] :
         {std::pair{Field::AccountId, accountId}, std::pair{Field::InstanceId, instanceId}}) {
        Input &in = input(field);
        in.text = value;
        in.state.edited = false;
        in.state.fromServer = false;
        revalidate(field);
        Q_EMIT textChanged(field, value);
    }
    resetLookup();
}

QString MarketplaceBindingController::accountId() const
{
    return parse(Field::AccountId, input(Field::AccountId).text).value;
}

QString MarketplaceBindingController::instanceId() const
{
    return parse(Field::InstanceId, input(Field::InstanceId).text).value;
}

FieldState MarketplaceBindingController::fieldState(Field field) const
{
    return input(field).state;
}

bool MarketplaceBindingController::isValid() const
{
    return inputs().accountId.state.valid && inputs().instanceId.state.valid;
}

void MarketplaceBindingController::markAllEdited()
{
    for (Field field : {Field::AccountId, Field::InstanceId}) {
        if (!input(field).state.edited) {
            input(field).state.edited = true;
            Q_EMIT fieldStateChanged(field);
        }
    }
}

void MarketplaceBindingController::setServerError(Field field, const QString &message)
{
    Input &in = input(field);
    in.state.valid = false;
    in.state.fromServer = true;
    in.state.message = message;
    Q_EMIT fieldStateChanged(field);
    if (m_lastValid != isValid()) {
        m_lastValid = isValid();
        Q_EMIT validityChanged(m_lastValid);
    }
}

void MarketplaceBindingController::revalidate(Field field)
{
    Input &in = input(field);
    const IdParseResult parsed = parse(field, in.text);
    in.state.valid = parsed.ok();
    in.state.message = parsed.message();
    Q_EMIT fieldStateChanged(field);
    if (m_lastValid != isValid()) {
        m_lastValid = isValid();
        Q_EMIT validityChanged(m_lastValid);
    }
}

bool MarketplaceBindingController::canVerify() const
{
    // A server's reason on a field does not stop Verify: it helps to see why.
    return !isBusy() && !accountId().isEmpty() && !instanceId().isEmpty();
}

bool MarketplaceBindingController::canActivateInSandbox() const
{
    return m_sandbox && !isBusy() && !accountId().isEmpty();
}

bool MarketplaceBindingController::ownerMatches() const
{
    return m_instance && m_instance->marketplace == m_marketplace
           && m_instance->customerAccount() == accountId();
}

void MarketplaceBindingController::verify()
{
    if (!canVerify())
        return;
    const QString uid = accountId();
    const QString id = instanceId();
    auto *job = new InstanceLookupJob(m_client, m_marketplace, id, uid, this);
    connect(job, &ApiJob::finished, this, [this, job, id, uid] {
        job->deleteLater();
        m_job = nullptr;
        if (job->ok()) {
            m_instance = job->instance();
            finishLookup(Lookup::Found, describeFound());
        } else if (job->error().isApi(ErrorCode::NotFound)) {
            finishLookup(Lookup::NotFound,
                         tr("No instance %1 was found for Account ID %2. Check both IDs, or "
                            "activate the product in the marketplace first.")
                             .arg(id, uid));
        } else {
            finishLookup(Lookup::Failed, job->error().userMessage());
        }
    });
    setBusyJob(job);
}

void MarketplaceBindingController::activateInSandbox()
{
    if (!canActivateInSandbox())
        return;
    auto *job = new SandboxCreateInstanceJob(m_client, m_marketplace, accountId(), false, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        m_job = nullptr;
        if (!job->ok()) {
            finishLookup(Lookup::Failed, job->error().userMessage());
            return;
        }
        const MarketplaceSubscription created = job->instance();
        qCInfo(lcSettlement) << "sandbox instance" << created.instanceId << "created";
        Input &in = input(Field::InstanceId);
        in.text = created.instanceId;
        in.state.edited = true;
        in.state.fromServer = false;
        revalidate(Field::InstanceId);
        Q_EMIT textChanged(Field::InstanceId, in.text);
        m_instance = created;
        finishLookup(Lookup::Found,
                     tr("The sandbox market activated instance %1 for this Account ID.")
                         .arg(created.instanceId));
    });
    setBusyJob(job);
}

void MarketplaceBindingController::abort()
{
    if (m_job)
        m_job->abort();
}

void MarketplaceBindingController::setBusyJob(ApiJob *job)
{
    m_job = job;
    m_lookup = Lookup::Running;
    m_instance.reset();
    m_lookupMessage.clear();
    Q_EMIT lookupChanged();
    job->start();
}

void MarketplaceBindingController::resetLookup()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job->deleteLater();
        m_job = nullptr;
    }
    if (m_lookup == Lookup::None)
        return;
    m_lookup = Lookup::None;
    m_instance.reset();
    m_lookupMessage.clear();
    Q_EMIT lookupChanged();
}

void MarketplaceBindingController::finishLookup(Lookup lookup, const QString &message)
{
    m_lookup = lookup;
    m_lookupMessage = message;
    Q_EMIT lookupChanged();
}

QString MarketplaceBindingController::statusName(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Pending:
        return tr("pending");
    case InstanceStatus::Opened:
        return tr("opened");
    case InstanceStatus::Expired:
        return tr("expired");
    case InstanceStatus::Released:
        return tr("released");
    }
    return {};
}

QString MarketplaceBindingController::cloudName(SettlementMethod marketplace)
{
    return marketplace == SettlementMethod::Huawei ? tr("Huawei Cloud") : tr("Alibaba Cloud");
}

QString MarketplaceBindingController::describeFound() const
{
    const QString status = statusName(m_instance->status);
    if (!ownerMatches())
        return tr("Instance %1 is %2, but it belongs to another %3 account, not to "
                  "Account ID %4.")
            .arg(m_instance->instanceId, status, cloudName(m_marketplace), accountId());
    if (m_instance->status == InstanceStatus::Opened)
        return tr("Instance %1 is %2 and belongs to this Account ID.")
            .arg(m_instance->instanceId, status);
    return tr("Instance %1 belongs to this Account ID but is %2: only an opened instance can "
              "settle a workspace.")
        .arg(m_instance->instanceId, status);
}

} // namespace billing
