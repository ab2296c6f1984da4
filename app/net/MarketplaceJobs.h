#pragma once

#include "AliyunInstance.h"
#include "ApiJob.h"

namespace billing {

// A job whose success body is one Aliyun instance.
class InstanceReplyJob : public ApiJob
{
    Q_OBJECT
public:
    const AliyunInstance &instance() const { return m_instance; }

protected:
    using ApiJob::ApiJob;
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    AliyunInstance m_instance;
};

// GET /api/v1/marketplace/aliyun/instances/{id}[?aliUid=]: "Verify" in the settlement forms.
class InstanceLookupJob : public InstanceReplyJob
{
    Q_OBJECT
public:
    InstanceLookupJob(BillingClient &client, const QString &instanceId, const QString &aliUid,
                      QObject *parent = nullptr);
};

// POST /api/v1/sandbox/aliyun/instances: "Activate in the sandbox market".
class SandboxCreateInstanceJob : public InstanceReplyJob
{
    Q_OBJECT
public:
    SandboxCreateInstanceJob(BillingClient &client, const QString &aliUid, bool trial,
                             QObject *parent = nullptr);
};

// POST /api/v1/sandbox/aliyun/instances/{id}/(expire|renew|release)
class SandboxInstanceActionJob : public InstanceReplyJob
{
    Q_OBJECT
public:
    enum class Action { Expire, Renew, Release };
    SandboxInstanceActionJob(BillingClient &client, const QString &instanceId, Action action,
                             QObject *parent = nullptr);
};

} // namespace billing
