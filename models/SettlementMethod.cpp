#include "SettlementMethod.h"

#include <QCoreApplication>

#include <array>

namespace billing {
namespace {
struct MethodName {
    SettlementMethod method;
    const char *wire;
};
constexpr std::array kMethods{
    MethodName{SettlementMethod::BillingCenter, "billing_center"},
    MethodName{SettlementMethod::Aliyun, "aliyun"},
    MethodName{SettlementMethod::Aws, "aws"},
    MethodName{SettlementMethod::Huawei, "huawei"},
    MethodName{SettlementMethod::Azure, "azure"},
};
} // namespace

QString toWire(SettlementMethod method)
{
    for (const auto &entry : kMethods) {
        if (entry.method == method)
            return QString::fromLatin1(entry.wire);
    }
    return {};
}

std::optional<SettlementMethod> settlementMethodFromWire(const QString &wire)
{
    for (const auto &entry : kMethods) {
        if (wire == QLatin1String(entry.wire))
            return entry.method;
    }
    return std::nullopt;
}

QList<SettlementMethod> allSettlementMethods()
{
    QList<SettlementMethod> methods;
    for (const auto &entry : kMethods)
        methods.append(entry.method);
    return methods;
}

bool isCloudMethod(SettlementMethod method)
{
    return method != SettlementMethod::BillingCenter;
}

QString displayName(SettlementMethod method)
{
    switch (method) {
    case SettlementMethod::BillingCenter:
        return QCoreApplication::translate("billing::SettlementMethod", "Billing Center account");
    case SettlementMethod::Aliyun:
        return QCoreApplication::translate("billing::SettlementMethod",
                                           "Alibaba Cloud account settlement");
    case SettlementMethod::Aws:
        return QCoreApplication::translate("billing::SettlementMethod", "AWS account settlement");
    case SettlementMethod::Huawei:
        return QCoreApplication::translate("billing::SettlementMethod",
                                           "Huawei Cloud account settlement");
    case SettlementMethod::Azure:
        return QCoreApplication::translate("billing::SettlementMethod", "Azure account settlement");
    }
    return {};
}

} // namespace billing
