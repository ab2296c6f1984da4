#pragma once

#include <QByteArray>

class QJsonValue;

namespace billing::server {

class Router;
class UsageIntake;
struct UsageRecord;

// POST /api/v1/usage, for the usage collector: `Authorization: Bearer <collector key>`
// (--collector-key or BILLING_CENTER_COLLECTOR_KEY); with no key configured it answers 503.
// 1–5000 records; a result per record like the settlement batch.
class UsageHandler
{
public:
    UsageHandler(UsageIntake &intake, QByteArray collectorKey);
    void registerRoutes(Router &router);

    static constexpr int kMaxRecords = 5000;
    // One record of the body, checked for shape only (UsageRecord::invalid says why not).
    static UsageRecord readRecord(const QJsonValue &value);

private:
    bool keyMatches(const QByteArray &authorization) const;

    UsageIntake &m_intake;
    QByteArray m_keyDigest; // SHA-256 of the key; empty when there is none
};

} // namespace billing::server
