#pragma once

#include "AliyunIds.h"

namespace billing {

// Huawei Cloud Account ID: 32 hexadecimal digits, kept lower-case. Surrounding white space is
// trimmed and upper-case letters are accepted (the console shows either).
IdParseResult parseHuaweiAccountId(const QString &input);

// KooGallery instance ID and AWS subscription ID: 1-64 of [A-Za-z0-9_-], trimmed.
IdParseResult parseMarketplaceToken(const QString &input);

// Azure SaaS subscription ID: a GUID (8-4-4-4-12 hex digits), trimmed, kept lower-case;
// surrounding braces are dropped.
IdParseResult parseAzureSubscriptionId(const QString &input);

} // namespace billing
