#include "SettlementInput.h"

#include <AliyunIds.h>

namespace billing::server::SettlementInput {

std::optional<SettlementChange> read(FieldReader &reader, bool withExpectedVersion)
{
    SettlementChange request;
    bool ok = true;
    const auto methodName = reader.string("method");
    std::optional<SettlementMethod> method;
    if (methodName) {
        method = settlementMethodFromWire(*methodName);
        if (!method)
            reader.fail("method", QStringLiteral("Must be one of billing_center, aliyun, aws, "
                                                 "huawei, azure."));
    }
    ok = method.has_value();
    if (method)
        request.method = *method;

    const bool aliyun = method == SettlementMethod::Aliyun;
    for (const char *key : {"aliyunAccountId", "instanceId"}) {
        if (!method) {
            reader.string(key, false); // still report a wrong type
            continue;
        }
        if (!aliyun) {
            if (reader.has(key)) {
                reader.fail(key, QStringLiteral("Only allowed with method aliyun."));
                ok = false;
            }
            continue;
        }
        const auto text = reader.string(key);
        if (!text) {
            ok = false;
            continue;
        }
        const bool isAccount = qstrcmp(key, "aliyunAccountId") == 0;
        const IdParseResult parsed =
            isAccount ? parseAliyunAccountId(*text) : parseInstanceId(*text);
        if (!parsed.ok()) {
            reader.fail(key, parsed.message());
            ok = false;
        } else if (isAccount) {
            request.aliyunAccountId = parsed.value;
        } else {
            request.instanceId = parsed.value;
        }
    }

    if (withExpectedVersion) {
        const bool present = reader.has("expectedVersion");
        request.expectedVersion = reader.integer("expectedVersion", false);
        if (present && !request.expectedVersion) {
            ok = false;
        } else if (request.expectedVersion && *request.expectedVersion < 0) {
            reader.fail("expectedVersion", QStringLiteral("Must not be negative."));
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return request;
}

} // namespace billing::server::SettlementInput
