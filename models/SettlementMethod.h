#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace billing {

// How a workspace is paid for. The wire names are part of the API contract.
enum class SettlementMethod { BillingCenter, Aliyun, Aws, Huawei, Azure };

QString toWire(SettlementMethod method);
std::optional<SettlementMethod> settlementMethodFromWire(const QString &wire);
QList<SettlementMethod> allSettlementMethods();

// A cloud-marketplace method, as opposed to the vendor's own Billing Center account.
bool isCloudMethod(SettlementMethod method);

// The user-visible name ("Alibaba Cloud account settlement"), translated.
QString displayName(SettlementMethod method);

} // namespace billing
